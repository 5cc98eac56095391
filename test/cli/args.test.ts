import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";

const codes = (argv: string[]) => {
  const result = parseArgs(argv);
  return result.ok ? [] : result.problems.map((p) => p.code);
};

describe("parseArgs", () => {
  it("reads a command, its files and options in any order, with = or a space", () => {
    expect(
      parseArgs([
        "--lang=en",
        "statements",
        "p.json",
        "--as-of",
        "2026-06-30",
        "m.csv",
        "--explain",
      ]),
    ).toEqual({
      ok: true,
      args: {
        kind: "run",
        command: "statements",
        files: ["p.json", "m.csv"],
        lang: "en",
        json: false,
        explain: true,
        asOf: "2026-06-30",
      },
    });
  });

  it("defaults to Dutch", () => {
    const result = parseArgs(["validate", "p.json"]);
    expect(result.ok && result.args.lang).toBe("nl");
  });

  it("lets --help and --version win over other problems", () => {
    expect(parseArgs(["bogus", "--help"])).toEqual({
      ok: true,
      args: { kind: "help", lang: "nl" },
    });
    expect(parseArgs(["-V", "--lang", "en"])).toEqual({
      ok: true,
      args: { kind: "version", lang: "en" },
    });
  });

  it("treats everything after -- as files", () => {
    const result = parseArgs(["validate", "--", "--odd-name.json"]);
    expect(result.ok && result.args.kind === "run" && result.args.files).toEqual([
      "--odd-name.json",
    ]);
  });

  it("reports a missing command and an unknown one", () => {
    expect(codes([])).toEqual(["no-command"]);
    expect(codes(["valideer"])).toEqual(["unknown-command"]);
  });

  it("reports unknown options and options of another command", () => {
    expect(codes(["validate", "p.json", "--strict"])).toEqual(["unknown-option"]);
    expect(codes(["validate", "p.json", "--as-of", "2026-06-30"])).toEqual(["unknown-option"]);
    expect(codes(["report", "p.json", "m.json", "--as-of", "2026-06-30", "--explain"])).toEqual([
      "unknown-option",
    ]);
  });

  it("reports every missing file and extra argument", () => {
    expect(codes(["koffer"])).toEqual(["missing-argument", "missing-argument"]);
    expect(codes(["validate", "a.json", "b.json"])).toEqual(["too-many-arguments"]);
  });

  it("requires --as-of for statements and report, and a real date (rules A2: no clock)", () => {
    expect(codes(["statements", "p.json", "m.json"])).toEqual(["missing-as-of"]);
    // 2025 is no leap year
    expect(codes(["report", "p.json", "m.json", "--as-of", "2025-02-29"])).toEqual([
      "invalid-as-of",
    ]);
    expect(codes(["report", "p.json", "m.json", "--as-of"])).toEqual([
      "missing-option-value",
      "missing-as-of",
    ]);
  });

  it("reports a flag given a value, and a repeated option", () => {
    expect(codes(["validate", "p.json", "--json=yes"])).toEqual(["unexpected-option-value"]);
    expect(codes(["validate", "p.json", "--json", "--json"])).toEqual(["repeated-option"]);
  });

  it("reports an unknown language without a language to report in", () => {
    const result = parseArgs(["validate", "p.json", "--lang", "de"]);
    expect(result.ok || [result.lang, result.problems.map((p) => p.code)]).toEqual([
      null,
      ["invalid-lang"],
    ]);
  });
});
