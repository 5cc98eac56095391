import { describe, expect, it } from "vitest";
import {
  candidateList,
  MAX_SUGGESTED_NAMES,
  SUGGESTION_BUDGET,
  Suggester,
} from "../../src/diagnostics/suggest.js";

describe("Suggester: did-you-mean, memoised and bounded (issue 16)", () => {
  const themes = () =>
    candidateList([
      { id: "klant", name: "Klantgerichtheid" },
      { id: "media", name: "Mediawijsheid" },
    ]);

  it("suggests the nearest id, or the id of the nearest name, or of an exact name", () => {
    const s = new Suggester();
    expect(s.suggest("theme", "klnat", themes)).toBe("klant");
    expect(s.suggest("theme", "Mediawijsheidd", themes)).toBe("media");
    expect(s.suggest("theme", "Klantgerichtheid", themes)).toBe("klant");
    expect(s.suggest("theme", "iets-heel-anders", themes)).toBeUndefined();
  });

  it("builds a scope's candidates once, on first use, and answers a repeated name from memory", () => {
    const s = new Suggester();
    let built = 0;
    const counted = () => {
      built++;
      return themes();
    };
    expect(s.suggest("theme", "klnat", counted)).toBe("klant");
    expect(s.suggest("theme", "klnat", counted)).toBe("klant");
    expect(s.suggest("theme", "medai", counted)).toBe("media");
    expect(built).toBe(1);
  });

  it("keeps scopes apart: the same name in another scope has other candidates", () => {
    const s = new Suggester();
    expect(s.suggest("theme", "klnat", themes)).toBe("klant");
    expect(s.suggest("group", "klnat", () => candidateList([{ id: "balie" }]))).toBeUndefined();
  });

  it(`answers at most ${MAX_SUGGESTED_NAMES} distinct names; later ones get none`, () => {
    // CJK letters have no case, so lower-casing cannot change a name's length.
    const s = new Suggester();
    const ids = () => candidateList([{ id: "aaaa" }]);
    for (let i = 0; i < MAX_SUGGESTED_NAMES; i++)
      expect(s.suggest("x", `aaa${String.fromCharCode(0x4e00 + i)}`, ids)).toBe("aaaa");
    expect(s.suggest("x", "aaab", ids)).toBeUndefined();
    // A name asked before is still answered from memory.
    expect(s.suggest("x", `aaa${String.fromCharCode(0x4e00)}`, ids)).toBe("aaaa");
  });

  it(`compares at most ${SUGGESTION_BUDGET.toLocaleString("en")} candidate characters in all`, () => {
    const s = new Suggester();
    // 10,000 ids of 60 characters: 600,000 characters a search, so only the first fits.
    const many = candidateList(
      Array.from({ length: 10_000 }, (_, i) => ({
        id: `${"k".repeat(54)}${String(i).padStart(6, "0")}`,
      })),
    );
    expect(many.cost).toBe(600_000);
    const near = (i: number) => `${"k".repeat(54)}${String(i).padStart(6, "0")}x`;
    expect(s.suggest("big", near(1), () => many)).toBe(near(1).slice(0, -1));
    expect(s.suggest("big", near(2), () => many)).toBeUndefined();
    // An exact name costs nothing, so it is still found.
    const named = candidateList([{ id: "a-b", name: "Naam" }]);
    expect(s.suggest("small", "Naam", () => named)).toBe("a-b");
  });

  it("candidate lists: ids first, each once; a name that is also an id, or repeats, is left out", () => {
    const list = candidateList([
      { id: "a", name: "b" },
      { id: "b", name: "Bee" },
      { id: "a", name: "Aa" },
      { id: "c", name: "Bee" },
    ]);
    expect(list.names).toEqual(["a", "b", "c", "Bee", "Aa"]);
    expect([...list.idOf]).toEqual([
      ["Bee", "b"],
      ["Aa", "a"],
    ]);
    expect(list.cost).toBe(3 + 3 + 2);
  });
});
