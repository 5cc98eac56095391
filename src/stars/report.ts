import { yearOf } from "../dates/calendar-date.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { numberIds } from "../internal/map.js";
import type { Component, Participant, Programme } from "../programme/types.js";
import {
  assertEvaluableParticipant,
  assertEvaluableParticipants,
  inList,
  isEvaluation,
  isRole,
  rejectUnsound,
} from "./entry-guards.js";
import { evaluateWindow, NO_HISTORY } from "./evaluate-window.js";
import { type PreparedProgramme, prepareProgramme } from "./prepare.js";
import { canUseTotals, evaluateTotals, totalsScratch } from "./report-totals.js";
import type {
  CountBucket,
  MandatoryRate,
  OrganisationReport,
  Participation,
  ThemeRoles,
  TrainingReturn,
} from "./report-types.js";
import { historyOf } from "./rules/history.js";
import { assertAsOf, windowFor } from "./rules/window.js";
import type { ObligationStatus, StatementStatus } from "./types.js";

/**
 * Counts of items and of distinct participants among them, for numbered tallies (themes, learning
 * lines, spearheads, trainers, kartrekkers). Participants are visited one after another, so
 * "distinct" needs only the last one seen per tally, not a set; typed arrays keep the report's
 * inner loop free of objects.
 */
class Tallies {
  readonly participants: Int32Array;
  readonly items: Int32Array;
  private readonly last: Int32Array;

  constructor(size: number) {
    this.participants = new Int32Array(size);
    this.items = new Int32Array(size);
    this.last = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.items.length;
  }

  /** Counts one participant in every tally of a bit mask (for at most 31 tallies; no items). */
  addParticipantTo(mask: number): void {
    let rest = mask;
    while (rest !== 0) {
      const bit = rest & -rest;
      const t = 31 - Math.clz32(bit);
      this.participants[t] = (this.participants[t] as number) + 1;
      rest ^= bit;
    }
  }

  add(tally: number, participant: number): void {
    this.items[tally] = (this.items[tally] as number) + 1;
    if (this.last[tally] !== participant) {
      this.last[tally] = participant;
      this.participants[tally] = (this.participants[tally] as number) + 1;
    }
  }
}

interface MandatoryRow {
  readonly title: string;
  required: number;
  completed: number;
  late: number;
  overdue: number;
}

interface ScoreRow {
  evaluations: number;
  pn: number;
  ps: number;
  en: number;
  es: number;
}

/** The latest title of every component id across editions. */
function titles(programme: Programme): Map<string, string> {
  const out = new Map<string, string>();
  for (const edition of [...programme.editions].sort((a, b) => a.year - b.year)) {
    for (const c of edition.components) out.set(c.id, c.title);
  }
  return out;
}

const NO_TALLIES = /* @__PURE__ */ Object.freeze(new Int32Array(0));

const byId = <T extends { readonly component: string }>(a: T, b: T) =>
  a.component < b.component ? -1 : a.component > b.component ? 1 : 0;

/**
 * The organisation report over many participants at an as-of date (rules A8), in one pass:
 * status counts, the distribution of counted stars, the completion rate of every mandatory
 * component, participation per theme, learning line and spearhead, trainers and kartrekkers per
 * theme, and the training return (trainingsrendement) per component. Every figure follows the same
 * rules as `computeStatement`, so the report and the statements always agree.
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` calendar date from 1900-01-01 on, or a
 * participant's window would end after 9999-12-31 (a programmer error).
 * @throws TypeError when the programme or a participant is not validated data: the message names
 * the participant's place in the list and the first field validation would have refused.
 * @example
 * const report = organisationReport(prepareProgramme(programme), participants, "2026-06-30");
 * console.log(report.status); //=> { complete: 12, "on-track": 40, behind: 9 }
 * @function
 */
export const organisationReport = /* @__PURE__ */ deepFreeze(function organisationReport(
  programme: Programme | PreparedProgramme,
  participants: readonly Participant[],
  asOf: string,
): OrganisationReport {
  return reportWith(programme, participants, asOf, "fast");
});

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
  // Each participant is checked as the loop reaches it, while its data is in the cache.
  if (!Array.isArray(participants)) assertEvaluableParticipants(participants);
  const prepared = prepareProgramme(programme);
  const p = prepared.programme;
  const policy = p.policy;
  const scratch = mode === "fast" && canUseTotals(prepared) ? totalsScratch(prepared) : undefined;

  const status: Record<StatementStatus, number> = { complete: 0, "on-track": 0, behind: 0 };
  const distribution: number[] = [];
  let countedSum = 0;

  // Everything a counting component adds to, numbered: themes, then learning lines, then
  // spearheads, each looked up once per component.
  const themes = prepared.themeNumbers;
  const lines = numberIds(p.learningLines, p.themes.length);
  const spearheads = numberIds(p.spearheads, p.themes.length + p.learningLines.length);
  const board = new Tallies(p.themes.length + p.learningLines.length + p.spearheads.length);
  const talliesOf = new Map<Component, Int32Array>();
  const tallies = (c: Component): Int32Array => {
    let list = talliesOf.get(c);
    if (list === undefined) {
      const out: number[] = [];
      const theme = c.theme === undefined ? undefined : themes.get(c.theme);
      if (theme !== undefined) out.push(theme);
      for (const l of c.learningLines) {
        const t = lines.get(l);
        if (t !== undefined) out.push(t);
      }
      for (const s of c.spearheads) {
        const t = spearheads.get(s);
        if (t !== undefined) out.push(t);
      }
      list = Int32Array.from(out);
      talliesOf.set(c, list);
    }
    return list;
  };

  // The same per place in the component table, for the fast path; with at most 31 tallies also
  // as a bit mask per place.
  const talliesAt: Int32Array[] = prepared.table.components.map((c) =>
    c === undefined ? NO_TALLIES : tallies(c),
  );
  const masks =
    board.size <= 31
      ? Int32Array.from(talliesAt, (list) => list.reduce((mask, t) => mask | (1 << t), 0))
      : undefined;
  const placeItems = new Int32Array(talliesAt.length);

  const componentTitles = titles(p);
  const mandatory = new Map<string, MandatoryRow>();
  // A component's row carries its latest title, whichever edition an obligation comes from.
  const mandatoryRow = (component: string, title: string): MandatoryRow => {
    let row = mandatory.get(component);
    if (row === undefined) {
      row = {
        title: componentTitles.get(component) ?? title,
        required: 0,
        completed: 0,
        late: 0,
        overdue: 0,
      };
      mandatory.set(component, row);
    }
    return row;
  };
  const obligation = (component: string, title: string, s: ObligationStatus) => {
    const row = mandatoryRow(component, title);
    row.required++;
    if (s === "met" || s === "met-late") row.completed++;
    if (s === "met-late") row.late++;
    if (s === "overdue") row.overdue++;
  };
  // Trainers are tallied per theme number, kartrekkers per theme number + the number of themes.
  const roleBoard = new Tallies(p.themes.length * 2);
  const scores = new Map<string, ScoreRow>(
    [...componentTitles.keys()].map((id) => [id, { evaluations: 0, pn: 0, ps: 0, en: 0, es: 0 }]),
  );

  // Fixed windows depend on the date alone: one window for everyone.
  const sharedWindow =
    policy.window.kind === "fixed" && participants.length > 0
      ? windowFor(prepared, participants[0] as Participant, asOf)
      : undefined;
  // An evaluator that meets an unvalidated completion throws; the error then names the place in
  // the list, which only this loop knows.
  let index = 0;
  try {
    for (; index < participants.length; index++) {
      const participant = participants[index] as Participant;
      // Completions are checked by the evaluators as they read them (dates, statuses, scores).
      assertEvaluableParticipant(participant, index, false);
      const window = sharedWindow ?? windowFor(prepared, participant, asOf);
      // History only matters to a report through carried-over surplus.
      const carry = policy.carryOver > 0 ? historyOf(prepared, participant, window).carry : null;

      let counted: number;
      let participantStatus: StatementStatus;
      if (scratch !== undefined) {
        // The totals core also counts obligations and the training return into the scratch.
        evaluateTotals(prepared, scratch, participant, window, asOf, carry);
        counted = scratch.counted;
        participantStatus = scratch.status;
        const slots = scratch.countingSlots;
        if (masks !== undefined) {
          // Items are summed per table place (and spread over the tallies at the end); the tallies
          // this participant takes part in are the union of the places' bit masks.
          let mask = 0;
          for (let k = 0; k < scratch.countingCount; k++) {
            const at = slots[k] as number;
            placeItems[at] = (placeItems[at] as number) + 1;
            mask |= masks[at] as number;
          }
          board.addParticipantTo(mask);
        } else {
          for (let k = 0; k < scratch.countingCount; k++) {
            const list = talliesAt[slots[k] as number] as Int32Array;
            for (let t = 0; t < list.length; t++) board.add(list[t] as number, index);
          }
        }
      } else {
        const counting: Component[] = [];
        const e = evaluateWindow(prepared, participant, window, asOf, carry, NO_HISTORY, counting);
        counted = e.totals.counted;
        participantStatus = e.status;
        for (const c of counting) for (const t of tallies(c)) board.add(t, index);
        for (const o of e.mandatory.obligations) obligation(o.component, o.title, o.status);
        scoreCompletions(participant, asOf, scores);
      }

      status[participantStatus]++;
      countedSum += counted;
      while (distribution.length <= counted) distribution.push(0);
      distribution[counted] = (distribution[counted] ?? 0) + 1;

      if (participant.roles.length > 0) {
        const firstYear = yearOf(window.start);
        const lastYear = yearOf(window.end);
        for (const role of participant.roles) {
          // The report's own pass over the roles checks them (the entry guard leaves them here).
          if (!isRole(role)) rejectUnsound(participant);
          if (role.year < firstYear || role.year > lastYear) continue;
          const theme = themes.get(role.theme);
          if (theme !== undefined)
            roleBoard.add(role.role === "trainer" ? theme : p.themes.length + theme, index);
        }
      }
    }
  } catch (error) {
    throw inList(error, index);
  }

  if (scratch !== undefined) {
    for (const [at, list] of talliesAt.entries())
      for (const t of list)
        board.items[t] = (board.items[t] as number) + (placeItems[at] as number);
    // The fast path counted the training return per component number; copy it into the rows.
    for (const [id, number] of Object.entries(prepared.table.numbers)) {
      const row = scores.get(id);
      const at = number * 5;
      if (row === undefined || scratch.scores[at] === 0) continue;
      row.evaluations += scratch.scores[at] as number;
      row.pn += scratch.scores[at + 1] as number;
      row.ps += scratch.scores[at + 2] as number;
      row.en += scratch.scores[at + 3] as number;
      row.es += scratch.scores[at + 4] as number;
    }
    // It counted obligations per edition and component; fold them per component.
    for (const { components, offset } of prepared.mandatoryPlan.values()) {
      for (const [m, c] of components.entries()) {
        const at = (offset + m) * 4;
        const required = scratch.obligationCounts[at] as number;
        if (required === 0) continue;
        const row = mandatoryRow(c.id, c.title);
        row.required += required;
        row.completed += scratch.obligationCounts[at + 1] as number;
        row.late += scratch.obligationCounts[at + 2] as number;
        row.overdue += scratch.obligationCounts[at + 3] as number;
      }
    }
  }

  const participation = (
    entries: readonly { id: string; name: string }[],
    map: ReadonlyMap<string, number>,
  ): Participation[] =>
    entries.map((e) => {
      const t = map.get(e.id) as number;
      return {
        id: e.id,
        name: e.name,
        participants: board.participants[t] as number,
        completions: board.items[t] as number,
      };
    });
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
    trainers: roleBoard.participants[themes.get(t.id) as number] as number,
    kartrekkers: roleBoard.participants[p.themes.length + (themes.get(t.id) as number)] as number,
  }));
  const trainingReturn: TrainingReturn[] = [...scores]
    .filter(([, r]) => r.evaluations > 0)
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

/** Adds a participant's evaluated completions (approved, up to the as-of date) to the training return. */
function scoreCompletions(
  participant: Participant,
  asOf: string,
  scores: Map<string, ScoreRow>,
): void {
  for (const c of participant.completions) {
    const ev = c.evaluation;
    if (ev === undefined || c.status !== "approved" || c.date > asOf) continue;
    if (ev.participantScore === undefined && ev.effectScore === undefined) continue;
    if (!isEvaluation(ev)) rejectUnsound(participant);
    const row = scores.get(c.component);
    if (row === undefined) continue; // no edition lists it
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
