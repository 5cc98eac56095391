import { describe, expect, it } from "vitest";
import { computeStatement } from "../../src/stars/statement.js";
import type { Statement } from "../../src/stars/types.js";
import { deepFreeze } from "../fixtures/helpers.js";
import { done, participant, starProgramme } from "../fixtures/stars.js";

const AS_OF = "2026-06-30";
const reasons = (s: Statement) =>
  s.lines.map(
    (l) => `${l.completion.component}@${l.completion.date}:${l.reason}:${l.stars}/${l.counted}`,
  );

describe("rules A6 windows", () => {
  const programme = starProgramme();
  it("fixed windows are two calendar years from the start year", () => {
    const s = computeStatement(programme, participant(programme), "2026-06-30");
    expect(s.window).toMatchObject({
      kind: "fixed",
      start: "2025-01-01",
      end: "2026-12-31",
      days: 730,
    });
    // 2025 has 365 days; 2026-01-01..2026-06-30 has 181: 546 days elapsed.
    expect(s.window.elapsedDays).toBe(546);
    expect(s.window.elapsedFraction).toBeCloseTo(546 / 730, 12);
    expect(computeStatement(programme, participant(programme), "2027-01-01").window).toMatchObject({
      start: "2027-01-01",
      end: "2028-12-31",
      elapsedDays: 1,
    });
  });

  it("first and last day of a window: both ends count, the day after does not", () => {
    const p = participant(programme, [
      done("a", "2025-01-01"),
      done("b", "2026-12-31"),
      done("c", "2027-01-01"),
      done("s", "2024-12-31"),
    ]);
    const s = computeStatement(programme, p, "2026-12-31");
    expect(reasons(s)).toEqual([
      "s@2024-12-31:outside-window:0/0",
      "a@2025-01-01:counted:3/3",
      "b@2026-12-31:counted:2/2",
      "c@2027-01-01:outside-window:0/0",
    ]);
    expect(s.window.elapsedFraction).toBe(1);
  });

  it("a completion after the as-of date does not count yet", () => {
    const s = computeStatement(programme, participant(programme, [done("a", "2026-07-01")]), AS_OF);
    expect(reasons(s)).toEqual(["a@2026-07-01:after-as-of-date:0/0"]);
  });

  it("rolling windows end on the as-of date", () => {
    const rolling = starProgramme({ window: { kind: "rolling", years: 2 } });
    const s = computeStatement(
      rolling,
      participant(rolling, [done("a", "2024-06-30"), done("b", "2024-07-01")]),
      AS_OF,
    );
    expect(s.window).toMatchObject({
      kind: "rolling",
      start: "2024-07-01",
      end: "2026-06-30",
      days: 730,
      elapsedDays: 730,
    });
    // 2024 has no edition: b on 2024-07-01 is inside the window but not in an edition.
    expect(reasons(s)).toEqual([
      "a@2024-06-30:outside-window:0/0",
      "b@2024-07-01:unknown-component:0/0",
    ]);
  });

  it("participant windows are anchored at the start date; without one they are fixed", () => {
    const anchored = starProgramme({ window: { kind: "participant", years: 2 } });
    const s = computeStatement(
      anchored,
      participant(anchored, [], { startDate: "2025-03-15" }),
      AS_OF,
    );
    expect(s.window).toMatchObject({
      kind: "participant",
      start: "2025-03-15",
      end: "2027-03-14",
      days: 730,
    });
    const later = computeStatement(
      anchored,
      participant(anchored, [], { startDate: "2025-03-15" }),
      "2027-03-15",
    );
    expect(later.window).toMatchObject({ start: "2027-03-15", end: "2029-03-14" });
    expect(later.history.map((h) => h.window.start)).toEqual(["2025-03-15"]);
    expect(computeStatement(anchored, participant(anchored), AS_OF).window).toMatchObject({
      kind: "fixed",
      start: "2025-01-01",
    });
  });

  it("before the programme starts, the first window with nothing elapsed", () => {
    const s = computeStatement(programme, participant(programme), "2024-12-31");
    expect(s.window).toMatchObject({ start: "2025-01-01", elapsedDays: 0, elapsedFraction: 0 });
    expect(s.status).toBe("on-track");
  });

  it("history lists earlier windows with their totals and their status at the end (rules A8)", () => {
    const p = participant(programme, [done("a", "2025-02-01"), done("a", "2027-02-01")]);
    const s = computeStatement(programme, p, "2027-06-30");
    // 3 of 15 stars, and the 2025 obligations (m, r) overdue since 2026-01-01.
    expect(s.history).toEqual([
      {
        window: { start: "2025-01-01", end: "2026-12-31", days: 730 },
        totals: {
          earned: 3,
          counted: 3,
          surplus: 0,
          pending: 0,
          target: 15,
          remaining: 12,
          progress: 0.2,
        },
        status: "behind",
        reached: false,
      },
    ]);
  });
});

describe("rules A2 stars come from the edition of the completion's year", () => {
  const programme = starProgramme();
  it("a component whose stars change between editions earns each year's stars", () => {
    const s2025 = computeStatement(
      programme,
      participant(programme, [done("s", "2025-05-01")]),
      AS_OF,
    );
    const s2026 = computeStatement(
      programme,
      participant(programme, [done("s", "2026-05-01")]),
      AS_OF,
    );
    expect(s2025.lines[0]).toMatchObject({ year: 2025, editionStars: 1, stars: 1, counted: 1 });
    expect(s2026.lines[0]).toMatchObject({ year: 2026, editionStars: 2, stars: 2, counted: 2 });
  });

  it("a component not in the edition of its year does not count (rules A7)", () => {
    const s = computeStatement(
      programme,
      participant(programme, [done("n", "2025-05-01"), done("zzz", "2025-06-01")]),
      AS_OF,
    );
    // "n" is only in the 2026 edition: its line keeps that title for people to read; "zzz" is in
    // no edition, so it has none.
    expect(s.lines.map((l) => [l.reason, l.title, l.editionStars])).toEqual([
      ["unknown-component", "N", null],
      ["unknown-component", null, null],
    ]);
    expect(s.totals.earned).toBe(0);
  });
});

describe("rules A7 duplicates, pending and rejected", () => {
  const programme = starProgramme();
  it("a non-repeatable component counts once per window; later completions are duplicates", () => {
    const s = computeStatement(
      programme,
      participant(programme, [done("a", "2026-02-01"), done("a", "2025-02-01")]),
      AS_OF,
    );
    expect(reasons(s)).toEqual(["a@2025-02-01:counted:3/3", "a@2026-02-01:duplicate:0/0"]);
  });

  it("when the stars differ, the completion with the most stars counts (docs/decisions.md)", () => {
    const s = computeStatement(
      programme,
      participant(programme, [done("s", "2025-02-01"), done("s", "2026-02-01")]),
      AS_OF,
    );
    expect(reasons(s)).toEqual(["s@2025-02-01:duplicate:0/0", "s@2026-02-01:counted:2/2"]);
  });

  it("a repeatable component counts once per year", () => {
    const p = participant(programme, [
      done("r", "2025-02-01"),
      done("r", "2025-09-01"),
      done("r", "2026-02-01"),
    ]);
    expect(reasons(computeStatement(programme, p, AS_OF))).toEqual([
      "r@2025-02-01:counted:1/1",
      "r@2025-09-01:duplicate:0/0",
      "r@2026-02-01:counted:1/1",
    ]);
  });

  it("pending completions are stars that may still come; rejected ones are not", () => {
    const p = participant(programme, [
      done("a", "2025-02-01", "pending"),
      done("b", "2025-03-01", "rejected"),
      done("c", "2025-04-01", "pending"),
      done("c", "2025-05-01"),
    ]);
    const s = computeStatement(programme, p, AS_OF);
    expect(reasons(s)).toEqual([
      "a@2025-02-01:pending:0/0",
      "b@2025-03-01:rejected:0/0",
      "c@2025-04-01:pending:0/0",
      "c@2025-05-01:counted:1/1",
    ]);
    // a may still bring 3; c is already counted, so its pending copy brings nothing.
    expect(s.totals.pending).toBe(3);
    expect(s.lines[0]?.editionStars).toBe(3);
  });
});

describe("rules A6 the cap cuts in date order", () => {
  const programme = starProgramme();
  it("a 3-star completion arriving at 14 stars counts 1 and leaves 2 surplus", () => {
    const exact = participant(programme, [
      done("a", "2025-01-10"), // 3
      done("b", "2025-02-10"), // 5
      done("r", "2025-03-01"), // 6
      done("f", "2025-04-01"), // 8
      done("s", "2026-01-10"), // 10
      done("n", "2026-02-10"), // 12
      done("c", "2026-02-20"), // 13
      done("m", "2026-02-25"), // 14
      done("big", "2026-04-01"), // 3 stars arriving at 14
    ]);
    const withoutBig = participant(programme, exact.completions.slice(0, -1));
    expect(computeStatement(programme, withoutBig, AS_OF).totals.counted).toBe(14);
    const s = computeStatement(programme, exact, AS_OF);
    expect(s.lines.at(-1)).toMatchObject({ stars: 3, counted: 1, reason: "partly-over-cap" });
    expect(s.totals).toMatchObject({
      earned: 17,
      counted: 15,
      surplus: 2,
      remaining: 0,
      progress: 1,
    });
  });

  it("after the cap, later completions are over-cap; the order of the input does not matter", () => {
    const programme2 = starProgramme({ target: 4, cap: 4 });
    const p = participant(programme2, [
      done("b", "2025-05-01"),
      done("a", "2025-01-01"),
      done("c", "2025-03-01"),
    ]);
    expect(reasons(computeStatement(programme2, p, AS_OF))).toEqual([
      "a@2025-01-01:counted:3/3",
      "c@2025-03-01:counted:1/1",
      "b@2025-05-01:over-cap:2/0",
    ]);
  });

  it("ties on a day are broken by component id", () => {
    const programme2 = starProgramme({ target: 4, cap: 4 });
    const p = participant(programme2, [done("b", "2025-05-01"), done("a", "2025-05-01")]);
    expect(reasons(computeStatement(programme2, p, AS_OF))).toEqual([
      "a@2025-05-01:counted:3/3",
      "b@2025-05-01:partly-over-cap:2/1",
    ]);
  });

  it("without a cap, everything counts and nothing is surplus", () => {
    const open = starProgramme({ target: 3, cap: null });
    const s = computeStatement(
      open,
      participant(open, [done("a", "2025-01-01"), done("big", "2025-02-01")]),
      AS_OF,
    );
    expect(s.totals).toMatchObject({ earned: 6, counted: 6, surplus: 0 });
  });
});

describe("rules A5 bonus stars", () => {
  const programme = starProgramme();
  const role = (theme: string, kind: "trainer" | "kartrekker", year: number) => ({
    theme,
    role: kind,
    year,
  });

  it("+1 per theme per year; both roles on one theme in one year still give 1", () => {
    const p = participant(programme, [], {
      roles: [
        role("t1", "trainer", 2025),
        role("t1", "kartrekker", 2025),
        role("t2", "trainer", 2025),
        role("t1", "trainer", 2026),
      ],
    });
    const s = computeStatement(programme, p, AS_OF);
    expect(s.bonus).toEqual([
      {
        theme: "t1",
        themeName: "T1",
        year: 2025,
        date: "2025-01-01",
        roles: ["kartrekker", "trainer"],
        stars: 1,
        counted: 1,
        reason: "counted",
      },
      {
        theme: "t2",
        themeName: "T2",
        year: 2025,
        date: "2025-01-01",
        roles: ["trainer"],
        stars: 1,
        counted: 1,
        reason: "counted",
      },
      {
        theme: "t1",
        themeName: "T1",
        year: 2026,
        date: "2026-01-01",
        roles: ["trainer"],
        stars: 1,
        counted: 1,
        reason: "counted",
      },
    ]);
    expect(s.roles.map((r) => `${r.role.theme}/${r.role.year}/${r.role.role}:${r.reason}`)).toEqual(
      [
        "t1/2025/kartrekker:bonus",
        "t1/2025/trainer:same-bonus",
        "t1/2026/trainer:bonus",
        "t2/2025/trainer:bonus",
      ],
    );
    expect(s.totals.earned).toBe(3);
  });

  it("a role on an unknown theme, outside the window, or in a year not yet begun earns nothing, with its reason", () => {
    const p = participant(programme, [], {
      roles: [
        role("onbekend", "trainer", 2025),
        role("t1", "trainer", 2024),
        role("t2", "trainer", 2026),
      ],
    });
    const s = computeStatement(programme, p, "2025-12-31");
    expect(s.roles.map((r) => r.reason)).toEqual([
      "unknown-theme",
      "outside-window",
      "after-as-of-date",
    ]);
    // Names for people to read: none for a theme the programme does not have.
    expect(s.roles.map((r) => r.themeName)).toEqual([null, "T1", "T2"]);
    expect(s.bonus).toEqual([]);
  });

  it("policy: amount, roles that count, granularity and maximum", () => {
    const roles = [
      role("t1", "trainer", 2025),
      role("t1", "kartrekker", 2026),
      role("t2", "kartrekker", 2026),
    ];
    const amount = starProgramme({ bonus: { stars: 2, roles: ["kartrekker"] } });
    const s1 = computeStatement(amount, participant(amount, [], { roles }), AS_OF);
    expect(s1.bonus.map((b) => [b.theme, b.year, b.stars])).toEqual([
      ["t1", 2026, 2],
      ["t2", 2026, 2],
    ]);
    expect(s1.roles.find((r) => r.role.role === "trainer")?.reason).toBe("role-not-eligible");

    const perThemeWindow = starProgramme({ bonus: { per: "theme-window" } });
    const s2 = computeStatement(perThemeWindow, participant(perThemeWindow, [], { roles }), AS_OF);
    expect(s2.bonus.map((b) => [b.theme, b.year, b.date])).toEqual([
      ["t1", null, "2025-01-01"],
      ["t2", null, "2025-01-01"],
    ]);

    const perWindow = starProgramme({ bonus: { per: "window" } });
    const s3 = computeStatement(perWindow, participant(perWindow, [], { roles }), AS_OF);
    expect(s3.bonus).toEqual([
      {
        theme: null,
        themeName: null,
        year: null,
        date: "2025-01-01",
        roles: ["kartrekker", "trainer"],
        stars: 1,
        counted: 1,
        reason: "counted",
      },
    ]);

    const capped = starProgramme({ bonus: { maxPerWindow: 1 } });
    const s4 = computeStatement(capped, participant(capped, [], { roles }), AS_OF);
    expect(s4.bonus.map((b) => `${b.theme}/${b.year}:${b.counted}:${b.reason}`)).toEqual([
      "t1/2025:1:counted",
      "t1/2026:0:over-category-cap",
      "t2/2026:0:over-category-cap",
    ]);
    expect(s4.totals).toMatchObject({ earned: 3, counted: 1, surplus: 2 });
  });

  it("the bonus takes its place on the first day of its year, before that day's completions", () => {
    const tight = starProgramme({ target: 3, cap: 3 });
    const p = participant(tight, [done("a", "2026-01-01")], {
      roles: [role("t1", "trainer", 2026)],
    });
    const s = computeStatement(tight, p, AS_OF);
    expect(s.bonus[0]).toMatchObject({ counted: 1, reason: "counted" });
    expect(s.lines[0]).toMatchObject({ stars: 3, counted: 2, reason: "partly-over-cap" });
  });
});

describe("rules A3 mandatory components", () => {
  const programme = starProgramme();
  const status = (s: Statement) =>
    s.mandatory.obligations.map(
      (o) => `${o.component}/${o.year}:${o.status}:${o.completedOn ?? "-"}`,
    );

  it("required for the participant's groups, with due date and overdue flag", () => {
    const front = participant(programme, [done("m", "2025-03-01")], { groups: ["frontoffice"] });
    const s = computeStatement(programme, front, AS_OF);
    // m is mandatory in both years: one completion meets both (rules A3).
    expect(status(s)).toEqual([
      "m/2025:met:2025-03-01",
      "r/2025:overdue:-",
      "f/2025:overdue:-",
      "m/2026:met:2025-03-01",
      "r/2026:outstanding:-",
    ]);
    expect(s.mandatory).toMatchObject({ required: 5, completed: 2, outstanding: 3, overdue: 2 });
    expect(s.mandatory.obligations.find((o) => o.component === "f")?.due).toBe("2025-12-31");
    const back = computeStatement(
      programme,
      participant(programme, [], { groups: ["backoffice"] }),
      AS_OF,
    );
    expect(back.mandatory.obligations.map((o) => o.component)).not.toContain("f");
  });

  it("a completion after the due date meets the obligation late", () => {
    const s = computeStatement(programme, participant(programme, [done("m", "2026-02-01")]), AS_OF);
    expect(status(s).filter((x) => x.startsWith("m/"))).toEqual([
      "m/2025:met-late:2026-02-01",
      "m/2026:met:2026-02-01",
    ]);
  });

  it("a repeatable component needs a completion in each edition's year", () => {
    const s = computeStatement(
      programme,
      participant(programme, [done("r", "2025-03-01")]),
      "2026-12-31",
    );
    expect(status(s).filter((x) => x.startsWith("r/"))).toEqual([
      "r/2025:met:2025-03-01",
      "r/2026:outstanding:-",
    ]);
  });

  it("a window without editions has no obligations", () => {
    expect(
      computeStatement(programme, participant(programme), "2027-06-30").mandatory.required,
    ).toBe(0);
  });

  it("policy window-end: due at the end of the window", () => {
    const late = starProgramme({ mandatoryDue: "window-end" });
    const s = computeStatement(late, participant(late), AS_OF);
    expect(new Set(s.mandatory.obligations.map((o) => o.due))).toEqual(new Set(["2026-12-31"]));
    expect(s.mandatory.overdue).toBe(0);
  });

  it("someone who starts after an edition's year has no obligations from it", () => {
    const s = computeStatement(
      programme,
      participant(programme, [], { startDate: "2026-02-01" }),
      AS_OF,
    );
    expect(new Set(s.mandatory.obligations.map((o) => o.year))).toEqual(new Set([2026]));
  });

  it("a pending completion does not meet an obligation", () => {
    const s = computeStatement(
      programme,
      participant(programme, [done("m", "2025-03-01", "pending")]),
      AS_OF,
    );
    expect(status(s)[0]).toBe("m/2025:overdue:-");
  });
});

describe("rules A8 totals and status", () => {
  const programme = starProgramme();
  it("on-track = counted ≥ the whole stars due, and nothing overdue (rules A8 amended)", () => {
    // At 2026-06-30, 546/730 of the window has passed: ⌊15 × 546/730⌋ = ⌊11.2⌋ = 11 stars are due.
    const base = [
      done("a", "2025-01-10"),
      done("b", "2025-02-10"),
      done("m", "2025-03-01"),
      done("r", "2025-03-01"),
      done("r", "2026-03-01"),
      done("big", "2025-04-01"),
    ];
    const ten = participant(programme, base.slice(0, 4).concat(base.slice(5))); // without r 2026
    expect(computeStatement(programme, ten, AS_OF)).toMatchObject({
      status: "behind",
      totals: { counted: 10 },
      pace: { elapsedDays: 546, days: 730, target: 15, due: 11 },
    });
    const eleven = participant(programme, base); // 3 + 2 + 1 + 1 + 1 + 3 = 11
    expect(computeStatement(programme, eleven, AS_OF)).toMatchObject({
      status: "on-track",
      totals: { counted: 11 },
    });
    const twelve = participant(programme, [...base, done("c", "2025-05-01")]);
    expect(computeStatement(programme, twelve, AS_OF)).toMatchObject({
      status: "on-track",
      totals: { counted: 12, remaining: 3 },
    });
    const overdue = participant(programme, [...base, done("c", "2025-05-01")], {
      groups: ["frontoffice"],
    });
    expect(computeStatement(programme, overdue, AS_OF).status).toBe("behind");
  });

  it("complete: the target reached and every obligation met", () => {
    const all = [
      done("a", "2025-01-10"),
      done("b", "2025-02-10"),
      done("m", "2025-03-01"),
      done("r", "2025-03-01"),
      done("r", "2026-03-01"),
      done("big", "2025-04-01"),
      done("s", "2026-05-01"),
      done("n", "2026-05-02"),
    ];
    const s = computeStatement(programme, participant(programme, all), AS_OF);
    expect(s.totals).toMatchObject({
      counted: 15,
      earned: 15,
      target: 15,
      remaining: 0,
      progress: 1,
    });
    expect(s.status).toBe("complete");
    const withoutRefresher = all.filter((c) => !(c.component === "r" && c.date.startsWith("2026")));
    const s2 = computeStatement(
      programme,
      participant(programme, [...withoutRefresher, done("c", "2026-05-03")]),
      AS_OF,
    );
    expect(s2.totals.counted).toBe(15);
    expect(s2.status).toBe("on-track"); // the 2026 refresher is still outstanding
  });
});

describe("rules A6 policy options", () => {
  it("carry-over: at most N surplus stars of the window before count first in the next", () => {
    const programme = starProgramme({ target: 3, cap: 3, carryOver: 2, window: { years: 1 } });
    const p = participant(programme, [
      done("a", "2025-01-10"),
      done("big", "2025-02-10"),
      done("b", "2026-03-01"),
    ]);
    const s = computeStatement(programme, p, AS_OF);
    expect(s.window).toMatchObject({ start: "2026-01-01", end: "2026-12-31" });
    expect(s.history[0]?.totals).toMatchObject({ earned: 6, counted: 3, surplus: 3 });
    expect(s.carryOver).toEqual({
      from: { start: "2025-01-01", end: "2025-12-31", days: 365 },
      stars: 2,
      counted: 2,
    });
    // 2 carried + b (2 stars) under a cap of 3: b counts 1.
    expect(s.lines.at(-1)).toMatchObject({ stars: 2, counted: 1, reason: "partly-over-cap" });
    expect(s.totals).toMatchObject({ earned: 4, counted: 3, surplus: 1 });
  });

  it("pro-rating: a start inside the window lowers the target, rounded up", () => {
    const programme = starProgramme({ proRate: true });
    const s = computeStatement(
      programme,
      participant(programme, [], { startDate: "2025-09-01" }),
      AS_OF,
    );
    // 2025-09-01..2026-12-31 = 487 days of 730: 15 × 487 / 730 = 10.007 → 11.
    expect(s.target).toEqual({
      base: 15,
      effective: 11,
      activeDays: 487,
      windowDays: 730,
      proRated: true,
      exemptDays: 0,
    });
    const off = starProgramme();
    expect(
      computeStatement(off, participant(off, [], { startDate: "2025-09-01" }), AS_OF).totals.target,
    ).toBe(15);
  });

  it("exemptions: approved ones lower the target pro rata, overlaps counted once; others explained", () => {
    const programme = starProgramme({ exemptions: "pro-rata" });
    const p = participant(programme, [], {
      exemptions: [
        { from: "2025-01-01", to: "2025-12-31", reason: "verlof" },
        { from: "2025-07-01", to: "2026-01-31", reason: "verlenging" },
        { from: "2026-03-01", to: "2026-03-31", reason: "aangevraagd", status: "pending" },
        { from: "2024-01-01", to: "2024-02-01", reason: "oud" },
      ],
    });
    const s = computeStatement(programme, p, AS_OF);
    expect(s.exemptions.map((e) => `${e.exemption.reason}:${e.reason}:${e.days}`)).toEqual([
      "oud:outside-window:0",
      "verlof:applied:365",
      "verlenging:applied:31",
      "aangevraagd:pending:31",
    ]);
    // 730 − 396 = 334 active days: 15 × 334 / 730 = 6.86 → 7.
    expect(s.target).toMatchObject({ exemptDays: 396, activeDays: 334, effective: 7 });
    const ignoring = starProgramme();
    const s2 = computeStatement(
      ignoring,
      participant(ignoring, [], {
        exemptions: [{ from: "2025-01-01", to: "2025-01-31", reason: "verlof" }],
      }),
      AS_OF,
    );
    expect(s2.exemptions[0]?.reason).toBe("ignored-by-policy");
    expect(s2.target.effective).toBe(15);
  });

  it("category caps: at most N stars from a format or a learning line, cut in date order", () => {
    const programme = starProgramme({
      target: 5,
      cap: 15,
      categoryCaps: [{ kind: "format", format: "classroom", maxStars: 4 }],
    });
    const p = participant(programme, [
      done("a", "2025-01-01"),
      done("s", "2026-02-01"),
      done("b", "2026-03-01"),
    ]);
    expect(reasons(computeStatement(programme, p, AS_OF))).toEqual([
      "a@2025-01-01:counted:3/3",
      "s@2026-02-01:partly-over-category-cap:2/1",
      "b@2026-03-01:counted:2/2",
    ]);
    const lines = starProgramme({
      target: 5,
      cap: 15,
      categoryCaps: [{ kind: "learning-line", learningLine: "l1", maxStars: 3 }],
    });
    const q = participant(lines, [
      done("a", "2025-01-01"),
      done("c", "2025-02-01"),
      done("b", "2025-03-01"),
    ]);
    expect(reasons(computeStatement(lines, q, AS_OF))).toEqual([
      "a@2025-01-01:counted:3/3",
      "c@2025-02-01:over-category-cap:1/0",
      "b@2025-03-01:counted:2/2",
    ]);
  });

  it("yearly minimum: counted stars per year, open until the year ends", () => {
    const programme = starProgramme({ minimumPerYear: 4 });
    const s = computeStatement(
      programme,
      participant(programme, [done("a", "2025-01-01"), done("b", "2026-02-01")]),
      AS_OF,
    );
    expect(s.yearlyMinimum).toEqual([
      { year: 2025, stars: 3, minimum: 4, days: 365, status: "not-met" },
      { year: 2026, stars: 2, minimum: 4, days: 365, status: "open" },
    ]);
    expect(s.status).toBe("behind");
  });

  it("elective rules report met or not, with numbers (rules A4)", () => {
    const programme = starProgramme({
      target: 5,
      electives: { minCount: 3, maxCount: 4, maxStars: 5, coverEveryLearningLine: true },
    });
    const p = participant(programme, [
      done("a", "2025-01-01"),
      done("big", "2025-02-01"),
      done("m", "2025-03-01"),
    ]);
    expect(computeStatement(programme, p, AS_OF).electiveRules).toEqual([
      { rule: "min-count", actual: 2, limit: 3, met: false, missing: [], missingNames: [] },
      { rule: "max-count", actual: 2, limit: 4, met: true, missing: [], missingNames: [] },
      { rule: "max-stars", actual: 6, limit: 5, met: false, missing: [], missingNames: [] },
      {
        rule: "cover-every-learning-line",
        actual: 1,
        limit: 2,
        met: false,
        missing: ["l2"],
        missingNames: ["L2"],
      },
    ]);
  });

  it("a component mandatory only for another group counts as an elective (rules A7)", () => {
    const programme = starProgramme({ electives: { minCount: 1 } });
    const s = computeStatement(
      programme,
      participant(programme, [done("f", "2025-03-01")], { groups: ["backoffice"] }),
      AS_OF,
    );
    expect(s.electiveRules[0]).toMatchObject({ actual: 1, met: true });
  });
});

describe("bad and unusual input", () => {
  const programme = starProgramme();
  it("an as-of date that is not a calendar date is a programmer error", () => {
    expect(() => computeStatement(programme, participant(programme), "30-06-2026")).toThrow(
      RangeError,
    );
    expect(() => computeStatement(programme, participant(programme), "2026-02-30")).toThrow(
      RangeError,
    );
  });

  it("inputs are not changed (deep-frozen inputs work)", () => {
    const p = deepFreeze(
      participant(programme, [done("a", "2025-01-01"), done("a", "2025-01-02")], {
        roles: [{ theme: "t1", role: "trainer", year: 2025 }],
      }),
    );
    const frozen = deepFreeze(programme);
    const s = computeStatement(frozen, p, AS_OF);
    expect(s.totals.earned).toBe(4);
    expect(p.completions.map((c) => c.date)).toEqual(["2025-01-01", "2025-01-02"]);
  });
});
