import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaSeverities } from "../src/diagnostics/schema-codes.js";
import { kofferSeverities } from "../src/koffer/diagnostics.js";
import { planSeverities } from "../src/koffer/plan-diagnostics.js";
import { semanticSeverities } from "../src/programme/diagnostics.js";

const read = (path: string) => readFileSync(join(import.meta.dirname, "..", path), "utf8");

describe("docs/diagnostics.md", () => {
  const page = read("docs/diagnostics.md");
  it("lists every code with the severity the library gives it", () => {
    for (const [code, severity] of Object.entries({ ...schemaSeverities, ...semanticSeverities })) {
      expect(page, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });

  it("lists every koffer code with its severity", () => {
    const koffer = page.slice(page.indexOf("## Koffer diagnostics"));
    expect(koffer.length).toBeGreaterThan(100);
    for (const [code, severity] of Object.entries({ ...kofferSeverities, ...planSeverities })) {
      expect(koffer, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });
});
