import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kofferDemoLines } from "../../examples/koffer-demo.js";
import { exampleKofferRound, exampleKofferRoundLater } from "../../examples/koffer-round.js";
import { type ActionPlan, validateActionPlan } from "../../src/koffer/actions.js";
import { aggregateSheets, type TeamAggregate } from "../../src/koffer/aggregate.js";
import {
  compareRounds,
  compareSeverities,
  compareSheetToTeam,
  compareTeams,
  type KofferRound,
} from "../../src/koffer/compare.js";
import { exampleConnectieTemplate } from "../../src/koffer/examples.js";
import { type KofferSheet, validateSheet } from "../../src/koffer/sheet.js";
import { validateTeamScore } from "../../src/koffer/team-score.js";
import type { KofferTemplate } from "../../src/koffer/template.js";
import { codes, deepFreeze, diagnosticsOf, template } from "./fixtures.js";

const abc = template({
  id: "abc",
  kind: "collectie",
  name: "ABC",
  categories: ["a", "b", "c"].map((id) => ({ id, label: id.toUpperCase() })),
});

/** A validated value, or the test fails with the diagnostics. */
function valid<T>(
  result: { ok: true; value: T } | { ok: false; diagnostics: readonly unknown[] },
): T {
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}

const score = (t: KofferTemplate, points: Record<string, number>): KofferSheet =>
  valid(validateTeamScore(t, points));
const plan = (t: KofferTemplate, input: unknown): ActionPlan => valid(validateActionPlan(t, input));

// Round 1: anna a 50, b 30, c 20; bram a 40, b 35, c 25. Means a 45, b 32.5, c 22.5; both rank
// a, b, c, so the mean ranks are 1, 2, 3 and W = 1.
const january = aggregateSheets(abc, [
  { respondent: "anna", scores: { a: 50, b: 30, c: 20 } },
  { respondent: "bram", scores: { a: 40, b: 35, c: 25 } },
]);
// Round 2: anna a 30, b 45, c 25 (ranks 2, 1, 3); bram as before (1, 2, 3). Means a 35, b 40,
// c 25; mean ranks a 1.5, b 1.5, c 3. Rank sums 3, 3, 6 around m (n + 1) / 2 = 4: S = 1 + 1 + 4
// = 6 and W = 12 · 6 / (2² · (3³ − 3)) = 72 / 96 = 0.75.
const july = aggregateSheets(abc, [
  { respondent: "anna", scores: { a: 30, b: 45, c: 25 } },
  { respondent: "bram", scores: { a: 40, b: 35, c: 25 } },
]);

const before: KofferRound = {
  date: "2025-01-31",
  aggregate: january,
  teamScore: score(abc, { a: 45, b: 33, c: 22 }),
  actionPlan: plan(abc, [
    { category: "c", small: { text: "klein c" }, large: { text: "groot c" } },
    { category: "b", small: { text: "klein b" }, large: { text: "groot b", status: "done" } },
  ]),
};
const after: KofferRound = {
  date: "2025-07-30",
  aggregate: july,
  teamScore: score(abc, { a: 35, b: 40, c: 25 }),
  actionPlan: plan(abc, [
    { category: "a", small: { text: "klein a" }, large: { text: "groot a" } },
    {
      category: "c",
      small: { text: "klein c", status: "done" },
      large: { text: "groot c", status: "done" },
    },
  ]),
};

describe("compareRounds (rules B6, re-evaluation), computed by hand", () => {
  it("per category the change of mean, mean rank, team score and its rank; W; sheets", () => {
    const comparison = valid(compareRounds(before, after));
    expect(comparison.templateId).toBe("abc");
    expect(comparison.categories).toEqual([
      // a: mean 45 → 35; mean rank 1 → 1.5; team score 45 → 35, rank 1 → 2 (one place down).
      {
        category: "a",
        label: "A",
        mean: { before: 45, after: 35, change: -10 },
        meanRank: { before: 1, after: 1.5, change: 0.5 },
        teamScore: { before: 45, after: 35, change: -10 },
        teamScoreRank: { before: 1, after: 2, change: 1 },
      },
      // b: mean 32.5 → 40; mean rank 2 → 1.5; team score 33 → 40, rank 2 → 1 (one place up).
      {
        category: "b",
        label: "B",
        mean: { before: 32.5, after: 40, change: 7.5 },
        meanRank: { before: 2, after: 1.5, change: -0.5 },
        teamScore: { before: 33, after: 40, change: 7 },
        teamScoreRank: { before: 2, after: 1, change: -1 },
      },
      // c: mean 22.5 → 25; mean rank 3 → 3; team score 22 → 25, rank 3 → 3.
      {
        category: "c",
        label: "C",
        mean: { before: 22.5, after: 25, change: 2.5 },
        meanRank: { before: 3, after: 3, change: 0 },
        teamScore: { before: 22, after: 25, change: 3 },
        teamScoreRank: { before: 3, after: 3, change: 0 },
      },
    ]);
    // W 1 → 0.75.
    expect(comparison.concordance).toEqual({ before: 1, after: 0.75, change: -0.25 });
    expect(comparison.sheets).toEqual({ before: 2, after: 2, change: 0 });
  });

  it("whole months between the dates, rounded down, the day clamped to the month's length", () => {
    const months = (from: string, to: string) =>
      valid(compareRounds({ date: from, aggregate: january }, { date: to, aggregate: january }))
        .months;
    // 31 January + 6 months = 31 July, after 30 July: 5 whole months.
    expect(valid(compareRounds(before, after)).months).toBe(5);
    expect(months("2025-01-31", "2025-07-31")).toBe(6);
    // 31 January + 1 month = 28 February (no 31st): one month on the 28th, none on the 27th.
    expect(months("2025-01-31", "2025-02-28")).toBe(1);
    expect(months("2025-01-31", "2025-02-27")).toBe(0);
    // In a leap year 31 January + 1 month = 29 February.
    expect(months("2024-01-31", "2024-02-28")).toBe(0);
    expect(months("2024-01-31", "2024-02-29")).toBe(1);
    // 29 February 2024 + 12 months = 28 February 2025.
    expect(months("2024-02-29", "2025-02-28")).toBe(12);
    // Across a year end: 15 September 2025 + 6 months = 15 March 2026.
    expect(months("2025-09-15", "2026-03-14")).toBe(5);
    expect(months("2025-09-15", "2026-03-15")).toBe(6);
    expect(months("2025-09-15", "2025-09-15")).toBe(0);
  });

  it("action pairs of the earlier plan: done, still open, and the later plan's new ones", () => {
    const { actions } = valid(compareRounds(before, after));
    // c: the later plan repeats it with both actions done → done, with the later statuses.
    expect(actions.done).toEqual([after.actionPlan?.[1]]);
    // b: the later plan leaves it out → it keeps its earlier statuses (small open) → open.
    expect(actions.open).toEqual([before.actionPlan?.[1]]);
    // a: only in the later plan → added.
    expect(actions.added).toEqual([after.actionPlan?.[0]]);
  });

  it("matches pairs by category and both texts: an edited text is a new pair", () => {
    const edited = plan(abc, [
      {
        category: "c",
        small: { text: "klein c, anders", status: "done" },
        large: { text: "groot c", status: "done" },
      },
    ]);
    const { actions } = valid(compareRounds(before, { ...after, actionPlan: edited }));
    expect(actions.done).toEqual([]);
    expect(actions.open.map((p) => p.category)).toEqual(["c", "b"]);
    expect(actions.added).toEqual(edited);
  });

  it("without team scores or plans the team score figures are null and the review is empty", () => {
    const comparison = valid(
      compareRounds({ date: "2025-01-31", aggregate: january }, { ...after, actionPlan: [] }),
    );
    expect(comparison.categories.map((c) => [c.teamScore, c.teamScoreRank])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(comparison.actions).toEqual({ done: [], open: [], added: [] });
  });

  it("a round without valid sheets has no mean, mean rank or W to compare", () => {
    const empty = aggregateSheets(abc, []);
    const comparison = valid(compareRounds({ date: "2025-01-01", aggregate: empty }, after));
    expect(comparison.categories[0]?.mean).toBeNull();
    expect(comparison.categories[0]?.meanRank).toBeNull();
    expect(comparison.concordance).toBeNull();
    expect(comparison.sheets).toEqual({ before: 0, after: 2, change: 2 });
  });

  it("reports a later round dated before the earlier one", () => {
    const result = compareRounds(after, before);
    expect(codes(result)).toEqual(["date-order"]);
    const [d] = diagnosticsOf(result);
    expect(d?.path).toEqual(["after", "date"]);
    expect(d?.params).toEqual({ before: "2025-07-30", after: "2025-01-31" });
    expect(d?.message.nl).toBe("De latere ronde (2025-01-31) ligt vóór de eerdere (2025-07-30).");
    expect(d?.message.en).toBe(
      "The later round (2025-01-31) is dated before the earlier one (2025-07-30).",
    );
  });

  it("reports dates that are not real days written YYYY-MM-DD", () => {
    const result = compareRounds(
      { ...before, date: "2025-02-29" },
      { ...after, date: "30-07-2025" },
    );
    expect(diagnosticsOf(result).map((d) => [d.code, d.path, d.params])).toEqual([
      ["invalid-date", ["after", "date"], { received: '"30-07-2025"' }],
      ["invalid-date", ["before", "date"], { received: '"2025-02-29"' }],
    ]);
    const notText = { ...before, date: 20250131 } as unknown as KofferRound;
    expect(diagnosticsOf(compareRounds(notText, after))[0]?.params).toEqual({
      received: "20250131",
    });
  });

  it("reports another template, other categories and a team score of another template at once", () => {
    const other = aggregateSheets(exampleConnectieTemplate, []);
    const result = compareRounds(before, { date: "2025-07-30", aggregate: other });
    expect(diagnosticsOf(result).map((d) => [d.code, d.path, d.params])).toEqual([
      [
        "template-mismatch",
        ["after", "aggregate", "templateId"],
        { expected: "abc", received: "voorbeeld-connectie" },
      ],
    ]);
    const abd = template({
      id: "abc",
      kind: "collectie",
      name: "ABD",
      categories: ["a", "b", "d"].map((id) => ({ id, label: id })),
    });
    const changed = compareRounds(before, {
      date: "2025-07-30",
      aggregate: aggregateSheets(abd, []),
      teamScore: score(abc, { a: 50, b: 30, c: 20 }), // a team score of the other template
    });
    expect(diagnosticsOf(changed).map((d) => [d.code, d.path, d.params])).toEqual([
      ["category-mismatch", ["after", "aggregate", "categories"], { categories: ["c", "d"] }],
      ["category-mismatch", ["after", "teamScore"], { categories: ["c", "d"] }],
    ]);
    expect(diagnosticsOf(changed)[0]?.message.en).toBe(
      'The categories differ: "c" and "d" are not in both.',
    );
  });

  it("does not change its inputs", () => {
    const a = deepFreeze(structuredClone(before));
    const b = deepFreeze(structuredClone(after));
    expect(compareRounds(a, b)).toEqual(compareRounds(before, after));
    expect(a).toEqual(before);
  });
});

describe("compareTeams (rules B6, across teams), computed by hand", () => {
  const teams = [
    { team: "Volwassenen", aggregate: january, teamScore: score(abc, { a: 45, b: 33, c: 22 }) },
    { team: "Jeugd", aggregate: july },
  ];

  it("per category each team's figures, teams sorted by name", () => {
    const comparison = valid(compareTeams(teams));
    expect(comparison.teams).toEqual(["Jeugd", "Volwassenen"]);
    expect(comparison.categories.map((c) => c.category)).toEqual(["a", "b", "c"]);
    // b: Jeugd (july) mean 40, mean rank 1.5, no team score; Volwassenen (january) mean 32.5,
    // mean rank 2, team score 33 in 2nd place.
    expect(comparison.categories[1]).toEqual({
      category: "b",
      label: "B",
      teams: [
        { team: "Jeugd", n: 2, mean: 40, meanRank: 1.5, teamScore: null, teamScoreRank: null },
        { team: "Volwassenen", n: 2, mean: 32.5, meanRank: 2, teamScore: 33, teamScoreRank: 2 },
      ],
    });
  });

  it("does not depend on the order of the list", () => {
    expect(compareTeams([...teams].reverse())).toEqual(compareTeams(teams));
  });

  it("an empty list gives an empty comparison", () => {
    expect(valid(compareTeams([]))).toEqual({ teams: [], categories: [] });
  });

  it("reports a name used twice and another template, with the team's index", () => {
    const other = aggregateSheets(exampleConnectieTemplate, []);
    const result = compareTeams([...teams, { team: "Jeugd", aggregate: other }]);
    expect(diagnosticsOf(result).map((d) => [d.code, d.path, d.params])).toEqual([
      [
        "template-mismatch",
        [2, "aggregate", "templateId"],
        { expected: "abc", received: "voorbeeld-connectie" },
      ],
      ["duplicate-team", [2, "team"], { team: "Jeugd", firstIndex: 1 }],
    ]);
    expect(diagnosticsOf(result)[1]?.message.nl).toBe(
      'Het team "Jeugd" staat er twee keer in (eerst bij [1]).',
    );
  });
});

describe("compareSheetToTeam (rules B6, one to one), computed by hand", () => {
  it("per category the deviation from the team mean and the rank difference", () => {
    const anna = valid(validateSheet(abc, { respondent: "anna", scores: { a: 30, b: 45, c: 25 } }));
    const result = valid(compareSheetToTeam(anna, july));
    expect(result.respondent).toBe("anna");
    // Means 35, 40, 25 and mean ranks 1.5, 1.5, 3 (july); anna 30, 45, 25 with ranks 2, 1, 3.
    expect(result.categories).toEqual([
      {
        category: "a",
        label: "A",
        points: 30,
        mean: 35,
        deviation: -5, // 30 − 35
        rank: 2,
        meanRank: 1.5,
        rankDifference: 0.5, // 2 − 1.5: anna ranks a lower than the team
      },
      {
        category: "b",
        label: "B",
        points: 45,
        mean: 40,
        deviation: 5,
        rank: 1,
        meanRank: 1.5,
        rankDifference: -0.5,
      },
      {
        category: "c",
        label: "C",
        points: 25,
        mean: 25,
        deviation: 0,
        rank: 3,
        meanRank: 3,
        rankDifference: 0,
      },
    ]);
    // |−5| + |5| + |0| = 10.
    expect(result.totalDeviation).toBe(10);
  });

  it("against a team without valid sheets there is no mean to deviate from", () => {
    const sheet = valid(validateSheet(abc, { scores: { a: 30, b: 45, c: 25 } }));
    const result = valid(compareSheetToTeam(sheet, aggregateSheets(abc, [])));
    expect(result.totalDeviation).toBeNull();
    expect(result.categories[0]).toMatchObject({ deviation: null, rankDifference: null, rank: 2 });
  });

  it("reports a sheet of another template", () => {
    const sheet = valid(
      validateSheet(exampleConnectieTemplate, exampleKofferRound.sheets[0] as unknown),
    );
    const result = compareSheetToTeam(sheet, july);
    expect(codes(result)).toEqual(["category-mismatch"]);
    expect(diagnosticsOf(result)[0]?.path).toEqual(["sheet", "scores"]);
  });
});

describe("the example round and the koffer demo", () => {
  const aggregateOf = (round: { sheets: readonly unknown[] }): TeamAggregate =>
    aggregateSheets(exampleConnectieTemplate, round.sheets);

  it("leaves out the sheet with ties and keeps five", () => {
    const aggregate = aggregateOf(exampleKofferRound);
    expect(aggregate.counts).toEqual({ received: 6, valid: 5, leftOut: 1 });
    expect(aggregate.leftOut[0]?.diagnostics.map((d) => d.code)).toEqual(["tie", "tie"]);
    expect(aggregateOf(exampleKofferRoundLater).counts.leftOut).toBe(0);
  });

  it("has valid team scores, a draft plan with two problems and valid agreed plans", () => {
    for (const round of [exampleKofferRound, exampleKofferRoundLater]) {
      expect(validateTeamScore(exampleConnectieTemplate, round.teamScore).ok).toBe(true);
      expect(validateActionPlan(exampleConnectieTemplate, round.actionPlan).ok).toBe(true);
    }
    const draft = validateActionPlan(exampleConnectieTemplate, exampleKofferRound.actionPlanDraft);
    expect(codes(draft)).toEqual(["empty-text", "lone-action"]);
  });

  it("the re-evaluation six months on, as the TSDoc example of compareRounds says", () => {
    const t = exampleConnectieTemplate;
    const round = (r: typeof exampleKofferRound): KofferRound => ({
      date: r.date,
      aggregate: aggregateOf(r),
      teamScore: score(t, r.teamScore),
      actionPlan: plan(t, r.actionPlan),
    });
    const comparison = valid(
      compareRounds(round(exampleKofferRound), round(exampleKofferRoundLater)),
    );
    // 15 September 2025 + 6 months = 15 March 2026 ≤ 16 March.
    expect(comparison.months).toBe(6);
    // Netwerken: 7 points in 7th place → 13 points in 3rd place (after 23, 20).
    expect(comparison.categories[0]).toMatchObject({
      category: "netwerken",
      teamScore: { before: 7, after: 13, change: 6 },
      teamScoreRank: { before: 7, after: 3, change: -4 },
    });
    const { done, open, added } = comparison.actions;
    expect([done, open, added].map((pairs) => pairs.map((p) => p.category))).toEqual([
      ["netwerken"],
      ["omgevingsbewustzijn", "creativiteit"],
      ["flexibiliteit"],
    ]);
  });

  it("prints every part in Dutch and in English", () => {
    const nl = kofferDemoLines("nl").join("\n");
    const en = kofferDemoLines("en").join("\n");
    for (const part of ["Verzamelkoffer", "Gespreksvolgorde", "χ²", "Lacunes", "Herbeoordeling"]) {
      expect(nl).toContain(part);
    }
    for (const part of ["Team aggregate", "Discussion order", "Gaps", "Re-evaluation: 6 months"]) {
      expect(en).toContain(part);
    }
    expect(nl).toContain("1 klaar, 2 nog open; 1 nieuw");
    expect(en).toContain("(lone-action)");
  });
});

describe("docs/diagnostics.md", () => {
  it("lists every comparison code with its severity", () => {
    const page = readFileSync(join(import.meta.dirname, "../../docs/diagnostics.md"), "utf8");
    const section = page.slice(page.indexOf("## Koffer diagnostics"));
    for (const [code, severity] of Object.entries(compareSeverities)) {
      expect(section, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });
});
