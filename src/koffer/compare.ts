import { daysInMonth, isCalendarDate } from "../dates/calendar-date.js";
import type { Path } from "../diagnostics/diagnostic.js";
import type { ValidationResult } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { ActionPair, ActionPlan } from "./actions.js";
import type { TeamAggregate } from "./aggregate.js";
import { type CompareDiagnostic, compareDiagnostic } from "./compare-diagnostics.js";
import { describeValue } from "./read.js";
import { failure, success } from "./result.js";
import { type KofferSheet, pointsOf, ranksOf } from "./sheet.js";

export {
  type CompareDiagnostic,
  type CompareDiagnosticCode,
  type CompareDiagnosticParams,
  compareSeverities,
} from "./compare-diagnostics.js";

/**
 * A figure in two rounds and how it moved: `change = after − before`, for every figure alike. For
 * a rank (1 = most points) a negative change is a move up.
 *
 * @example
 * const mean: Change = { before: 12.4, after: 18, change: 5.6 }; // (up to rounding)
 * const rank: Change = { before: 6, after: 3, change: -3 }; // three places up
 */
export interface Change {
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

/**
 * One round of a team's koffer (rules B6): the day the team filled it in, its aggregate, and, when
 * the team got that far, the team score it decided (`validateTeamScore`'s value) and its action
 * plan (`validateActionPlan`'s value). In the later of two rounds the action plan holds the
 * statuses as they now stand (see `compareRounds`).
 *
 * @example
 * const round: KofferRound = {
 *   date: "2025-09-15",
 *   aggregate: aggregateSheets(template, sheets),
 *   teamScore, // from validateTeamScore(template, { netwerken: 8, … })
 *   actionPlan, // from validateActionPlan(template, [...])
 * };
 */
export interface KofferRound {
  /** A calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly aggregate: TeamAggregate;
  readonly teamScore?: KofferSheet;
  readonly actionPlan?: ActionPlan;
}

/**
 * How one category moved between two rounds. A figure is `null` when a round lacks it: no team
 * score, or no valid sheets (mean and mean rank).
 *
 * @example
 * const row: CategoryChange = {
 *   category: "netwerken",
 *   label: "Netwerken",
 *   mean: { before: 7.5, after: 14, change: 6.5 },
 *   meanRank: { before: 7.25, after: 5, change: -2.25 },
 *   teamScore: { before: 7, after: 15, change: 8 },
 *   teamScoreRank: { before: 7, after: 4, change: -3 },
 * };
 */
export interface CategoryChange {
  readonly category: string;
  /** The label in the later round. */
  readonly label: string;
  readonly mean: Change | null;
  /** The aggregate's mean rank (the mean of the category's ranks on the sheets). */
  readonly meanRank: Change | null;
  /** The points of the decided team score. */
  readonly teamScore: Change | null;
  /** The category's rank in the decided team score (1 = most points). */
  readonly teamScoreRank: Change | null;
}

/**
 * The action pairs of the earlier round, done or still open, and the later round's new ones.
 *
 * @example
 * const { done, open, added }: ActionReview = comparison.actions;
 * console.log(`${done.length} done, ${open.length} open, ${added.length} new`);
 */
export interface ActionReview {
  /** Pairs of the earlier plan whose small and large action are both done, as they now stand. */
  readonly done: readonly ActionPair[];
  /** The other pairs of the earlier plan (open or in progress), as they now stand. */
  readonly open: readonly ActionPair[];
  /** Pairs of the later plan that the earlier plan does not have. */
  readonly added: readonly ActionPair[];
}

/**
 * Two rounds of one team compared (rules B6, re-evaluation).
 *
 * @example
 * const comparison: RoundComparison = result.value;
 * comparison.months; //=> 6
 * comparison.concordance?.change; // how much more (or less) the team agrees
 */
export interface RoundComparison {
  readonly templateId: string;
  /** Whole months from the earlier date to the later one, rounded down. */
  readonly months: number;
  /** The number of valid sheets. */
  readonly sheets: Change;
  /** One row per category, in the later round's category order. */
  readonly categories: readonly CategoryChange[];
  /** Kendall's W; `null` when either round has none. */
  readonly concordance: Change | null;
  readonly actions: ActionReview;
}

function change(before: number | null | undefined, after: number | null | undefined) {
  return before == null || after == null ? null : { before, after, change: after - before };
}

const NOT_AN_AGGREGATE = "aggregate.categories: not from aggregateSheets";

/**
 * The category ids of an aggregate. The comparisons trust their aggregates for speed; ids that
 * `aggregateSheets` would never give (a hand-made aggregate) are a programmer error here, not a
 * silent wrong change. Every aggregate is read through this, so it is the one guard they need.
 */
function idsOf(aggregate: TeamAggregate): string[] {
  if (!Array.isArray(aggregate?.categories)) throw new TypeError(NOT_AN_AGGREGATE);
  const ids = aggregate.categories.map((c) => c.category);
  if (ids.some((id) => typeof id !== "string")) {
    throw new TypeError(NOT_AN_AGGREGATE);
  }
  return ids;
}

/** Reports the category ids that are in only one of two lists. */
function sameCategories(
  a: readonly string[],
  b: readonly string[],
  path: Path,
  out: CompareDiagnostic[],
): boolean {
  const categories = [...new Set([...a, ...b])].filter((id) => !a.includes(id) || !b.includes(id));
  if (categories.length > 0) {
    out.push(compareDiagnostic("category-mismatch", path, { categories: categories.sort() }));
  }
  return categories.length === 0;
}

/** A sheet's points and ranks by category id, or `null` (reported) when its categories differ. */
function placesOf(
  aggregate: TeamAggregate,
  sheet: KofferSheet | undefined,
  path: Path,
  out: CompareDiagnostic[],
): Map<string, { points: number; rank: number }> | null {
  const ids = idsOf(aggregate);
  // A validation result instead of its value is the likely slip: say what to pass.
  if (sheet !== undefined && !Array.isArray(sheet?.scores))
    throw new TypeError("sheet.scores: not from validateSheet (pass result.value)");
  if (
    sheet === undefined ||
    !sameCategories(
      ids,
      sheet.scores.map((s) => s.category),
      path,
      out,
    )
  )
    return null;
  const points = pointsOf(sheet, ids);
  const ranks = ranksOf(points);
  return new Map(ids.map((id, i) => [id, { points: points[i] ?? 0, rank: ranks[i] ?? 0 }]));
}

/** Reports a template other than the reference's, or the same template with other categories. */
function sameTemplate(
  reference: TeamAggregate,
  other: TeamAggregate,
  path: Path,
  out: CompareDiagnostic[],
): void {
  if (other.templateId !== reference.templateId) {
    out.push(
      compareDiagnostic("template-mismatch", [...path, "templateId"], {
        expected: reference.templateId,
        received: other.templateId,
      }),
    );
  } else sameCategories(idsOf(reference), idsOf(other), [...path, "categories"], out);
}

/** Whole months from one valid date to a later one: months added (day clamped) that still fit. */
function wholeMonths(from: string, to: string): number {
  const part = (date: string, start: number, end: number) => Number(date.slice(start, end));
  const year = part(to, 0, 4);
  const month = part(to, 5, 7);
  const months = (year - part(from, 0, 4)) * 12 + month - part(from, 5, 7);
  return Math.min(part(from, 8, 10), daysInMonth(year, month)) > part(to, 8, 10)
    ? months - 1
    : months;
}

function reviewActions(earlier: ActionPlan, laterPlan: ActionPlan | undefined): ActionReview {
  const later = laterPlan ?? [];
  const key = (pair: ActionPair) =>
    JSON.stringify([pair.category, pair.small.text, pair.large.text]);
  // The later pairs per key, last first, so that `pop` takes them in order: linear however many
  // pairs repeat one another (copying or shifting a list per pair would be quadratic).
  const unmatched = new Map<string, ActionPair[]>();
  for (let i = later.length; i-- > 0; ) {
    const pair = later[i] as ActionPair;
    const list = unmatched.get(key(pair));
    if (list === undefined) unmatched.set(key(pair), [pair]);
    else list.push(pair);
  }
  const matched = new Set<ActionPair>();
  const done: ActionPair[] = [];
  const open: ActionPair[] = [];
  for (const pair of earlier) {
    const now = unmatched.get(key(pair))?.pop() ?? pair;
    matched.add(now);
    (now.small.status === "done" && now.large.status === "done" ? done : open).push(now);
  }
  return { done, open, added: later.filter((pair) => !matched.has(pair)) };
}

/**
 * Compares two rounds of the same team and template (rules B6: "X maanden later kijkt het team
 * opnieuw"): per category the change of the mean, the mean rank, the team score and its rank; the
 * change of the number of valid sheets and of Kendall's W; the whole months between the dates;
 * and which action pairs of the earlier round are done and which are still open.
 *
 * - Every change is `after − before`; a negative rank change is a move up (rank 1 = most points).
 * - `months` counts whole calendar months, rounded down: one month after 31 January is 28 (or 29)
 *   February. Plain integer arithmetic on the dates; no time zone can move one.
 * - **Actions**: the earlier round's plan is reviewed. A pair the later plan holds again (same
 *   category, same small text, same large text) takes its statuses from the later plan; a pair it
 *   leaves out keeps the statuses the earlier round recorded. A pair is done when both its actions
 *   are done. The later plan's other pairs are `added`.
 *
 * Comparing a round with itself gives zero change everywhere (rules B7.6). A different template
 * (or the same template id with other categories), a team score with other categories, a date
 * that is not `YYYY-MM-DD` or a later round dated before the earlier one is reported, all at once,
 * never thrown (`template-mismatch`, `category-mismatch`, `invalid-date`, `date-order`). Does not
 * change its inputs.
 *
 * @throws TypeError when an aggregate or a team score was not made by the library
 * (`aggregateSheets`, `validateTeamScore`): a programmer error, not a silent wrong change.
 *
 * @example
 * // The example round of `npm run demo` (examples/koffer-round.ts), validated.
 * const result = compareRounds(
 *   { date: "2025-09-15", aggregate: september, teamScore: scoreSeptember, actionPlan: plan },
 *   { date: "2026-03-16", aggregate: march, teamScore: scoreMarch, actionPlan: updatedPlan },
 * );
 * if (result.ok) {
 *   result.value.months; //=> 6
 *   const netwerken = result.value.categories[0];
 *   netwerken?.teamScore; //=> { before: 7, after: 13, change: 6 }
 *   netwerken?.teamScoreRank; //=> { before: 7, after: 3, change: -4 }: four places up
 *   result.value.actions.done.length; //=> 1 (and 2 open, 1 added)
 * } else console.log(result.diagnostics.map((d) => d.message.nl));
 * @function
 */
export const compareRounds = /* @__PURE__ */ deepFreeze(function compareRounds(
  before: KofferRound,
  after: KofferRound,
): ValidationResult<RoundComparison, CompareDiagnostic> {
  const out: CompareDiagnostic[] = [];
  for (const [name, round] of [
    ["before", before],
    ["after", after],
  ] as const) {
    if (typeof round?.aggregate !== "object")
      throw new TypeError(`${name}: a round ({ date, aggregate, teamScore, actionPlan })`);
    if (!isCalendarDate(round.date)) {
      out.push(
        compareDiagnostic("invalid-date", [name, "date"], { received: describeValue(round.date) }),
      );
    }
  }
  if (out.length === 0 && after.date < before.date) {
    out.push(
      compareDiagnostic("date-order", ["after", "date"], {
        before: before.date,
        after: after.date,
      }),
    );
  }
  sameTemplate(before.aggregate, after.aggregate, ["after", "aggregate"], out);
  const scoreBefore = placesOf(before.aggregate, before.teamScore, ["before", "teamScore"], out);
  const scoreAfter = placesOf(after.aggregate, after.teamScore, ["after", "teamScore"], out);
  if (out.length > 0) return failure(out);

  const earlier = new Map(before.aggregate.categories.map((c) => [c.category, c]));
  const categories = after.aggregate.categories.map(({ category, label, mean, meanRank }) => {
    const was = earlier.get(category);
    const scoredBefore = scoreBefore?.get(category);
    const scoredAfter = scoreAfter?.get(category);
    return {
      category,
      label,
      mean: change(was?.mean, mean),
      meanRank: change(was?.meanRank, meanRank),
      teamScore: change(scoredBefore?.points, scoredAfter?.points),
      teamScoreRank: change(scoredBefore?.rank, scoredAfter?.rank),
    };
  });
  return success({
    templateId: after.aggregate.templateId,
    months: wholeMonths(before.date, after.date),
    sheets: change(before.aggregate.counts.valid, after.aggregate.counts.valid) as Change,
    categories,
    concordance: change(before.aggregate.concordance.w, after.aggregate.concordance.w),
    actions: reviewActions(before.actionPlan ?? [], after.actionPlan),
  });
});

/**
 * One team's koffer for `compareTeams`: a name, its aggregate and, when decided, its team score.
 *
 * @example
 * const team: TeamKoffer = { team: "Jeugd", aggregate, teamScore };
 */
export interface TeamKoffer {
  readonly team: string;
  readonly aggregate: TeamAggregate;
  readonly teamScore?: KofferSheet;
}

/**
 * One team's figures for one category; `null` where the team has no team score or no valid sheets.
 *
 * @example
 * const figures: TeamFigures = {
 *   team: "Jeugd", n: 6, mean: 18.5, meanRank: 2.5, teamScore: 20, teamScoreRank: 2,
 * };
 */
export interface TeamFigures {
  readonly team: string;
  /** The team's number of valid sheets. */
  readonly n: number;
  readonly mean: number | null;
  readonly meanRank: number | null;
  readonly teamScore: number | null;
  /** The category's rank in the team's team score (1 = most points). */
  readonly teamScoreRank: number | null;
}

/**
 * One category across teams.
 *
 * @example
 * const row: CategoryAcrossTeams = { category: "netwerken", label: "Netwerken", teams: [figures] };
 */
export interface CategoryAcrossTeams {
  readonly category: string;
  readonly label: string;
  /** One entry per team, in the order of `TeamsComparison.teams`. */
  readonly teams: readonly TeamFigures[];
}

/**
 * Several teams' koffers side by side (rules B6).
 *
 * @example
 * const { teams, categories }: TeamsComparison = result.value;
 */
export interface TeamsComparison {
  /** The team names, sorted by UTF-16 code units (never by the machine's locale). */
  readonly teams: readonly string[];
  /** One row per category, in the template's order. */
  readonly categories: readonly CategoryAcrossTeams[];
}

/**
 * Puts several teams' koffers of one template side by side (rules B6: "teams presenteren hun koffer
 * aan elkaar"): per category each team's number of sheets, mean, mean rank, team score and the
 * category's rank in that team score. Teams are sorted by name (UTF-16 code units), so the result
 * does not depend on the order of the list; categories follow the template's order.
 *
 * Two teams with the same name, a team with another template (or other categories) or a team
 * score with other categories are reported, all at once, never thrown (`duplicate-team`,
 * `template-mismatch`, `category-mismatch`; paths start with the team's index). The reference
 * template is that of the first team by name. An empty list gives an empty comparison.
 *
 * @throws TypeError when an aggregate or a team score was not made by the library, or `teams` is
 * not a list of `{ team, aggregate, teamScore? }` objects (JavaScript's own TypeError then).
 *
 * @example
 * const result = compareTeams([
 *   { team: "Volwassenen", aggregate: adults, teamScore: adultsScore },
 *   { team: "Jeugd", aggregate: youth },
 * ]);
 * if (result.ok) {
 *   result.value.teams; //=> ["Jeugd", "Volwassenen"]
 *   result.value.categories[0]?.teams[0]; //=> { team: "Jeugd", n: 6, mean: 18.5, …, teamScore: null, … }
 * }
 * @function
 */
export const compareTeams = /* @__PURE__ */ deepFreeze(function compareTeams(
  teams: readonly TeamKoffer[],
): ValidationResult<TeamsComparison, CompareDiagnostic> {
  const out: CompareDiagnostic[] = [];
  const firstIndex = new Map<string, number>();
  teams.forEach(({ team }, i) => {
    const first = firstIndex.get(team);
    if (first === undefined) firstIndex.set(team, i);
    else out.push(compareDiagnostic("duplicate-team", [i, "team"], { team, firstIndex: first }));
  });
  const sorted = teams
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) =>
      a.entry.team < b.entry.team ? -1 : a.entry.team > b.entry.team ? 1 : a.index - b.index,
    );
  const reference = sorted[0]?.entry.aggregate;
  const places = sorted.map(({ entry, index }) => {
    if (reference !== undefined)
      sameTemplate(reference, entry.aggregate, [index, "aggregate"], out);
    return placesOf(entry.aggregate, entry.teamScore, [index, "teamScore"], out);
  });
  if (out.length > 0) return failure(out);

  const categories = (reference?.categories ?? []).map(({ category, label }) => ({
    category,
    label,
    teams: sorted.map(({ entry: { team, aggregate } }, i): TeamFigures => {
      const figures = aggregate.categories.find((c) => c.category === category);
      const place = places[i]?.get(category);
      return {
        team,
        n: figures?.n ?? 0,
        mean: figures?.mean ?? null,
        meanRank: figures?.meanRank ?? null,
        teamScore: place?.points ?? null,
        teamScoreRank: place?.rank ?? null,
      };
    }),
  }));
  return success({ teams: sorted.map(({ entry }) => entry.team), categories });
});

/**
 * One category of a sheet against its team: signed differences, sheet minus team.
 *
 * @example
 * const row: SheetDeviation = {
 *   category: "netwerken", label: "Netwerken", points: 20, mean: 12.5, deviation: 7.5,
 *   rank: 2, meanRank: 4.25, rankDifference: -2.25,
 * };
 */
export interface SheetDeviation {
  readonly category: string;
  readonly label: string;
  /** The sheet's points. */
  readonly points: number;
  readonly mean: number | null;
  /** `points − mean`: positive when the sheet gives more than the team does on average. */
  readonly deviation: number | null;
  /** The category's rank on the sheet (1 = most points). */
  readonly rank: number;
  readonly meanRank: number | null;
  /** `rank − meanRank`: negative when the sheet ranks the category higher than the team does. */
  readonly rankDifference: number | null;
}

/**
 * One sheet against its team aggregate (rules B6, one to one).
 *
 * @example
 * const { respondent, categories, totalDeviation }: SheetToTeam = result.value;
 */
export interface SheetToTeam {
  readonly respondent: string | null;
  /** One row per category, in the aggregate's order. */
  readonly categories: readonly SheetDeviation[];
  /** Σ |points − mean|; `null` when the team has no valid sheets. */
  readonly totalDeviation: number | null;
}

/**
 * Sets one sheet against the team aggregate (rules B6: manager and employee, one to one): per
 * category the sheet's points and rank beside the team's mean and mean rank, and the signed
 * differences `points − mean` and `rank − meanRank` (sheet minus team), with Σ |points − mean| as
 * one figure of how far the sheet lies from the team. The sheet may or may not be one of the
 * aggregate's; a sheet with other categories is reported (`category-mismatch`), never thrown.
 *
 * @throws TypeError when the aggregate or the sheet was not made by the library (a sheet's points
 * that are not whole numbers ≥ 0, category ids that are not text).
 *
 * @example
 * const result = compareSheetToTeam(annaSheet, aggregate); // annaSheet from validateSheet
 * if (result.ok) {
 *   const netwerken = result.value.categories[0];
 *   netwerken?.deviation; //=> 7.5: Anna gives netwerken 20 points, the team 12.5 on average
 *   netwerken?.rankDifference; //=> -2.25: she ranks it 2nd, the team 4.25th on average
 * }
 * @function
 */
export const compareSheetToTeam = /* @__PURE__ */ deepFreeze(function compareSheetToTeam(
  sheet: KofferSheet,
  aggregate: TeamAggregate,
): ValidationResult<SheetToTeam, CompareDiagnostic> {
  const out: CompareDiagnostic[] = [];
  const places = placesOf(aggregate, sheet, ["sheet", "scores"], out);
  if (places === null) return failure(out);
  let total: number | null = 0;
  const categories = aggregate.categories.map(({ category, label, mean, meanRank }) => {
    const { points, rank } = places.get(category) ?? { points: 0, rank: 0 };
    const deviation = mean === null ? null : points - mean;
    total = deviation === null || total === null ? null : total + Math.abs(deviation);
    const rankDifference = meanRank === null ? null : rank - meanRank;
    return { category, label, points, mean, deviation, rank, meanRank, rankDifference };
  });
  return success({ respondent: sheet.respondent, categories, totalDeviation: total });
});
