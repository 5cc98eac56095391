import { describe, expect, it } from "vitest";
import type { ComponentInput, ParticipantInput, Programme } from "../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
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

/**
 * The branch and bound at the benchmark's size (issue 5: two editions of ~40 components), where
 * brute force is out of reach: it must finish (`exact`), agree with the dynamic programme where
 * that one is exact, and its plan must survive every one-item change (rules A8, A10.8).
 */

/** A deterministic catalogue: 40 components per edition, two of them mandatory. */
function catalogue(policy: Record<string, unknown>): Programme {
  let seed = 20251;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const lines = ["l1", "l2", "l3", "l4"];
  const edition = (year: number) => {
    const components: ComponentInput[] = [];
    for (let i = 0; i < 40; i++)
      components.push({
        id: `c${String(i).padStart(2, "0")}`,
        title: `Component ${i}`,
        stars: (1 + next(3)) as 1 | 2 | 3,
        hours: (1 + next(16)) / 2,
        requirement: i < 2 ? "mandatory" : "elective",
        format: (["classroom", "e-learning", "informal"] as const)[next(3)] ?? "classroom",
        learningLines: [lines[next(4)] as string],
        repeatable: i === 0,
      });
    return { year, components };
  };
  return parseProgramme({
    formatVersion: 1,
    id: "plan-scale",
    name: "Plan test: two editions of 40 components",
    themes: [],
    learningLines: lines.map((id) => ({ id, name: id.toUpperCase() })),
    policy: { startYear: 2025, ...policy },
    editions: [edition(2025), edition(2026)],
  });
}

const anna: ParticipantInput = {
  id: "anna",
  groups: [],
  completions: [
    { component: "c07", date: "2025-01-20", status: "approved" },
    { component: "c12", date: "2025-02-10", status: "approved" },
  ],
};

/** Whether dropping one item, adding one, or swapping one for another makes the plan cheaper. */
function improvable(ctx: PlanContext, items: readonly Candidate[]): boolean {
  const cost = costOf(ctx, items);
  const others = ctx.candidates.filter((c) => !items.includes(c));
  const variants: Candidate[][] = [];
  for (const i of items) variants.push(items.filter((x) => x !== i));
  for (const o of others) variants.push([...items, o]);
  for (const i of items)
    for (const o of others) variants.push([...items.filter((x) => x !== i), o]);
  return variants.some((v) => compareCost(costOf(ctx, v), cost) < 0);
}

describe("planToTarget at scale: the branch and bound (rules A6, A8)", () => {
  it("finds the dynamic programme's plan where that one is exact, from the empty plan alone", () => {
    const prepared = prepareProgramme(catalogue({}));
    for (const asOf of ["2025-03-01", "2026-06-30"]) {
      const ctx = planContext(prepared, parseParticipant(anna, prepared.programme), asOf);
      const { groups } = groupsOf(ctx);
      const found = branchAndBound(ctx, groups, [], 200_000);
      expect(found.exact).toBe(true);
      expect(found.items.map((c) => c.index)).toEqual(
        dynamicPlan(ctx, groups)?.items.map((c) => c.index),
      );
    }
  });

  it.each([
    ["a yearly minimum", { minimumPerYear: 5 }],
    [
      "learning-line caps",
      {
        categoryCaps: [
          { kind: "learning-line", learningLine: "l1", maxStars: 3 },
          { kind: "learning-line", learningLine: "l2", maxStars: 4 },
        ],
      },
    ],
    [
      "both",
      {
        minimumPerYear: 6,
        categoryCaps: [{ kind: "learning-line", learningLine: "l1", maxStars: 3 }],
      },
    ],
  ])("proves its plan optimal under %s, and no one-item change improves it", (_, policy) => {
    const prepared = prepareProgramme(catalogue(policy));
    const participant = parseParticipant(anna, prepared.programme);
    const asOf = "2025-03-01";
    const plan = planToTarget(prepared, participant, asOf);
    expect(plan.exact).toBe(true);
    expect(plan.reached).toBe(true);
    expect(plan.unmetRules).toEqual([]);
    const ctx = planContext(prepared, participant, asOf);
    const items = ctx.candidates.filter((c) =>
      plan.items.some((i) => i.component === c.id && i.year === c.year),
    );
    expect(improvable(ctx, items)).toBe(false);
    const after = computeStatement(
      prepared,
      {
        ...participant,
        completions: [
          ...participant.completions,
          ...plan.items.map((i) => ({
            component: i.component,
            date: i.date,
            status: "approved" as const,
          })),
        ],
      },
      plan.measuredOn,
    );
    expect(after.totals.counted).toBeGreaterThanOrEqual(after.totals.target);
    for (const y of after.yearlyMinimum) expect(y.status).toBe("met");
  });
});

describe("planToTarget under a learning-line cap: a hand-computed case (rules A6, A8)", () => {
  // Target 6 and line l1 capped at 3 stars. Candidates in 2026, as of 1 March 2026, with no
  // completions yet:
  //   a: 3★ 1 h l1   b: 3★ 1 h l1   c: 3★ 4 h l2   d: 2★ 2 h l2   e: 1★ 1 h l2
  // a + b would be 6★ for 2 h, but the cap counts only 3 of them. Plans that count 6:
  //   a + c (5 h), a + d + e (4 h), b + d + e (4 h), c + d + e (7 h). Fewest hours come before
  //   fewest components (docs/plans.md), so the plan is a + d + e: a before b on equal cost.
  const component = (id: string, stars: 1 | 2 | 3, hours: number, line: string) =>
    ({
      id,
      title: id.toUpperCase(),
      stars,
      hours,
      requirement: "elective",
      format: "classroom",
      learningLines: [line],
    }) satisfies ComponentInput;
  const programme = parseProgramme({
    formatVersion: 1,
    id: "line-cap",
    name: "Plan test: a learning-line cap decides",
    themes: [],
    learningLines: [
      { id: "l1", name: "L1" },
      { id: "l2", name: "L2" },
    ],
    policy: {
      startYear: 2025,
      target: 6,
      categoryCaps: [{ kind: "learning-line", learningLine: "l1", maxStars: 3 }],
    },
    editions: [
      {
        year: 2026,
        components: [
          component("a", 3, 1, "l1"),
          component("b", 3, 1, "l1"),
          component("c", 3, 4, "l2"),
          component("d", 2, 2, "l2"),
          component("e", 1, 1, "l2"),
        ],
      },
    ],
  });

  it("takes the cheapest plan that counts the target, not the one the cap cuts", () => {
    const participant = parseParticipant({ id: "p", groups: [], completions: [] }, programme);
    const plan = planToTarget(programme, participant, "2026-03-01");
    expect(plan.exact).toBe(true);
    expect(plan.reached).toBe(true);
    expect(plan.hours).toBe(4);
    expect(plan.items.map((i) => [i.component, i.adds])).toEqual([
      ["a", 3],
      ["d", 2],
      ["e", 1],
    ]);
  });
});
