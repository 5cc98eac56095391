import { describe, expect, it } from "vitest";
import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import type { Participant, Programme } from "../../src/programme/types.js";
import {
  parseParticipant,
  parseProgramme,
  validateParticipant,
  validateParticipants,
  validateProgramme,
} from "../../src/programme/validate.js";
import { planToTarget, teamPlan } from "../../src/stars/plan.js";
import { prepareProgramme } from "../../src/stars/prepare.js";
import { organisationReport } from "../../src/stars/report.js";
import { computeStatement } from "../../src/stars/statement.js";

/**
 * Issue 14, "Shared state" (the guards) and rules A9/A10.7: functions documented to take validated
 * data get unvalidated junk from plain-JavaScript callers. Each case once gave a silent wrong
 * answer or an unrelated error; now it is a `TypeError` naming the field by its path (a
 * programmer error), and the `validate*` functions never throw at all.
 */

const programme = parseProgramme(exampleProgramme);
const people = exampleParticipants.map((p) => parseParticipant(p, programme));
const anouk = people[0] as Participant;
const AS_OF = "2026-06-30";

/** A copy of a validated participant with one completion replaced, as plain JavaScript could. */
function withCompletion(completion: Record<string, unknown>, at = 0): Participant {
  const completions: unknown[] = [...anouk.completions];
  completions[at] = { ...anouk.completions[at], ...completion };
  return { ...anouk, completions } as unknown as Participant;
}

/** The ways of evaluating one participant, each of which must refuse junk the same way. */
const entries: Record<string, (p: Participant) => unknown> = {
  computeStatement: (p) => computeStatement(programme, p, AS_OF),
  planToTarget: (p) => planToTarget(programme, p, AS_OF),
};

describe("rules A10.7: junk participants are a TypeError that names the field, not a wrong answer", () => {
  it('status "rejectd" (once counted as approved)', () => {
    const junk = withCompletion({ status: "rejectd" }, 3);
    for (const [name, run] of Object.entries(entries)) {
      expect(() => run(junk), name).toThrow(TypeError);
      expect(() => run(junk), name).toThrow(
        'participant.completions[3].status must be "approved", "pending" or "rejected", got "rejectd"',
      );
    }
  });

  it("date 2026-02-30 (once counted as a day of 2026), and other dates that are not dates", () => {
    for (const date of [
      "2026-02-30",
      "2025-02-29",
      "2026/01/05",
      "2026-1-05",
      "05-01-2026",
      20260105,
    ]) {
      const junk = withCompletion({ date }, 2);
      for (const [name, run] of Object.entries(entries)) {
        expect(() => run(junk), `${name} ${date}`).toThrow(TypeError);
        expect(() => run(junk), `${name} ${date}`).toThrow(
          /participant\.completions\[2\]\.date must be a calendar date/,
        );
      }
    }
  });

  it("a date outside the supported range, a missing status, a non-list", () => {
    const cases: [Participant, RegExp][] = [
      [withCompletion({ date: "9999-01-01" }), /completions\[0\]\.date .*1900-01-01 to 2999-12-31/],
      [withCompletion({ status: undefined }), /completions\[0\]\.status .*got undefined/],
      [withCompletion({ component: 7 }), /completions\[0\]\.component must be text, got 7/],
      [
        { ...anouk, completions: [...anouk.completions, null] } as unknown as Participant,
        /completions\[\d+\] must be an object, got null/,
      ],
      [
        { ...anouk, completions: "a" } as unknown as Participant,
        /participant\.completions must be a list/,
      ],
      [
        { ...anouk, roles: [{ theme: "t", role: "trener", year: 2026 }] } as unknown as Participant,
        /roles\[0\]\.role/,
      ],
      [
        {
          ...anouk,
          exemptions: [{ from: "2026-03-01", to: "2026-01-01", reason: "x", status: "approved" }],
        } as unknown as Participant,
        /exemptions\[0\]\.to/,
      ],
      [{ ...anouk, startDate: "2026-13-01" } as unknown as Participant, /participant\.startDate/],
    ];
    for (const [junk, message] of cases)
      expect(() => computeStatement(programme, junk, AS_OF)).toThrow(message);
  });

  it("a score of 9 is refused where scores are read: a plan at its entry, a statement when it orders two completions of one day by them", () => {
    const nine = withCompletion({ evaluation: { participantScore: 9 } });
    expect(() => planToTarget(programme, nine, AS_OF)).toThrow(
      /^participant\.completions\[0\]\.evaluation must be scores from 1 to 5/,
    );
    // A statement reads scores only to order completions of one date, component and status
    // (docs/decisions.md, "Hostile input" 8): elsewhere the score changes nothing it says.
    const clean = computeStatement(programme, anouk, AS_OF);
    const read = computeStatement(programme, nine, AS_OF);
    expect(read.totals).toEqual(clean.totals);
    expect(read.status).toBe(clean.status);
    // Twice the same completion, one with a score of 9: the order of the two depends on it.
    const first = anouk.completions[0] as Participant["completions"][number];
    const twins = {
      ...anouk,
      completions: [{ ...first, evaluation: { participantScore: 9 } }, first],
    } as unknown as Participant;
    expect(() => computeStatement(programme, twins, AS_OF)).toThrow(
      /^participant\.completions\[0\]\.evaluation must be scores from 1 to 5/,
    );
  });

  it("a development point that is not one is refused by a plan, the one evaluator that reads them", () => {
    const junk = {
      ...anouk,
      developmentPoints: [{ kind: "thema", id: "t" }],
    } as unknown as Participant;
    expect(() => planToTarget(programme, junk, AS_OF)).toThrow(
      /^participant\.developmentPoints\[0\]\.kind/,
    );
    expect(computeStatement(programme, junk, AS_OF).totals).toEqual(
      computeStatement(programme, anouk, AS_OF).totals,
    );
  });

  it("a report and a team plan name the participant's place in the list", () => {
    const junk = withCompletion({ status: "rejectd" });
    const team = [people[1] as Participant, junk];
    expect(() => organisationReport(programme, team, AS_OF)).toThrow(
      /^participants\[1\]\.completions\[0\]\.status must be/,
    );
    expect(() => teamPlan(programme, team, AS_OF)).toThrow(
      /^participants\[1\]\.completions\[0\]\.status/,
    );
    expect(() => organisationReport(programme, "everyone" as never, AS_OF)).toThrow(TypeError);
    // A misspelt role would silently earn no bonus star.
    const trener = { ...anouk, roles: [{ theme: "t", role: "trener", year: 2026 }] };
    expect(() => organisationReport(programme, [anouk, trener as never], AS_OF)).toThrow(
      /^participants\[1\]\.roles\[0\]\.role must be "trainer" or "kartrekker"/,
    );
    // A score of 9 would be summed into the training return.
    const nine = withCompletion({ evaluation: { participantScore: 9 } });
    expect(() => organisationReport(programme, [anouk, nine], AS_OF)).toThrow(
      /^participants\[1\]\.completions\[0\]\.evaluation must be scores from 1 to 5/,
    );
  });

  it("a completion that is not an object, null included, is named in a report as in a statement", () => {
    for (const [entry, found] of [
      [null, "null"],
      [5, "5"],
      ["a", '"a"'],
    ] as const) {
      const junk = {
        ...anouk,
        completions: [...anouk.completions, entry],
      } as unknown as Participant;
      const at = anouk.completions.length;
      const message = `completions[${at}] must be an object, got ${found}`;
      expect(() => computeStatement(programme, junk, AS_OF)).toThrow(`participant.${message}`);
      // null once reached the report's fast path as "Cannot read properties of null".
      expect(() => organisationReport(programme, [anouk, junk], AS_OF)).toThrow(
        `participants[1].${message}`,
      );
    }
    // An approved, dated completion whose id is not text was passed over by the report in silence
    // (and an object id would have its toString called as a lookup key).
    const seven = withCompletion({ component: 7, status: "approved" });
    expect(() => organisationReport(programme, [anouk, seven], AS_OF)).toThrow(
      /^participants\[1\]\.completions\[0\]\.component must be text, got 7/,
    );
  });

  it("validated participants still evaluate, and the guard changes none of their results", () => {
    const report = organisationReport(programme, people, AS_OF);
    expect(report.participants).toBe(people.length);
    for (const p of people) {
      const s = computeStatement(programme, p, AS_OF);
      expect(s.lines).toHaveLength(p.completions.length);
    }
  });
});

describe("rules A10.7: a programme that did not come out of validation is a TypeError too", () => {
  const junkProgramme = (edit: (p: Record<string, unknown>) => void): Programme => {
    const copy = structuredClone(programme) as unknown as Record<string, unknown>;
    edit(copy);
    return copy as unknown as Programme;
  };

  it("7 stars (once counted as 7), a window of 0 years, a misspelt window kind", () => {
    const sevenStars = junkProgramme((p) => {
      const editions = p.editions as { components: { stars: number }[] }[];
      (editions[0]?.components[0] as { stars: number }).stars = 7;
    });
    expect(() => computeStatement(sevenStars, anouk, AS_OF)).toThrow(
      "programme.editions[0].components[0].stars must be 1, 2 or 3, got 7",
    );
    const noYears = junkProgramme((p) => {
      (p.policy as { window: { years: number } }).window.years = 0;
    });
    expect(() => prepareProgramme(noYears)).toThrow(/programme\.policy\.window\.years/);
    const kind = junkProgramme((p) => {
      (p.policy as { window: { kind: string } }).window.kind = "rollin";
    });
    expect(() => organisationReport(kind, people, AS_OF)).toThrow(
      /programme\.policy\.window\.kind/,
    );
  });
});

describe("rules A10.7: the as-of error is the same short RangeError for any value", () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error("trap");
      },
      getPrototypeOf() {
        throw new Error("trap");
      },
    },
  );
  const values: [string, unknown][] = [
    ["a 5 MB string", "2026-06-30".repeat(500_000)],
    ["a cyclic object", cyclic],
    ["a Symbol", Symbol("2026-06-30")],
    ["a Proxy whose traps throw", trap],
    ["a revoked proxy", revoked.proxy],
  ];

  for (const [what, asOf] of values) {
    it(`${what}: RangeError, at most 200 characters`, () => {
      for (const run of [
        () => computeStatement(programme, anouk, asOf as string),
        () => organisationReport(programme, people, asOf as string),
        () => planToTarget(programme, anouk, asOf as string),
        () => teamPlan(programme, [], asOf as string),
      ]) {
        let thrown: unknown;
        try {
          run();
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(RangeError);
        expect((thrown as RangeError).message.length).toBeLessThanOrEqual(200);
        expect((thrown as RangeError).message).toMatch(/^asOf must be a calendar date YYYY-MM-DD/);
      }
    });
  }
});

describe("rules A9: the validate functions return unreadable-input, never throw", () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const everyTrapThrows = new Proxy(
    {},
    Object.fromEntries(
      ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"].map((t) => [
        t,
        () => {
          throw new Error("trap");
        },
      ]),
    ),
  );
  /** An Error whose `message` getter throws: the old guard read it and threw again. */
  const badMessage = new Error("x");
  Object.defineProperty(badMessage, "message", {
    get() {
      throw new Error("again");
    },
  });
  const thrower = (value: unknown) => ({
    get id(): never {
      throw value;
    },
  });
  const inputs: [string, unknown][] = [
    ["a Proxy whose traps all throw", everyTrapThrows],
    ["a revoked proxy", revoked.proxy],
    ["a getter that throws", thrower(new Error("getter"))],
    ["a thrown Error whose message getter throws", thrower(badMessage)],
    ["a thrown revoked proxy", thrower(revoked.proxy)],
    ["a thrown object without a prototype", thrower(Object.create(null))],
    ["a thrown 5 MB message", thrower(new Error("y".repeat(5_000_000)))],
  ];
  const validators: [string, (input: unknown) => { ok: boolean }][] = [
    ["validateProgramme", validateProgramme],
    ["validateParticipant", (i) => validateParticipant(i, programme)],
    ["validateParticipants", (i) => validateParticipants([i], programme)],
    ["validateParticipants (the list itself)", (i) => validateParticipants(i, programme)],
  ];

  for (const [what, input] of inputs) {
    it(what, () => {
      for (const [name, validate] of validators) {
        const result = validate(input) as {
          ok: boolean;
          diagnostics?: readonly { code: string; params: { detail?: string } }[];
        };
        expect(result.ok, name).toBe(false);
        const unreadable = result.diagnostics?.filter((d) => d.code === "unreadable-input") ?? [];
        // A list whose item throws is unreadable as a whole; anything else may be a shape error.
        if (unreadable.length > 0) {
          for (const d of unreadable)
            expect((d.params.detail ?? "").length, name).toBeLessThanOrEqual(200);
        } else expect(result.diagnostics?.length, name).toBeGreaterThan(0);
      }
    });
  }

  it("the thrown 5 MB message and the unreadable message are unreadable-input", () => {
    for (const input of [thrower(new Error("y".repeat(5_000_000))), thrower(badMessage)]) {
      const result = validateProgramme(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.diagnostics.map((d) => d.code)).toEqual(["unreadable-input"]);
      expect(JSON.stringify(result).length).toBeLessThan(2_000);
    }
  });
});
