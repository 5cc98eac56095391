import { describe, expect, it } from "vitest";
import type { Participant, Programme, ProgrammeInput } from "../../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../../src/programme/validate.js";
import { organisationReport } from "../../../src/stars/report.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { component } from "../../fixtures/minimal.js";

type PolicyInput = NonNullable<ProgrammeInput["policy"]>;

/**
 * Two editions in which component `x` changes: 1 star in both, but only the 2026 edition puts it
 * in the learning line "digitaal" and makes it an elective; in 2025 it is in no line and mandatory
 * for everyone. `y` (1 star, 2025 and 2026, line "lezen") is an ordinary elective. One window of
 * 2025–2026 with target 1 (cap 10, so nothing is over it): the status turns on the elective rules.
 */
function changingProgramme(electives: PolicyInput["electives"]): Programme {
  return parseProgramme({
    formatVersion: 1,
    id: "electives",
    name: "Electives",
    learningLines: [
      { id: "digitaal", name: "Digitaal" },
      { id: "lezen", name: "Lezen" },
    ],
    policy: {
      startYear: 2025,
      window: { kind: "fixed", years: 2 },
      target: 1,
      cap: 10,
      electives,
    },
    editions: [
      {
        year: 2025,
        components: [
          component("x", { requirement: "mandatory" }),
          component("y", { learningLines: ["lezen"] }),
        ],
      },
      {
        year: 2026,
        components: [
          component("x", { learningLines: ["digitaal"] }),
          component("y", { learningLines: ["lezen"] }),
        ],
      },
    ],
  });
}

function done(programme: Programme, dates: readonly [string, string][]): Participant {
  return parseParticipant(
    {
      id: "p",
      completions: dates.map(([id, date]) => ({ component: id, date, status: "approved" })),
    },
    programme,
  );
}

const ruleOf = (programme: Programme, participant: Participant, rule: string) =>
  computeStatement(programme, participant, "2026-12-31").electiveRules.find((r) => r.rule === rule);

describe("elective rules (rules A4, rules/electives.ts)", () => {
  it("rules A4.2: a learning line stays covered when an added earlier completion takes the count (rules A10.10)", () => {
    const programme = changingProgramme({ coverEveryLearningLine: true });
    const once = done(programme, [
      ["x", "2026-03-01"],
      ["y", "2026-04-01"],
    ]);
    const twice = done(programme, [
      ["x", "2026-03-01"],
      ["y", "2026-04-01"],
      ["x", "2025-06-01"],
    ]);
    // Equal stars: the earlier completion counts (rules A7), in the 2025 edition, which lists x in
    // no learning line; the 2026 completion becomes its duplicate and still covers "digitaal".
    const after = computeStatement(programme, twice, "2026-12-31");
    expect(after.lines.map((l) => [l.completion.date, l.reason])).toEqual([
      ["2025-06-01", "counted"],
      ["2026-03-01", "duplicate"],
      ["2026-04-01", "counted"],
    ]);
    for (const p of [once, twice])
      expect(ruleOf(programme, p, "cover-every-learning-line")).toMatchObject({
        actual: 2,
        limit: 2,
        met: true,
        missing: [],
      });
    expect(after.status).toBe(computeStatement(programme, once, "2026-12-31").status);
  });

  it("rules A4.2: completions of an edition in no learning line cover none, duplicates or not", () => {
    const programme = changingProgramme({ coverEveryLearningLine: true });
    const p = done(programme, [
      ["x", "2025-06-01"],
      ["x", "2025-09-01"],
    ]);
    expect(ruleOf(programme, p, "cover-every-learning-line")).toMatchObject({
      actual: 0,
      met: false,
      missing: ["digitaal", "lezen"],
      missingNames: ["Digitaal", "Lezen"],
    });
  });

  it("rules A4.2: min-count credits a component once, as an elective when any of its completions' editions makes it one", () => {
    const programme = changingProgramme({ minCount: 2 });
    // x in 2026 is an elective; its earlier 2025 completion (mandatory edition) counts instead.
    const p = done(programme, [
      ["x", "2026-03-01"],
      ["x", "2025-06-01"],
      ["y", "2026-04-01"],
      ["y", "2025-04-01"],
    ]);
    expect(ruleOf(programme, p, "min-count")).toMatchObject({ actual: 2, limit: 2, met: true });
    // Without the 2026 completion, x was done only as a mandatory component.
    const only2025 = done(programme, [
      ["x", "2025-06-01"],
      ["y", "2026-04-01"],
    ]);
    expect(ruleOf(programme, only2025, "min-count")).toMatchObject({ actual: 1, met: false });
  });

  it("rules A4.2: min-count credits a repeatable elective done in two years once; max-count and max-stars count both years", () => {
    const refresher = component("refresh", { repeatable: true });
    const programme = (electives: PolicyInput["electives"], target: number) =>
      parseProgramme({
        formatVersion: 1,
        id: "repeatable",
        name: "Repeatable",
        policy: {
          startYear: 2025,
          window: { kind: "fixed", years: 2 },
          target,
          cap: 10,
          electives,
        },
        editions: [
          { year: 2025, components: [refresher] },
          { year: 2026, components: [refresher] },
        ],
      });
    const dates: [string, string][] = [
      ["refresh", "2025-03-01"],
      ["refresh", "2026-03-01"],
    ];
    const asking = programme({ minCount: 2 }, 2);
    const p = done(asking, dates);
    const statement = computeStatement(asking, p, "2026-06-30");
    // Once per year (rules A7.1): both completions count, 2 stars, the target.
    expect(statement.lines.map((l) => l.reason)).toEqual(["counted", "counted"]);
    expect(statement.totals.counted).toBe(2);
    // One elective however often it was done: 1 of the 2 asked for, so not complete.
    expect(ruleOf(asking, p, "min-count")).toMatchObject({ actual: 1, limit: 2, met: false });
    expect(statement.status).not.toBe("complete");
    expect(organisationReport(asking, [p], "2026-06-30").status.complete).toBe(0);
    // The maximums look at the completions that count: two, of one star each.
    const limiting = programme({ maxCount: 1, maxStars: 1 }, 1);
    const q = done(limiting, dates);
    expect(ruleOf(limiting, q, "max-count")).toMatchObject({ actual: 2, met: false });
    expect(ruleOf(limiting, q, "max-stars")).toMatchObject({ actual: 2, met: false });
  });

  it("rules A4.2: max-count and max-stars still look at the completions that count", () => {
    const programme = changingProgramme({ maxCount: 1, maxStars: 1 });
    const p = done(programme, [
      ["x", "2026-03-01"],
      ["x", "2025-06-01"],
      ["y", "2026-04-01"],
    ]);
    // x counts with its 2025 (mandatory) completion: only y is an elective that counts.
    expect(ruleOf(programme, p, "max-count")).toMatchObject({ actual: 1, met: true });
    expect(ruleOf(programme, p, "max-stars")).toMatchObject({ actual: 1, met: true });
  });

  it("rules A4.2: the organisation report's statuses agree with the statements on these cases", () => {
    const programme = changingProgramme({ coverEveryLearningLine: true, minCount: 2 });
    const people = [
      done(programme, [
        ["x", "2026-03-01"],
        ["y", "2026-04-01"],
        ["x", "2025-06-01"],
      ]),
      done(programme, [
        ["x", "2025-06-01"],
        ["y", "2026-04-01"],
      ]),
    ].map((p, i) => ({ ...p, id: `p${i}` }));
    const report = organisationReport(programme, people, "2026-12-31");
    const statuses = people.map((p) => computeStatement(programme, p, "2026-12-31").status);
    expect(statuses).toEqual(["complete", "on-track"]);
    expect(report.status.complete).toBe(1);
  });
});
