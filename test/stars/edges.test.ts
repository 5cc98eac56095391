import { describe, expect, it } from "vitest";
import { explainStatementLines } from "../../src/stars/explain.js";
import { computeStatement } from "../../src/stars/statement.js";
import { done, participant, starProgramme } from "../fixtures/stars.js";

/*
 * The star rules at the edges of working life (rules A3, A7 and A8 as amended): late starters,
 * new hires, rolling windows, carried-over stars and the first days of a window. Every number
 * here is worked out by hand in the comments.
 */

describe("rules A8 amended: pace in whole stars over the active period", () => {
  it("on the first days of a window nobody is behind for lacking a fraction of a star", () => {
    const programme = starProgramme();
    const nobody = participant(programme);
    // 2025-01-02: 2 of 730 days, ⌊15 × 2 / 730⌋ = 0 stars due.
    expect(computeStatement(programme, nobody, "2025-01-02")).toMatchObject({
      status: "on-track",
      pace: { from: "2025-01-01", to: "2026-12-31", days: 730, elapsedDays: 2, due: 0 },
    });
    // 2025-02-17: 48 days, 15 × 48 / 730 = 0.99 → 0 due; 2025-02-18: 49 days, 1.007 → 1 due.
    expect(computeStatement(programme, nobody, "2025-02-17").pace.due).toBe(0);
    expect(computeStatement(programme, nobody, "2025-02-17").status).toBe("on-track");
    expect(computeStatement(programme, nobody, "2025-02-18")).toMatchObject({
      status: "behind",
      pace: { elapsedDays: 49, due: 1 },
    });
  });

  it("a pro-rated starter on 1 July of the window's second year is judged on their own period", () => {
    const programme = starProgramme({ proRate: true });
    const start = { startDate: "2026-07-01" };
    // 2026-07-01..2026-12-31 is 184 days: target ⌈15 × 184 / 730⌉ = ⌈3.78⌉ = 4.
    const dayOne = computeStatement(programme, participant(programme, [], start), "2026-07-01");
    expect(dayOne.totals.target).toBe(4);
    expect(dayOne.pace).toEqual({
      from: "2026-07-01",
      to: "2026-12-31",
      days: 184,
      elapsedDays: 1,
      target: 4,
      due: 0,
    });
    expect(dayOne.status).toBe("on-track");
    // 2026-09-30: 92 of 184 days, ⌊4 × 92 / 184⌋ = 2 due.
    const one = participant(programme, [done("c", "2026-08-01")], start);
    const two = participant(programme, [done("b", "2026-08-01")], start);
    expect(computeStatement(programme, one, "2026-09-30")).toMatchObject({
      status: "behind",
      pace: { elapsedDays: 92, due: 2 },
    });
    expect(computeStatement(programme, two, "2026-09-30").status).toBe("on-track");
  });

  it("approved exemption days are left out of the period, before and after the as-of date", () => {
    const programme = starProgramme({ exemptions: "pro-rata" });
    const leave = participant(programme, [], {
      exemptions: [{ from: "2025-01-01", to: "2025-06-30", reason: "verlof", status: "approved" }],
    });
    // 181 exempt days: 549 active, target ⌈15 × 549 / 730⌉ = 12. On 2025-06-30 none of them has
    // passed: 0 due.
    expect(computeStatement(programme, leave, "2025-06-30")).toMatchObject({
      status: "on-track",
      totals: { target: 12 },
      pace: { days: 549, elapsedDays: 0, target: 12, due: 0 },
    });
    // 2025-12-31: 365 − 181 = 184 active days passed, ⌊12 × 184 / 549⌋ = 4 due.
    expect(computeStatement(programme, leave, "2025-12-31").pace).toMatchObject({
      elapsedDays: 184,
      due: 4,
    });
  });
});

describe("rules A8 amended: rolling windows", () => {
  const programme = starProgramme({ window: { kind: "rolling" } });

  it("the whole rolling window has elapsed: below the target is behind", () => {
    const p = participant(programme, [done("a", "2025-10-01")]);
    expect(computeStatement(programme, p, "2026-09-01")).toMatchObject({
      window: { start: "2024-09-02", end: "2026-09-01" },
      pace: { from: "2024-09-02", to: "2026-09-01", due: 15 },
      status: "behind",
    });
  });

  it("a new starter is judged as in a participant window from the start date", () => {
    // Started 2026-03-01: own window 2026-03-01..2028-02-29 (731 days); at 2026-09-01, 185 days
    // have passed: ⌊15 × 185 / 731⌋ = ⌊3.80⌋ = 3 stars due.
    const start = { startDate: "2026-03-01" };
    const three = participant(programme, [done("a", "2026-04-01")], start);
    expect(computeStatement(programme, three, "2026-09-01")).toMatchObject({
      pace: {
        from: "2026-03-01",
        to: "2028-02-29",
        days: 731,
        elapsedDays: 185,
        target: 15,
        due: 3,
      },
      status: "on-track",
    });
    const one = participant(programme, [done("c", "2026-04-01")], start);
    expect(computeStatement(programme, one, "2026-09-01").status).toBe("behind");
    // Once a full window has passed (from 2028-03-01 on the window starts on or after the start
    // date) the ordinary rolling rule applies again: the whole target is due.
    expect(computeStatement(programme, three, "2028-03-01").pace).toMatchObject({
      from: "2026-03-02",
      due: 15,
    });
  });

  it("counted stars that leave within the notice period are listed with the date they leave", () => {
    // At 2027-02-15 the window is 2025-02-16..2027-02-15. a (2025-03-01) leaves on 2027-03-01
    // (14 days), c (2025-05-01) on 2027-05-01 (75 days), b (2025-06-01) on 2027-06-01 (106 days).
    const p = participant(programme, [
      done("a", "2025-03-01"),
      done("b", "2025-06-01"),
      done("c", "2025-05-01"),
    ]);
    const s = computeStatement(programme, p, "2027-02-15");
    expect(s.expiring).toEqual([
      {
        date: "2025-03-01",
        leavesOn: "2027-03-01",
        stars: 3,
        component: "a",
        title: "A",
        theme: null,
        themeName: null,
      },
      {
        date: "2025-05-01",
        leavesOn: "2027-05-01",
        stars: 1,
        component: "c",
        title: "C",
        theme: null,
        themeName: null,
      },
    ]);
    const short = starProgramme({ window: { kind: "rolling", noticeDays: 30 } });
    expect(computeStatement(short, p, "2027-02-15").expiring.map((e) => e.component)).toEqual([
      "a",
    ]);
    expect(explainStatementLines(s, "en")).toContain(
      "- A, 1 March 2025: 3 stars leave the window on 1 March 2027.",
    );
    expect(explainStatementLines(s, "nl")).toContain(
      "- A, 1 maart 2025: 3 sterren vallen op 1 maart 2027 uit de periode.",
    );
  });

  it("a bonus leaves when the window no longer reaches its year", () => {
    const p = participant(programme, [], {
      roles: [{ theme: "t1", role: "trainer", year: 2025 }],
    });
    // The 2025 bonus stays while the window reaches 2025-12-31: up to the as-of date 2027-12-30.
    expect(computeStatement(programme, p, "2027-11-15").expiring).toEqual([
      {
        date: "2025-11-16",
        leavesOn: "2027-12-31",
        stars: 1,
        component: null,
        title: null,
        theme: "t1",
        themeName: "T1",
      },
    ]);
    const s = computeStatement(programme, p, "2027-11-15");
    expect(explainStatementLines(s, "nl")).toContain(
      "- Bonus voor het thema T1, 16 november 2025: 1 ster valt op 31 december 2027 uit de periode.",
    );
  });

  it("fixed and participant windows list no expiring stars", () => {
    const fixed = starProgramme();
    const p = participant(fixed, [done("a", "2025-03-01")]);
    expect(computeStatement(fixed, p, "2026-12-01").expiring).toEqual([]);
  });

  it("an obligation of the window's partial first year is met by a completion in that year", () => {
    // At 2027-03-01 the window is 2025-03-02..2027-03-01; m and r were done on time in 2025,
    // before the window's first day.
    const p = participant(programme, [done("m", "2025-01-15"), done("r", "2025-02-01")]);
    const s = computeStatement(programme, p, "2027-03-01");
    const of = (component: string, year: number) =>
      s.mandatory.obligations.find((o) => o.component === component && o.year === year);
    expect(of("m", 2025)).toMatchObject({ completedOn: "2025-01-15", status: "met" });
    expect(of("r", 2025)).toMatchObject({ completedOn: "2025-02-01", status: "met" });
    // Only that year's: the 2026 obligation of m counts from the window's first day.
    expect(of("m", 2026)).toMatchObject({ completedOn: null, status: "overdue" });
    // The completions themselves lie outside the window: no stars.
    expect(s.lines.map((l) => l.reason)).toEqual(["outside-window", "outside-window"]);
  });
});

describe("rules A3 amended: new starters", () => {
  const programme = starProgramme();
  const starter = (completions: ReturnType<typeof done>[]) =>
    participant(programme, completions, { startDate: "2025-12-01" });
  const m2025 = (s: ReturnType<typeof computeStatement>) =>
    s.mandatory.obligations.find((o) => o.component === "m" && o.year === 2025);

  it("obligations are due no earlier than the start date plus 90 days", () => {
    // 2025-12-01 + 90 days = 2026-03-01, later than the edition's end 2025-12-31.
    const s = computeStatement(programme, starter([]), "2026-01-15");
    expect(m2025(s)).toMatchObject({ due: "2026-03-01", status: "outstanding" });
    expect(s.mandatory.overdue).toBe(0);
    expect(m2025(computeStatement(programme, starter([]), "2026-03-02"))?.status).toBe("overdue");
  });

  it("a completion inside the grace period is on time, one after it late", () => {
    const onTime = computeStatement(programme, starter([done("m", "2026-03-01")]), "2026-06-30");
    expect(m2025(onTime)).toMatchObject({ completedOn: "2026-03-01", status: "met" });
    const late = computeStatement(programme, starter([done("m", "2026-03-02")]), "2026-06-30");
    expect(m2025(late)?.status).toBe("met-late");
  });

  it("the grace period is policy: 0 days keeps the edition's end", () => {
    const strict = starProgramme({ mandatory: { starterGraceDays: 0 } });
    const p = participant(strict, [], { startDate: "2025-12-01" });
    expect(m2025(computeStatement(strict, p, "2026-01-15"))).toMatchObject({
      due: "2025-12-31",
      status: "overdue",
    });
  });

  it("someone who started long before keeps the usual due date", () => {
    const p = participant(programme, [], { startDate: "2020-01-01" });
    expect(m2025(computeStatement(programme, p, "2026-01-15"))?.due).toBe("2025-12-31");
  });
});

describe("rules A7 amended: pending stars follow the duplicates rule", () => {
  // s earns 1 star in 2025 and 2 in 2026.
  const programme = starProgramme();
  const pendingOf = (completions: ReturnType<typeof done>[]) =>
    computeStatement(programme, participant(programme, completions), "2026-12-31").totals.pending;

  it("the pending completion with the most stars is what may still come", () => {
    expect(pendingOf([done("s", "2026-04-01", "pending")])).toBe(2);
    // Adding a 1-star pending completion does not lower it.
    expect(
      pendingOf([done("s", "2026-04-01", "pending"), done("s", "2025-04-01", "pending")]),
    ).toBe(2);
  });

  it("only what approval would add: the stars above those already counted for the component", () => {
    expect(pendingOf([done("s", "2025-04-01"), done("s", "2026-04-01", "pending")])).toBe(1);
    expect(pendingOf([done("s", "2026-04-01"), done("s", "2025-04-01", "pending")])).toBe(0);
  });
});

describe("rules A8 amended: history agrees with the past", () => {
  it("a window that closed complete with carried-over stars stays complete in later history", () => {
    // One-year windows, target and cap 5, carry-over 2.
    // 2025: a 3 + b 2 + m 1 + r 1 = 7 earned, 5 counted, 2 surplus → 2 carried into 2026.
    // 2026: 2 carried + b 2 + m 1 = 5, r over the cap: 6 earned, 5 counted, complete; its own
    //       surplus (r's star) carries 1 into 2027.
    const programme = starProgramme({ target: 5, cap: 5, carryOver: 2, window: { years: 1 } });
    const p = participant(programme, [
      done("a", "2025-02-01"),
      done("b", "2025-03-01"),
      done("m", "2025-04-01"),
      done("r", "2025-05-01"),
      done("b", "2026-03-01"),
      done("m", "2026-04-01"),
      done("r", "2026-05-01"),
    ]);
    const later = computeStatement(programme, p, "2027-06-30");
    const y2026 = later.history[1];
    expect(y2026).toMatchObject({
      window: { start: "2026-01-01", end: "2026-12-31", days: 365 },
      totals: { earned: 6, counted: 5, surplus: 1 },
      status: "complete",
      reached: true,
    });
    const atEnd = computeStatement(programme, p, "2026-12-31");
    expect(y2026?.totals).toEqual(atEnd.totals);
    expect(y2026?.status).toBe(atEnd.status);
    expect(later.carryOver).toEqual({
      from: { start: "2026-01-01", end: "2026-12-31", days: 365 },
      stars: 1,
      counted: 1,
    });
  });

  it("rolling history around 29 February uses the bounds of the statement at that date", () => {
    const programme = starProgramme({ startYear: 2021, window: { kind: "rolling" } });
    const p = participant(programme);
    // At 2026-02-28 the window is 2024-02-29..2026-02-28; the one before ends on 2024-02-28 and,
    // as a statement on that day says, starts on 2022-03-01 (not 2022-02-28).
    const s = computeStatement(programme, p, "2026-02-28");
    expect(s.window).toMatchObject({ start: "2024-02-29", end: "2026-02-28" });
    expect(s.history.map((h) => h.window)).toEqual([
      { start: "2020-02-29", end: "2022-02-28", days: 731 },
      { start: "2022-03-01", end: "2024-02-28", days: 730 },
    ]);
    const before = computeStatement(programme, p, "2024-02-28");
    expect(before.window).toMatchObject({ start: "2022-03-01", end: "2024-02-28" });
  });
});

describe("rules A7 amended: the explanation of a duplicate says which completion counts", () => {
  it("the later completion with more stars counts, and the earlier line says so", () => {
    const programme = starProgramme();
    const p = participant(programme, [done("s", "2025-04-01"), done("s", "2026-04-01")]);
    const s = computeStatement(programme, p, "2026-12-31");
    expect(s.lines.map((l) => [l.completion.date, l.reason])).toEqual([
      ["2025-04-01", "duplicate"],
      ["2026-04-01", "counted"],
    ]);
    expect(explainStatementLines(s, "en")).toContain(
      "- S, 1 April 2025: 1 star, not counted: a duplicate; the completion of 1 April 2026 counts for this component, with more stars.",
    );
  });
});
