import { deepFreeze } from "../internal/deep-freeze.js";
import type { DevelopmentPoint, Participant, Programme } from "../programme/types.js";
import { assertPlanParticipant, assertTeamPlanInputs } from "./entry-guards.js";
import { branchAndBound } from "./plan-branch.js";
import { dynamicPlan, electivesCountPerGroup, greedyPlan } from "./plan-dynamic.js";
import { searchBudgetOf } from "./plan-options.js";
import {
  type Candidate,
  followed,
  groupsOf,
  type PlanContext,
  planContext,
} from "./plan-search.js";
import type {
  Plan,
  PlanItem,
  PlanOptions,
  PlanReason,
  PlanSearch,
  PlanUnavailable,
  PlanUnmetRule,
  TeamPlanRow,
} from "./plan-types.js";
import { type PreparedProgramme, prepareProgramme } from "./prepare.js";
import { computeStatement } from "./statement.js";
import type { Obligation } from "./types.js";

/**
 * Finds the plan of least cost (docs/plans.md §9–11): the dynamic programme when it models the
 * policy and its state fits its table, else branch and bound from the plans it can start from.
 */
function searchPlan(
  ctx: PlanContext,
  budget: number,
): { items: readonly Candidate[]; exact: boolean; search: PlanSearch } {
  const { groups, clean } = groupsOf(ctx);
  const policy = ctx.prepared.programme.policy;
  const dynamic = dynamicPlan(ctx, groups);
  const cells = dynamic?.cells ?? 0;
  const modelled =
    clean &&
    ctx.prepared.lineCaps.size === 0 &&
    policy.minimumPerYear === null &&
    electivesCountPerGroup(ctx);
  if (modelled && dynamic?.full === true)
    return { items: dynamic.items, exact: true, search: { cells, evaluated: 0, steps: 0, budget } };
  // A state that left rules out gives a plan that may break them: the greedy one joins it.
  const starts =
    dynamic === null
      ? [greedyPlan(ctx, groups)]
      : dynamic.full
        ? [dynamic.items]
        : [dynamic.items, greedyPlan(ctx, groups)];
  const { items, exact, evaluated, steps } = branchAndBound(ctx, groups, starts, budget);
  return { items, exact, search: { cells, evaluated, steps, budget } };
}

/**
 * A plan to reach the target (rules A8): the components still on offer in the window's remaining
 * editions that reach the target from where the participant stands at the as-of date, taking every
 * rule of the policy into account (cap, category caps, duplicates, yearly minimum, elective rules).
 * It is an exact optimisation over, in order: outstanding mandatory obligations met, the shortfall
 * from the target, the policy's rules met, electives that do not match the participant's
 * development points, hours, components, and a deterministic tie-break (docs/plans.md).
 *
 * When the target cannot be reached any more, `reached` is false and the plan is the best one:
 * `countedAfter` and `shortfall` say how close it gets. When nothing is left to do, the plan is
 * empty. Completions after the as-of date are ignored: the plan starts from what the statement at
 * that date knows. Pure; takes validated data.
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` calendar date (a programmer error).
 * @example
 * import { exampleParticipants, exampleProgramme, parseParticipant, parseProgramme, planToTarget } from "sterrenprogramma";
 *
 * const programme = parseProgramme(exampleProgramme);
 * const sanne = parseParticipant(exampleParticipants[2], programme);
 * const plan = planToTarget(programme, sanne, "2026-06-30");
 * console.log(plan.reached, plan.items.map((i) => `${i.component} (${i.reason})`));
 * @function
 */
export const planToTarget = /* @__PURE__ */ deepFreeze(function planToTarget(
  programme: Programme | PreparedProgramme,
  participant: Participant,
  asOf: string,
  options: PlanOptions = {},
): Plan {
  assertPlanParticipant(participant);
  const prepared = prepareProgramme(programme);
  const ctx = planContext(prepared, participant, asOf);
  const { budget, diagnostics } = searchBudgetOf(options);
  const { items, exact, search } = searchPlan(ctx, budget);
  const after = computeStatement(prepared, followed(ctx, items), ctx.measuredOn);
  const before = ctx.before;
  const cover = before.electiveRules.find((r) => r.rule === "cover-every-learning-line");
  // The missing learning lines with their names: ids for the search, names for people to read.
  const missingLines = new Map<string, string>();
  if (cover !== undefined)
    for (let i = 0; i < cover.missing.length; i++) {
      const id = cover.missing[i] as string;
      missingLines.set(id, cover.missingNames[i] ?? id);
    }
  const pointNames = developmentPointNames(prepared.programme, participant.developmentPoints);
  // The first line of each (component, date), as `lines.find` would give: one pass, not one per item.
  const lineOf = new Map<string, number>();
  for (const line of after.lines) {
    const key = `${line.completion.component}\u0000${line.completion.date}`;
    if (!lineOf.has(key)) lineOf.set(key, line.counted);
  }
  const planItems = items
    .map((c) =>
      planItem(c, lineOf.get(`${c.id}\u0000${c.date}`) ?? 0, missingLines, pointNames, asOf),
    )
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.component < b.component ? -1 : 1,
    );
  let hours = 0;
  let unknownHours = 0;
  for (const i of planItems) {
    if (i.hours === null) unknownHours++;
    else hours += i.hours;
  }
  const unmetRules: PlanUnmetRule[] = after.electiveRules.filter((r) => !r.met).map((r) => r.rule);
  if (after.yearlyMinimum.some((y) => y.status !== "met")) unmetRules.push("yearly-minimum");
  return {
    participant: participant.id,
    participantName: participant.name ?? null,
    asOf,
    window: { start: ctx.window.start, end: ctx.window.end, days: ctx.window.days },
    years: ctx.years,
    measuredOn: ctx.measuredOn,
    target: after.totals.target,
    countedBefore: before.totals.counted,
    countedAfter: after.totals.counted,
    reached: after.totals.counted >= after.totals.target,
    shortfall: after.totals.remaining,
    items: planItems,
    // Summed in hundredths, as the search compares them, so no floating-point noise shows.
    hours: Math.round(hours * 100) / 100,
    unknownHours,
    unmetObligations: after.mandatory.outstanding,
    unavailable: unavailableOf(ctx.unavailable, asOf),
    unmetRules,
    exact,
    search,
    diagnostics,
  };
});

/**
 * The names of a participant's development points, by kind and id, for the plan's matches; a
 * point whose id the programme does not have gets no name. Linear in the catalogue and the
 * points (an index per kind the participant uses, not a search per point).
 */
function developmentPointNames(
  programme: Programme,
  points: readonly DevelopmentPoint[],
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const catalogue = {
    theme: programme.themes,
    "learning-line": programme.learningLines,
    spearhead: programme.spearheads,
  } as const;
  const indexes = new Map<DevelopmentPoint["kind"], ReadonlyMap<string, string>>();
  for (const p of points) {
    let index = indexes.get(p.kind);
    if (index === undefined) {
      index = new Map(catalogue[p.kind].map((entry) => [entry.id, entry.name]));
      indexes.set(p.kind, index);
    }
    const name = index.get(p.id);
    if (name !== undefined) names.set(`${p.kind}\u0000${p.id}`, name);
  }
  return names;
}

function planItem(
  c: Candidate,
  adds: number,
  missingLines: ReadonlyMap<string, string>,
  pointNames: ReadonlyMap<string, string>,
  asOf: string,
): PlanItem {
  const learningLines = c.component.learningLines.filter((l) => missingLines.has(l));
  const reason: PlanReason =
    c.obligations.length > 0
      ? "mandatory"
      : c.matches.length > 0
        ? "development-point"
        : learningLines.length > 0
          ? "learning-line"
          : "target";
  return {
    component: c.id,
    title: c.component.title,
    year: c.year,
    date: c.date,
    stars: c.stars,
    adds,
    hours: c.component.hours ?? null,
    reason,
    obligations: c.obligations.map((o) => ({ year: o.year, due: o.due, overdue: asOf > o.due })),
    matches: c.matches.map((m) => ({
      kind: m.kind,
      id: m.id,
      name: pointNames.get(`${m.kind}\u0000${m.id}`) ?? null,
    })),
    learningLines,
    learningLineNames: learningLines.map((l) => missingLines.get(l) ?? l),
  };
}

function unavailableOf(obligations: readonly Obligation[], asOf: string): PlanUnavailable[] {
  return obligations
    .map((o) => ({
      component: o.component,
      title: o.title,
      year: o.year,
      due: o.due,
      overdue: asOf > o.due,
    }))
    .sort((a, b) =>
      a.due < b.due
        ? -1
        : a.due > b.due
          ? 1
          : a.component < b.component
            ? -1
            : a.component > b.component
              ? 1
              : a.year - b.year,
    );
}

/**
 * The team view of plans: for a group of participants, the components their plans suggest,
 * ranked by how many plans each serves (most first), then by edition year and component id —
 * what a library needs to schedule its training calendar. Components no plan suggests are left
 * out.
 *
 * @example
 * import { exampleParticipants, exampleProgramme, parseParticipant, parseProgramme, teamPlan } from "sterrenprogramma";
 *
 * const programme = parseProgramme(exampleProgramme);
 * const team = exampleParticipants.map((p) => parseParticipant(p, programme));
 * teamPlan(programme, team, "2026-06-30")[0]; //=> { component: …, year: 2026, participants: [...] }
 * @function
 */
export const teamPlan = /* @__PURE__ */ deepFreeze(function teamPlan(
  programme: Programme | PreparedProgramme,
  participants: readonly Participant[],
  asOf: string,
): TeamPlanRow[] {
  assertTeamPlanInputs(participants, asOf);
  const prepared = prepareProgramme(programme);
  const rows = new Map<
    string,
    { component: string; title: string; year: number; participants: string[] }
  >();
  for (const p of participants) {
    for (const item of planToTarget(prepared, p, asOf).items) {
      const key = `${item.year}\u0000${item.component}`;
      let row = rows.get(key);
      if (row === undefined) {
        row = { component: item.component, title: item.title, year: item.year, participants: [] };
        rows.set(key, row);
      }
      if (!row.participants.includes(p.id)) row.participants.push(p.id);
    }
  }
  const out = [...rows.values()];
  for (const r of out) r.participants.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  out.sort(
    (a, b) =>
      b.participants.length - a.participants.length ||
      a.year - b.year ||
      (a.component < b.component ? -1 : a.component > b.component ? 1 : 0),
  );
  return out;
});
