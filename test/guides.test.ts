/**
 * The guides' code runs, in order (issue 17): the ```ts blocks of the README and of every page of
 * docs/ are one program per page, type-checked and run against the library, with the reader's own
 * data from the page's setup module in test/fixtures/guides/ (see the README there). A `//=>`
 * comment is checked, an example that throws fails, and so does one that gets a diagnostic its
 * page never names.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as documents from "../src/documents/index.js";
import * as library from "../src/index.js";
import * as koffer from "../src/koffer/index.js";
import {
  type GuideProgram,
  guideProgram,
  guideTypeErrors,
  matches,
  parseExpected,
  runGuide,
  tsBlocks,
} from "./guide-runner.js";

const root = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const modules = {
  sterrenprogramma: library,
  "sterrenprogramma/koffer": koffer,
  "sterrenprogramma/documents": documents,
};

/** Every page with ```ts blocks: the README and the pages of docs/. */
const pages = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
].filter((page) => tsBlocks(read(page)).length > 0);

/** A page's name for its setup module: `docs/koffer.md` → `koffer`, `README.md` → `readme`. */
const slug = (page: string) =>
  page
    .replace(/^docs\//, "")
    .replace(/\.md$/, "")
    .toLowerCase();
const setupDir = join(root, "test/fixtures/guides");

interface Guide {
  readonly page: string;
  readonly text: string;
  readonly setup: { readonly specifier: string; readonly module: object } | undefined;
  readonly program: GuideProgram;
}

const guides: Guide[] = [];
for (const page of pages) {
  const file = join(setupDir, `${slug(page)}.ts`);
  const module: object | undefined = existsSync(file) ? await import(file) : undefined;
  const setup = module && { specifier: `./${slug(page)}.js`, module };
  const text = read(page);
  const names = setup ? Object.keys(setup.module).sort() : [];
  guides.push({
    page,
    text,
    setup,
    program: guideProgram(text, setup && { specifier: setup.specifier, names }),
  });
}

describe("the guides' code, run in order", () => {
  it("covers every page with code", () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        "README.md",
        "docs/app-developers.md",
        "docs/documents.md",
        "docs/koffer.md",
        "docs/policy-authors.md",
      ]),
    );
  });

  it.each(guides.map((g) => [g.page, g] as const))(
    "%s: each block runs after the ones before it, with the results its comments show",
    (_, guide) => {
      const run = runGuide(guide.program, guide.text, modules, guide.setup);
      expect(run.problems).toEqual([]);
      const comments = tsBlocks(guide.text).flatMap((b) => b.code.match(/\/\/=>/g) ?? []);
      expect(guide.program.checks).toHaveLength(comments.length);
    },
  );

  it("every page type-checks as one program, with every name declared", () => {
    // A broken page beside the real ones (one program is one type-check's cost): its errors show
    // that the check sees what a reader would trip over, at the page's own lines.
    const broken = fence(
      'import { notAnExport, validateProgramme } from "sterrenprogramma";\n',
      "const result = validateProgramme(programme);\nresult.value;\n",
    );
    const errors = guideTypeErrors(root, [
      ...guides.map((g) => ({
        page: g.page,
        fileName: join(setupDir, `${slug(g.page)}.guide.ts`),
        program: g.program,
      })),
      {
        page: "broken.md",
        fileName: join(setupDir, "broken.guide.ts"),
        program: guideProgram(broken),
      },
    ]);
    expect(errors.filter((e) => !e.startsWith("broken.md"))).toEqual([]);
    expect(
      errors.filter((e) => e.startsWith("broken.md")).map((e) => e.split(":").slice(0, 2)),
    ).toEqual([
      ["broken.md", "(imports) TS2305"], // Module "sterrenprogramma" has no exported member 'notAnExport'
      ["broken.md", "8 TS2304"], // Cannot find name 'programme'
      ["broken.md", "9 TS2339"], // Property 'value' does not exist on an unchecked result
    ]);
  }, 120_000);

  it("every setup module belongs to a page, and the page uses each of its names", () => {
    const unused: string[] = [];
    for (const guide of guides) {
      const code = tsBlocks(guide.text)
        .map((b) => b.code)
        .join("\n");
      for (const name of Object.keys(guide.setup?.module ?? {})) {
        if (!new RegExp(`\\b${name}\\b`).test(code)) unused.push(`${guide.page}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
    const setups = readdirSync(setupDir).filter((name) => name.endsWith(".ts"));
    expect(setups.sort()).toEqual(
      guides
        .filter((g) => g.setup)
        .map((g) => `${slug(g.page)}.ts`)
        .sort(),
    );
  });
});

/** A page of ```ts blocks, one after the other: the first block's code starts on line 4. */
function fence(...blocks: string[]): string {
  return `# A page\n\n${blocks.map((code) => `\`\`\`ts\n${code}\`\`\`\n\n`).join("")}`;
}

describe("the guide runner", () => {
  const run = (page: string, setup?: Record<string, unknown>) =>
    runGuide(
      guideProgram(page, setup && { specifier: "./setup.js", names: Object.keys(setup) }),
      page,
      modules,
      setup && { specifier: "./setup.js", module: setup },
    ).problems;

  it("runs the blocks in order as one program: later blocks see earlier names and repeat imports", () => {
    const page = fence(
      'import { longDate } from "sterrenprogramma";\n\nconst day = longDate(asOf, "nl");\n',
      'import { longDate } from "sterrenprogramma";\n\nday; //=> "30 juni 2026"\nlongDate(asOf, "en"); //=> "30 June 2026"\n',
    );
    expect(run(page, { asOf: "2026-06-30" })).toEqual([]);
  });

  it("fails on a result other than the comment shows, naming the page line", () => {
    const page = fence(
      'import { longDate } from "sterrenprogramma";\n\nlongDate("2026-06-30", "nl"); //=> "30 June 2026"\n',
    );
    expect(run(page)).toEqual(["line 6: got '30 juni 2026', not \"30 June 2026\""]);
  });

  it("fails on a block that throws, naming the line the block starts on", () => {
    const page = fence("const a = 1;\n", 'throw new Error("no");\n');
    expect(run(page)).toEqual(["the block at line 8 throws Error: no"]);
    expect(run(fence("const a = 1;\n", "const a = 2;\n"))).toEqual([
      "the program does not start: SyntaxError: Identifier 'a' has already been declared",
    ]);
  });

  it("fails on a //=> whose statement never ran, and on one that is not a value", () => {
    const page = fence(
      "if (Math.max(1, 2) === 1) Math.max(3, 4); //=> 4\nMath.max(3, 4); //=> four\n",
    );
    expect(run(page)).toEqual([
      "line 4: the statement never ran (//=> 4)",
      'line 5: "four" is not a value (write it as JavaScript)',
    ]);
  });

  it("checks what console calls print: in a loop, each //=> line is one of the lines printed", () => {
    const page = fence(
      'for (const n of [1, 2]) console.log(n, n === 1 ? "ster" : "sterren");\n//=> 1 ster\n//=> 2 sterren\n//=> 3 sterren\n',
      "console.log({ a: 1, b: [2, 3] }); //=> { a: 1, … }\n",
    );
    expect(run(page)).toEqual(["line 7: printed [ '1 ster', '2 sterren' ], not 3 sterren"]);
  });

  it("fails on a diagnostic the page never names, and passes once it does", () => {
    const code =
      'import { readTableNumber } from "sterrenprogramma";\n\nreadTableNumber("4,5,6");\n';
    const problems = run(fence(code));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^the block at line 4 gets a "csv-[a-z-]+" diagnostic that the page never names$/,
    );
    const named = problems[0]?.match(/"(csv-[a-z-]+)"/)?.[1] ?? "";
    expect(run(`${fence(code)}A number such as 4,5,6 gives \`${named}\`.\n`)).toEqual([]);
  });

  it("reads the values of //=> comments: literals, open arrays and objects, text with …", () => {
    expect(parseExpected("{ ok: true, value: 4.5, warnings: [] }")?.value).toEqual({
      ok: true,
      value: 4.5,
      warnings: [],
    });
    expect(parseExpected("6 — half a year")?.value).toBe(6);
    expect(parseExpected('"a — b"')?.value).toBe("a — b");
    expect(parseExpected('Het programma heeft geen thema "x".')).toBeUndefined();
    const value = (text: string) => parseExpected(text)?.value;
    expect(matches({ a: 1, b: 2 }, value("{ a: 1, … }"))).toBe(true);
    expect(matches({ a: 1, b: 2 }, value("{ a: 1 }"))).toBe(false);
    expect(matches({ a: 1 }, value("{ a: 1, b: 2, … }"))).toBe(false);
    expect(matches([1, 2, 3], value("[1, …]"))).toBe(true);
    expect(matches([2, 3], value("[1, …]"))).toBe(false);
    expect(matches([1, 2], value("[1]"))).toBe(false);
    expect(matches("fout bij x (y): z", value('"fout bij …: z"'))).toBe(true);
    expect(matches("waarschuwing bij x (y): z", value('"fout bij …"'))).toBe(false);
    expect(matches("…", value('"…"'))).toBe(true);
    expect(matches(0, value("-0"))).toBe(false);
  });
});
