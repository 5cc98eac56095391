/* rules A4 — elective components: the rules a policy may switch on, each met or not with its numbers. */

import type { Component, Participant, StarPolicy } from "../../programme/types.js";
import type { ElectiveRuleResult } from "../types.js";
import { appliesTo } from "./mandatory.js";

/** The result when the policy switches no elective rule on: one frozen, shared empty list. */
const NO_RULES: ElectiveRuleResult[] = Object.freeze([]) as unknown as ElectiveRuleResult[];

/** A component counts as an elective for a participant unless it is mandatory *for them* (rules A7). */
export function isElectiveFor(component: Component, groups: readonly string[]): boolean {
  return component.requirement === "elective" || !appliesTo(component.audience, groups);
}

/**
 * The elective rules the policy switches on (rules A4), over the completions that count in the
 * window (approved, listed, not duplicates): each rule with its numbers and whether it is met.
 */
export function electiveRulesFor(
  policy: Pick<StarPolicy, "electives">,
  learningLines: readonly { readonly id: string; readonly name: string }[],
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
      missingNames: [],
    });
  if (maxCount !== null)
    out.push({
      rule: "max-count",
      actual: count,
      limit: maxCount,
      met: count <= maxCount,
      missing: [],
      missingNames: [],
    });
  if (maxStars !== null)
    out.push({
      rule: "max-stars",
      actual: stars,
      limit: maxStars,
      met: stars <= maxStars,
      missing: [],
      missingNames: [],
    });
  if (coverEveryLearningLine) {
    const covered = new Set<string>();
    for (const c of counting) for (const line of c.learningLines) covered.add(line);
    const missing = learningLines.filter((line) => !covered.has(line.id));
    out.push({
      rule: "cover-every-learning-line",
      actual: learningLines.length - missing.length,
      limit: learningLines.length,
      met: missing.length === 0,
      missing: missing.map((line) => line.id),
      missingNames: missing.map((line) => line.name),
    });
  }
  return out;
}
