import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import { kofferSeverities } from "../../src/koffer/diagnostics.js";
import type { KofferSheet } from "../../src/koffer/sheet.js";
import { type KofferTemplate, validateTemplate } from "../../src/koffer/template.js";

/** A valid template from a literal, or the test fails. */
export function template(input: unknown): KofferTemplate {
  const result = validateTemplate(input);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

/** Every diagnostic of a result. */
export function diagnosticsOf(
  result:
    | { readonly ok: true; readonly warnings: readonly unknown[] }
    | {
        readonly ok: false;
        readonly diagnostics: readonly unknown[];
      },
): readonly DiagnosticOf<string, unknown>[] {
  return (result.ok ? result.warnings : result.diagnostics) as readonly DiagnosticOf<
    string,
    unknown
  >[];
}

/** The codes of a result, for compact expectations. */
export function codes(result: Parameters<typeof diagnosticsOf>[0]): string[] {
  return diagnosticsOf(result).map((d) => d.code);
}

/** Deep-freezes a value (for purity tests). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** The contract every koffer diagnostic meets, whatever the input. */
export function expectWellFormed(diagnostic: DiagnosticOf<string, unknown>): void {
  expectWellFormedIn(kofferSeverities, diagnostic);
}

/** The same contract for the codes of `severities` (the koffer's and a plan's, say). */
export function expectWellFormedIn(
  severities: Readonly<Record<string, string>>,
  diagnostic: DiagnosticOf<string, unknown>,
): void {
  expect(Object.hasOwn(severities, diagnostic.code), diagnostic.code).toBe(true);
  expect(diagnostic.severity).toBe(severities[diagnostic.code]);
  expect(Array.isArray(diagnostic.path)).toBe(true);
  for (const segment of diagnostic.path) expect(["string", "number"]).toContain(typeof segment);
  expect(diagnostic.message.nl.length).toBeGreaterThan(0);
  expect(diagnostic.message.en.length).toBeGreaterThan(0);
  expect(diagnostic.message.nl).not.toBe(diagnostic.message.en);
  expect(diagnostic.params).toBeTypeOf("object");
}

/** Category ids that attack prototypes, mixed with ordinary ones (all valid ids). */
export const categoryIdPool = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "netwerken",
  "x y",
  "ß",
] as const;

/** A valid template with 2–6 categories, any budget from its minimum to 60, either rule. */
export const templateArbitrary: fc.Arbitrary<KofferTemplate> = fc
  .record({
    ids: fc.uniqueArray(fc.constantFrom(...categoryIdPool), { minLength: 2, maxLength: 6 }),
    extra: fc.nat({ max: 45 }),
    exactly: fc.boolean(),
  })
  .map(({ ids, extra, exactly }) =>
    template({
      id: "t",
      kind: "connectie",
      name: "Test",
      categories: ids.map((id) => ({ id, label: `Label ${id}` })),
      budget: Math.max(1, (ids.length * (ids.length - 1)) / 2 + extra),
      budgetRule: exactly ? "exactly" : "at-most",
    }),
  );

/** Distinct points for the template's categories that meet its budget rule. */
export function validPoints(t: KofferTemplate): fc.Arbitrary<number[]> {
  const k = t.categories.length;
  const ceiling = Math.max(k - 1, Math.floor((2 * t.budget) / k));
  return fc
    .uniqueArray(fc.nat({ max: ceiling }), { minLength: k, maxLength: k })
    .filter((points) => points.reduce((a, b) => a + b, 0) <= t.budget)
    .map((points) => {
      if (t.budgetRule === "at-most") return points;
      const total = points.reduce((a, b) => a + b, 0);
      const top = points.indexOf(Math.max(...points));
      return points.map((p, i) => (i === top ? p + t.budget - total : p));
    });
}

/** A JSON sheet with the given points in template order (own keys, also for `__proto__`). */
export function sheetInput(
  t: KofferTemplate,
  points: readonly number[],
  respondent?: string | null,
): Record<string, unknown> {
  const scores = Object.fromEntries(t.categories.map((c, i) => [c.id, points[i]]));
  return respondent === undefined ? { scores } : { respondent, scores };
}

/** Respondents from a small pool, so that duplicates occur; `undefined` = anonymous. */
export const respondentArbitrary = fc.constantFrom(undefined, null, "anna", "bram", "cas", "dirk");

/** One way to spoil (or not) a valid sheet. */
export const spoil = fc.oneof(
  fc.constant({ kind: "none" as const }),
  fc.record({ kind: fc.constant("tie" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant("add" as const),
    at: fc.nat(),
    by: fc.integer({ min: -3, max: 60 }),
  }),
  fc.record({ kind: fc.constant("fraction" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("negate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("text" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("unknown" as const),
    key: fc.constantFrom("__proto__", "constructor", "toString", "extra", "netwerken"),
  }),
  fc.record({ kind: fc.constant("field" as const), key: fc.constantFrom("name", "__proto__") }),
  fc.record({
    kind: fc.constant("respondent" as const),
    value: fc.constantFrom("", " a", 7, null),
  }),
  fc.constant({ kind: "scores-array" as const }),
);

export type Spoil = typeof spoil extends fc.Arbitrary<infer S> ? S : never;

/** A sheet with the given points, spoiled as drawn (or not). */
export function spoiled(
  t: KofferTemplate,
  points: number[],
  how: Spoil,
  respondent?: string | null,
) {
  const k = points.length;
  const p: unknown[] = [...points];
  const scores = () => Object.fromEntries(t.categories.map((c, i) => [c.id, p[i]]));
  switch (how.kind) {
    case "none":
      return sheetInput(t, points, respondent);
    case "tie":
      p[how.a % k] = p[how.b % k];
      return { respondent, scores: scores() };
    case "add":
      p[how.at % k] = (points[how.at % k] ?? 0) + how.by;
      return { respondent, scores: scores() };
    case "fraction":
      p[how.at % k] = (points[how.at % k] ?? 0) + 0.5;
      return { respondent, scores: scores() };
    case "negate":
      p[how.at % k] = -(points[how.at % k] ?? 0) - 1;
      return { respondent, scores: scores() };
    case "text":
      p[how.at % k] = String(points[how.at % k]);
      return { respondent, scores: scores() };
    case "drop": {
      const s = scores();
      delete s[t.categories[how.at % k]?.id ?? ""];
      return { respondent, scores: s };
    }
    case "unknown":
      return { respondent, scores: { ...scores(), ...Object.fromEntries([[how.key, 1000]]) } };
    case "field":
      return { ...sheetInput(t, points, respondent), ...Object.fromEntries([[how.key, 1]]) };
    case "respondent":
      return { respondent: how.value, scores: scores() };
    case "scores-array":
      return { respondent, scores: points };
  }
}

/** A template and sheets for it: valid, near-valid and random. */
export const teamArbitrary = templateArbitrary.chain((t) =>
  fc.record({
    template: fc.constant(t),
    sheets: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(validPoints(t), spoil, respondentArbitrary) },
        {
          weight: 1,
          arbitrary: fc.tuple(
            fc.array(fc.nat({ max: 30 }), {
              minLength: t.categories.length,
              maxLength: t.categories.length,
            }),
            fc.constant({ kind: "none" as const }),
            respondentArbitrary,
          ),
        },
      ),
      { maxLength: 8 },
    ),
  }),
);

/** The sheets a `teamArbitrary` drew. */
export const sheetsOf = (
  t: KofferTemplate,
  drawn: readonly [number[], Spoil, string | null | undefined][],
) => drawn.map(([points, how, respondent]) => spoiled(t, points, how, respondent ?? undefined));

/** A connectie template of two categories, `a` and `b`, with the default budget. */
export const twoCategoryTemplate: KofferTemplate = template({
  id: "t",
  kind: "connectie",
  name: "T",
  categories: [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
  ],
});

/** A sheet's points for one category, or `undefined` when it has none. */
export function pointsFor(sheet: KofferSheet, category: string): number | undefined {
  return sheet.scores.find((s) => s.category === category)?.points;
}

/** A sheet's scores in the input form (category id → points; own keys, also for `__proto__`). */
export function asObject(sheet: KofferSheet): Record<string, number> {
  return Object.fromEntries(sheet.scores.map((s) => [s.category, s.points]));
}
