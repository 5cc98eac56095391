import { describe, expect, it } from "vitest";
import { q } from "../../src/i18n/format.js";

describe("q: a value quoted in a message stays a few lines long (rules A10.7)", () => {
  it("quotes an id of 100 characters whole", () => {
    const id = "i".repeat(100);
    expect(q(id)).toBe(`"${id}"`);
    expect(q(42)).toBe('"42"');
  });

  it("cuts a longer text to 120 characters with an ellipsis", () => {
    const quoted = q("x".repeat(1_000_000));
    expect(quoted).toBe(`"${"x".repeat(119)}…"`);
    expect(q("y".repeat(120))).toBe(`"${"y".repeat(120)}"`);
  });

  it("never leaves half of a surrogate pair at the cut", () => {
    const text = `${"a".repeat(118)}😀${"b".repeat(10)}`;
    const quoted = q(text);
    expect(quoted).toBe(`"${"a".repeat(118)}…"`);
    // No lone surrogate: every high one is followed by a low one, every low one preceded.
    expect(quoted).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });
});
