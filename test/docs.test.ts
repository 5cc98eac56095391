import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { schemaSeverities } from "../src/diagnostics/schema-codes.js";
import { kofferSeverities } from "../src/koffer/diagnostics.js";
import { planSeverities } from "../src/koffer/team-score-action-plan-diagnostics.js";
import { semanticSeverities } from "../src/programme/diagnostics.js";

const root = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

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

/**
 * The pages whose code and links this test checks: the README and every page of docs/ (a new
 * page belongs here too).
 */
const guides = [
  "README.md",
  "docs/README.md",
  "docs/concepts.md",
  "docs/app-developers.md",
  "docs/policy-authors.md",
  "docs/koffer.md",
  "docs/plans.md",
  "docs/cli.md",
  "docs/diagnostics.md",
  "docs/decisions.md",
  "docs/documents.md",
];

/** The ```ts blocks of a Markdown page, with the line each starts on. */
function tsBlocks(page: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  for (const match of page.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    blocks.push({ line: page.slice(0, match.index).split("\n").length, code: match[1] ?? "" });
  }
  return blocks;
}

/**
 * Type-checks every ```ts block of the guides against the package's real entry points, with the
 * repository's strict options. The blocks are fragments: a name they use without declaring it
 * (`programme`, `text`, `sheets`) stands for the reader's own data, so "cannot find name" is the
 * one error left out — and such a name then has an error type that accepts anything. What the
 * check catches is what would mislead a reader: an import the package does not export, a wrong
 * argument to a known function, a property a result does not have.
 */
function docsTypeErrors(): string[] {
  const files = new Map<string, string>();
  for (const guide of guides) {
    for (const { line, code } of tsBlocks(read(guide))) {
      // `export {}` makes every block a module of its own, so blocks may reuse names.
      files.set(
        join(root, ".docs-check", `${guide.replace(/[/.]/g, "_")}_${line}.ts`),
        `${code}\nexport {};\n`,
      );
    }
  }
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
      sterrenprogramma: [join(root, "src/index.ts")],
      "sterrenprogramma/koffer": [join(root, "src/koffer/index.ts")],
      "sterrenprogramma/documents": [join(root, "src/documents/index.ts")],
    },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.getSourceFile = (name, language) => {
    const text = files.get(name);
    return text === undefined
      ? getSourceFile(name, language)
      : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  // Cannot find name (… did you mean …), a shorthand property of such a name, and a callback
  // parameter that gets no type from it (`participants.map((p) => …)`).
  const freeName = new Set([2304, 2552, 18004, 7006]);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !freeName.has(d.code))
    .map((d) => {
      const where = d.file
        ? `${d.file.fileName.replace(root, "")}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : "";
      return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
}

describe("the guides' code", () => {
  it("checks every page of docs/", () => {
    const pages = readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md"));
    expect(guides).toEqual(expect.arrayContaining(pages.map((name) => `docs/${name}`)));
  });

  it("every ```ts block compiles against the real exports (README and docs/)", () => {
    expect(docsTypeErrors()).toEqual([]);
  }, 60_000);

  it("every relative link of the guides points at a file that exists, and at a heading it has", () => {
    const broken: string[] = [];
    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    const anchor = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-");
    for (const guide of guides) {
      for (const [, target = ""] of read(guide).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target) || target.startsWith("#")) continue;
        const [file = "", hash] = target.split("#");
        const path = join(dirname(join(root, guide)), file);
        if (!existsSync(path)) {
          broken.push(`${guide}: ${target}`);
          continue;
        }
        if (hash === undefined || !path.endsWith(".md")) continue;
        const headings = [...readFileSync(path, "utf8").matchAll(/^#+ (.*)$/gm)].map((m) =>
          anchor(m[1] ?? ""),
        );
        if (!headings.includes(hash)) broken.push(`${guide}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
