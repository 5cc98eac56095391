import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

/** Every export of an entry point whose declaration has no TSDoc `@example`. */
function exportsWithoutExample(entry: string): string[] {
  const file = join(root, entry);
  const program = ts.createProgram([file], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === "example");
    if (!hasExample) missing.push(exported.getName());
  }
  return missing.sort();
}

/** The standard: every public export has TSDoc with an example (DEVELOPERS.md, "Public API"). */
describe("public API documentation", () => {
  it.each(["src/index.ts", "src/koffer/index.ts", "src/documents/index.ts"])(
    "every export of %s has a TSDoc @example",
    (entry) => {
      expect(exportsWithoutExample(entry)).toEqual([]);
    },
  );
});
