import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { escapeMarkup } from "../../src/documents/escape.js";

describe("escapeMarkup: text into HTML and SVG", () => {
  it("turns markup characters into entities", () => {
    expect(escapeMarkup(`<img src=x onerror="alert('x')">&`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;",
    );
  });

  it("replaces what XML cannot hold, keeps tab, newlines and real pairs", () => {
    expect(escapeMarkup("a\u0000b\u001bc\td\ne\uFFFF")).toBe("a\uFFFDb\uFFFDc\td\ne\uFFFD");
    expect(escapeMarkup("\uD83D\uDE00 \uD83D x \uDE00")).toBe("\uD83D\uDE00 \uFFFD x \uFFFD");
  });

  it("drops the bidirectional embeddings, overrides and isolates, keeps the marks", () => {
    // "Trojan Source": an override in a title would turn the document's own text after it around.
    expect(escapeMarkup("Privacy\u202E, 4 februari")).toBe("Privacy, 4 februari");
    expect(escapeMarkup("\u2068Anouk Jansen\u2069")).toBe("Anouk Jansen");
    expect(escapeMarkup("\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f")).toBe("abcdef");
    expect(escapeMarkup("\u05E9\u05DC\u05D5\u05DD\u200F 1\u200E\u061C")).toBe(
      "\u05E9\u05DC\u05D5\u05DD\u200F 1\u200E\u061C",
    );
  });

  it("replaces DEL, the C1 controls and the noncharacters, which HTML calls parse errors", () => {
    expect(escapeMarkup("a\u007Fb\u0085c\u009Bd\uFDD0e\u{1FFFE}f")).toBe(
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf",
    );
    expect(escapeMarkup("Zoë, café, Één")).toBe("Zoë, café, Één");
  });

  test.prop([fc.string({ unit: "binary", maxLength: 40 })])(
    "no bidirectional control, C1 control or noncharacter survives",
    (text) => {
      expect(escapeMarkup(text)).not.toMatch(
        /[\u007F-\u009F\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}]/u,
      );
    },
  );

  test.prop([fc.string({ unit: "binary", maxLength: 40 })])(
    "the result has no markup character outside an entity",
    (text) => {
      const out = escapeMarkup(text);
      expect(out).not.toMatch(/[<>"']/);
      expect(out.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
    },
  );
});
