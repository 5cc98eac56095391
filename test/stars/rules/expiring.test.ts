import { describe, expect, it } from "vitest";
import { leavesOn } from "../../../src/stars/rules/expiring.js";
import { windowAt } from "../../../src/stars/rules/window.js";

const rolling = (years: number) =>
  ({ startYear: 2020, window: { kind: "rolling", years } }) as const;

describe("expiring stars (rules A8, rules/expiring.ts)", () => {
  it("a date leaves a rolling window on its anniversary", () => {
    expect(leavesOn("2024-10-02", 2)).toBe("2026-10-02");
    expect(leavesOn("2024-02-28", 2)).toBe("2026-02-28");
    expect(leavesOn("2023-03-01", 1)).toBe("2024-03-01");
  });

  it("29 February leaves a day after its anniversary, for the window of 28 February still holds it", () => {
    expect(leavesOn("2024-02-29", 2)).toBe("2026-03-01");
    expect(windowAt(rolling(2), {}, "2026-02-28").start).toBe("2024-02-29");
    expect(windowAt(rolling(2), {}, "2026-03-01").start).toBe("2024-03-02");
  });

  it("leavesOn is the first as-of date whose window no longer holds the date", () => {
    for (const date of ["2024-02-29", "2024-03-01", "2023-12-31", "2025-01-01", "2028-02-29"])
      for (const years of [1, 2, 3]) {
        const leaves = leavesOn(date, years) as string;
        expect(windowAt(rolling(years), {}, leaves).start > date).toBe(true);
        const dayBefore = new Date(`${leaves}T00:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        const prior = dayBefore.toISOString().slice(0, 10);
        expect(windowAt(rolling(years), {}, prior).start <= date).toBe(true);
      }
  });

  it("beyond the supported range there is no date to leave on", () => {
    expect(leavesOn("9999-06-01", 2)).toBeNull();
  });
});
