/**
 * The `plan` case (issue 5, rules A8): `planToTarget` per participant on the benchmark data, at the
 * benchmark's as-of date. Goal: a median of at most 1,000 µs per participant. Plans are slower than
 * statements by design (a statement before, a search, a statement after), so the case runs on the
 * first `PLAN_PARTICIPANTS` participants only; the median per participant does not depend on more.
 */
import { type Participant, planToTarget, prepareProgramme } from "../src/index.js";
import { AS_OF, generateBenchData } from "./data.js";

/** How many participants one round plans for. */
export const PLAN_PARTICIPANTS = 2_000;
/** The goal of the issue: the most a plan may cost per participant, in µs. */
export const PLAN_GOAL_US = 1_000;

/** Medians per participant (µs) over `rounds` rounds of planning for `count` participants. */
export function measurePlans(
  count: number,
  rounds: number,
): { items: number; median: number; min: number; max: number; reached: number } {
  const n = Math.min(count, PLAN_PARTICIPANTS);
  const { programme, participants } = generateBenchData(n);
  const prepared = prepareProgramme(programme);
  let reached = 0;
  const round = (ps: readonly Participant[]) => {
    let r = 0;
    for (const p of ps) if (planToTarget(prepared, p, AS_OF).reached) r++;
    return r;
  };
  round(participants.slice(0, Math.max(1, n >> 3))); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    reached = round(participants);
    times.push(((performance.now() - start) * 1000) / n);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    items: n,
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    reached,
  };
}
