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
