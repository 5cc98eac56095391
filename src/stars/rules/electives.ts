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
 * What the participant did in the window, for the rules that ask for something (rules A4.2): the
 * component, in its year's edition, of every approved completion listed there and dated in the
 * window up to the as-of date — the one that counts for its component and its duplicates alike.
 */
export type Credited = readonly Component[];

/**
 * The elective rules the policy switches on (rules A4), each with its numbers and whether it is
 * met. The rules that limit (`max-count`, `max-stars`) look at the completions that count
 * (`counting`: approved, listed, not duplicates). The rules that ask for something (`min-count`,
 * `cover-every-learning-line`) credit every completion in `credited`, duplicates included: which
 * completion of a component counts can change when one is added (the most stars, the earliest
 * among equals: rules A7), and editions may list a component in other learning lines or make it
 * mandatory for other groups, so crediting only the counting one would let an added completion
 * take a covered line or an elective away (against rules A10.10). A component is one elective
 * for `min-count` however often it was done — a repeatable one done in two years too — when any
 * of its credited editions makes it one.
 * `credited` is null only when the policy switches no rule on.
 */
export function electiveRulesFor(
  policy: Pick<StarPolicy, "electives">,
  learningLines: readonly { readonly id: string; readonly name: string }[],
  participant: Pick<Participant, "groups">,
  counting: readonly Component[],
  credited: Credited | null,
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
  const electives = new Set<string>();
  const covered = new Set<string>();
  for (const c of credited ?? []) {
    if (isElectiveFor(c, participant.groups)) electives.add(c.id);
    for (const line of c.learningLines) covered.add(line);
  }
  const out: ElectiveRuleResult[] = [];
  if (minCount !== null)
    out.push({
      rule: "min-count",
      actual: electives.size,
      limit: minCount,
      met: electives.size >= minCount,
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
