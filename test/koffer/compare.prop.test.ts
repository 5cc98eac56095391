import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { daysInMonth } from "../../src/dates/calendar-date.js";
import { type ActionPair, type ActionPlan, actionStatuses } from "../../src/koffer/actions.js";
import { aggregateSheets } from "../../src/koffer/aggregate.js";
import {
  type Change,
  compareRounds,
  compareSheetToTeam,
  compareTeams,
  type KofferRound,
} from "../../src/koffer/compare.js";
import { type KofferSheet, validateSheet } from "../../src/koffer/sheet.js";
import type { KofferTemplate } from "../../src/koffer/template.js";
import {
  respondentArbitrary,
  sheetInput,
  templateArbitrary,
  twoCategoryTemplate,
  validPoints,
} from "./fixtures.js";

/** A real calendar date `YYYY-MM-DD` (years 1900–2100). */
const dateArbitrary = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.nat(),
  })
  .map(({ y, m, d }) => {
    const day = 1 + (d % daysInMonth(y, m));
    return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  });

/** A valid sheet of the template (the team score, or one respondent's sheet). */
function sheetOf(t: KofferTemplate, points: readonly number[], respondent?: string | null) {
  const result = validateSheet(t, sheetInput(t, points, respondent));
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

/** An action plan of the template's categories, texts from a small pool so that pairs repeat. */
function planArbitrary(t: KofferTemplate): fc.Arbitrary<ActionPlan> {
  const point = fc.record({
    text: fc.constantFrom("klein", "groot", "__proto__"),
    status: fc.constantFrom(...actionStatuses),
  });
  const pair: fc.Arbitrary<ActionPair> = fc.record({
    category: fc.constantFrom(...t.categories.map((c) => c.id)),
    small: point,
    large: point,
  });
  return fc.array(pair, { maxLength: 5 });
}

/** Raw sheets for the template: valid points with respondents from a small pool (duplicates occur). */
const sheetsArbitrary = (t: KofferTemplate) =>
  fc
    .array(fc.tuple(validPoints(t), respondentArbitrary), { maxLength: 6 })
    .map((drawn) => drawn.map(([points, who]) => sheetInput(t, points, who ?? undefined)));

/** A round of a template: an aggregate, and maybe a team score and an action plan. */
const roundArbitrary = (t: KofferTemplate): fc.Arbitrary<KofferRound> =>
  fc
    .record({
      date: dateArbitrary,
      sheets: sheetsArbitrary(t),
      teamScore: fc.option(validPoints(t), { nil: undefined }),
      actionPlan: fc.option(planArbitrary(t), { nil: undefined }),
    })
    .map(({ date, sheets, teamScore, actionPlan }) => ({
      date,
      aggregate: aggregateSheets(t, sheets),
      ...(teamScore === undefined ? {} : { teamScore: sheetOf(t, teamScore) }),
      ...(actionPlan === undefined ? {} : { actionPlan }),
    }));

/** The whole-month oracle: add months one at a time (the day clamped) while not after `to`. */
function monthsByCounting(from: string, to: string): number {
  const [y, m, d] = from.split("-").map(Number) as [number, number, number];
  let n = 0;
  for (;;) {
    const month = m - 1 + n + 1;
    const year = y + Math.floor(month / 12);
    const mm = (month % 12) + 1;
    const next = `${year}-${String(mm).padStart(2, "0")}-${String(Math.min(d, daysInMonth(year, mm))).padStart(2, "0")}`;
    if (next > to) return n;
    n++;
  }
}

const twoCategories = twoCategoryTemplate;

const isZero = (c: Change | null) => c === null || (c.change === 0 && c.before === c.after);

describe("rules B7.6 and B6 properties of the comparisons", () => {
  test.prop([templateArbitrary.chain((t) => roundArbitrary(t))], { numRuns: 300 })(
    "rules B7.6: comparing a round with itself gives zero change everywhere",
    (round) => {
      const result = compareRounds(round, round);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const c = result.value;
      expect(c.months).toBe(0);
      expect(c.sheets.change).toBe(0);
      expect(isZero(c.concordance)).toBe(true);
      expect(c.concordance === null).toBe(round.aggregate.concordance.w === null);
      expect(c.categories.map((row) => row.category)).toEqual(
        round.aggregate.categories.map((f) => f.category),
      );
      for (const row of c.categories) {
        for (const figure of [row.mean, row.meanRank, row.teamScore, row.teamScoreRank]) {
          expect(isZero(figure)).toBe(true);
        }
        expect(row.teamScore === null).toBe(round.teamScore === undefined);
      }
      // Nothing is added; every pair is reviewed with its own statuses.
      const { done, open, added } = c.actions;
      expect(added).toEqual([]);
      expect(done.length + open.length).toBe(round.actionPlan?.length ?? 0);
      for (const pair of done)
        expect([pair.small.status, pair.large.status]).toEqual(["done", "done"]);
      for (const pair of open)
        expect(pair.small.status === "done" && pair.large.status === "done").toBe(false);
    },
  );

  test.prop([templateArbitrary.chain((t) => fc.tuple(roundArbitrary(t), roundArbitrary(t)))], {
    numRuns: 200,
  })(
    "rules B6: swapping two rounds of the same day swaps before and after of every figure",
    ([a, b]) => {
      const forward = compareRounds(a, { ...b, date: a.date });
      const backward = compareRounds({ ...b, date: a.date }, a);
      expect(forward.ok && backward.ok).toBe(true);
      if (!forward.ok || !backward.ok) return;
      const swapped = (x: Change | null) =>
        x === null ? null : { before: x.after, after: x.before, change: x.before - x.after };
      forward.value.categories.forEach((row, i) => {
        const back = backward.value.categories.find((r) => r.category === row.category);
        expect(back, String(i)).toBeDefined();
        expect(back?.mean).toEqual(swapped(row.mean));
        expect(back?.teamScoreRank).toEqual(swapped(row.teamScoreRank));
      });
      expect(backward.value.concordance).toEqual(swapped(forward.value.concordance));
    },
  );

  test.prop([dateArbitrary, dateArbitrary])(
    "rules B6: the months between two rounds are the whole calendar months, counted one by one",
    (x, y) => {
      const [from, to] = x <= y ? [x, y] : [y, x];
      const aggregate = aggregateSheets(twoCategories, []);
      const result = compareRounds({ date: from, aggregate }, { date: to, aggregate });
      expect(result.ok && result.value.months).toBe(monthsByCounting(from, to));
    },
  );

  test.prop(
    [
      templateArbitrary.chain((t) =>
        fc.tuple(
          fc.uniqueArray(
            fc.constantFrom("Jeugd", "Volwassenen", "Oost", "west", "Éénmans", "__proto__"),
            {
              maxLength: 4,
            },
          ),
          fc.array(fc.tuple(sheetsArbitrary(t), fc.option(validPoints(t), { nil: undefined })), {
            minLength: 4,
            maxLength: 4,
          }),
          fc.constant(t),
        ),
      ),
      fc.nat(),
    ],
    { numRuns: 200 },
  )(
    "rules B6: compareTeams does not depend on the order of the teams",
    ([names, drawn, t], seed) => {
      const teams = names.map((team, i) => {
        const [sheets, score] = drawn[i] ?? [[], undefined];
        return {
          team,
          aggregate: aggregateSheets(t, sheets),
          ...(score === undefined ? {} : { teamScore: sheetOf(t, score) }),
        };
      });
      // A rotation and a reversal of the list.
      const k = names.length === 0 ? 0 : seed % names.length;
      const rotated = [...teams.slice(k), ...teams.slice(0, k)];
      const expected = compareTeams(teams);
      expect(expected.ok).toBe(true);
      expect(compareTeams(rotated)).toEqual(expected);
      expect(compareTeams([...teams].reverse())).toEqual(expected);
      if (expected.ok) expect(expected.value.teams).toEqual([...names].sort());
    },
  );

  test.prop([templateArbitrary.chain((t) => fc.tuple(fc.constant(t), validPoints(t)))])(
    "rules B6: a sheet against a team of that sheet alone deviates nowhere",
    ([t, points]) => {
      const sheet: KofferSheet = sheetOf(t, points, "anna");
      const result = compareSheetToTeam(sheet, aggregateSheets(t, [sheetInput(t, points, "anna")]));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.totalDeviation).toBe(0);
      for (const row of result.value.categories) {
        expect(row.deviation).toBe(0);
        expect(row.rankDifference).toBe(0);
      }
    },
  );
});
