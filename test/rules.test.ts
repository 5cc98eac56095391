import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * docs/rules.md is the project's own rules reference: every rule has a number and an anchor, and
 * code, tests and docs cite the rules by those numbers (`rules A6` in code and test names, a link
 * to `rules.md#a6` in Markdown). These tests keep the numbers and the citations honest.
 */

const root = join(import.meta.dirname, "..");
const RULES = "docs/rules.md";
const rules = readFileSync(join(root, RULES), "utf8");

/** Where the project cites rules (docs/api is generated and not checked in). */
const PLACES = ["src", "test", "bench", "docs", "examples", "scripts", "schemas", "README.md"];
const SKIP = new Set(["node_modules", "dist", "coverage", "docs/api"]);
const TEXT = /\.(?:[cm]?[jt]s|json|md|html)$/;

function filesIn(path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full) || SKIP.has(path) || SKIP.has(basename(path))) return [];
  if (!statSync(full).isDirectory()) return TEXT.test(path) ? [path] : [];
  return readdirSync(full)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => filesIn(`${path}/${name}`));
}

const files = PLACES.flatMap(filesIn).map((path) => ({
  path,
  text: readFileSync(join(root, path), "utf8"),
}));

/** The anchors rules.md defines, in order. */
const anchors = [...rules.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1] ?? "");

/** Each anchor with the number that follows it: a heading `A6. …`, a rule `**A6.4 …`, a part. */
const numbered = [
  ...rules.matchAll(/<a id="([^"]+)"><\/a>(?:\*\*)?(Part [ABC]\b|[ABC]\d+(?:\.\d+)?)/g),
].map((m) => ({ anchor: m[1] ?? "", number: (m[2] ?? "").replace(/^Part /, "") }));

/**
 * A rule number as cited, and a list of them: "A6", "A10.3", "B7.5", "C2", "B", "A2–A8". Any
 * number is read, so that one the page does not define (A11, B9) is caught.
 */
const REF = String.raw`[ABC](?:\d{1,2}(?:\.\d{1,2})?)?(?!\w)`;
const SEP = "(?:, | and | or | / |/|–)";
const CITATION = new RegExp(String.raw`\brules (${REF}(?:${SEP}${REF})*)`, "g");

function citedNumbers(text: string): string[] {
  return [...text.matchAll(CITATION)].flatMap((m) => (m[1] ?? "").split(new RegExp(SEP)));
}

describe("docs/rules.md: numbers and anchors", () => {
  it("every anchor is followed by the number it stands for, in lower case", () => {
    expect(numbered.length).toBe(anchors.length);
    for (const { anchor, number } of numbered) expect(anchor, number).toBe(number.toLowerCase());
  });

  it("no number and no anchor appears twice", () => {
    expect(new Set(anchors).size).toBe(anchors.length);
    const numbers = numbered.map((n) => n.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("every section of the three parts is there, and the rules of a section are numbered 1, 2, … without a gap", () => {
    const sections = [
      ...Array.from({ length: 10 }, (_, i) => `A${i + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`),
    ];
    const numbers = new Set(numbered.map((n) => n.number));
    for (const part of ["A", "B", "C"]) expect(numbers.has(part), part).toBe(true);
    for (const section of sections) {
      expect(numbers.has(section), section).toBe(true);
      const subs = [...numbers]
        .filter((n) => n.startsWith(`${section}.`))
        .map((n) => Number(n.slice(section.length + 1)))
        .sort((a, b) => a - b);
      expect(subs.length, `${section} has numbered rules`).toBeGreaterThan(0);
      expect(subs, section).toEqual(subs.map((_, i) => i + 1));
    }
    // The invariants keep their list numbers, so the property tests' names map one to one.
    expect(numbers.has("A10.10")).toBe(true);
    expect(numbers.has("B7.6")).toBe(true);
    expect([...numbers].filter((n) => /^C\d$/.test(n))).toEqual(["C1", "C2", "C3", "C4", "C5"]);
  });

  it("every path of the repository the page names exists (where each rule lives)", () => {
    const paths = [...rules.matchAll(/`((?:src|test|schemas|bench|docs)\/[^`\s]*)`/g)].map(
      (m) => m[1] ?? "",
    );
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it("every rule module of src/stars/rules is named on the page", () => {
    const modules = readdirSync(join(root, "src/stars/rules")).filter((name) =>
      name.endsWith(".ts"),
    );
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((name) => !rules.includes(name))).toEqual([]);
  });
});

describe("citations of the rules", () => {
  it("every `rules X` citation in src/, test/, bench/, docs/, examples/, scripts/, schemas/ and the README names a rule the page defines", () => {
    const unknown: string[] = [];
    let count = 0;
    for (const { path, text } of files) {
      for (const number of citedNumbers(text)) {
        count++;
        if (!anchors.includes(number.toLowerCase())) unknown.push(`${path}: rules ${number}`);
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });

  it("every link to rules.md names an anchor the page has", () => {
    const broken: string[] = [];
    for (const { path, text } of files) {
      for (const m of text.matchAll(/\]\(([^)\s#]*rules\.md)(?:#([^)\s]*))?\)/g)) {
        const target = relative(root, join(root, dirname(path), m[1] ?? ""));
        if (target !== RULES) broken.push(`${path}: ${m[0]} (not ${RULES})`);
        else if (m[2] !== undefined && !anchors.includes(m[2])) broken.push(`${path}: ${m[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("the citation forms are recognised (the checks above are not vacuous)", () => {
    expect(citedNumbers("rules A2–A8, rules A10.3 / B7.5 and rules C")).toEqual([
      "A2",
      "A8",
      "A10.3",
      "B7.5",
      "C",
    ]);
    expect(anchors).toEqual(expect.arrayContaining(["a", "a6", "a6.4", "a10.3", "b7.5", "c2"]));
  });

  // Fails until every citation of the specification's sections is rewritten into `rules X`:
  // the specification was never part of the repository, so a reader cannot follow them.
  it("no citation of the specification's sections is left", () => {
    const left: string[] = [];
    for (const { path, text } of files) {
      text.split("\n").forEach((line, i) => {
        if (/\bS[P]EC\b/.test(line)) left.push(`${path}:${i + 1}: ${line.trim().slice(0, 100)}`);
      });
    }
    expect(left).toEqual([]);
  });
});
