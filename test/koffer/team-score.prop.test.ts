import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import { kofferSeverities } from "../../src/koffer/diagnostics.js";
import { validateSheet } from "../../src/koffer/sheet.js";
import {
  proposeTeamScore,
  type TeamScoreProposal,
  validateTeamScore,
} from "../../src/koffer/team-score.js";
import { planSeverities } from "../../src/koffer/team-score-action-plan-diagnostics.js";
import { type KofferTemplate, minimumBudget } from "../../src/koffer/template.js";
import { anyValue, hostileJsonTree } from "../arbitraries/values.js";
import {
  categoryIdPool,
  diagnosticsOf,
  expectWellFormedIn,
  sheetInput,
  template,
} from "./fixtures.js";

/**
 * The oracle's own exact arithmetic: a double as n × 2^e read from its IEEE 754 bits (the library
 * doubles the value instead), the means put on one scale, and the deviation of an allocation as
 * the integers L1 = Σ |x S − M B| and L2 = Σ (x S − M B)², which are S and S² times the
 * deviations from the targets M × B / S.
 */
function exactMeans(means: readonly number[]): { M: bigint[]; S: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  const parts = means.map((m) => {
    view.setFloat64(0, m);
    const bits = view.getBigUint64(0);
    const e = Number((bits >> 52n) & 0x7ffn);
    const f = bits & ((1n << 52n) - 1n);
    return e === 0 ? { n: f, e: -1074 } : { n: f | (1n << 52n), e: e - 1075 };
  });
  const low = Math.min(0, ...parts.filter((p) => p.n > 0n).map((p) => p.e));
  const M = parts.map((p) => p.n << BigInt(p.e - low));
  const S = M.reduce((a, b) => a + b, 0n);
  return S === 0n ? { M: M.map(() => 1n), S: BigInt(means.length) } : { M, S };
}

function deviation(points: readonly number[], M: readonly bigint[], S: bigint, budget: number) {
  let l1 = 0n;
  let l2 = 0n;
  points.forEach((x, i) => {
    const d = BigInt(x) * S - (M[i] ?? 0n) * BigInt(budget);
    l1 += d < 0n ? -d : d;
    l2 += d * d;
  });
  return { l1, l2 };
}

/** Every allocation of exactly `budget` points to k categories with all points different. */
function* distinctAllocations(k: number, budget: number): Generator<number[]> {
  const points: number[] = [];
  function* place(left: number): Generator<number[]> {
    if (points.length === k - 1) {
      if (!points.includes(left)) yield [...points, left];
      return;
    }
    for (let v = 0; v <= left; v++) {
      if (points.includes(v)) continue;
      points.push(v);
      yield* place(left - v);
      points.pop();
    }
  }
  yield* place(budget);
}

/** A higher mean never gets fewer points; with distinct points a higher mean gets more. */
function keepsOrder(points: readonly number[], means: readonly number[]): boolean {
  return means.every((a, i) =>
    means.every((b, j) => !(a > b) || (points[i] ?? 0) > (points[j] ?? 0)),
  );
}

/** The categories by mean, highest first, equal means in template order (the documented rule). */
function meanOrder(means: readonly number[]): number[] {
  return means.map((_, i) => i).sort((a, b) => (means[b] ?? 0) - (means[a] ?? 0) || a - b);
}

/**
 * The brute-force oracle: of all distinct allocations that keep the order of the means, the one
 * with the least L1, then the least L2, then the most points in the order of the means.
 */
function bruteForce(t: KofferTemplate, means: readonly number[]) {
  const { M, S } = exactMeans(means);
  const order = meanOrder(means);
  let best: { points: number[]; l1: bigint; l2: bigint } | null = null;
  for (const points of distinctAllocations(means.length, t.budget)) {
    if (!keepsOrder(points, means)) continue;
    const { l1, l2 } = deviation(points, M, S, t.budget);
    if (best !== null) {
      if (l1 !== best.l1 || l2 !== best.l2) {
        if (l1 > best.l1 || (l1 === best.l1 && l2 > best.l2)) continue;
      } else {
        const first = order.find((i) => points[i] !== best?.points[i]);
        if (first === undefined || (points[first] ?? 0) < (best.points[first] ?? 0)) continue;
      }
    }
    best = { points, l1, l2 };
  }
  return best === null ? null : { ...best, S };
}

const meanArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: 0, max: 60 }).map((n) => n / 4),
  fc.integer({ min: 0, max: 300 }).map((n) => n / 3),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.constantFrom(0, 1e-300, 5e-324, 1e12),
);

/** Category ids that attack prototypes, and plain ones for the larger koffers. */
const idPool = [...categoryIdPool, ...Array.from({ length: 12 }, (_, i) => `c${i}`)];

function smallCase(maxK: number, maxBudget: number) {
  return fc.integer({ min: 2, max: maxK }).chain((k) =>
    fc.record({
      template: fc
        .record({
          ids: fc.shuffledSubarray(idPool, { minLength: k, maxLength: k }),
          budget: fc.integer({ min: Math.max(1, minimumBudget(k)), max: maxBudget }),
          exactly: fc.boolean(),
        })
        .map(({ ids, budget, exactly }) =>
          template({
            id: "t",
            kind: "connectie",
            name: "Test",
            categories: ids.map((id) => ({ id, label: id })),
            budget,
            budgetRule: exactly ? "exactly" : "at-most",
          }),
        ),
      means: fc.oneof(
        fc.array(meanArbitrary, { minLength: k, maxLength: k }),
        // Many equal means.
        fc.array(fc.constantFrom(0, 2, 2.5), { minLength: k, maxLength: k }),
      ),
    }),
  );
}

function proposed(t: KofferTemplate, means: readonly number[]): TeamScoreProposal {
  const result = proposeTeamScore(t, means);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

describe("rules B7.5", () => {
  test.prop([smallCase(5, 30)], { numRuns: 250 })(
    "rules B7.5 the proposed team score is a valid sheet with total exactly the budget, preserves the order of the means, and is optimal",
    ({ template: t, means }) => {
      const proposal = proposed(t, means);
      const points = proposal.categories.map((c) => c.points);
      // A valid sheet of the template, by part 1's own validation.
      expect(validateSheet(t, sheetInput(t, points)).ok).toBe(true);
      expect(points.reduce((a, b) => a + b, 0)).toBe(t.budget);
      expect(keepsOrder(points, means)).toBe(true);
      // Equal means: the one earlier in the template gets more.
      for (let i = 0; i < means.length; i++) {
        for (let j = i + 1; j < means.length; j++) {
          if (means[i] === means[j]) expect(points[i]).toBeGreaterThan(points[j] ?? 0);
        }
      }
      // Optimal, and the same allocation as the brute force under the same tie-break rule.
      const oracle = bruteForce(t, means);
      expect(oracle).not.toBeNull();
      if (oracle === null) return;
      expect(points).toEqual(oracle.points);
      const { M, S } = exactMeans(means);
      expect(deviation(points, M, S, t.budget).l1).toBe(oracle.l1);
      const scale = 10n ** 12n;
      expect(proposal.totalDeviation).toBeCloseTo(Number((oracle.l1 * scale) / oracle.S) / 1e12, 9);
    },
  );

  test.prop([smallCase(12, 300)], { numRuns: 100 })(
    "rules B7.5 for larger koffers: valid, exactly the budget, order kept, and no one-point move improves it",
    ({ template: t, means }) => {
      const points = proposed(t, means).categories.map((c) => c.points);
      expect(validateSheet(t, sheetInput(t, points)).ok).toBe(true);
      expect(points.reduce((a, b) => a + b, 0)).toBe(t.budget);
      expect(keepsOrder(points, means)).toBe(true);
      const { M, S } = exactMeans(means);
      const here = deviation(points, M, S, t.budget);
      for (let i = 0; i < points.length; i++) {
        for (let j = 0; j < points.length; j++) {
          const moved = points.map((x, n) => (n === i ? x - 1 : n === j ? x + 1 : x));
          if (i === j || (moved[i] ?? 0) < 0 || new Set(moved).size < moved.length) continue;
          if (!keepsOrder(moved, means)) continue;
          const there = deviation(moved, M, S, t.budget);
          expect(there.l1 > here.l1 || (there.l1 === here.l1 && there.l2 >= here.l2)).toBe(true);
        }
      }
    },
  );
});

const expectWellFormed = (d: DiagnosticOf<string, unknown>) =>
  expectWellFormedIn({ ...kofferSeverities, ...planSeverities }, d);

/** JSON whose objects use the template's category ids and the keys that attack prototypes. */
const hostileJson = hostileJsonTree(["a", "b", "c"]);

describe("hostile input to the team score never throws", () => {
  const t = template({
    id: "t",
    kind: "connectie",
    name: "Test",
    categories: ["a", "b", "c", "__proto__"].map((id) => ({ id, label: id })),
  });

  test.prop([fc.oneof(hostileJson, anyValue)], { numRuns: 300 })(
    "validateTeamScore: a result, and every diagnostic has code, path and both messages",
    (input) => {
      const result = validateTeamScore(t, input);
      if (!result.ok) expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of diagnosticsOf(result)) expectWellFormed(d);
    },
  );

  test.prop(
    [fc.oneof(hostileJson, anyValue, fc.array(fc.oneof(fc.double(), anyValue), { maxLength: 5 }))],
    { numRuns: 300 },
  )(
    "proposeTeamScore: a result, and every diagnostic has code, path and both messages",
    (input) => {
      const result = proposeTeamScore(t, input as readonly number[]);
      if (result.ok) expect(result.value.categories).toHaveLength(4);
      for (const d of diagnosticsOf(result)) expectWellFormed(d);
    },
  );
});
