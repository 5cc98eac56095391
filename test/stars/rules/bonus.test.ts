import { describe, expect, it } from "vitest";
import { computeStatement } from "../../../src/stars/statement.js";
import { participant, starProgramme } from "../../fixtures/stars.js";

describe("the bonus star (rules A5, rules/bonus.ts)", () => {
  const programme = starProgramme();

  it("a role in the window's last year earns its star in that window, dated 1 January", () => {
    const p = participant(programme, [], { roles: [{ theme: "t1", role: "trainer", year: 2026 }] });
    const statement = computeStatement(programme, p, "2026-12-31");
    expect(statement.bonus).toMatchObject([
      { theme: "t1", year: 2026, date: "2026-01-01", stars: 1 },
    ]);
    expect(statement.totals.counted).toBe(1);
  });

  it("a role in the year after the window is not in it", () => {
    const p = participant(programme, [], { roles: [{ theme: "t1", role: "trainer", year: 2027 }] });
    expect(computeStatement(programme, p, "2026-12-31").bonus).toEqual([]);
  });

  it("rules A5: a role of a year that has not begun earns nothing yet, per year, per theme-window or per window", () => {
    for (const per of ["theme-year", "theme-window", "window"] as const) {
      const perPolicy = starProgramme({ bonus: { per } });
      const p = participant(perPolicy, [], {
        roles: [{ theme: "t1", role: "trainer", year: 2026 }],
      });
      // On 10 January 2025 the trainer of 2026 is not a trainer yet (decisions: future data must
      // not change the past); from 1 January 2026 the window's bonus is earned.
      const early = computeStatement(perPolicy, p, "2025-01-10");
      expect(
        early.roles.map((r) => r.reason),
        per,
      ).toEqual(["after-as-of-date"]);
      expect(early.totals.counted, per).toBe(0);
      const later = computeStatement(perPolicy, p, "2026-01-01");
      expect(
        later.roles.map((r) => r.reason),
        per,
      ).toEqual(["bonus"]);
      expect(later.totals.counted, per).toBe(1);
    }
  });

  it("both roles on one theme in one year still give one star", () => {
    const p = participant(programme, [], {
      roles: [
        { theme: "t1", role: "trainer", year: 2025 },
        { theme: "t1", role: "kartrekker", year: 2025 },
      ],
    });
    expect(computeStatement(programme, p, "2026-12-31").totals.earned).toBe(1);
  });
});
