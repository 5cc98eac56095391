import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { htmlProblems, svgParts, xmlProblems } from "../documents/markup-checks.js";
import { runWith, shipped } from "./memory-io.js";

const example = {
  "programme.json": shipped("examples/data/programme.json"),
  "participants.json": shipped("examples/data/participants.json"),
  "participants.csv": shipped("examples/data/participants.csv"),
};
const files = ["programme.json", "participants.json"];
const AS_OF = ["--as-of", "2026-06-30"];

describe("statements --html: every statement and plan as one HTML document on stdout", () => {
  it("writes one well-formed document with an article per participant, exit 0", () => {
    const participants = JSON.parse(example["participants.json"]) as { name?: string }[];
    const { code, stdout, stderr } = runWith(["statements", ...files, ...AS_OF, "--html"], example);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(stdout.endsWith("</html>\n")).toBe(true);
    expect(htmlProblems(stdout)).toEqual([]);
    expect(stdout.match(/<article class="participant">/g)).toHaveLength(participants.length);
    // Each participant's plan is there too.
    expect(stdout.match(/<section class="plan">/g)).toHaveLength(participants.length);
    for (const p of participants) if (p.name !== undefined) expect(stdout).toContain(p.name);
  });

  it("speaks English with --lang en, and reads participants from CSV as well", () => {
    const { code, stdout } = runWith(
      ["statements", "programme.json", "participants.csv", ...AS_OF, "--html", "--lang", "en"],
      example,
    );
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(stdout).toContain("<h2>Plan to reach the target</h2>");
    expect(htmlProblems(stdout)).toEqual([]);
  });
});

describe("report --html: the organisation report page on stdout", () => {
  it("writes the page with both charts, exit 0", () => {
    const { code, stdout, stderr } = runWith(["report", ...files, ...AS_OF, "--html"], example);
    expect([code, stderr]).toEqual([0, ""]);
    expect(htmlProblems(stdout)).toEqual([]);
    const svgs = svgParts(stdout);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(xmlProblems(svg)).toEqual([]);
    expect(stdout).toContain("<h1>Organisatierapport</h1>");
  });
});

describe("--html among the other options", () => {
  it("belongs to statements and report only", () => {
    const { code, stderr } = runWith(["validate", "programme.json", "--html"], example);
    expect(code).toBe(2);
    expect(stderr).toContain("(unknown-option)");
  });

  it("cannot be combined with --json: both choose the form of the output (exit 2)", () => {
    const parsed = parseArgs(["report", ...files, ...AS_OF, "--html", "--json"]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.code)).toEqual(["conflicting-options"]);
    const { code, stdout, stderr } = runWith(
      ["statements", ...files, ...AS_OF, "--json", "--html", "--lang", "en"],
      example,
    );
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain(
      'The options "--json" and "--html" each choose the form of the output',
    );
  });

  it("is read as a flag: --html=yes is refused", () => {
    const parsed = parseArgs(["report", ...files, ...AS_OF, "--html=yes"]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.code)).toEqual(["unexpected-option-value"]);
    const ok = parseArgs(["report", ...files, ...AS_OF, "--html"]);
    expect(ok.ok && ok.args.kind === "run" && ok.args.html).toBe(true);
  });
});
