import { describe, expect, it } from "vitest";
import { aggregateSheets } from "../../src/koffer/aggregate.js";
import { kendallW } from "../../src/koffer/concordance.js";
import { deepFreeze, template } from "./fixtures.js";

/**
 * The hand-computed case: 5 categories, budget 100 (at most), 3 respondents.
 *
 *            netwerken  klantcontact  samenwerken  creativiteit  initiatief   total
 *   anna        30          25            20           15           10         100
 *   bram        10          40            20            5           25         100
 *   cas         35          30             5           20            0          90
 *
 * Ranks (1 = most points on that sheet):
 *   anna         1           2             3            4            5
 *   bram         4           1             3            5            2
 *   cas          1           2             4            3            5
 *   R_j = Σ      6           5            10           12           12     (Σ = 45 = 3 · 15 ✓)
 */
const five = template({
  id: "team",
  kind: "connectie",
  name: "Team",
  categories: [
    { id: "netwerken", label: "Netwerken" },
    { id: "klantcontact", label: "Klantcontact" },
    { id: "samenwerken", label: "Samenwerken" },
    { id: "creativiteit", label: "Creativiteit" },
    { id: "initiatief", label: "Initiatief" },
  ],
});

const sheets = [
  {
    respondent: "anna",
    scores: { netwerken: 30, klantcontact: 25, samenwerken: 20, creativiteit: 15, initiatief: 10 },
  },
  {
    respondent: "bram",
    scores: { netwerken: 10, klantcontact: 40, samenwerken: 20, creativiteit: 5, initiatief: 25 },
  },
  {
    respondent: "cas",
    scores: { netwerken: 35, klantcontact: 30, samenwerken: 5, creativiteit: 20, initiatief: 0 },
  },
];

describe("aggregateSheets (rules B3): the hand-computed team", () => {
  const aggregate = aggregateSheets(five, sheets);
  const figures = (id: string) => aggregate.categories.find((c) => c.category === id);

  it("counts every sheet", () => {
    expect(aggregate.counts).toEqual({ received: 3, valid: 3, leftOut: 0 });
    expect(aggregate.leftOut).toEqual([]);
    expect(aggregate.templateId).toBe("team");
    expect(aggregate.anonymous).toBe(false);
    expect(aggregate.categories.map((c) => c.category)).toEqual(five.categories.map((c) => c.id));
  });

  it("netwerken: 30, 10, 35", () => {
    // sum 30 + 10 + 35 = 75; mean 75 / 3 = 25; sorted 10, 30, 35 → median 30; range 35 − 10 = 25
    // deviations 5, −15, 10 → squares 25 + 225 + 100 = 350; population variance 350 / 3
    // ranks 1, 4, 1 → mean rank 6 / 3 = 2; Borda (5 − 1) + (5 − 4) + (5 − 1) = 4 + 1 + 4 = 9
    expect(figures("netwerken")).toEqual({
      category: "netwerken",
      label: "Netwerken",
      n: 3,
      sum: 75,
      mean: 25,
      median: 30,
      min: 10,
      max: 35,
      range: 25,
      standardDeviation: Math.sqrt(350 / 3),
      meanRank: 2,
      bordaPoints: 9,
      highestRespondents: ["cas"],
      lowestRespondents: ["bram"],
      highestCount: 1,
      lowestCount: 1,
    });
  });

  it("klantcontact: 25, 40, 30", () => {
    // sum 95; mean 95 / 3 = 31.67; sorted 25, 30, 40 → median 30; range 15
    // deviations −20/3, 25/3, −5/3 → squares (400 + 625 + 25) / 9 = 1050 / 9; variance 350 / 9
    // ranks 2, 1, 2 → mean rank 5 / 3; Borda 3 + 4 + 3 = 10
    const c = figures("klantcontact");
    expect(c).toMatchObject({ sum: 95, median: 30, min: 25, max: 40, range: 15, bordaPoints: 10 });
    expect(c?.mean).toBeCloseTo(95 / 3, 12);
    expect(c?.standardDeviation).toBeCloseTo(Math.sqrt(350 / 9), 12);
    expect(c?.meanRank).toBeCloseTo(5 / 3, 12);
    expect(c?.highestRespondents).toEqual(["bram"]);
    expect(c?.lowestRespondents).toEqual(["anna"]);
  });

  it("samenwerken: 20, 20, 5 — two respondents share the highest score", () => {
    // sum 45; mean 15; sorted 5, 20, 20 → median 20; range 15
    // deviations 5, 5, −10 → squares 25 + 25 + 100 = 150; variance 150 / 3 = 50
    // ranks 3, 3, 4 → mean rank 10 / 3; Borda 2 + 2 + 1 = 5
    const c = figures("samenwerken");
    expect(c).toMatchObject({ sum: 45, mean: 15, median: 20, min: 5, max: 20, range: 15 });
    expect(c?.standardDeviation).toBeCloseTo(Math.sqrt(50), 12);
    expect(c?.meanRank).toBeCloseTo(10 / 3, 12);
    expect(c?.bordaPoints).toBe(5);
    expect(c?.highestRespondents).toEqual(["anna", "bram"]);
    expect(c?.highestCount).toBe(2);
    expect(c?.lowestRespondents).toEqual(["cas"]);
  });

  it("creativiteit: 15, 5, 20", () => {
    // sum 40; mean 40 / 3; sorted 5, 15, 20 → median 15; range 15
    // deviations 5/3, −25/3, 20/3 → squares (25 + 625 + 400) / 9 = 1050 / 9; variance 350 / 9
    // ranks 4, 5, 3 → mean rank 12 / 3 = 4; Borda 1 + 0 + 2 = 3
    const c = figures("creativiteit");
    expect(c).toMatchObject({ sum: 40, median: 15, min: 5, max: 20, range: 15, meanRank: 4 });
    expect(c?.mean).toBeCloseTo(40 / 3, 12);
    expect(c?.standardDeviation).toBeCloseTo(Math.sqrt(350 / 9), 12);
    expect(c?.bordaPoints).toBe(3);
    expect(c?.highestRespondents).toEqual(["cas"]);
    expect(c?.lowestRespondents).toEqual(["bram"]);
  });

  it("initiatief: 10, 25, 0", () => {
    // sum 35; mean 35 / 3; sorted 0, 10, 25 → median 10; range 25
    // deviations −5/3, 40/3, −35/3 → squares (25 + 1600 + 1225) / 9 = 2850 / 9; variance 950 / 9
    // ranks 5, 2, 5 → mean rank 4; Borda 0 + 3 + 0 = 3
    const c = figures("initiatief");
    expect(c).toMatchObject({ sum: 35, median: 10, min: 0, max: 25, range: 25, meanRank: 4 });
    expect(c?.standardDeviation).toBeCloseTo(Math.sqrt(950 / 9), 12);
    expect(c?.bordaPoints).toBe(3);
    expect(c?.highestRespondents).toEqual(["bram"]);
    expect(c?.lowestRespondents).toEqual(["cas"]);
  });

  it("discussion order: by standard deviation, then range, then template order", () => {
    // variances: netwerken 1050/9, initiatief 950/9, samenwerken 450/9, klantcontact 350/9,
    // creativiteit 350/9. klantcontact and creativiteit tie on SD and on range (15): template order.
    expect(aggregate.discussionOrder).toEqual([
      "netwerken",
      "initiatief",
      "samenwerken",
      "klantcontact",
      "creativiteit",
    ]);
  });

  it("Kendall's W = 22/45, S = 44, χ² = 88/15, df = 4", () => {
    // m = 3, n = 5. Mean rank sum m (n + 1) / 2 = 3 · 6 / 2 = 9.
    // R − 9 = −3, −4, 1, 3, 3 → squares 9 + 16 + 1 + 9 + 9 = 44 = S
    // W = 12 S / (m² (n³ − n)) = 12 · 44 / (9 · 120) = 528 / 1080 = 22 / 45 ≈ 0.4889
    // χ² = m (n − 1) W = 3 · 4 · 22 / 45 = 264 / 45 = 88 / 15 ≈ 5.867; df = n − 1 = 4
    const c = aggregate.concordance;
    expect(c.w).not.toBeNull();
    if (c.w === null) return;
    expect(c.s).toBe(44);
    expect(c.w).toBeCloseTo(22 / 45, 14);
    expect(c.chiSquare).toBeCloseTo(88 / 15, 12);
    expect(c.degreesOfFreedom).toBe(4);
    expect(c.sheets).toBe(3);
    expect(c.categories).toBe(5);
  });

  it("anonymous: the same figures without names", () => {
    const anonymous = aggregateSheets(five, sheets, { anonymous: true });
    expect(anonymous.anonymous).toBe(true);
    for (const [i, c] of anonymous.categories.entries()) {
      expect(c.highestRespondents).toEqual([]);
      expect(c.lowestRespondents).toEqual([]);
      const named = aggregate.categories[i];
      expect({ ...c, highestRespondents: null, lowestRespondents: null }).toEqual({
        ...named,
        highestRespondents: null,
        lowestRespondents: null,
      });
    }
    expect(anonymous.concordance).toEqual(aggregate.concordance);
    expect(anonymous.discussionOrder).toEqual(aggregate.discussionOrder);
  });
});

describe("aggregateSheets (rules B3): more cases", () => {
  it("W = 1 when all three rank alike (with different points)", () => {
    // Every sheet ranks netwerken > klantcontact > samenwerken > creativiteit > initiatief:
    // R = 3, 6, 9, 12, 15; R − 9 = −6, −3, 0, 3, 6; S = 36 + 9 + 0 + 9 + 36 = 90
    // W = 12 · 90 / (9 · 120) = 1080 / 1080 = 1; χ² = 3 · 4 · 1 = 12
    const alike = aggregateSheets(five, [
      {
        scores: {
          netwerken: 50,
          klantcontact: 20,
          samenwerken: 15,
          creativiteit: 10,
          initiatief: 5,
        },
      },
      {
        scores: {
          netwerken: 25,
          klantcontact: 24,
          samenwerken: 23,
          creativiteit: 22,
          initiatief: 6,
        },
      },
      { scores: { netwerken: 4, klantcontact: 3, samenwerken: 2, creativiteit: 1, initiatief: 0 } },
    ]);
    expect(alike.concordance).toEqual({
      w: 1,
      s: 90,
      chiSquare: 12,
      degreesOfFreedom: 4,
      sheets: 3,
      categories: 5,
    });
  });

  it("W = 0 when two respondents rank exactly opposite", () => {
    expect(
      kendallW([
        [1, 2, 3, 4],
        [4, 3, 2, 1],
      ]),
    ).toMatchObject({ w: 0, s: 0, chiSquare: 0, degreesOfFreedom: 3 });
  });

  it("W is null with a reason for fewer than two sheets", () => {
    expect(aggregateSheets(five, [sheets[0]]).concordance).toEqual({
      w: null,
      reason: "too-few-sheets",
      sheets: 1,
      categories: 5,
    });
    expect(kendallW([[1]])).toEqual({
      w: null,
      reason: "too-few-sheets",
      sheets: 1,
      categories: 1,
    });
    expect(kendallW([[1], [1]])).toMatchObject({ w: null, reason: "too-few-categories" });
  });

  it("kendallW refuses a row that is not a ranking", () => {
    expect(() =>
      kendallW([
        [1, 2],
        [1, 1],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      kendallW([
        [1, 2],
        [1, 2, 3],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      kendallW([
        [1, 2],
        [0, 1],
      ]),
    ).toThrow(RangeError);
    // Three distinct ranks that skip one (1, 2, 4) are not a ranking of three categories.
    expect(() =>
      kendallW([
        [1, 2, 3],
        [1, 2, 4],
      ]),
    ).toThrow(/row 1 is not a ranking 1…3/);
  });

  it("with no valid sheet: counts, nulls, template order, no W", () => {
    const empty = aggregateSheets(five, [{ scores: {} }]);
    expect(empty.counts).toEqual({ received: 1, valid: 0, leftOut: 1 });
    expect(empty.categories[0]).toEqual({
      category: "netwerken",
      label: "Netwerken",
      n: 0,
      sum: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
      range: null,
      standardDeviation: null,
      meanRank: null,
      bordaPoints: 0,
      highestRespondents: [],
      lowestRespondents: [],
      highestCount: 0,
      lowestCount: 0,
    });
    expect(empty.discussionOrder).toEqual(five.categories.map((c) => c.id));
    expect(empty.concordance).toMatchObject({ w: null, reason: "too-few-sheets", sheets: 0 });
  });

  it("median of an even number of sheets is the mean of the two middle scores", () => {
    const four = aggregateSheets(five, [
      ...sheets,
      {
        respondent: "dirk",
        scores: {
          netwerken: 21,
          klantcontact: 22,
          samenwerken: 23,
          creativiteit: 24,
          initiatief: 10,
        },
      },
    ]);
    // netwerken: 30, 10, 35, 21 → sorted 10, 21, 30, 35 → median (21 + 30) / 2 = 25.5
    expect(four.categories[0]?.median).toBe(25.5);
    // initiatief: 10, 25, 0, 10 → sorted 0, 10, 10, 25 → median 10; lowest cas
    expect(four.categories[4]).toMatchObject({ median: 10, lowestRespondents: ["cas"] });
  });

  it("equal spread: the larger range is discussed first, before template order", () => {
    // x: 10, 10, 13, 13 → 4 · Σx² − (Σx)² = 4 · 538 − 46² = 2152 − 2116 = 36, range 3
    // y: 20, 21, 21, 24 → 4 · 1858 − 86² = 7432 − 7396 = 36, range 4
    // z: 30, 31, 32, 33 → 4 · 3974 − 126² = 15896 − 15876 = 20
    const t = template({
      id: "t",
      kind: "collectie",
      name: "T",
      categories: ["x", "y", "z"].map((id) => ({ id, label: id })),
    });
    const result = aggregateSheets(t, [
      { scores: { x: 10, y: 20, z: 30 } },
      { scores: { x: 10, y: 21, z: 31 } },
      { scores: { x: 13, y: 21, z: 32 } },
      { scores: { x: 13, y: 24, z: 33 } },
    ]);
    expect(result.categories[0]?.standardDeviation).toBe(result.categories[1]?.standardDeviation);
    expect(result.categories[0]?.standardDeviation).toBe(1.5);
    expect(result.discussionOrder).toEqual(["y", "x", "z"]);
  });

  it("leaves invalid sheets out, by index, with respondent and diagnostics; never counts them", () => {
    const result = aggregateSheets(five, [
      sheets[0],
      { respondent: "eva", scores: { ...sheets[1]?.scores, initiatief: 20 } }, // tie at 20
      "not a sheet",
      sheets[2],
    ]);
    expect(result.counts).toEqual({ received: 4, valid: 2, leftOut: 2 });
    expect(
      result.leftOut.map((s) => [s.index, s.respondent, s.diagnostics.map((d) => d.code)]),
    ).toEqual([
      [1, "eva", ["tie"]],
      [2, null, ["invalid-type"]],
    ]);
    // Paths lead into the list of sheets.
    expect(result.leftOut[0]?.diagnostics[0]?.path).toEqual([1, "scores"]);
    expect(result.categories[0]?.n).toBe(2);
    expect(result.categories[0]?.sum).toBe(65);
    const anonymous = aggregateSheets(five, [sheets[0], { respondent: "eva", scores: {} }], {
      anonymous: true,
    });
    expect(anonymous.leftOut[0]?.respondent).toBeNull();
  });

  it("a respondent with two valid sheets: both are left out, naming each other", () => {
    const result = aggregateSheets(five, [
      sheets[0],
      sheets[1],
      { ...sheets[2], respondent: "anna" },
    ]);
    expect(result.counts).toEqual({ received: 3, valid: 1, leftOut: 2 });
    expect(
      result.leftOut.map((s) => [
        s.index,
        s.respondent,
        s.diagnostics.map((d) => [d.code, d.path, d.params]),
      ]),
    ).toEqual([
      [0, "anna", [["duplicate-respondent", [0, "respondent"], { otherSheets: [2] }]]],
      [2, "anna", [["duplicate-respondent", [2, "respondent"], { otherSheets: [0] }]]],
    ]);
    // An invalid second sheet does not make a duplicate: the valid one counts.
    const fixed = aggregateSheets(five, [{ respondent: "anna", scores: {} }, sheets[0]]);
    expect(fixed.counts).toEqual({ received: 2, valid: 1, leftOut: 1 });
    // Anonymous sheets are never duplicates of each other.
    const anonymous = aggregateSheets(five, [
      { scores: sheets[0]?.scores },
      { scores: sheets[0]?.scores },
    ]);
    expect(anonymous.counts.valid).toBe(2);
  });

  it("works with __proto__, constructor and toString as category ids", () => {
    const t = template({
      id: "t",
      kind: "connectie",
      name: "T",
      categories: ["__proto__", "constructor", "toString"].map((id) => ({ id, label: id })),
    });
    const result = aggregateSheets(t, [
      JSON.parse('{"respondent":"a","scores":{"__proto__":5,"constructor":3,"toString":1}}'),
      JSON.parse('{"respondent":"b","scores":{"__proto__":6,"constructor":2,"toString":1}}'),
    ]);
    expect(result.categories.map((c) => [c.category, c.sum, c.highestRespondents])).toEqual([
      ["__proto__", 11, ["b"]],
      ["constructor", 5, ["a"]],
      ["toString", 2, ["a", "b"]],
    ]);
    expect(result.concordance.w).toBe(1);
  });

  it("accepts deep-frozen inputs, leaves them unchanged, and gives a deep-equal output", () => {
    const frozen = deepFreeze(structuredClone(sheets));
    const t = deepFreeze(structuredClone(five));
    const first = aggregateSheets(t, frozen);
    expect(frozen).toEqual(sheets);
    expect(first).toEqual(aggregateSheets(five, structuredClone(sheets)));
  });

  it("never throws on unreadable sheets; throws a TypeError when the sheets are not a list", () => {
    const hostile = new Proxy([], {
      get(target, key) {
        if (key === "0") throw new Error("boom");
        return Reflect.get(target, key);
      },
      has: () => true,
    });
    Object.defineProperty(hostile, "length", { value: 1 });
    const result = aggregateSheets(five, hostile);
    expect(result.leftOut.map((s) => s.diagnostics.map((d) => d.code))).toEqual([
      ["unreadable-input"],
    ]);
    expect(() => aggregateSheets(five, "sheets" as unknown as unknown[])).toThrow(TypeError);
  });
});
