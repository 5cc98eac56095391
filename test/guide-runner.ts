/**
 * Runs the code of a guide as its reader would: the ```ts blocks of a Markdown page, concatenated
 * in order into one program, executed against the library (issue 17, "test every guide's code in
 * order"). test/guides.test.ts runs every page with it; test/fixtures/guides/README.md says how a
 * guide is written for it.
 *
 * - **Imports** of all blocks are merged into one import per module at the top, so that a block may
 *   repeat what an earlier one imported (each block stays a complete example to copy).
 * - **The reader's own data** (`programme`, `participants`, `text`, `sheets`, …): the names a
 *   page uses without declaring them come from its setup module, test/fixtures/guides/<page>.ts.
 * - **Results in comments**: `expression; //=> value` checks the expression's value, and
 *   `console.log(…); //=> text` what it prints; see {@link parseExpected} and {@link matches}.
 * - **Diagnostics**: every diagnostic code that a library function returns to the page's code (in
 *   `diagnostics` or `warnings`) must be named somewhere in the page, so an example that fails in a
 *   way its page does not mention fails the test.
 */
import { format, inspect } from "node:util";
import ts from "typescript";

/** A ```ts block of a page: the line its code starts on (1-based) and its code. */
export interface GuideBlock {
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a Markdown page, in order. */
export function tsBlocks(page: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  for (const match of page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    blocks.push({ line: page.slice(0, match.index).split("\n").length + 1, code: match[1] ?? "" });
  }
  return blocks;
}

/** A `//=>` comment and the statement whose result it shows. */
interface Check {
  /** The statement it belongs to, by its position in the program; several checks may share one. */
  readonly target: number;
  /** The page line of the comment. */
  readonly line: number;
  /** `print` when the statement is a `console` call: the comment shows what it prints. */
  readonly kind: "value" | "print";
  /** The comment's text after `//=>`, with its continuation lines. */
  readonly expected: string;
}

/** A page's blocks as one program. */
export interface GuideProgram {
  /** The program as a reader would have it: merged imports, the setup's import, the blocks. */
  readonly source: string;
  /** The program with its checks and block markers, as it runs. */
  readonly instrumented: string;
  /** The page line of each program line (index 0 is line 1); `undefined` for the header. */
  readonly pageLines: readonly (number | undefined)[];
  /** The page line each block starts on. */
  readonly blockLines: readonly number[];
  readonly checks: readonly Check[];
  /** Problems found while reading the blocks (a `//=>` without a statement, …). */
  readonly problems: readonly string[];
}

/** An import of the merged header: per module, the names and whether each is type-only. */
type MergedImports = Map<string, Map<string, { readonly local: string; typeOnly: boolean }>>;

/**
 * The blocks of a page as one program: their imports merged at the top (one line per module, its
 * names sorted), then `import { …names } from setup` when the page has a setup module,
 * then the blocks in order. Each import is blanked out where it stood, so that every line of a
 * block keeps its place and a program line maps back to its page line.
 */
export function guideProgram(
  page: string,
  setup?: { readonly specifier: string; readonly names: readonly string[] },
): GuideProgram {
  const blocks = tsBlocks(page);
  const imports: MergedImports = new Map();
  const problems: string[] = [];
  const bodies: string[] = [];
  for (const block of blocks) {
    const file = ts.createSourceFile("block.ts", block.code, ts.ScriptTarget.ES2022, true);
    let body = block.code;
    // Backwards, so that the positions of the earlier imports stay right.
    for (const statement of [...file.statements].reverse()) {
      if (!ts.isImportDeclaration(statement)) continue;
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (
        clause === undefined ||
        clause.name !== undefined ||
        !bindings ||
        !ts.isNamedImports(bindings)
      ) {
        problems.push(
          `line ${block.line}: only named imports can be merged ("${statement.getText()}")`,
        );
        continue;
      }
      const names = imports.get(from) ?? new Map();
      imports.set(from, names);
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text;
        const typeOnly = clause.isTypeOnly || element.isTypeOnly;
        const known = names.get(imported);
        if (known === undefined) names.set(imported, { local: element.name.text, typeOnly });
        else known.typeOnly &&= typeOnly;
      }
      const start = statement.getStart(file);
      const blank = block.code.slice(start, statement.end).replace(/[^\n]/g, "");
      body = body.slice(0, start) + blank + body.slice(statement.end);
    }
    bodies.push(body);
  }
  const header: string[] = [];
  for (const [from, names] of imports) {
    const list = [...names]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([imported, { local, typeOnly }]) =>
          `${typeOnly ? "type " : ""}${imported}${local === imported ? "" : ` as ${local}`}`,
      );
    header.push(`import { ${list.join(", ")} } from ${JSON.stringify(from)};`);
  }
  if (setup !== undefined && setup.names.length > 0) {
    header.push(`import { ${setup.names.join(", ")} } from ${JSON.stringify(setup.specifier)};`);
  }
  const pageLines: (number | undefined)[] = header.map(() => undefined);
  const blockStarts: number[] = [];
  let source = header.length > 0 ? `${header.join("\n")}\n` : "";
  blocks.forEach((block, i) => {
    blockStarts.push(source.length);
    const body = (bodies[i] ?? "").replace(/\n?$/, "\n");
    body
      .slice(0, -1)
      .split("\n")
      .forEach((_, n) => {
        pageLines.push(block.line + n);
      });
    source += body;
  });
  const { checks, replacements, problems: checkProblems } = findChecks(source, pageLines);
  problems.push(...checkProblems);
  // Block markers go in front of each block's first line, so no line moves.
  for (const [i, start] of blockStarts.entries()) {
    replacements.push({ start, end: start, text: `__block(${i}); ` });
  }
  replacements.sort((a, b) => b.start - a.start || b.end - a.end);
  let instrumented = source;
  for (const r of replacements) {
    instrumented = instrumented.slice(0, r.start) + r.text + instrumented.slice(r.end);
  }
  return {
    source,
    instrumented,
    pageLines,
    blockLines: blocks.map((b) => b.line),
    checks,
    problems,
  };
}

/** A text replacement in the program. */
interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every comment of a source file, once, in order. */
function comments(file: ts.SourceFile): ts.CommentRange[] {
  const text = file.getFullText();
  const seen = new Map<number, ts.CommentRange>();
  const visit = (node: ts.Node) => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, node.pos) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.end) ?? []),
    ]) {
      seen.set(range.pos, range);
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/**
 * The `//=>` comments of a program and the statements they belong to. A comment after code on its
 * line belongs to the last expression statement that ends on that line; a comment on a line of its
 * own to the one that ends on the line above (or to the same statement as the `//=>` line above
 * it, so several lines a loop prints can each have one). A value (not a printed text) that does
 * not read as JavaScript yet continues on the `//` lines below it.
 */
function findChecks(
  source: string,
  pageLines: readonly (number | undefined)[],
): { checks: Check[]; replacements: Replacement[]; problems: string[] } {
  const file = ts.createSourceFile("guide.ts", source, ts.ScriptTarget.ES2022, true);
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const statements: ts.ExpressionStatement[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    node.forEachChild(visit);
  };
  visit(file);
  const all = comments(file).filter((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
  const checks: Check[] = [];
  const replacements: Replacement[] = [];
  const problems: string[] = [];
  const targets = new Set<ts.ExpressionStatement>();
  /** The statement of the last `//=>` (or its continuation), and the line it ended on. */
  let previous: { statement: ts.ExpressionStatement; line: number } | undefined;
  for (let i = 0; i < all.length; i++) {
    const comment = all[i] as ts.CommentRange;
    const text = source.slice(comment.pos, comment.end);
    if (!text.startsWith("//=>")) continue;
    const line = lineOf(comment.pos);
    const pageLine = pageLines[line] ?? 0;
    const lineStart = file.getPositionOfLineAndCharacter(line, 0);
    const alone = source.slice(lineStart, comment.pos).trim() === "";
    let statement: ts.ExpressionStatement | undefined;
    if (alone && previous !== undefined && previous.line === line - 1) {
      statement = previous.statement;
    } else {
      const wanted = alone ? line - 1 : line;
      for (const s of statements) {
        if (s.end > comment.pos || lineOf(s.end) !== wanted) continue;
        if (statement === undefined || s.end > statement.end) statement = s;
      }
    }
    if (statement === undefined) {
      problems.push(`line ${pageLine}: "${text}" follows no expression statement`);
      previous = undefined;
      continue;
    }
    // A value may continue on the `//` lines right below (a printed text is one line).
    const kind = isConsoleCall(statement.expression) ? "print" : "value";
    let expected = text.slice(4).trim();
    let last = line;
    while (kind === "value" && parseExpected(expected) === undefined) {
      const next = all[i + 1];
      if (next === undefined || lineOf(next.pos) !== last + 1) break;
      const more = source.slice(next.pos, next.end);
      if (more.startsWith("//=>") || !more.startsWith("//")) break;
      expected = `${expected} ${more.slice(2).trim()}`;
      last += 1;
      i += 1;
    }
    previous = { statement, line: last };
    checks.push({ target: statement.pos, line: pageLine, kind, expected });
    if (!targets.has(statement)) {
      targets.add(statement);
      const expression = statement.expression;
      replacements.push({
        start: expression.getStart(file),
        end: expression.end,
        text: `__check(${JSON.stringify(statement.pos)}, () => (${expression.getText(file)}))`,
      });
    }
  }
  return { checks, replacements, problems };
}

/** Whether an expression is a call of `console.log`, `console.info`, `console.warn` or `console.error`. */
function isConsoleCall(expression: ts.Expression): boolean {
  return (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    ts.isIdentifier(expression.expression.expression) &&
    expression.expression.expression.text === "console"
  );
}

/** Marks an expected array or object as open: `[a, …]` starts with a, `{ a: 1, … }` has a: 1. */
const MORE = Symbol("…");
const more: unknown = Object.assign(
  Object.create({
    *[Symbol.iterator]() {
      yield MORE;
    },
  }),
  { [MORE]: true },
);

/** `…` outside the string literals of a value, written as a spread of {@link more}. */
function withMore(text: string): string {
  let out = "";
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote !== undefined) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") {
      quote = char;
      out += char;
    } else {
      out += char === "…" ? "...__more" : char;
    }
  }
  return out;
}

/**
 * The value a `//=>` comment shows: a JavaScript expression of literals (`{ ok: true, value: 4.5 }`,
 * `"voltooid"`, `[2025, 2026]`), where `…` leaves the rest of an array or object open and, in a
 * string, stands for any text. Prose after " — " is a remark, not part of the value. `undefined`
 * when the text is no such value (then it can still be the text a `console` call prints).
 */
export function parseExpected(text: string): { readonly value: unknown } | undefined {
  const candidates = [text];
  const dash = text.indexOf(" — ");
  if (dash > 0) candidates.push(text.slice(0, dash));
  for (const candidate of candidates) {
    if (candidate.trim() === "") continue;
    try {
      const read = new Function("__more", `"use strict"; return (${withMore(candidate)}\n);`);
      return { value: read(more) };
    } catch {
      // Not a value: try the next candidate.
    }
  }
  return undefined;
}

/** Whether a text matches a pattern: the same text, or with `…` standing for any text. */
function textMatches(actual: string, pattern: string): boolean {
  if (actual === pattern) return true;
  if (!pattern.includes("…")) return false;
  const parts = pattern.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*")}$`).test(actual);
}

/**
 * Whether a value matches what a comment shows: the same primitives (`Object.is`), strings
 * with `…` as any text, arrays of the same length (or at least as long, for an open one `[a, …]`),
 * objects with the same keys (or at least these, for an open one `{ a: 1, … }`), all the way down.
 */
export function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "string") {
    return typeof actual === "string" && textMatches(actual, expected);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === MORE;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((item, i) => matches(actual[i], item));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    const open = (expected as Record<symbol, unknown>)[MORE] === true;
    if (!open && Object.keys(actual).length !== keys.length) return false;
    return keys.every(
      (key) =>
        Object.hasOwn(actual, key) &&
        matches(
          (actual as Record<string, unknown>)[key],
          (expected as Record<string, unknown>)[key],
        ),
    );
  }
  return Object.is(actual, expected);
}

/** Whether one `console` call printed what a comment shows. */
function printMatches(args: readonly unknown[], expected: string): boolean {
  const parsed = parseExpected(expected);
  if (args.length === 1 && parsed !== undefined && matches(args[0], parsed.value)) return true;
  return textMatches(format(...args), expected);
}

/** What running a guide found, and what it printed. */
export interface GuideRun {
  readonly problems: readonly string[];
  readonly output: readonly string[];
}

/** The diagnostic codes in a result's `diagnostics` and `warnings`. */
function diagnosticCodes(result: unknown): string[] {
  if (result === null || typeof result !== "object") return [];
  const codes: string[] = [];
  for (const key of ["diagnostics", "warnings"]) {
    const list = (result as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const d of list) {
      const code = (d as { code?: unknown } | null)?.code;
      if (typeof code === "string") codes.push(code);
    }
  }
  return codes;
}

/**
 * Runs a guide's program. `library` maps the package's module names to the modules (its
 * functions are watched for the diagnostics they return), `setup` is the page's setup module.
 * The program's `console` is a stand-in that records what it prints, so a passing guide prints
 * nothing in the test output. Problems: a block that throws (with the line it starts on), a
 * `//=>` whose statement never ran or gave another result, a diagnostic code the page never names.
 */
export function runGuide(
  program: GuideProgram,
  page: string,
  library: Readonly<Record<string, object>>,
  setup?: { readonly specifier: string; readonly module: object },
): GuideRun {
  const problems = [...program.problems];
  const output: string[] = [];
  let block = -1;
  const blockLine = () => program.blockLines[block] ?? 0;
  /** Each diagnostic code returned to the program, with the line of the block it came back in. */
  const codes = new Map<string, number>();
  const modules = new Map<string, object>();
  for (const [specifier, module] of Object.entries(library)) {
    const watched: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(module)) {
      const isClass =
        typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
      watched[name] =
        typeof value !== "function" || isClass
          ? value
          : (...args: unknown[]) => {
              const result = value(...args);
              for (const code of diagnosticCodes(result)) {
                if (!codes.has(code)) codes.set(code, blockLine());
              }
              return result;
            };
    }
    modules.set(specifier, watched);
  }
  if (setup !== undefined) modules.set(setup.specifier, setup.module);

  /** Per checked statement, each time it ran: its value and what it printed. */
  const runs = new Map<number, { value: unknown; prints: unknown[][] }[]>();
  let current: { value: unknown; prints: unknown[][] } | undefined;
  const print = (...args: unknown[]) => {
    output.push(format(...args));
    current?.prints.push(args);
  };
  const standIn = { log: print, info: print, warn: print, error: print };
  const check = (target: number, run: () => unknown) => {
    const entry = { value: undefined as unknown, prints: [] as unknown[][] };
    const outer = current;
    current = entry;
    try {
      entry.value = run();
    } finally {
      current = outer;
    }
    const list = runs.get(target) ?? [];
    runs.set(target, list);
    list.push(entry);
    return entry.value;
  };

  const emitted = ts.transpileModule(program.instrumented, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: true,
  });
  for (const d of emitted.diagnostics ?? []) {
    problems.push(`syntax: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  }
  const require = (specifier: string) => {
    const module = modules.get(specifier);
    if (module === undefined) throw new Error(`a guide cannot import "${specifier}"`);
    return module;
  };
  try {
    new Function("require", "exports", "console", "__check", "__block", emitted.outputText)(
      require,
      {},
      standIn,
      check,
      (i: number) => {
        block = i;
      },
    );
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    problems.push(
      block === -1
        ? `the program does not start: ${message}`
        : `the block at line ${blockLine()} throws ${message}`,
    );
  }

  for (const c of program.checks) {
    const entries = runs.get(c.target) ?? [];
    if (entries.length === 0) {
      problems.push(`line ${c.line}: the statement never ran (//=> ${c.expected})`);
      continue;
    }
    if (c.kind === "print") {
      if (entries.some((e) => e.prints.some((args) => printMatches(args, c.expected)))) continue;
      const printed = entries.flatMap((e) => e.prints.map((args) => format(...args)));
      problems.push(`line ${c.line}: printed ${inspect(printed)}, not ${c.expected}`);
      continue;
    }
    const parsed = parseExpected(c.expected);
    if (parsed === undefined) {
      problems.push(`line ${c.line}: "${c.expected}" is not a value (write it as JavaScript)`);
      continue;
    }
    if (entries.some((e) => matches(e.value, parsed.value))) continue;
    const got = entries.map((e) => inspect(e.value, { depth: 6, breakLength: Infinity }));
    problems.push(`line ${c.line}: got ${got.join(" / ")}, not ${c.expected}`);
  }

  for (const [code, line] of codes) {
    const named = new RegExp(`(?<![\\w-])${code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`);
    if (!named.test(page)) {
      problems.push(
        `the block at line ${line} gets a "${code}" diagnostic that the page never names`,
      );
    }
  }
  return { problems, output };
}

/** A guide's program for the type-check: a file name for it, its page and its program. */
export interface TypeCheckedGuide {
  readonly page: string;
  readonly fileName: string;
  readonly program: GuideProgram;
}

/**
 * Type-checks guides' programs against the package's source with the repository's strict options:
 * every name a page uses must be imported, declared by an earlier block or given by its setup,
 * and every call must fit the real types. Returns the errors as `page:line TSnnnn: message`.
 */
export function guideTypeErrors(root: string, guides: readonly TypeCheckedGuide[]): string[] {
  const files = new Map(guides.map((g) => [g.fileName, g]));
  const options: ts.CompilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ["node"],
    noEmit: true,
    skipLibCheck: true,
    paths: {
      sterrenprogramma: [`${root}/src/index.ts`],
      "sterrenprogramma/koffer": [`${root}/src/koffer/index.ts`],
      "sterrenprogramma/documents": [`${root}/src/documents/index.ts`],
    },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name)?.program.source ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, language) => {
    const guide = files.get(name);
    return guide === undefined
      ? getSourceFile(name, language)
      : ts.createSourceFile(name, guide.program.source, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const guide = d.file === undefined ? undefined : files.get(d.file.fileName);
    if (d.file === undefined || guide === undefined) {
      return `${d.file?.fileName ?? ""} TS${d.code}: ${message}`;
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line;
    const pageLine = guide.program.pageLines[line];
    return `${guide.page}:${pageLine ?? "(imports)"} TS${d.code}: ${message}`;
  });
}
