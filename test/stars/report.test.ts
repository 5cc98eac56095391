import { describe, expect, it } from "vitest";
import { prepareProgramme } from "../../src/stars/prepare.js";
import { organisationReport } from "../../src/stars/report.js";
import { computeStatement } from "../../src/stars/statement.js";
import { done, participant, starProgramme } from "../fixtures/stars.js";

const AS_OF = "2026-06-30";
const programme = starProgramme();

/**
 * Three participants, by hand (see test/fixtures/stars.ts for the components):
 * - p1 (frontoffice): a, b, m, f, r(2025), r(2026), big, s(2026), n → 3+2+1+2+1+1+3+2+2 = 17, cap 15;
 *   every obligation met: complete. Trainer of t1 in 2025 (+1 bonus). Evaluations on a (4, effect 3) and b (5).
 * - p2: a (2025) and a again (2026, duplicate), c → 4 counted; m overdue: behind. Kartrekker of t1 2026.
 * - p3: m, r(2025), r(2026), a, b, big, c → 1+1+1+3+2+3+1 = 12 ≥ 11.2: on track. Evaluation on a (2).
 */
function people() {
  return [
    participant(
      programme,
      [
        { component: "a", date: "2025-01-10", evaluation: { participantScore: 4, effectScore: 3 } },
        { component: "b", date: "2025-02-10", evaluation: { participantScore: 5 } },
        done("m", "2025-03-01"),
        done("f", "2025-04-01"),
        done("r", "2025-05-01"),
        done("r", "2026-01-20"),
        done("big", "2025-06-01"),
        done("s", "2026-02-01"),
        done("n", "2026-03-01"),
      ],
      { id: "p1", groups: ["frontoffice"], roles: [{ theme: "t1", role: "trainer", year: 2025 }] },
    ),
    participant(
      programme,
      [done("a", "2025-01-10"), done("a", "2026-01-10"), done("c", "2025-02-01")],
      {
        id: "p2",
        roles: [{ theme: "t1", role: "kartrekker", year: 2026 }],
      },
    ),
    participant(
      programme,
      [
        done("m", "2025-03-01"),
        done("r", "2025-03-01"),
        done("r", "2026-03-01"),
        { component: "a", date: "2025-04-01", evaluation: { participantScore: 2 } },
        done("b", "2025-05-01"),
        done("big", "2025-06-01"),
        done("c", "2025-07-01", "pending"),
        done("c", "2025-08-01"),
      ],
      { id: "p3" },
    ),
  ];
}

describe("rules A8 organisation report", () => {
  const report = organisationReport(prepareProgramme(programme), people(), AS_OF);

  it("counts statuses and agrees with the statements", () => {
    expect(report.participants).toBe(3);
    expect(report.status).toEqual({ complete: 1, "on-track": 1, behind: 1 });
    const statuses = people().map((p) => computeStatement(programme, p, AS_OF).status);
    expect(statuses).toEqual(["complete", "behind", "on-track"]);
  });

  it("distributes counted stars from 0 to the highest", () => {
    // p1: 15 (17 earned + 1 bonus, cap 15), p2: 4 + 1 bonus = 5, p3: 12.
    const nonZero = report.countedDistribution.filter((b) => b.participants > 0);
    expect(nonZero).toEqual([
      { stars: 5, participants: 1 },
      { stars: 12, participants: 1 },
      { stars: 15, participants: 1 },
    ]);
    expect(report.countedDistribution).toHaveLength(16);
    expect(report.meanCounted).toBeCloseTo((15 + 5 + 12) / 3, 12);
  });

  it("gives the completion rate of every mandatory component", () => {
    // m: 2 obligations each (2025, 2026) × 3 people = 6; p1 and p3 meet both, p2 none → 4/6.
    // r: repeatable, 6 obligations; p1 and p3 meet both → 4/6; p2's 2025 one is overdue.
    // f: only p1 (frontoffice), met.
    expect(report.mandatory).toEqual([
      { component: "f", title: "F", required: 1, completed: 1, late: 0, overdue: 0, rate: 1 },
      { component: "m", title: "M", required: 6, completed: 4, late: 0, overdue: 1, rate: 4 / 6 },
      { component: "r", title: "R", required: 6, completed: 4, late: 0, overdue: 1, rate: 4 / 6 },
    ]);
  });

  it("counts participation per theme, learning line and spearhead over counting completions", () => {
    // t1: a (p1, p2, p3), big (p1, p3) → 3 participants, 5 completions (p2's duplicate a not counted).
    // t2: b (p1, p3) → 2 participants, 2 completions.
    expect(report.participation.themes).toEqual([
      { id: "t1", name: "T1", participants: 3, completions: 5 },
      { id: "t2", name: "T2", participants: 2, completions: 2 },
    ]);
    // l1: a ×3, c (p2, p3) → 3 participants, 5; l2: b ×2, c ×2 → 3 participants, 4.
    expect(report.participation.learningLines).toEqual([
      { id: "l1", name: "L1", participants: 3, completions: 5 },
      { id: "l2", name: "L2", participants: 3, completions: 4 },
    ]);
    expect(report.participation.spearheads).toEqual([]);
  });

  it("counts trainers and kartrekkers per theme", () => {
    expect(report.roles).toEqual([
      { theme: "t1", name: "T1", trainers: 1, kartrekkers: 1 },
      { theme: "t2", name: "T2", trainers: 0, kartrekkers: 0 },
    ]);
  });

  it("gives the training return per component: evaluations, mean participant and effect scores", () => {
    expect(report.trainingReturn).toEqual([
      {
        component: "a",
        title: "A",
        evaluations: 2,
        participantScore: { n: 2, mean: 3 },
        effectScore: { n: 1, mean: 3 },
      },
      {
        component: "b",
        title: "B",
        evaluations: 1,
        participantScore: { n: 1, mean: 5 },
        effectScore: { n: 0, mean: null },
      },
    ]);
  });

  it("an empty list gives zeros, not NaN", () => {
    const empty = organisationReport(programme, [], AS_OF);
    expect(empty).toMatchObject({
      participants: 0,
      meanCounted: 0,
      countedDistribution: [],
      mandatory: [],
    });
  });

  it("does not depend on the order of the participants, except where they are listed", () => {
    const reversed = organisationReport(programme, [...people()].reverse(), AS_OF);
    expect(reversed).toEqual(report);
  });
});
