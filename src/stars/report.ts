import { yearOf } from "../dates/calendar-date.js";
import { getOrCreate } from "../internal/map.js";
import type { Component, Participant, Programme } from "../programme/types.js";
import { evaluateWindow } from "./evaluate.js";
import { type PreparedProgramme, prepareProgramme } from "./prepare.js";
import type {
  CountBucket,
  MandatoryRate,
  OrganisationReport,
  Participation,
  ThemeRoles,
  TrainingReturn,
} from "./report-types.js";
import { assertAsOf, historyOf } from "./statement.js";
import { canUseTotals, evaluateTotals, type TotalsEvaluation, totalsScratch } from "./totals.js";
import type { StatementStatus } from "./types.js";
import { windowFor } from "./window.js";

function toReportEvaluation(e: ReturnType<typeof evaluateWindow>): ReportEvaluation {
  return {
    counted: e.totals.counted,
    status: e.status,
    counting: e.counting,
    obligations: e.mandatory.obligations,
  };
}

/** Running totals of one theme, learning line or spearhead. */
class Tally {
  participants = 0;
  completions = 0;
  lastParticipant = -1;

  add(participant: number): void {
    this.completions++;
    if (this.lastParticipant !== participant) {
      this.lastParticipant = participant;
      this.participants++;
    }
  }
}

function tallies(entries: readonly { readonly id: string }[]): Map<string, Tally> {
  return new Map(entries.map((e) => [e.id, new Tally()]));
}

function participation(
  entries: readonly { id: string; name: string }[],
  map: Map<string, Tally>,
): Participation[] {
  return entries.map((e) => {
    const t = map.get(e.id);
    return {
      id: e.id,
      name: e.name,
      participants: t?.participants ?? 0,
      completions: t?.completions ?? 0,
    };
  });
}

/** The latest title of every component id across editions. */
function titles(programme: Programme): Map<string, string> {
  const out = new Map<string, string>();
  for (const edition of [...programme.editions].sort((a, b) => a.year - b.year)) {
    for (const c of edition.components) out.set(c.id, c.title);
  }
  return out;
}

const byId = <T extends { readonly component: string }>(a: T, b: T) =>
  a.component < b.component ? -1 : a.component > b.component ? 1 : 0;

/**
 * The organisation report over many participants at an as-of date (SPEC A8), in one pass:
 * status counts, the distribution of counted stars, the completion rate of every mandatory
 * component, participation per theme, learning line and spearhead, trainers and kartrekkers per
 * theme, and the training return (trainingsrendement) per component. Every figure comes from the
 * same evaluation as `computeStatement`, so the report and the statements always agree.
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` calendar date (a programmer error).
 * @example
 * const report = organisationReport(prepareProgramme(programme), participants, "2026-06-30");
 * console.log(report.status); //=> { complete: 12, "on-track": 40, behind: 9 }
 */
export function organisationReport(
  programme: Programme | PreparedProgramme,
  participants: readonly Participant[],
  asOf: string,
): OrganisationReport {
  return reportWith(programme, participants, asOf, "fast");
}

/** What the report needs of one participant's window. */
type ReportEvaluation = Pick<TotalsEvaluation, "counted" | "status" | "counting" | "obligations">;

/**
 * The report, evaluating each participant with the sort-free totals core when that is exact for
 * the policy (`"fast"`), or always with the full statement evaluator (`"reference"`, for tests).
 *
 * @internal
 */
export function reportWith(
  programme: Programme | PreparedProgramme,
  participants: readonly Participant[],
  asOf: string,
  mode: "fast" | "reference",
): OrganisationReport {
  assertAsOf(asOf);
  const prepared = prepareProgramme(programme);
  const scratch = mode === "fast" && canUseTotals(prepared) ? totalsScratch(prepared) : undefined;
  const p = prepared.programme;
  const policy = p.policy;
  const status: Record<StatementStatus, number> = { complete: 0, "on-track": 0, behind: 0 };
  const distribution: number[] = [];
  let countedSum = 0;
  const themes = tallies(p.themes);
  const lines = tallies(p.learningLines);
  const spearheads = tallies(p.spearheads);
  const mandatory = new Map<
    string,
    { required: number; completed: number; late: number; overdue: number; title: string }
  >();
  const trainers = new Map<string, Set<number>>();
  const kartrekkers = new Map<string, Set<number>>();
  const scores = new Map<
    string,
    { evaluations: number; pn: number; ps: number; en: number; es: number }
  >();

  for (let index = 0; index < participants.length; index++) {
    const participant = participants[index] as Participant;
    const window = windowFor(prepared, participant, asOf);
    // History only matters to a report through carried-over surplus.
    const carry = policy.carryOver > 0 ? historyOf(prepared, participant, window).carry : null;
    const e: ReportEvaluation =
      scratch === undefined
        ? toReportEvaluation(evaluateWindow(prepared, participant, window, asOf, carry))
        : evaluateTotals(prepared, scratch, participant, window, asOf, carry);

    status[e.status]++;
    const counted = e.counted;
    countedSum += counted;
    while (distribution.length <= counted) distribution.push(0);
    distribution[counted] = (distribution[counted] ?? 0) + 1;

    for (const c of e.counting as readonly Component[]) {
      if (c.theme !== undefined) themes.get(c.theme)?.add(index);
      for (const l of c.learningLines) lines.get(l)?.add(index);
      for (const s of c.spearheads) spearheads.get(s)?.add(index);
    }
    for (const o of e.obligations) {
      const row = getOrCreate(mandatory, o.component, () => ({
        required: 0,
        completed: 0,
        late: 0,
        overdue: 0,
        title: o.title,
      }));
      row.required++;
      if (o.status === "met" || o.status === "met-late") row.completed++;
      if (o.status === "met-late") row.late++;
      if (o.status === "overdue") row.overdue++;
    }
    const firstYear = yearOf(window.start);
    const lastYear = yearOf(window.end);
    for (const role of participant.roles) {
      if (role.year < firstYear || role.year > lastYear || !prepared.themeIds.has(role.theme))
        continue;
      const map = role.role === "trainer" ? trainers : kartrekkers;
      getOrCreate(map, role.theme, () => new Set<number>()).add(index);
    }
    for (const c of participant.completions) {
      const ev = c.evaluation;
      if (ev === undefined || c.status !== "approved" || c.date > asOf) continue;
      if (ev.participantScore === undefined && ev.effectScore === undefined) continue;
      const row = getOrCreate(scores, c.component, () => ({
        evaluations: 0,
        pn: 0,
        ps: 0,
        en: 0,
        es: 0,
      }));
      row.evaluations++;
      if (ev.participantScore !== undefined) {
        row.pn++;
        row.ps += ev.participantScore;
      }
      if (ev.effectScore !== undefined) {
        row.en++;
        row.es += ev.effectScore;
      }
    }
  }

  const componentTitles = titles(p);
  const countedDistribution: CountBucket[] = distribution.map((n, stars) => ({
    stars,
    participants: n,
  }));
  const mandatoryRates: MandatoryRate[] = [...mandatory]
    .map(([component, r]) => ({
      component,
      title: r.title,
      required: r.required,
      completed: r.completed,
      late: r.late,
      overdue: r.overdue,
      rate: r.required === 0 ? 1 : r.completed / r.required,
    }))
    .sort(byId);
  const roles: ThemeRoles[] = p.themes.map((t) => ({
    theme: t.id,
    name: t.name,
    trainers: trainers.get(t.id)?.size ?? 0,
    kartrekkers: kartrekkers.get(t.id)?.size ?? 0,
  }));
  const trainingReturn: TrainingReturn[] = [...scores]
    .filter(([component]) => componentTitles.has(component))
    .map(([component, r]) => ({
      component,
      title: componentTitles.get(component) ?? component,
      evaluations: r.evaluations,
      participantScore: { n: r.pn, mean: r.pn === 0 ? null : r.ps / r.pn },
      effectScore: { n: r.en, mean: r.en === 0 ? null : r.es / r.en },
    }))
    .sort(byId);

  return {
    asOf,
    participants: participants.length,
    status,
    countedDistribution,
    meanCounted: participants.length === 0 ? 0 : countedSum / participants.length,
    mandatory: mandatoryRates,
    participation: {
      themes: participation(p.themes, themes),
      learningLines: participation(p.learningLines, lines),
      spearheads: participation(p.spearheads, spearheads),
    },
    roles,
    trainingReturn,
  };
}
