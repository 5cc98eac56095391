import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ID_PATTERN, isId } from "../../src/internal/field-rules.js";

// The oracle: the id rule as JSON Schema states it (rules A1), a regex over code points.
const idRule = new RegExp(ID_PATTERN, "u");

/** Text near the rule's edges: spaces and line ends at either end, 99–101 units, astral letters. */
const idLike = fc.oneof(
  fc.string({
    unit: fc.constantFrom("a", " ", "\t", "\n", "\u2028", "\u00a0", "~", "\u007f", "é", "😀"),
    maxLength: 12,
  }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc
    .tuple(fc.integer({ min: 98, max: 102 }), fc.constantFrom("x", "😀", " "))
    .map(([n, c]) => "a".repeat(n - 1) + c),
  fc.string({ maxLength: 110 }),
);

describe("isId (rules A1: the id rule, written once)", () => {
  test.prop([idLike], { numRuns: 2000 })("agrees with the id pattern on any text", (text) => {
    expect(isId(text)).toBe(idRule.test(text));
  });

  it("takes 100 characters and refuses 101, counted in code points", () => {
    expect(isId("a".repeat(100))).toBe(true);
    expect(isId("a".repeat(101))).toBe(false);
    expect(isId("😀".repeat(100))).toBe(true); // 200 UTF-16 units, 100 characters
    expect(isId("😀".repeat(101))).toBe(false);
  });

  it("refuses white space at either end and a line end anywhere, and anything but text", () => {
    for (const id of [" a", "a ", "a\nb", "\u00a0a", "", " "]) expect(isId(id)).toBe(false);
    for (const id of ["a b", "p-anouk", "~", "ü"]) expect(isId(id)).toBe(true);
    for (const value of [1, null, undefined, {}, ["a"]]) expect(isId(value)).toBe(false);
  });
});
