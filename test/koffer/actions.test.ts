import { describe, expect, expectTypeOf, it } from "vitest";
import type { MessageTable } from "../../src/i18n/types.js";
import {
  type ActionPlan,
  actionStatuses,
  stepExamplesCompleteness,
  validateActionPlan,
} from "../../src/koffer/actions.js";
import { exampleConnectieTemplate } from "../../src/koffer/examples.js";
import { planEn } from "../../src/koffer/i18n/team-score-action-plan-en.js";
import { planNl } from "../../src/koffer/i18n/team-score-action-plan-nl.js";
import type {
  KofferPlanDiagnostic,
  PlanDiagnosticParams,
} from "../../src/koffer/team-score-action-plan-diagnostics.js";
import { codes, deepFreeze, diagnosticsOf, template } from "./fixtures.js";

const t = template({
  id: "t",
  kind: "connectie",
  name: "Test",
  categories: [
    { id: "netwerken", label: "Netwerken" },
    { id: "__proto__", label: "Proto" },
    { id: "constructor", label: "Constructor" },
  ],
});

const small = { text: "Twee mensen aanspreken." };
const large = { text: "Een netwerkoverleg opzetten.", status: "in-progress" };

/** code@path for compact expectations. */
function at(result: Parameters<typeof diagnosticsOf>[0]): string[] {
  return diagnosticsOf(result).map((d) => `${d.code}@${d.path.join(".")}`);
}

describe("validateActionPlan (rules B5)", () => {
  it("accepts pairs of a small and a large action; a missing status is open", () => {
    const result = validateActionPlan(t, [
      { category: "netwerken", small, large },
      { category: "netwerken", small: { text: "Nog een.", status: "done" }, large: small },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectTypeOf(result.value).toEqualTypeOf<ActionPlan>();
    expect(result.value).toEqual([
      {
        category: "netwerken",
        small: { text: "Twee mensen aanspreken.", status: "open" },
        large: { text: "Een netwerkoverleg opzetten.", status: "in-progress" },
      },
      {
        category: "netwerken",
        small: { text: "Nog een.", status: "done" },
        large: { text: "Twee mensen aanspreken.", status: "open" },
      },
    ]);
    expect(validateActionPlan(t, []).ok).toBe(true);
  });

  it("refuses a lone small or a lone large action, naming the missing one", () => {
    const result = validateActionPlan(t, [
      { category: "netwerken", small },
      { category: "constructor", large },
    ]);
    expect(at(result)).toEqual(["lone-action@0.large", "lone-action@1.small"]);
    const [first, second] = diagnosticsOf(result);
    // The template's label, also for an id such as "constructor" (a label, never a prototype member).
    const label = t.categories.find((c) => c.id === "netwerken")?.label ?? null;
    expect(label).not.toBe(null);
    expect(first?.params).toEqual({ category: "netwerken", label, missing: "large" });
    expect(second?.params).toEqual({
      category: "constructor",
      label: "Constructor",
      missing: "small",
    });
    expect(first?.message.nl).toBe(
      `Maak steeds paren van een klein en een groot actiepunt: het grote actiepunt voor ${label} ontbreekt.`,
    );
    expect(second?.message.en).toBe(
      "Action points come in pairs of a small and a large one: the small action for Constructor is missing.",
    );
    // A category the template lacks has no label: its id is quoted.
    const unknown = diagnosticsOf(validateActionPlan(t, [{ category: "zz", small }]));
    expect(unknown.find((d) => d.code === "lone-action")?.message.nl).toBe(
      'Maak steeds paren van een klein en een groot actiepunt: het grote actiepunt voor "zz" ontbreekt.',
    );
  });

  it("a pair with neither action misses both fields", () => {
    expect(at(validateActionPlan(t, [{ category: "netwerken" }]))).toEqual([
      "missing-field@0.large",
      "missing-field@0.small",
    ]);
  });

  it("refuses empty and blank text, a missing text and a bad status", () => {
    const result = validateActionPlan(t, [
      { category: "netwerken", small: { text: "" }, large: { text: "  \n" } },
      { category: "netwerken", small: {}, large: { text: "x", status: "in progress" } },
      { category: "netwerken", small: { text: 3 }, large: { text: "x", status: null } },
    ]);
    expect(at(result)).toEqual([
      "empty-text@0.large.text",
      "empty-text@0.small.text",
      "invalid-value@1.large.status",
      "missing-field@1.small.text",
      "invalid-value@2.large.status",
      "invalid-type@2.small.text",
    ]);
    const status = diagnosticsOf(result)[2];
    expect(status?.params).toEqual({
      field: "status",
      allowed: ["open", "in-progress", "done"],
      received: '"in progress"',
    });
  });

  it("refuses an unknown or invalid category and a missing one", () => {
    const result = validateActionPlan(t, [
      { category: "toString", small, large },
      { category: " netwerken", small, large },
      { small, large },
    ]);
    expect(at(result)).toEqual([
      "unknown-category@0.category",
      "invalid-id@1.category",
      "missing-field@2.category",
    ]);
  });

  it("takes __proto__ and constructor as ordinary category ids", () => {
    const input = JSON.parse(
      '[{"category": "__proto__", "small": {"text": "a"}, "large": {"text": "b"}}]',
    );
    const result = validateActionPlan(t, input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value[0]?.category).toBe("__proto__");
    expect(({} as Record<string, unknown>).text).toBeUndefined();
  });

  it("refuses what is not a list, entries that are not objects, and unknown fields", () => {
    expect(at(validateActionPlan(t, { category: "netwerken", small, large }))).toEqual([
      "invalid-type@",
    ]);
    const result = validateActionPlan(t, [
      null,
      "x",
      { category: "netwerken", small, large, note: 1 },
      { category: "netwerken", small: { ...small, owner: "anna" }, large },
      JSON.parse(
        '{"category": "netwerken", "small": {"text": "a"}, "large": {"text": "b"}, "__proto__": 1}',
      ),
    ]);
    expect(at(result)).toEqual([
      "invalid-type@0",
      "invalid-type@1",
      "unknown-field@2.note",
      "unknown-field@3.small.owner",
      "unknown-field@4.__proto__",
    ]);
  });

  it("reports every problem at once", () => {
    const result = validateActionPlan(t, [
      { category: "nergens", small: { text: " " } },
      { category: "netwerken", small, large: { text: "x", status: "klaar" } },
    ]);
    expect(codes(result).sort()).toEqual(
      ["empty-text", "invalid-value", "lone-action", "unknown-category"].sort(),
    );
  });

  it("never throws: a throwing getter becomes unreadable-input", () => {
    const trap = [
      {
        get category(): string {
          throw new Error("boom");
        },
      },
    ];
    expect(codes(validateActionPlan(t, trap))).toEqual(["unreadable-input"]);
  });

  it("accepts deep-frozen input and leaves it unchanged", () => {
    const input = deepFreeze([{ category: "netwerken", small, large }]);
    const copy = structuredClone(input);
    expect(validateActionPlan(deepFreeze(t), input).ok).toBe(true);
    expect(input).toEqual(copy);
  });

  it("the statuses in order", () => {
    expect(actionStatuses).toEqual(["open", "in-progress", "done"]);
  });
});

describe("stepExamplesCompleteness (rules B5)", () => {
  const steps = template({
    id: "s",
    kind: "collectie",
    name: "Steps",
    categories: [
      { id: "a", label: "A", smallStep: "klein", largeStep: "groot" },
      { id: "b", label: "B" },
      { id: "c", label: "C", smallStep: "klein" },
      { id: "__proto__", label: "Proto", largeStep: "groot" },
    ],
  });

  it("lists the categories that lack a small or a large step example", () => {
    const check = stepExamplesCompleteness(steps);
    expect(check.complete).toBe(false);
    expect(check.incomplete).toEqual(["b", "c", "__proto__"]);
    expect(check.categories).toEqual([
      { category: "a", small: true, large: true },
      { category: "b", small: false, large: false },
      { category: "c", small: true, large: false },
      { category: "__proto__", small: false, large: true },
    ]);
  });

  it("counts the examples the team recorded; blank ones and unknown categories do not count", () => {
    const recorded = deepFreeze([
      { category: "b", smallStep: "Eén klant bellen." },
      { category: "b", largeStep: "Een klantpanel starten." },
      { category: "c", largeStep: "   " },
      { category: "__proto__", smallStep: "Een eerste stap." },
      { category: "constructor", smallStep: "x", largeStep: "y" },
    ]);
    const check = stepExamplesCompleteness(steps, recorded);
    expect(check.incomplete).toEqual(["c"]);
    expect(check.categories[1]).toEqual({ category: "b", small: true, large: true });
    expect(check.categories[3]).toEqual({ category: "__proto__", small: true, large: true });
    const done = stepExamplesCompleteness(steps, [...recorded, { category: "c", largeStep: "z" }]);
    expect([done.complete, done.incomplete]).toEqual([true, []]);
  });

  it("the example template has a small and a large step for every category", () => {
    expect(stepExamplesCompleteness(exampleConnectieTemplate).complete).toBe(true);
  });
});

describe("the plan messages", () => {
  it("exist in Dutch and English for every code (a missing one fails to compile)", () => {
    expect(Object.keys(planNl).sort()).toEqual(Object.keys(planEn).sort());
    // @ts-expect-error: the table lacks "means-count" and "invalid-mean"
    const partial: MessageTable<PlanDiagnosticParams> = { "lone-action": () => "" };
    expect(partial).toBeDefined();
  });

  it("a plan diagnostic narrows on its code", () => {
    const result = validateActionPlan(t, [{ category: "netwerken", small }]);
    const d: KofferPlanDiagnostic | undefined = diagnosticsOf(result)[0] as KofferPlanDiagnostic;
    if (d?.code === "lone-action")
      expectTypeOf(d.params.missing).toEqualTypeOf<"small" | "large">();
    expect(d?.code).toBe("lone-action");
  });
});
