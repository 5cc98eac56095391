import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { firstJsonError, parseJsonText } from "../../src/cli/json.js";

describe("parseJsonText", () => {
  it("reads JSON after a byte order mark", () => {
    expect(parseJsonText('\uFEFF{"a": [1]}', "a.json")).toEqual({ ok: true, value: { a: [1] } });
  });

  it("points at the first wrong character, with line and column", () => {
    // Line 2 is `  "b" 2}`: the colon is missing, so the `2` in column 7 is the culprit.
    const result = parseJsonText('{"a": 1,\n  "b" 2}', "a.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe("invalid-json");
    expect(result.problem.location).toEqual({ file: "a.json", line: 2, column: 7 });
    expect(result.problem.message.nl).toBe('Dit is geen geldige JSON: onverwacht teken "2".');
    expect(result.problem.message.en).toBe('This is not valid JSON: unexpected character "2".');
  });

  it("says when the text ends too early, at the end", () => {
    const result = parseJsonText("[1, 2", "a.json");
    expect(result.ok || [result.problem.params, result.problem.location]).toEqual([
      { found: null },
      { file: "a.json", line: 1, column: 6 },
    ]);
  });

  it("reports an empty file as empty, not as bad JSON", () => {
    const result = parseJsonText(" \n", "a.json");
    expect(result.ok || result.problem.code).toBe("empty-file");
  });
});

describe("firstJsonError", () => {
  it.each([
    ["[1]", -1],
    ['{"a": 1,}', 8], // the closing brace where a key must come
    ["[1]x", 3],
    ["tru", 3],
    ['"a\\qb"', 3], // the q after the backslash
    ["01", 1],
    ["[-]", 2],
  ])("%s → %i", (text, offset) => {
    expect(firstJsonError(text)).toBe(offset);
  });

  it("handles deep nesting without recursion", () => {
    expect(firstJsonError(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBe(-1);
  });

  test.prop([fc.json()])("valid JSON has no error offset (agrees with JSON.parse)", (text) => {
    expect(firstJsonError(text)).toBe(-1);
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "x", "\\")])(
    "the scanner finds an error exactly when JSON.parse fails",
    (json, at, insert) => {
      const i = at % (json.length + 1);
      const text = json.slice(0, i) + insert + json.slice(i);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(firstJsonError(text) === -1).toBe(valid);
    },
  );
});
