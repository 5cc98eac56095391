import { describe, expect, expectTypeOf, it } from "vitest";
import type { KofferDiagnosticCode } from "../../src/koffer/diagnostics.js";
import { exampleConnectieTemplate } from "../../src/koffer/examples.js";
import { validateSheet } from "../../src/koffer/sheet.js";
import {
  proposeTeamScore,
  strengthsAndGaps,
  type TeamScoreProposal,
  validateTeamScore,
} from "../../src/koffer/team-score.js";
import type { PlanDiagnosticCode } from "../../src/koffer/team-score-action-plan-diagnostics.js";
import type { KofferTemplate } from "../../src/koffer/template.js";
import { asObject, codes, deepFreeze, diagnosticsOf, sheetInput, template } from "./fixtures.js";

function koffer(ids: readonly string[], budget = 100, exactly = false): KofferTemplate {
  return template({
    id: "t",
    kind: "connectie",
    name: "Test",
    categories: ids.map((id) => ({ id, label: `Label ${id}` })),
    budget,
    budgetRule: exactly ? "exactly" : "at-most",
  });
}

/** The proposal, or the test fails with the diagnostics. */
function propose(t: KofferTemplate, means: readonly (number | null)[]): TeamScoreProposal {
  const result = proposeTeamScore(t, means);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

/** The proposed points in template order. */
function pointsOf(proposal: TeamScoreProposal): number[] {
  return proposal.categories.map((c) => c.points);
}

describe("proposeTeamScore (rules B4): true ties on means in thirds", () => {
  it("rules B4.2: with the sums, a true tie goes to the highest mean; the rounded means can decide otherwise", () => {
    // Found by an independent reference: three sheets give sums a 21, b 8, c 16, d 10 (means 7,
    // 8/3, 16/3, 10/3), budget 30. Targets = sum × 30 / 55: a 11.45, b 4.36, c 8.73, d 5.45.
    // [12, 4, 9, 5] and [11, 4, 9, 6] both deviate 18/11 in total and 86/121 squared: a true tie,
    // which rules B4.2 gives to the highest mean (a): [12, 4, 9, 5].
    const t = koffer(["a", "b", "c", "d"], 30);
    expect(pointsOf(propose(t, [21, 8, 16, 10]))).toEqual([12, 4, 9, 5]);
    // The means as doubles: 8/3 and 10/3 are rounded, so the rounding may decide the tie (see
    // TeamMeans); either way the proposal is one of the optimal ones.
    const fromMeans = propose(t, [7, 8 / 3, 16 / 3, 10 / 3]);
    expect(fromMeans.totalDeviation).toBeCloseTo(18 / 11, 12);
    expect([
      [12, 4, 9, 5],
      [11, 4, 9, 6],
    ]).toContainEqual(pointsOf(fromMeans));
  });
});

describe("proposeTeamScore (rules B4), computed by hand", () => {
  it("five categories: equal means, scaled targets and the tie-break", () => {
    // Template order v, w, x, y, z; means 7.5, 22.5, 15, 22.5, 7.5; Σ = 75; budget 100.
    // Targets = mean × 100 / 75 = mean × 4/3: v 10, w 30, x 20, y 30, z 10 (Σ = 100).
    // Order of the means: w and y (22.5, w first in the template), x (15), v and z (7.5, v first):
    // the points must satisfy w > y > x > v > z.
    // w ≠ y costs at least 1 point of deviation and v ≠ z another: the least deviation is ≥ 2.
    // With Σ = 100 the deviations add up to 0, so 2 means one +1 and one −1. The +1 can go to
    // w or v, the −1 to y or z (to break the equalities); w+1 & y−1 leaves v = z, v+1 & z−1 leaves
    // w = y. Two optima remain, both with deviation 2 and squared deviation 1 + 1 = 2:
    //   w 31, y 30, x 20, v 10, z 9   and   w 30, y 29, x 20, v 11, z 10.
    // The most points to the highest mean decides: w 31 > 30, so the first.
    // In template order: v 10, w 31, x 20, y 30, z 9; total deviation 2.
    const t = koffer(["v", "w", "x", "y", "z"]);
    const proposal = propose(t, [7.5, 22.5, 15, 22.5, 7.5]);
    expect(pointsOf(proposal)).toEqual([10, 31, 20, 30, 9]);
    expect(proposal.categories.map((c) => c.target)).toEqual([10, 30, 20, 30, 10]);
    expect(proposal.totalDeviation).toBe(2);
    expect(proposal.squaredDeviation).toBe(2);
    expect(proposal.sheet.respondent).toBeNull();
    expect(proposal.sheet.scores).toEqual([
      { category: "v", points: 10 },
      { category: "w", points: 31 },
      { category: "x", points: 20 },
      { category: "y", points: 30 },
      { category: "z", points: 9 },
    ]);
    expect(proposal.categories[1]).toEqual({ category: "w", target: 30, points: 31 });
  });

  it("the squared deviation decides between allocations with the same total deviation", () => {
    // Four equal means, budget 8: every target is 2. Four distinct whole numbers with sum 8 are
    // {5, 2, 1, 0} (deviation 3 + 0 + 1 + 2 = 6, squared 9 + 0 + 1 + 4 = 14) or {4, 3, 1, 0}
    // (deviation 2 + 1 + 1 + 2 = 6, squared 4 + 1 + 1 + 4 = 10): the second, in template order.
    const proposal = propose(koffer(["a", "b", "c", "d"], 8), [8, 8, 8, 8]);
    expect(pointsOf(proposal)).toEqual([4, 3, 1, 0]);
    expect(proposal.totalDeviation).toBe(6);
    expect(proposal.squaredDeviation).toBe(10);
  });

  it("the squared deviation decides also with different means", () => {
    // Means 11, 2, 6, 5 (Σ 24), budget 8: targets 11/3, 2/3, 2, 5/3; order a > c > d > b.
    // a 4, b 0, c 3, d 1: deviations 1/3, 2/3, 1, 2/3 → 8/3; squared (1 + 4 + 9 + 4)/9 = 2.
    // a 5, b 0, c 2, d 1: deviations 4/3, 2/3, 0, 2/3 → 8/3; squared (16 + 4 + 0 + 4)/9 = 8/3.
    // No allocation does better than 8/3 (checked by brute force in the property test).
    const proposal = propose(koffer(["a", "b", "c", "d"], 8), [11, 2, 6, 5]);
    expect(pointsOf(proposal)).toEqual([4, 0, 3, 1]);
    expect(proposal.totalDeviation).toBeCloseTo(8 / 3, 12);
    expect(proposal.squaredDeviation).toBeCloseTo(2, 12);
  });

  it("all means 0: equal targets budget / k", () => {
    // Targets 10/3 each; {5, 3, 2} deviates 5/3 + 1/3 + 4/3 = 10/3, every other set more.
    const proposal = propose(koffer(["a", "b", "c"], 10), [0, 0, 0]);
    expect(pointsOf(proposal)).toEqual([5, 3, 2]);
    expect(proposal.categories.map((c) => c.target)).toEqual([10 / 3, 10 / 3, 10 / 3]);
    expect(proposal.totalDeviation).toBeCloseTo(10 / 3, 12);
  });

  it("uses exactly the budget, also when the rule is at-most", () => {
    // Means 1, 1, 2 (Σ 4), budget 10: targets 2.5, 2.5, 5. c > a > b: c 5, a 3, b 2.
    for (const exactly of [false, true]) {
      const proposal = propose(koffer(["a", "b", "c"], 10, exactly), [1, 1, 2]);
      expect(pointsOf(proposal)).toEqual([3, 2, 5]);
      expect(proposal.totalDeviation).toBe(1);
    }
  });

  it("when the budget is 0 + 1 + … + (k − 1) only the order of the means is left", () => {
    const proposal = propose(koffer(["a", "b", "c", "d"], 6), [1, 4, 2, 3]);
    expect(pointsOf(proposal)).toEqual([0, 3, 1, 2]);
  });

  it("means that are already distinct whole numbers with the budget's sum are kept", () => {
    const proposal = propose(koffer(["a", "b", "c", "d"], 100), [40, 10, 30, 20]);
    expect(pointsOf(proposal)).toEqual([40, 10, 30, 20]);
    expect(proposal.totalDeviation).toBe(0);
    expect(proposal.squaredDeviation).toBe(0);
  });

  it("scales: sums give the same proposal as means", () => {
    const t = koffer(["a", "b", "c", "d", "e"]);
    const sums = [71, 160, 95, 40, 34];
    const means = sums.map((s) => s / 7);
    expect(pointsOf(propose(t, means))).toEqual(pointsOf(propose(t, sums)));
  });

  it("compares exactly when the means are not binary fractions", () => {
    // Means 100/3, 200/3, 50 (Σ 150): targets 22.2…, 44.4…, 33.3…; rounding down gives 99 points
    // and the largest remainder (0.44…) gets the last point: 22, 45, 33; deviation 10/9.
    const proposal = propose(koffer(["a", "b", "c"]), [100 / 3, 200 / 3, 50]);
    expect(pointsOf(proposal)).toEqual([22, 45, 33]);
    expect(proposal.totalDeviation).toBeCloseTo(10 / 9, 12);
  });

  it("the proposal is a valid sheet of the example template", () => {
    const t = exampleConnectieTemplate;
    const proposal = propose(t, [21.5, 25.25, 18, 9.75, 11, 7.5, 5, 2]);
    const check = validateSheet(t, { scores: asObject(proposal.sheet) });
    expect(check.ok).toBe(true);
    expect(pointsOf(proposal).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("takes __proto__ and constructor as ordinary category ids", () => {
    // Means 1, 3, 2 (Σ 6): targets 16.67, 50, 33.33 → 17, 50, 33 (deviation 2/3).
    const t = koffer(["__proto__", "constructor", "toString"]);
    const proposal = propose(t, [1, 3, 2]);
    expect(proposal.sheet.scores).toEqual([
      { category: "__proto__", points: 17 },
      { category: "constructor", points: 50 },
      { category: "toString", points: 33 },
    ]);
    // Read back from JSON, the sheet is the same plain data (rules C).
    expect(JSON.parse(JSON.stringify(proposal.sheet))).toStrictEqual(proposal.sheet);
    expect(validateSheet(t, sheetInput(t, pointsOf(proposal))).ok).toBe(true);
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });

  it("keeps its inputs unchanged (deep-frozen template and means)", () => {
    const t = deepFreeze(koffer(["a", "b", "c"]));
    const means = deepFreeze([3, 1, 2]);
    const proposal = propose(t, means);
    expect(pointsOf(proposal)).toEqual([50, 17, 33]);
    expect(means).toEqual([3, 1, 2]);
  });

  it("is fast enough for 20 categories and a budget of 1000, even with equal means", () => {
    const t = koffer(
      Array.from({ length: 20 }, (_, i) => `c${i}`),
      1000,
    );
    const proposal = propose(t, new Array(20).fill(3));
    // Targets 50. The deviations add up to 0, so the points above 50 and those below deviate
    // equally much; with 20 distinct values, 10 lie on one side, so that side deviates at least
    // 1 + … + 10 = 55: the optimum is ≥ 110, and 40…49 with 51…60 (sum 1000) reaches it.
    expect(proposal.totalDeviation).toBe(110);
    expect(new Set(pointsOf(proposal)).size).toBe(20);
  });
});

describe("proposeTeamScore refuses bad means, every problem at once, never throws", () => {
  const t = koffer(["a", "b", "c"]);

  it("invalid-mean for null, NaN, infinities, negatives and non-numbers, with paths", () => {
    const result = proposeTeamScore(t, [null, -1, Number.NaN] as unknown as number[]);
    expect(result.ok).toBe(false);
    const ds = diagnosticsOf(result);
    expect(ds.map((d) => [d.code, d.path])).toEqual([
      ["invalid-mean", [0]],
      ["invalid-mean", [1]],
      ["invalid-mean", [2]],
    ]);
    const label = (id: string) => t.categories.find((c) => c.id === id)?.label;
    expect(ds[0]?.params).toEqual({ category: "a", label: label("a"), received: "null" });
    // The category by its label, as the team reads it.
    expect(ds[1]?.message.nl).toBe(
      `Het gemiddelde voor ${label("b")} moet een eindig getal van 0 of meer zijn; gevonden -1.`,
    );
    expect(ds[1]?.message.en).toContain("finite number of 0 or more");
    const other = proposeTeamScore(t, [1, Number.POSITIVE_INFINITY, "2"] as unknown as number[]);
    expect(codes(other)).toEqual(["invalid-mean", "invalid-mean"]);
  });

  it("means-count when the array does not have one mean per category", () => {
    const result = proposeTeamScore(t, [1, 2]);
    expect(codes(result)).toEqual(["means-count"]);
    expect(diagnosticsOf(result)[0]?.params).toEqual({ expected: 3, received: 2 });
  });

  it("invalid-type when the means are not an array", () => {
    for (const means of [new Map([["a", 1]]), { a: 1 }, null, "1,2,3"]) {
      const result = proposeTeamScore(t, means as unknown as number[]);
      expect(codes(result)).toEqual(["invalid-type"]);
    }
  });

  it("a template that cannot hold k distinct scores is a programmer error (rules A10.7, issue 14)", () => {
    // validateTemplate refuses it (budget-too-small), so it never comes from there.
    const bad = { ...koffer(["a", "b", "c"]), budget: 2 };
    expect(() => proposeTeamScore(bad, [1, 2, 3])).toThrow(
      /^template\.categories: 3 categories that all get different points need at least 3 points/,
    );
  });

  it("-0 is an ordinary 0", () => {
    // Targets 100/3 each: 35, 33, 32 deviates 5/3 + 1/3 + 4/3 = 10/3; 34 on top leaves 33 + 33.
    expect(pointsOf(propose(t, [-0, 0, 0]))).toEqual([35, 33, 32]);
  });
});

describe("validateTeamScore (rules B4: the team score is a sheet)", () => {
  const t = koffer(["a", "b", "c"]);

  it("accepts a valid team score as a sheet without respondent", () => {
    const result = validateTeamScore(t, { a: 50, b: 30, c: 20 });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.respondent).toBeNull();
      expect(result.value.scores).toEqual([
        { category: "a", points: 50 },
        { category: "b", points: 30 },
        { category: "c", points: 20 },
      ]);
    }
  });

  it("reports the sheet codes with paths into the scores object", () => {
    const result = validateTeamScore(t, { a: 50, b: 30, c: 30 });
    expect(diagnosticsOf(result).map((d) => [d.code, d.path])).toEqual([
      ["over-budget", []],
      ["tie", []],
    ]);
    const more = validateTeamScore(t, { a: 1.5, b: -2, zz: 3 });
    expect(diagnosticsOf(more).map((d) => `${d.code}@${d.path.join(".")}`)).toEqual([
      "not-an-integer@a",
      "negative@b",
      "missing-category@c",
      "unknown-category@zz",
    ]);
  });

  it("follows the template's rule: under-budget with exactly", () => {
    const strict = koffer(["a", "b", "c"], 100, true);
    expect(codes(validateTeamScore(strict, { a: 50, b: 30, c: 10 }))).toEqual(["under-budget"]);
    expect(validateTeamScore(strict, { a: 50, b: 30, c: 20 }).ok).toBe(true);
  });

  it("refuses what is not an object", () => {
    for (const input of [undefined, null, [1, 2, 3], "x", new Map()]) {
      const result = validateTeamScore(t, input);
      expect(diagnosticsOf(result).map((d) => [d.code, d.path])).toEqual([["invalid-type", []]]);
    }
  });

  it("takes __proto__ and constructor as ordinary category ids", () => {
    const odd = koffer(["__proto__", "constructor"]);
    const result = validateTeamScore(odd, JSON.parse('{"__proto__": 60, "constructor": 40}'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.scores[0]).toEqual({ category: "__proto__", points: 60 });
    expect(codes(validateTeamScore(odd, { constructor: 40 }))).toEqual(["missing-category"]);
  });

  it("accepts a proposal as it is", () => {
    const proposal = propose(t, [5, 3, 2]);
    expect(validateTeamScore(t, asObject(proposal.sheet)).ok).toBe(true);
  });
});

describe("strengthsAndGaps (rules B4)", () => {
  // Template order c, a, e, b, d; team score a 40, b 25, c 20, d 10, e 5.
  const t = koffer(["c", "a", "e", "b", "d"]);
  const check = validateTeamScore(t, { a: 40, b: 25, c: 20, d: 10, e: 5 });
  if (!check.ok) throw new Error("fixture");
  const score = check.value;

  it("strengths most points first, gaps fewest points first", () => {
    const result = strengthsAndGaps(t, score, 2);
    expect(result.count).toBe(2);
    expect(result.strengths.map((c) => [c.category, c.points, c.rank])).toEqual([
      ["a", 40, 1],
      ["b", 25, 2],
    ]);
    expect(result.gaps.map((c) => [c.category, c.points, c.rank])).toEqual([
      ["e", 5, 5],
      ["d", 10, 4],
    ]);
    expect(result.overlap).toEqual([]);
  });

  it("names the overlap when 2 × count exceeds the number of categories", () => {
    expect(strengthsAndGaps(t, score, 3).overlap).toEqual(["c"]);
    const all = strengthsAndGaps(t, score, 99);
    expect(all.count).toBe(5);
    expect(all.overlap).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("clamps the count: rounded down, at least 0, NaN is 0", () => {
    expect(strengthsAndGaps(t, score, 2.9).count).toBe(2);
    for (const count of [0, -3, Number.NaN]) {
      const result = strengthsAndGaps(t, score, count);
      expect([result.count, result.strengths, result.gaps]).toEqual([0, [], []]);
    }
    expect(strengthsAndGaps(t, score, Number.POSITIVE_INFINITY).count).toBe(5);
  });

  it("throws a RangeError for a team score of another template (a programmer error)", () => {
    expect(() => strengthsAndGaps(koffer(["a", "zz"]), score, 1)).toThrow(RangeError);
  });

  it("does not change the team score", () => {
    const frozen = deepFreeze(score);
    strengthsAndGaps(t, frozen, 2);
    expect(frozen.scores.find((s) => s.category === "a")?.points).toBe(40);
  });
});

describe("the plan codes", () => {
  it("never coincide with a koffer code", () => {
    expectTypeOf<Extract<PlanDiagnosticCode, KofferDiagnosticCode>>().toEqualTypeOf<never>();
  });
});
