import { join, relative } from "node:path";
import ts from "typescript";

const root = join(import.meta.dirname, "..");

/** One export of an entry point, as the TypeScript compiler sees it. */
export interface EntryExport {
  /** The entry point, relative to the repository (`src/index.ts`). */
  readonly entry: string;
  readonly name: string;
  /** The file that declares it, relative to the repository. */
  readonly file: string;
  /** The TSDoc tags of its declaration (`@example`, `@group`, …). */
  readonly tags: readonly ts.JSDocTagInfo[];
}

/**
 * Every export of the given entry points (paths relative to the repository), aliases followed to
 * their declaration: one TypeScript program for all of them.
 */
export function entryExports(entries: readonly string[]): EntryExport[] {
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    {
      strict: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const found: EntryExport[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(join(root, entry));
    if (source === undefined) throw new Error(`cannot read ${entry}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) throw new Error(`${entry}: ${exported.name} has no source`);
      found.push({
        entry,
        name: exported.getName(),
        file: relative(root, declaration.getSourceFile().fileName).split("\\").join("/"),
        tags: symbol.getJsDocTags(checker),
      });
    }
  }
  return found;
}
