import { describe, expect, it } from "vitest";
import { exampleConnectieTemplate } from "../../src/koffer/examples.js";
import { type KofferSheet, rankSheet, validateSheet } from "../../src/koffer/sheet.js";
import { codes, deepFreeze, diagnosticsOf, expectWellFormed, template } from "./fixtures.js";

const atMost = template({
  id: "t",
  kind: "connectie",
  name: "Test",
  categories: [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
    { id: "c", label: "C" },
  ],
});
const exactly = template({ ...atMost, budgetRule: "exactly" });

const valid = { respondent: "anna", scores: { a: 10, b: 50, c: 40 } };

/** The only diagnostic of a sheet, checked to be well formed. */
function only(input: unknown, t = atMost) {
  const result = validateSheet(t, input);
  expect(result.ok).toBe(false);
  const all = diagnosticsOf(result);
  for (const d of all) expectWellFormed(d);
  expect(all.map((d) => d.code)).toHaveLength(1);
  const [d] = all;
  return { code: d?.code, path: d?.path, params: d?.params };
}

describe("validateSheet (rules B2)", () => {
  it("accepts a valid sheet and returns its scores as a list in template order", () => {
    const result = validateSheet(atMost, { respondent: "anna", scores: { c: 40, a: 10, b: 50 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    expect(result.value.respondent).toBe("anna");
    expect(result.value.scores).toEqual([
      { category: "a", points: 10 },
      { category: "b", points: 50 },
      { category: "c", points: 40 },
    ]);
  });

  it("an anonymous sheet has respondent null (field absent or null)", () => {
    for (const input of [{ scores: valid.scores }, { respondent: null, scores: valid.scores }]) {
      const result = validateSheet(atMost, input);
      expect(result.ok && result.value.respondent).toBe(null);
    }
  });

  it("at-most takes fewer points than the budget; exactly does not", () => {
    expect(validateSheet(atMost, { scores: { a: 0, b: 1, c: 2 } }).ok).toBe(true);
    expect(validateSheet(exactly, { scores: { a: 0, b: 1, c: 99 } }).ok).toBe(true);
    expect(only({ scores: { a: 0, b: 1, c: 2 } }, exactly)).toEqual({
      code: "under-budget",
      path: ["scores"],
      params: { total: 3, budget: 100 },
    });
  });

  it("over-budget names the total and the budget", () => {
    expect(only({ scores: { a: 10, b: 50, c: 41 } })).toEqual({
      code: "over-budget",
      path: ["scores"],
      params: { total: 101, budget: 100 },
    });
    expect(only({ scores: { a: 10, b: 50, c: 41 } }, exactly).code).toBe("over-budget");
  });

  it("tie names the tied categories (sorted) and their points, one diagnostic per value", () => {
    expect(only({ scores: { c: 20, b: 5, a: 20 } })).toEqual({
      code: "tie",
      path: ["scores"],
      params: { categories: ["a", "c"], labels: ["A", "C"], points: 20 },
    });
    const four = template({
      ...atMost,
      categories: ["d", "c", "b", "a"].map((id) => ({ id, label: id })),
    });
    const result = validateSheet(four, { scores: { d: 7, c: 3, b: 7, a: 3 } });
    expect(diagnosticsOf(result).map((d) => [d.code, d.params])).toEqual([
      ["tie", { categories: ["a", "c"], labels: ["a", "c"], points: 3 }],
      ["tie", { categories: ["b", "d"], labels: ["b", "d"], points: 7 }],
    ]);
    // -0 and 0 are the same points.
    expect(only({ scores: { a: -0, b: 0, c: 1 } }).params).toEqual({
      categories: ["a", "b"],
      labels: ["A", "B"],
      points: 0,
    });
  });

  it("missing-category and unknown-category point at the key", () => {
    expect(only({ scores: { a: 10, b: 50 } })).toEqual({
      code: "missing-category",
      path: ["scores", "c"],
      params: { category: "c", label: "C" },
    });
    expect(only({ scores: { a: 10, b: 50, c: 40, d: 0 } })).toEqual({
      code: "unknown-category",
      path: ["scores", "d"],
      params: { category: "d" },
    });
  });

  it("not-an-integer, negative and invalid-type for a score", () => {
    expect(only({ scores: { a: 10.5, b: 50, c: 39 } })).toEqual({
      code: "not-an-integer",
      path: ["scores", "a"],
      params: { category: "a", label: "A", received: "10.5" },
    });
    expect(only({ scores: { a: Number.NaN, b: 50, c: 39 } }).params).toEqual({
      category: "a",
      label: "A",
      received: "NaN",
    });
    expect(only({ scores: { a: -10, b: 50, c: 40 } })).toEqual({
      code: "negative",
      path: ["scores", "a"],
      params: { category: "a", label: "A", received: -10 },
    });
    expect(only({ scores: { a: "10", b: 50, c: 40 } })).toEqual({
      code: "invalid-type",
      path: ["scores", "a"],
      params: { expected: "number", received: "string" },
    });
    // A negative fraction is both.
    expect(codes(validateSheet(atMost, { scores: { a: -0.5, b: 50, c: 40 } }))).toEqual([
      "negative",
      "not-an-integer",
    ]);
  });

  it("shape codes: not an object, scores missing or not an object, unknown fields, respondent", () => {
    expect(only(null)).toEqual({
      code: "invalid-type",
      path: [],
      params: { expected: "object", received: "null" },
    });
    expect(only([valid]).params).toEqual({ expected: "object", received: "array" });
    expect(only({ respondent: "anna" })).toEqual({
      code: "missing-field",
      path: ["scores"],
      params: { field: "scores" },
    });
    // `undefined` is absent, also in the usual shape `{ respondent, scores }`.
    expect(only({ respondent: "anna", scores: undefined })).toEqual({
      code: "missing-field",
      path: ["scores"],
      params: { field: "scores" },
    });
    expect(validateSheet(atMost, { scores: valid.scores, respondent: "anna" }).ok).toBe(true);
    expect(only({ respondent: 7, scores: valid.scores }).code).toBe("invalid-respondent");
    expect(only({ scores: [10, 50, 40] })).toEqual({
      code: "invalid-type",
      path: ["scores"],
      params: { expected: "object", received: "array" },
    });
    expect(only({ scores: new Map([["a", 1]]) }).params).toEqual({
      expected: "object",
      received: "map",
    });
    // A type name is looked up safely: a tag "constructor" is not Object's constructor.
    const tagged = { [Symbol.toStringTag]: "constructor" };
    const message = validateSheet(atMost, { scores: tagged });
    expect(diagnosticsOf(message)[0]?.message.nl).toBe(
      "Verwacht een object, gevonden constructor.",
    );
    expect(diagnosticsOf(message)[0]?.message.en).toBe("Expected an object, found constructor.");
    expect(only({ ...valid, name: "Anna" })).toEqual({
      code: "unknown-field",
      path: ["name"],
      params: { field: "name" },
    });
    for (const respondent of ["", " anna", "x".repeat(101), 42, {}]) {
      expect(only({ ...valid, respondent })).toEqual({
        code: "invalid-respondent",
        path: ["respondent"],
        params: {},
      });
    }
  });

  it("reports every problem at once", () => {
    const result = validateSheet(atMost, {
      respondent: 7,
      extra: true,
      scores: { a: 60, b: 60, d: 1, c: 1.5 },
    });
    expect(codes(result).sort()).toEqual([
      "invalid-respondent",
      "not-an-integer",
      "over-budget",
      "tie",
      "unknown-category",
      "unknown-field",
    ]);
  });

  it("no sheet code fires on a valid sheet", () => {
    expect(diagnosticsOf(validateSheet(atMost, valid))).toEqual([]);
    expect(diagnosticsOf(validateSheet(exactly, valid))).toEqual([]);
  });

  it("takes __proto__, constructor and toString as ordinary category ids", () => {
    const t = template({
      id: "t",
      kind: "collectie",
      name: "T",
      categories: ["__proto__", "constructor", "toString"].map((id) => ({ id, label: id })),
    });
    const input = JSON.parse('{"scores":{"__proto__":5,"constructor":3,"toString":1}}');
    const result = validateSheet(t, input);
    expect(result.ok && result.value.scores).toEqual([
      { category: "__proto__", points: 5 },
      { category: "constructor", points: 3 },
      { category: "toString", points: 1 },
    ]);
    // An object literal's `__proto__:` sets the prototype; it is not an own key, so it is missing.
    expect(only({ scores: { __proto__: { x: 1 }, constructor: 3, toString: 1 } }, t)).toEqual({
      code: "missing-category",
      path: ["scores", "__proto__"],
      params: { category: "__proto__", label: "__proto__" },
    });
    // Inherited keys are never read: an empty object has no "constructor" score.
    expect(codes(validateSheet(t, { scores: {} }))).toEqual([
      "missing-category",
      "missing-category",
      "missing-category",
    ]);
    // Unknown ids that attack prototypes are unknown categories, and pollute nothing.
    const hostile = JSON.parse('{"scores":{"a":1,"b":2,"c":3,"__proto__":{"polluted":true}}}');
    expect(codes(validateSheet(atMost, hostile))).toEqual(["unknown-category"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws: a throwing getter becomes unreadable-input", () => {
    const scores = {
      a: 1,
      b: 2,
      get c(): number {
        throw new Error("boom");
      },
    };
    expect(codes(validateSheet(atMost, { scores }))).toEqual(["unreadable-input"]);
    // Even a thrown value that throws when looked at.
    const nasty = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("again");
        },
      },
    );
    const throwsNasty = {
      get scores(): never {
        throw nasty;
      },
    };
    const result = validateSheet(atMost, throwsNasty);
    expect(diagnosticsOf(result).map((d) => [d.code, d.params])).toEqual([
      ["unreadable-input", { detail: "unknown" }],
    ]);
  });

  it("reads a score by name again when a getter deletes another while the scores are read", () => {
    // Scores in template order are read in one go (issue 18); a getter that removes a later key
    // meanwhile leaves fewer values, which must not shift onto other categories: `c` keeps its 40
    // and `b` is missing.
    const scores: Record<string, number> = { a: 10, b: 50, c: 40 };
    Object.defineProperty(scores, "a", {
      enumerable: true,
      get() {
        delete scores.b;
        return 10;
      },
    });
    const result = validateSheet(atMost, { respondent: "anna", scores });
    expect(diagnosticsOf(result).map((d) => [d.code, d.path])).toEqual([
      ["missing-category", ["scores", "b"]],
    ]);
  });

  it("accepts deep-frozen inputs and leaves them unchanged", () => {
    const t = deepFreeze(structuredClone(exampleConnectieTemplate));
    const input = deepFreeze({
      respondent: "anna",
      scores: {
        netwerken: 20,
        klantcontact: 25,
        samenwerken: 18,
        creativiteit: 10,
        initiatief: 12,
        communicatie: 8,
        flexibiliteit: 5,
        omgevingsbewustzijn: 2,
      },
    });
    const snapshot = structuredClone(input);
    expect(validateSheet(t, input).ok).toBe(true);
    expect(input).toEqual(snapshot);
    expect(t).toEqual(exampleConnectieTemplate);
  });
});

describe("rankSheet (rules B2)", () => {
  it("ranks by points, most points first, in template order", () => {
    const result = validateSheet(atMost, valid);
    if (!result.ok) throw new Error("expected a valid sheet");
    expect(rankSheet(atMost, result.value)).toEqual([
      { category: "a", points: 10, rank: 3 },
      { category: "b", points: 50, rank: 1 },
      { category: "c", points: 40, rank: 2 },
    ]);
  });

  it("throws a RangeError for a sheet that misses a category of the template", () => {
    expect(() =>
      rankSheet(atMost, { respondent: null, scores: [{ category: "a", points: 1 }] }),
    ).toThrow(RangeError);
  });

  it("gives equal points (never on a valid sheet) the best shared rank", () => {
    const sheet = {
      respondent: null,
      scores: [
        { category: "a", points: 5 },
        { category: "b", points: 9 },
        { category: "c", points: 5 },
      ],
    };
    expect(rankSheet(atMost, sheet).map((r) => r.rank)).toEqual([2, 1, 2]);
  });

  it("a valid sheet is plain data in the template's order, whatever the ids look like (rules C)", () => {
    const odd = template({
      id: "t",
      kind: "connectie",
      name: "T",
      categories: [
        { id: "b", label: "B" },
        { id: "2", label: "Twee" },
        { id: "__proto__", label: "P" },
      ],
    });
    // As JSON the input object puts "2" first; the sheet keeps the template's order.
    const result = validateSheet(
      odd,
      JSON.parse('{"scores": {"b": 50, "2": 30, "__proto__": 20}}'),
    );
    if (!result.ok) throw new Error("expected a valid sheet");
    expect(result.value).toStrictEqual({
      respondent: null,
      scores: [
        { category: "b", points: 50 },
        { category: "2", points: 30 },
        { category: "__proto__", points: 20 },
      ],
    });
    expect(JSON.parse(JSON.stringify(result.value))).toStrictEqual(result.value);
  });

  it("reads a sheet in any order of its categories: the ranks follow the template", () => {
    const sheet = {
      respondent: null,
      scores: [
        { category: "c", points: 40 },
        { category: "a", points: 10 },
        { category: "b", points: 50 },
      ],
    };
    expect(rankSheet(atMost, sheet)).toEqual([
      { category: "a", points: 10, rank: 3 },
      { category: "b", points: 50, rank: 1 },
      { category: "c", points: 40, rank: 2 },
    ]);
  });

  it("a sheet whose scores are not a list of { category, points } is a TypeError (a programmer error)", () => {
    const old = { respondent: null, scores: new Map([["a", 10]]) } as unknown as KofferSheet;
    expect(() => rankSheet(atMost, old)).toThrow(TypeError);
    const twice: KofferSheet = {
      respondent: null,
      scores: [
        { category: "a", points: 10 },
        { category: "a", points: 20 },
        { category: "b", points: 50 },
      ],
    };
    // As many entries as categories, but "c" is not among them: another template's sheet.
    expect(() => rankSheet(atMost, twice)).toThrow(RangeError);
    const extra: KofferSheet = {
      respondent: null,
      scores: [
        ...(twice.scores.slice(1) ?? []),
        { category: "c", points: 40 },
        { category: "d", points: 0 },
      ],
    };
    expect(() => rankSheet(atMost, extra)).toThrow(RangeError);
  });
});

describe("category messages name categories by their labels (issue 16)", () => {
  const labelled = template({
    ...atMost,
    categories: [
      { id: "a", label: "Netwerken" },
      { id: "b", label: "Klantcontact" },
      { id: "c", label: "Samenwerken" },
    ],
  });
  it("tie, missing-category, not-an-integer and negative say the label, not the id", () => {
    const tie = diagnosticsOf(validateSheet(labelled, { scores: { a: 5, b: 5, c: 1 } }))[0];
    expect(tie?.message.nl).toBe(
      "Twee vakjes mogen niet evenveel punten krijgen: Netwerken en Klantcontact hebben allebei 5 punten.",
    );
    expect(tie?.message.en).toBe(
      "No two boxes may get the same points: Netwerken and Klantcontact both have 5 points.",
    );
    const missing = diagnosticsOf(validateSheet(labelled, { scores: { a: 10, b: 50 } }))[0];
    expect(missing?.message.nl).toBe("Het vel geeft geen punten aan de categorie Samenwerken.");
    expect(missing?.message.en).toBe("The sheet gives no points to the category Samenwerken.");
    const [fraction, negative] = diagnosticsOf(
      validateSheet(labelled, { scores: { a: 10.5, b: -2, c: 39 } }),
    );
    expect(fraction?.message.nl).toBe(
      "De punten voor Netwerken moeten een heel getal zijn; gevonden 10.5.",
    );
    expect(negative?.message.en).toBe(
      "The points for Klantcontact must not be negative; found -2.",
    );
    // A category the template does not have has no label: its key is quoted.
    const unknown = diagnosticsOf(
      validateSheet(labelled, { scores: { a: 10, b: 50, c: 40, zz: 0 } }),
    )[0];
    expect(unknown?.message.nl).toBe('De koffer heeft geen categorie "zz".');
  });
});

describe("the tie message (rules B2), in Dutch and English", () => {
  it('says "allebei" / "both" for two tied categories and "allemaal" / "all" for more', () => {
    const two = diagnosticsOf(validateSheet(atMost, { scores: { a: 5, b: 5, c: 1 } }))[0];
    expect(two?.message.nl).toMatch(/ hebben allebei 5 punten\.$/);
    expect(two?.message.en).toMatch(/ both have 5 points\.$/);
    const three = diagnosticsOf(validateSheet(atMost, { scores: { a: 5, b: 5, c: 5 } }))[0];
    expect(three?.message.nl).toMatch(/ hebben allemaal 5 punten\.$/);
    expect(three?.message.en).toMatch(/ all have 5 points\.$/);
  });
});
