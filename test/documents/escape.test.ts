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

  test.prop([fc.string({ unit: "binary", maxLength: 40 })])(
    "the result has no markup character outside an entity",
    (text) => {
      const out = escapeMarkup(text);
      expect(out).not.toMatch(/[<>"']/);
      expect(out.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
    },
  );
});
