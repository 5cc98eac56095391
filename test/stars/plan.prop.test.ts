import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { planToTarget } from "../../src/stars/plan.js";
import { branchAndBound } from "../../src/stars/plan-branch.js";
import { dynamicPlan } from "../../src/stars/plan-dynamic.js";
import {
  type Candidate,
  compareCost,
  costOf,
  groupsOf,
  type PlanContext,
  planContext,
} from "../../src/stars/plan-search.js";
import { prepareProgramme } from "../../src/stars/prepare.js";
import { computeStatement } from "../../src/stars/statement.js";
import { smallPlanCaseArb } from "../arbitraries/plan.js";
import type { StatementCase } from "../arbitraries/statement.js";

/** Every subset of the candidates. */
function* subsets<T>(items: readonly T[]): Generator<T[]> {
  for (let mask = 0; mask < 1 << items.length; mask++)
    yield items.filter((_, i) => (mask & (1 << i)) !== 0);
}

/**
 * The best plan by brute force: every subset of the candidates that takes each component (each
 * key of rules A7) at most once. A plan suggests components, not the same one twice: a second
 * completion of one component earns nothing, though it may credit a learning line or an elective
 * its other edition lacks (rules A4.2), and a plan does not ask anyone to repeat a course for that
 * (docs/plans.md, point 7a).
 */
function bruteForce(ctx: PlanContext): { items: Candidate[]; cost: ReturnType<typeof costOf> } {
  let best: { items: Candidate[]; cost: ReturnType<typeof costOf> } | null = null;
  for (const items of subsets(ctx.candidates)) {
    if (new Set(items.map((c) => c.key)).size < items.length) continue;
    const cost = costOf(ctx, items);
    if (best === null || compareCost(cost, best.cost) < 0) best = { items, cost };
  }
  return best as NonNullable<typeof best>;
}

/**
 * The branch and bound, from the empty plan alone or from the dynamic programme's plan, finds
 * the brute-force optimum and proves it.
 */
function branchAndBoundIsOptimal(
  { programme, participant, asOf }: StatementCase,
  fromDynamic: boolean,
): void {
  const ctx = planContext(prepareProgramme(programme), participant, asOf);
  fc.pre(ctx.candidates.length <= 9);
  const { groups } = groupsOf(ctx);
  const dynamic = dynamicPlan(ctx, groups);
  const starts = fromDynamic && dynamic !== null ? [dynamic.items] : [];
  const found = branchAndBound(ctx, groups, starts, 1_000_000);
  expect(found.exact).toBe(true);
  expect(found.items.map((c) => c.index)).toEqual(bruteForce(ctx).items.map((c) => c.index));
}

describe("rules A10.8: plans", () => {
  test.prop([smallPlanCaseArb], { numRuns: 150 })(
    "rules A10.8: following the plan reaches the target",
    ({ programme, participant, asOf }) => {
      const prepared = prepareProgramme(programme);
      const plan = planToTarget(prepared, participant, asOf);
      // Followed independently of the library's own bookkeeping: the items as approved
      // completions, dated inside the window's remaining editions, on or after the as-of date.
      const kept = participant.completions.filter((c) => c.date <= asOf);
      for (const item of plan.items) {
        expect(item.date >= asOf || item.date === plan.window.start).toBe(true);
        expect(item.date >= plan.window.start && item.date <= plan.measuredOn).toBe(true);
        expect(plan.years).toContain(item.year);
        expect(item.date.slice(0, 4)).toBe(String(item.year));
      }
      const after = computeStatement(
        prepared,
        {
          ...participant,
          completions: [
            ...kept,
            ...plan.items.map((i) => ({
              component: i.component,
              date: i.date,
              status: "approved" as const,
            })),
          ],
        },
        plan.measuredOn,
      );
      expect(after.totals.counted).toBe(plan.countedAfter);
      if (plan.reached) expect(after.totals.counted).toBeGreaterThanOrEqual(after.totals.target);
      else expect(plan.shortfall).toBe(after.totals.target - after.totals.counted);
    },
  );

  test.prop([smallPlanCaseArb], { numRuns: 250 })(
    "rules A10.8: no cheaper plan exists (brute force)",
    ({ programme, participant, asOf }) => {
      const prepared = prepareProgramme(programme);
      const ctx = planContext(prepared, participant, asOf);
      fc.pre(ctx.candidates.length <= 9);
      const best = bruteForce(ctx);
      const plan = planToTarget(prepared, participant, asOf);
      expect(plan.exact).toBe(true);
      const chosen = ctx.candidates.filter((c) =>
        plan.items.some((i) => i.component === c.id && i.year === c.year),
      );
      expect(compareCost(costOf(ctx, chosen), best.cost)).toBe(0);
      expect(chosen.map((c) => c.index)).toEqual(best.items.map((c) => c.index));
    },
  );

  // The branch and bound prunes with bounds it proves sound in its comments; here it runs on
  // every policy (the planner uses it only where the dynamic programme cannot model the policy),
  // from the empty plan alone and from the dynamic programme's plan, against brute force.
  test.prop([smallPlanCaseArb, fc.boolean()], { numRuns: 300 })(
    "rules A10.8: the branch and bound finds the brute-force optimum on any policy",
    branchAndBoundIsOptimal,
  );

  // The same where its bounds are tight: a low target and cap, a yearly minimum and learning-line
  // caps on every line, so the window cap, the categories and the years all bind.
  const tightArb = fc
    .tuple(
      smallPlanCaseArb,
      fc.integer({ min: 2, max: 8 }),
      fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
      fc.integer({ min: 1, max: 4 }),
    )
    .map(([c, target, minimumPerYear, lineCap]) => ({
      ...c,
      programme: {
        ...c.programme,
        policy: {
          ...c.programme.policy,
          target,
          cap: target,
          minimumPerYear,
          categoryCaps: [
            ...c.programme.policy.categoryCaps,
            ...c.programme.learningLines.map((l, i) => ({
              kind: "learning-line" as const,
              learningLine: l.id,
              maxStars: lineCap + i,
            })),
          ],
        },
      },
    }));
  test.prop([tightArb, fc.boolean()], { numRuns: 1000 })(
    "rules A10.8: the branch and bound finds the brute-force optimum where caps and the yearly minimum bind",
    branchAndBoundIsOptimal,
    // 1,000 brute forces: about 1 s on a quiet machine, over 5 s when other work shares the cores.
    60_000,
  );
});
