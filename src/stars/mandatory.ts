import { yearEnd, yearOf } from "../dates/calendar-date.js";
import type { Completion, Participant } from "../programme/types.js";
import type { PreparedProgramme } from "./prepare.js";
import type { DateWindow, MandatorySummary, Obligation } from "./types.js";

/** Whether a component with this audience is mandatory for someone in these groups (SPEC A7). */
export function appliesTo(audience: readonly string[], groups: readonly string[]): boolean {
  if (audience.length === 0) return true;
  for (const g of groups) if (audience.includes(g)) return true;
  return false;
}

/**
 * The mandatory components of the window's editions that apply to the participant's groups
 * (SPEC A3, A7), each with its due date and status at the as-of date.
 *
 * An obligation is met by the earliest approved completion of the component inside the window
 * (up to the as-of date); a repeatable component needs one dated in the edition's own year.
 * Editions whose year ended before the participant started bring no obligations.
 *
 * `completions` must be in date order (earliest first).
 */
export function mandatoryFor(
  prepared: PreparedProgramme,
  participant: Pick<Participant, "groups" | "startDate">,
  completions: readonly Completion[],
  window: DateWindow,
  asOf: string,
): MandatorySummary {
  const policy = prepared.programme.policy;
  const lastDate = asOf < window.end ? asOf : window.end;
  // Only approved completions of mandatory components inside the window can meet an obligation;
  // gathering them first keeps the search below short.
  const candidates: Completion[] = [];
  for (const c of completions) {
    if (c.date > lastDate) break;
    if (c.status === "approved" && c.date >= window.start && prepared.mandatoryIds.has(c.component))
      candidates.push(c);
  }
  const obligations: Obligation[] = [];
  let completed = 0;
  let overdue = 0;
  for (let year = yearOf(window.start); year <= yearOf(window.end); year++) {
    const mandatory = prepared.mandatoryByYear.get(year);
    if (mandatory === undefined || mandatory.length === 0) continue;
    const due = policy.mandatoryDue === "edition-end" ? yearEnd(year) : window.end;
    if (participant.startDate !== undefined && yearEnd(year) < participant.startDate) continue;
    for (const component of mandatory) {
      if (!appliesTo(component.audience, participant.groups)) continue;
      let completedOn: string | null = null;
      for (const c of candidates) {
        if (c.component === component.id && (!component.repeatable || yearOf(c.date) === year)) {
          completedOn = c.date;
          break;
        }
      }
      const status =
        completedOn !== null
          ? completedOn <= due
            ? "met"
            : "met-late"
          : asOf > due
            ? "overdue"
            : "outstanding";
      if (completedOn !== null) completed++;
      if (status === "overdue") overdue++;
      obligations.push({
        component: component.id,
        title: component.title,
        year,
        due,
        status,
        completedOn,
      });
    }
  }
  return {
    required: obligations.length,
    completed,
    outstanding: obligations.length - completed,
    overdue,
    obligations,
  };
}
