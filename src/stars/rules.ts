import { yearEnd, yearOf } from "../dates/calendar-date.js";
import type { Component, Participant, StarPolicy } from "../programme/types.js";
import { appliesTo } from "./mandatory.js";
import type { DateWindow, ElectiveRuleResult, YearMinimum } from "./types.js";

/** The result when the policy switches no elective rule on: one frozen, shared empty list. */
const NO_RULES: ElectiveRuleResult[] = Object.freeze([]) as unknown as ElectiveRuleResult[];

/** A component counts as an elective for a participant unless it is mandatory *for them* (SPEC A7). */
export function isElectiveFor(component: Component, groups: readonly string[]): boolean {
  return component.requirement === "elective" || !appliesTo(component.audience, groups);
}

/**
 * The elective rules the policy switches on (SPEC A4), over the completions that count in the
 * window (approved, listed, not duplicates): each rule with its numbers and whether it is met.
 */
export function electiveRulesFor(
  policy: Pick<StarPolicy, "electives">,
  learningLines: readonly string[],
  participant: Pick<Participant, "groups">,
  counting: readonly Component[],
): ElectiveRuleResult[] {
  const { minCount, maxCount, maxStars, coverEveryLearningLine } = policy.electives;
  if (minCount === null && maxCount === null && maxStars === null && !coverEveryLearningLine)
    return NO_RULES;
  let count = 0;
  let stars = 0;
  for (const c of counting) {
    if (!isElectiveFor(c, participant.groups)) continue;
    count++;
    stars += c.stars;
  }
  const out: ElectiveRuleResult[] = [];
  if (minCount !== null)
    out.push({
      rule: "min-count",
      actual: count,
      limit: minCount,
      met: count >= minCount,
      missing: [],
    });
  if (maxCount !== null)
    out.push({
      rule: "max-count",
      actual: count,
      limit: maxCount,
      met: count <= maxCount,
      missing: [],
    });
  if (maxStars !== null)
    out.push({
      rule: "max-stars",
      actual: stars,
      limit: maxStars,
      met: stars <= maxStars,
      missing: [],
    });
  if (coverEveryLearningLine) {
    const covered = new Set<string>();
    for (const c of counting) for (const line of c.learningLines) covered.add(line);
    const missing = learningLines.filter((line) => !covered.has(line));
    out.push({
      rule: "cover-every-learning-line",
      actual: learningLines.length - missing.length,
      limit: learningLines.length,
      met: missing.length === 0,
      missing,
    });
  }
  return out;
}

/**
 * Counted stars per year of the window against the policy's yearly minimum (SPEC A6). A year that
 * has not ended at the as-of date is `open` until the minimum is reached; years that ended before
 * the participant started are left out.
 */
export function yearlyMinimumFor(
  minimum: number | null,
  participant: Pick<Participant, "startDate">,
  window: DateWindow,
  asOf: string,
  countedByYear: ReadonlyMap<number, number>,
): YearMinimum[] {
  if (minimum === null) return [];
  const out: YearMinimum[] = [];
  for (let year = yearOf(window.start); year <= yearOf(window.end); year++) {
    if (participant.startDate !== undefined && yearEnd(year) < participant.startDate) continue;
    const stars = countedByYear.get(year) ?? 0;
    const status = stars >= minimum ? "met" : asOf > yearEnd(year) ? "not-met" : "open";
    out.push({ year, stars, minimum, status });
  }
  return out;
}
