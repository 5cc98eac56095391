import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { aggregateSheets, type TeamAggregate } from "../../src/koffer/aggregate.js";
import { kendallW } from "../../src/koffer/concordance.js";
import { rankSheet, validateSheet } from "../../src/koffer/sheet.js";
import type { KofferTemplate } from "../../src/koffer/template.js";
import {
  respondentArbitrary,
  sheetInput,
  sheetsOf,
  spoil,
  spoiled,
  teamArbitrary,
  templateArbitrary,
  validPoints,
} from "./fixtures.js";

/**
 * rules B2 written out again, independently of the library: the oracle for rules B7.1.
 */
function meetsB2(t: KofferTemplate, input: unknown): boolean {
  const plain = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
  if (!plain(input)) return false;
  if (Object.keys(input).some((key) => key !== "respondent" && key !== "scores")) return false;
  const respondent = input.respondent;
  if (respondent !== undefined && respondent !== null) {
    if (typeof respondent !== "string") return false;
    if (respondent.length === 0 || [...respondent].length > 100) return false;
    if (/^\s|\s$|[\n\r\u2028\u2029]/.test(respondent)) return false;
  }
  const scores = input.scores;
  if (!plain(scores)) return false;
  const ids = t.categories.map((c) => c.id);
  const keys = Object.keys(scores);
  if (keys.length !== ids.length || !ids.every((id) => keys.includes(id))) return false;
  const points = ids.map((id) => Object.getOwnPropertyDescriptor(scores, id)?.value);
  if (!points.every((p) => typeof p === "number" && Number.isInteger(p) && p >= 0)) return false;
  const numbers = points as number[];
  if (new Set(numbers).size !== numbers.length) return false;
  const total = numbers.reduce((a, b) => a + b, 0);
  return t.budgetRule === "exactly" ? total === t.budget : total <= t.budget;
}

/** The aggregate without the indexes of left-out sheets, which follow the input order. */
function orderFree(aggregate: TeamAggregate) {
  const { leftOut, ...rest } = aggregate;
  const reasons = leftOut
    .map((s) =>
      JSON.stringify([
        s.respondent,
        s.diagnostics.map((d) => [
          d.code,
          d.path.slice(1),
          d.code === "duplicate-respondent" ? null : d.params,
        ]),
      ]),
    )
    .sort();
  return { ...rest, reasons };
}

/** Ranks from the definition: 1 + the number of categories with more points. */
function ranksByDefinition(points: readonly number[]): number[] {
  return points.map((p) => 1 + points.filter((q) => q > p).length);
}

/** Kendall's W by its textbook form 12 Σ Rⱼ² − 3 m² n (n + 1)², over m² (n³ − n). */
function wByDefinition(rankMatrix: readonly (readonly number[])[]): number {
  const m = rankMatrix.length;
  const n = rankMatrix[0]?.length ?? 0;
  let sumOfSquares = 0;
  for (let j = 0; j < n; j++) {
    const r = rankMatrix.reduce((total, row) => total + (row[j] ?? 0), 0);
    sumOfSquares += r * r;
  }
  return (12 * sumOfSquares - 3 * m * m * n * (n + 1) ** 2) / (m * m * (n ** 3 - n));
}

describe("rules B7 invariants of the koffer", () => {
  test.prop(
    [
      templateArbitrary.chain((t) =>
        fc.tuple(fc.constant(t), validPoints(t), spoil, respondentArbitrary),
      ),
    ],
    {
      numRuns: 500,
    },
  )(
    "rules B7.1 a sheet is accepted exactly when it meets rules B2; every accepted sheet has total ≤ budget and distinct points",
    ([t, points, how, respondent]) => {
      const input = spoiled(t, points, how, respondent ?? undefined);
      const result = validateSheet(t, input);
      expect(result.ok).toBe(meetsB2(t, input));
      if (how.kind === "none") expect(result.ok).toBe(true);
      if (!result.ok) {
        expect(result.diagnostics.length).toBeGreaterThan(0);
        return;
      }
      const values = result.value.scores.map((s) => s.points);
      expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(t.budget);
      expect(new Set(values).size).toBe(values.length);
      expect(result.value.scores.map((s) => s.category)).toEqual(t.categories.map((c) => c.id));
    },
  );

  test.prop(
    [
      teamArbitrary.chain(({ template: t, sheets }) =>
        fc.tuple(
          fc.constant(t),
          fc.constant(sheets),
          fc.shuffledSubarray(sheets, { minLength: sheets.length, maxLength: sheets.length }),
        ),
      ),
      fc.boolean(),
    ],
    { numRuns: 200 },
  )(
    "rules B7.2 the aggregate does not depend on the order of the sheets",
    ([t, drawn, shuffled], anonymous) => {
      const original = aggregateSheets(t, sheetsOf(t, drawn), { anonymous });
      const reordered = aggregateSheets(t, sheetsOf(t, shuffled), { anonymous });
      expect(orderFree(reordered)).toEqual(orderFree(original));
      expect(original.counts.valid + original.counts.leftOut).toBe(original.counts.received);
      expect(original.leftOut.length).toBe(original.counts.leftOut);
    },
  );

  test.prop([teamArbitrary], { numRuns: 200 })(
    "rules B7.3 per category min ≤ median ≤ max, min ≤ mean ≤ max; highest / lowest respondents hold max / min",
    ({ template: t, sheets: drawn }) => {
      const inputs = sheetsOf(t, drawn);
      const aggregate = aggregateSheets(t, inputs);
      const counted = inputs
        .map((input) => validateSheet(t, input))
        .flatMap((r) => (r.ok ? [r.value] : []))
        .filter(
          (s, _, all) =>
            s.respondent === null || all.filter((o) => o.respondent === s.respondent).length === 1,
        );
      expect(aggregate.counts.valid).toBe(counted.length);
      for (const c of aggregate.categories) {
        expect(c.n).toBe(counted.length);
        if (c.n === 0) {
          expect([c.mean, c.median, c.min, c.max, c.standardDeviation]).toEqual([
            null,
            null,
            null,
            null,
            null,
          ]);
          continue;
        }
        const { min, max, mean, median } = c;
        if (min === null || max === null || mean === null || median === null)
          throw new Error("null");
        expect(min).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(max);
        expect(min).toBeLessThanOrEqual(mean);
        expect(mean).toBeLessThanOrEqual(max);
        expect(c.range).toBe(max - min);
        expect(c.standardDeviation).toBeGreaterThanOrEqual(0);
        expect(c.standardDeviation).toBeLessThanOrEqual(c.range ?? 0);
        const scoreOf = (name: string) =>
          counted.find((s) => s.respondent === name)?.scores.find((x) => x.category === c.category)
            ?.points;
        for (const name of c.highestRespondents) expect(scoreOf(name)).toBe(max);
        for (const name of c.lowestRespondents) expect(scoreOf(name)).toBe(min);
        const holding = (v: number) =>
          counted.filter((s) => s.scores.find((x) => x.category === c.category)?.points === v);
        expect(c.highestCount).toBe(holding(max).length);
        expect(c.lowestCount).toBe(holding(min).length);
        expect(c.highestRespondents).toEqual(
          holding(max)
            .flatMap((s) => s.respondent ?? [])
            .sort(),
        );
        expect(c.lowestRespondents).toEqual(
          holding(min)
            .flatMap((s) => s.respondent ?? [])
            .sort(),
        );
      }
    },
  );

  const alikeArbitrary = templateArbitrary.chain((t) =>
    fc.tuple(
      fc.constant(t),
      fc.array(validPoints(t), { minLength: 2, maxLength: 8 }),
      fc.shuffledSubarray(
        t.categories.map((_, i) => i),
        { minLength: t.categories.length, maxLength: t.categories.length },
      ),
    ),
  );

  test.prop([teamArbitrary], { numRuns: 200 })(
    "rules B7.4 Kendall's W lies in [0, 1] and agrees with a direct computation from the definition",
    ({ template: t, sheets: drawn }) => {
      const inputs = sheetsOf(t, drawn);
      const aggregate = aggregateSheets(t, inputs);
      const valid = inputs.flatMap((input) => {
        const r = validateSheet(t, input);
        return r.ok ? [r.value] : [];
      });
      const counted = valid.filter(
        (s) =>
          s.respondent === null || valid.filter((o) => o.respondent === s.respondent).length === 1,
      );
      const matrix = counted.map((s) =>
        ranksByDefinition(
          t.categories.map((c) => s.scores.find((x) => x.category === c.id)?.points ?? 0),
        ),
      );
      // rankSheet agrees with the definition too.
      for (const [i, s] of counted.entries())
        expect(rankSheet(t, s).map((r) => r.rank)).toEqual(matrix[i]);
      const w = aggregate.concordance.w;
      if (counted.length < 2) {
        expect(w).toBeNull();
        return;
      }
      if (w === null) throw new Error("W expected");
      expect(w).toBeGreaterThanOrEqual(0);
      expect(w).toBeLessThanOrEqual(1);
      expect(Math.abs(w - wByDefinition(matrix))).toBeLessThanOrEqual(1e-12);
      expect(kendallW(matrix)).toEqual(aggregate.concordance);
      const m = counted.length;
      const n = t.categories.length;
      if (aggregate.concordance.w !== null) {
        expect(aggregate.concordance.chiSquare).toBeCloseTo(m * (n - 1) * w, 10);
        expect(aggregate.concordance.degreesOfFreedom).toBe(n - 1);
        const meanRankSum = (m * (n + 1)) / 2;
        const s = t.categories.reduce((total, _, j) => {
          const r = matrix.reduce((sum, row) => sum + (row[j] ?? 0), 0);
          return total + (r - meanRankSum) ** 2;
        }, 0);
        expect(aggregate.concordance.s).toBe(s);
      }
    },
  );

  test.prop([alikeArbitrary], { numRuns: 150 })(
    "rules B7.4 W = 1 when all sheets rank alike",
    ([t, drawn, order]) => {
      // Give the i-th largest points of every sheet to the same category, order[i].
      const inputs = drawn.map((points) => {
        const sorted = [...points].sort((a, b) => b - a);
        const aligned = new Array<number>(points.length);
        for (const [place, category] of order.entries()) aligned[category] = sorted[place] ?? 0;
        return sheetInput(t, aligned);
      });
      const aggregate = aggregateSheets(t, inputs);
      expect(aggregate.counts.valid).toBe(drawn.length);
      expect(aggregate.concordance.w).toBe(1);
    },
  );
});
