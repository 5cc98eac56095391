import { describe, expect, it } from "vitest";
import { entryExports } from "./entry-exports.js";

const entries = ["src/index.ts", "src/koffer/index.ts", "src/documents/index.ts"];
const exports = entryExports(entries);

/** Every export of an entry point whose declaration has no TSDoc `@example`. */
function exportsWithoutExample(entry: string): string[] {
  return exports
    .filter((e) => e.entry === entry && !e.tags.some((tag) => tag.name === "example"))
    .map((e) => e.name)
    .sort();
}

/** The standard: every public export has TSDoc with an example (DEVELOPERS.md, "Public API"). */
describe("public API documentation", () => {
  it("reads the entry points' exports (the walk itself works)", () => {
    expect(exports.length).toBeGreaterThan(250);
  });

  it.each(entries)("every export of %s has a TSDoc @example", (entry) => {
    expect(exportsWithoutExample(entry)).toEqual([]);
  });
});
