import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addDays, addYears, dayNumber, yearEnd, yearStart } from "../../src/dates/calendar-date.js";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import type { ProgrammeInput } from "../../src/programme/types.js";
import {
  parseParticipant,
  parseProgramme,
  validateParticipant,
  validateProgramme,
} from "../../src/programme/validate.js";
import { explainStatement } from "../../src/stars/explain.js";
import { planToTarget } from "../../src/stars/plan.js";
import { organisationReport } from "../../src/stars/report.js";
import { windowAt } from "../../src/stars/rules/window.js";
import { computeStatement } from "../../src/stars/statement.js";
import { component, minimalProgramme } from "../fixtures/minimal.js";

/**
 * Issue 14, "Dates and windows at the edges" (rules A10.7: any input validation accepts evaluates
 * without throwing). Dates of the format are years 1900–2999 (docs/decisions.md, "Hostile
 * input"); a window of at most ten years laid from them never leaves the four-digit years. An
 * as-of date is an argument, not data: outside what the library can compute it is a documented
 * RangeError, never a window of negative length.
 */

/** The supported range, written out rather than imported, so a change to it shows here. */
const FIRST = "1900-01-01";
const LAST = "2999-12-31";

function programme(policy: Record<string, unknown>, years: readonly number[] = [2025, 2026]) {
  const input: ProgrammeInput = {
    ...minimalProgramme(),
    policy: { startYear: years[0], window: { kind: "fixed", years: 2 }, target: 15, ...policy },
    editions: years.map((year) => ({
      year,
      // Five 3-star components: the target of 15 is reachable in every window.
      components: ["a", "b", "c", "d", "e"].map((id) => component(id, { theme: "t", stars: 3 })),
    })),
  };
  return parseProgramme(input);
}

function rangeDiagnostic(input: unknown) {
  const result = validateParticipant(input);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  return result.diagnostics as readonly DiagnosticOf<string, Record<string, unknown>>[];
}

describe("rules A1, A10.7: dates outside the supported range are refused by validation", () => {
  it("a start date near 9999 (a participant window would end in year 10001) is date-out-of-range", () => {
    const [d, ...rest] = rangeDiagnostic({ id: "p", startDate: "9999-05-01" });
    expect(rest).toEqual([]);
    expect(d?.code).toBe("date-out-of-range");
    expect(d?.severity).toBe("error");
    expect(d?.path).toEqual(["startDate"]);
    expect(d?.params).toEqual({ received: '"9999-05-01"', first: FIRST, last: LAST });
    expect(d?.message.en).toContain('"9999-05-01"');
    expect(d?.message.en).toContain(`${FIRST} to ${LAST}`);
    expect(d?.message.nl).toContain('"9999-05-01"');
    expect(d?.message.nl).toContain(`${FIRST} tot en met ${LAST}`);
  });

  it("completion and exemption dates too, each with its path; the range's own ends are fine", () => {
    const diagnostics = rangeDiagnostic({
      id: "p",
      completions: [
        { component: "a", date: "0001-01-01" },
        { component: "a", date: FIRST },
        { component: "a", date: LAST },
        { component: "a", date: "3000-01-01" },
      ],
      exemptions: [
        { from: "1899-12-31", to: "2025-01-31", reason: "verlof" },
        { from: "2025-01-01", to: "9999-12-31", reason: "open einde" },
      ],
    });
    expect(diagnostics.map((d) => `${d.code}@${d.path.join(".")}`).sort()).toEqual([
      "date-out-of-range@completions.0.date",
      "date-out-of-range@completions.3.date",
      "date-out-of-range@exemptions.0.from",
      "date-out-of-range@exemptions.1.to",
    ]);
  });

  it("a date that is not a calendar date stays invalid-date, not also out of range", () => {
    const [d, ...rest] = rangeDiagnostic({ id: "p", startDate: "9999-02-30" });
    expect(rest).toEqual([]);
    expect(d?.code).toBe("invalid-date");
  });

  it("edition, role and start years keep the same range (1900–2999)", () => {
    const input = { ...minimalProgramme(), policy: { startYear: 3000 } };
    const result = validateProgramme(input);
    expect(result.ok).toBe(false);
    const role = validateParticipant({
      id: "p",
      roles: [{ theme: "t", role: "trainer", year: 1899 }],
    });
    expect(role.ok).toBe(false);
  });
});

it("the date schema's description names the supported range (written out for tree-shaking)", async () => {
  const { calendarDateSchema } = (await import("../../src/programme/schema/schemas.js")).zodSchemas;
  const { globalRegistry } = await import("zod/mini");
  const { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } = await import(
    "../../src/dates/supported-range.js"
  );
  expect(globalRegistry.get(calendarDateSchema)?.description).toBe(
    `A calendar date written as YYYY-MM-DD, from ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`,
  );
});

describe("rules A10.7: every window laid from supported data can be computed", () => {
  const kinds = ["fixed", "rolling", "participant"] as const;
  const date = fc
    .integer({ min: dayNumber(FIRST), max: dayNumber(LAST) })
    .map((n) => addDays("1970-01-01", n));

  test.prop(
    [
      fc.constantFrom(...kinds),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1900, max: 2999 }),
      fc.option(date, { nil: undefined }),
      date,
    ],
    { numRuns: 300 },
  )(
    "the window of any supported as-of date is a real range holding the as-of date or after it",
    (kind, years, startYear, startDate, asOf) => {
      const policy = { startYear, window: { kind, years } };
      const w = windowAt(policy, startDate === undefined ? {} : { startDate }, asOf);
      // Computed from the rule: a window is `years` calendar years long (less a day for rolling
      // windows, which end on the as-of date and start the day after the same date `years` before).
      expect(w.days).toBe(dayNumber(w.end) - dayNumber(w.start) + 1);
      expect(w.days).toBeGreaterThanOrEqual(365 * years);
      expect(w.days).toBeLessThanOrEqual(366 * years);
      expect(w.end >= asOf || w.start > asOf).toBe(true);
      expect(w.end <= "3009-12-31").toBe(true);
      // The last day of the window is an as-of date too (a plan measures on it).
      expect(windowAt(policy, startDate === undefined ? {} : { startDate }, w.end).end).toBe(w.end);
    },
  );

  it("the most extreme valid programme and participant evaluate and plan at the range's last day", () => {
    for (const kind of kinds) {
      const p = programme({ startYear: 2999, window: { kind, years: 10 }, target: 3 }, [2999]);
      const participant = parseParticipant(
        { id: "p", startDate: LAST, completions: [{ component: "a", date: LAST }] },
        p,
      );
      const s = computeStatement(p, participant, LAST);
      expect(s.window.days).toBeGreaterThan(0);
      expect(s.totals.target).toBeGreaterThanOrEqual(1);
      const plan = planToTarget(p, participant, LAST);
      expect(plan.window.days).toBe(s.window.days);
      expect(() => organisationReport(p, [participant], LAST)).not.toThrow();
    }
  });
});

describe("rules A10.7: an as-of date the library cannot compute is a documented RangeError", () => {
  const fixed = programme({});
  const nobody = parseParticipant({ id: "p" }, fixed);

  it("9999-06-30 with two-year windows from 2025 (the window would end 10000-12-31)", () => {
    // Before: a window of −3,286,881 days, target 1 and `on-track`; the plan threw about
    // "10000-12-31", a date the caller never passed.
    for (const run of [
      () => computeStatement(fixed, nobody, "9999-06-30"),
      () => organisationReport(fixed, [nobody], "9999-06-30"),
      () => planToTarget(fixed, nobody, "9999-06-30"),
    ]) {
      expect(run).toThrow(RangeError);
      expect(run).toThrow(/asOf 9999-06-30 .*9999-12-31/);
    }
  });

  it("the last window that fits is computed: 9998-06-30 lies in 9997–9998", () => {
    const s = computeStatement(fixed, nobody, "9998-06-30");
    expect([s.window.start, s.window.end, s.window.days]).toEqual([
      "9997-01-01",
      "9998-12-31",
      365 + 365,
    ]);
  });

  it("a participant window anchored in 9995 with ten-year windows does not fit", () => {
    const policy = { startYear: 2025, window: { kind: "participant" as const, years: 10 } };
    expect(() => windowAt(policy, { startDate: "9995-03-01" }, "9996-01-01")).toThrow(RangeError);
    // Anchored on 1 January, the window ends on 31 December of the year before the next anchor.
    const w = windowAt(policy, { startDate: "9990-01-01" }, "9995-01-01");
    expect([w.start, w.end]).toEqual(["9990-01-01", "9999-12-31"]);
  });

  it("before 1900 (rolling windows reached back to year 0 and gave NaN days)", () => {
    const rolling = programme({ window: { kind: "rolling", years: 10 } });
    expect(() => computeStatement(rolling, nobody, "0001-06-30")).toThrow(RangeError);
    expect(() => computeStatement(rolling, nobody, "1899-12-31")).toThrow(/1900-01-01/);
    const s = computeStatement(rolling, nobody, FIRST);
    expect([s.window.start, s.window.end]).toEqual([addDays(addYears(FIRST, -10), 1), FIRST]);
    expect(s.window.days).toBe(dayNumber(FIRST) - dayNumber("1890-01-02") + 1);
  });
});

describe("rules A6, A8: with proRate, a participant who starts after the window has nothing to do in it", () => {
  const p = programme({ proRate: true });
  const later = (startDate: string) => parseParticipant({ id: "p", startDate }, p);

  it("a start after the window's end: target 0, no active day, complete (not `behind`)", () => {
    // Before: treated as no start date at all — target 15 and `behind`.
    const s = computeStatement(p, later("2027-03-01"), "2026-06-30");
    expect(s.window).toMatchObject({ start: "2025-01-01", end: "2026-12-31" });
    expect(s.target).toEqual({
      base: 15,
      effective: 0,
      activeDays: 0,
      windowDays: 730,
      proRated: true,
      exemptDays: 0,
    });
    expect(s.totals).toMatchObject({ target: 0, remaining: 0, progress: 1 });
    expect(s.status).toBe("complete");
    expect(organisationReport(p, [later("2027-03-01")], "2026-06-30").status).toEqual({
      complete: 1,
      "on-track": 0,
      behind: 0,
    });
  });

  it("the day after the window's last day is after it; the last day itself still counts one day", () => {
    expect(
      computeStatement(p, later(addDays(yearEnd(2026), 1)), "2026-06-30").target.effective,
    ).toBe(0);
    const lastDay = computeStatement(p, later(yearEnd(2026)), "2026-06-30").target;
    // ceil(15 × 1 / 730) = 1
    expect([lastDay.activeDays, lastDay.effective]).toEqual([1, 1]);
  });

  it("the explanation says the participant starts after the window, in both languages", () => {
    const s = computeStatement(p, later("2027-03-01"), "2026-06-30");
    expect(explainStatement(s, "en")).toContain("starts after the window");
    expect(explainStatement(s, "nl")).toContain("pas na de periode begint");
  });

  it("an elective rule still unmet leaves them on track, never behind", () => {
    const rules = programme({ proRate: true, electives: { minCount: 1 } });
    const s = computeStatement(
      rules,
      parseParticipant({ id: "p", startDate: "2027-03-01" }, rules),
      "2026-06-30",
    );
    expect(s.totals.target).toBe(0);
    expect(s.status).toBe("on-track");
  });

  it("without proRate the policy asks the whole target (unchanged)", () => {
    const plain = programme({});
    const s = computeStatement(
      plain,
      parseParticipant({ id: "p", startDate: "2027-03-01" }, plain),
      "2026-06-30",
    );
    expect(s.target).toMatchObject({ effective: 15, proRated: false });
    expect(yearStart(2025)).toBe(s.window.start);
  });
});
