import { describe, expect, it } from "vitest";
import { exampleCollectieTemplate, exampleConnectieTemplate } from "../../src/koffer/examples.js";
import { minimumBudget, validateTemplate } from "../../src/koffer/template.js";
import { codes, deepFreeze, diagnosticsOf, expectWellFormed } from "./fixtures.js";

const categories = (k: number) =>
  Array.from({ length: k }, (_, i) => ({ id: `c${i + 1}`, label: `Categorie ${i + 1}` }));

const minimal = { id: "t", kind: "connectie", name: "Test", categories: categories(3) };

describe("validateTemplate (rules B1)", () => {
  it("fills in the defaults: budget 100, rule at-most", () => {
    const result = validateTemplate(minimal);
    expect(result).toEqual({
      ok: true,
      value: { ...minimal, budget: 100, budgetRule: "at-most" },
      warnings: [],
    });
  });

  it("accepts both example templates, which are marked as examples and fully described", () => {
    for (const example of [exampleCollectieTemplate, exampleConnectieTemplate]) {
      const result = validateTemplate(example);
      expect(result).toEqual({ ok: true, value: example, warnings: [] });
      expect(example.name).toMatch(/^Voorbeeld/);
      for (const category of example.categories) {
        expect(category.smallStep?.length).toBeGreaterThan(0);
        expect(category.largeStep?.length).toBeGreaterThan(0);
      }
    }
    expect(exampleCollectieTemplate.kind).toBe("collectie");
    expect(exampleConnectieTemplate.kind).toBe("connectie");
  });

  it("a validated template validates to itself", () => {
    const first = validateTemplate({ ...minimal, budgetRule: "exactly", budget: 50 });
    if (!first.ok) throw new Error("expected a valid template");
    expect(validateTemplate(first.value)).toEqual(first);
  });

  it("k = 14 fits in 100 points (0 + … + 13 = 91), k = 15 does not (0 + … + 14 = 105)", () => {
    expect(minimumBudget(14)).toBe(91);
    expect(minimumBudget(15)).toBe(105);
    expect(validateTemplate({ ...minimal, categories: categories(14) }).ok).toBe(true);
    const result = validateTemplate({ ...minimal, categories: categories(15) });
    expect(result.ok).toBe(false);
    const [d] = diagnosticsOf(result);
    expect(d?.code).toBe("budget-too-small");
    expect(d?.path).toEqual(["categories"]);
    expect(d?.params).toEqual({ categories: 15, minimum: 105, budget: 100 });
    expect(d?.message.nl).toContain("105");
    expect(d?.message.en).toContain("0 + 1 + … + 14");
    // The same 15 categories fit a budget of exactly 105.
    expect(validateTemplate({ ...minimal, categories: categories(15), budget: 105 }).ok).toBe(true);
    expect(codes(validateTemplate({ ...minimal, categories: categories(3), budget: 2 }))).toEqual([
      "budget-too-small",
    ]);
  });

  it("reports every problem at once, each with its code, path and params", () => {
    const result = validateTemplate({
      id: " t",
      kind: "koffer",
      name: "  ",
      budget: 12.5,
      budgetRule: "precies",
      colour: "blauw",
      categories: [
        { id: "a", label: "A" },
        { id: "a", label: "A again", smallStep: "" },
        { label: "no id", extra: 1 },
        "not an object",
        { id: 7, label: 8, description: null },
      ],
    });
    expect(result.ok).toBe(false);
    const found = diagnosticsOf(result).map((d) => [d.code, d.path, d.params]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["invalid-id", ["id"], { received: '" t"' }],
        [
          "invalid-value",
          ["kind"],
          { field: "kind", allowed: ["collectie", "connectie"], received: '"koffer"' },
        ],
        ["empty-text", ["name"], { field: "name" }],
        ["invalid-budget", ["budget"], { received: "12.5", maximum: 1_000_000 }],
        [
          "invalid-value",
          ["budgetRule"],
          { field: "budgetRule", allowed: ["at-most", "exactly"], received: '"precies"' },
        ],
        ["unknown-field", ["colour"], { field: "colour" }],
        ["duplicate-category", ["categories", 1, "id"], { id: "a", firstIndex: 0 }],
        ["empty-text", ["categories", 1, "smallStep"], { field: "smallStep" }],
        ["missing-field", ["categories", 2, "id"], { field: "id" }],
        ["unknown-field", ["categories", 2, "extra"], { field: "extra" }],
        ["invalid-type", ["categories", 3], { expected: "object", received: "string" }],
        ["invalid-type", ["categories", 4, "id"], { expected: "string", received: "number" }],
        ["invalid-type", ["categories", 4, "label"], { expected: "string", received: "number" }],
        [
          "invalid-type",
          ["categories", 4, "description"],
          { expected: "string", received: "null" },
        ],
      ]),
    );
    expect(found).toHaveLength(14);
    for (const d of diagnosticsOf(result)) expectWellFormed(d);
  });

  it("refuses what is not a template", () => {
    expect(codes(validateTemplate(null))).toEqual(["invalid-type"]);
    expect(codes(validateTemplate([]))).toEqual(["invalid-type"]);
    expect(codes(validateTemplate(new Map()))).toEqual(["invalid-type"]);
    expect(diagnosticsOf(validateTemplate({})).map((d) => d.path)).toEqual([
      ["categories"],
      ["id"],
      ["kind"],
      ["name"],
    ]);
    expect(codes(validateTemplate({ ...minimal, categories: {} }))).toEqual(["invalid-type"]);
    expect(codes(validateTemplate({ ...minimal, categories: [] }))).toEqual(["too-few-categories"]);
    const one = validateTemplate({ ...minimal, categories: categories(1) });
    expect(diagnosticsOf(one).map((d) => d.params)).toEqual([{ count: 1, minimum: 2 }]);
    for (const budget of [0, -5, "100", 1_000_001, Number.NaN, null]) {
      expect(codes(validateTemplate({ ...minimal, budget }))).toContain("invalid-budget");
    }
    expect(validateTemplate({ ...minimal, budget: 1_000_000 }).ok).toBe(true);
  });

  it("takes __proto__, constructor and toString as ordinary category ids", () => {
    const input = JSON.parse(
      '{"id":"t","kind":"collectie","name":"T","categories":[{"id":"__proto__","label":"P"},{"id":"constructor","label":"C"},{"id":"toString","label":"S"},{"id":"__proto__","label":"again"}]}',
    );
    const result = validateTemplate(input);
    expect(diagnosticsOf(result).map((d) => [d.code, d.params])).toEqual([
      ["duplicate-category", { id: "__proto__", firstIndex: 0 }],
    ]);
    input.categories.pop();
    const ok = validateTemplate(input);
    expect(ok.ok && ok.value.categories.map((c) => c.id)).toEqual([
      "__proto__",
      "constructor",
      "toString",
    ]);
    // An own "__proto__" field on the template is an unknown field, not a prototype.
    const polluted = JSON.parse('{"__proto__":{"budget":5}}');
    expect(diagnosticsOf(validateTemplate({ ...minimal, ...polluted })).map((d) => d.path)).toEqual(
      [["__proto__"]],
    );
    expect(({} as Record<string, unknown>).budget).toBeUndefined();
  });

  it("never throws: a throwing getter becomes unreadable-input", () => {
    const hostile = {
      ...minimal,
      get name(): string {
        throw new Error("boom");
      },
    };
    expect(codes(validateTemplate(hostile))).toEqual(["unreadable-input"]);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(codes(validateTemplate(proxy))).toEqual(["unreadable-input"]);
  });

  it("accepts a deep-frozen input and leaves it unchanged", () => {
    const input = deepFreeze(structuredClone({ ...minimal, budget: 30 }));
    const snapshot = structuredClone(input);
    const result = validateTemplate(input);
    expect(result.ok).toBe(true);
    expect(input).toEqual(snapshot);
    expect(result.ok && result.value).not.toBe(input);
  });
});
