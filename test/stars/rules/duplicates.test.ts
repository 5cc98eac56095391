import { describe, expect, it } from "vitest";
import { dayKey } from "../../../src/dates/calendar-date.js";
import { countsInstead } from "../../../src/stars/rules/duplicates.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { done, participant, starProgramme } from "../../fixtures/stars.js";

const day = dayKey;

describe("duplicates (rules A7, rules/duplicates.ts)", () => {
  it("more stars count instead of fewer, whatever the dates", () => {
    expect(countsInstead(2, day("2026-12-31"), 1, day("2025-01-01"))).toBe(true);
    expect(countsInstead(1, day("2025-01-01"), 2, day("2026-12-31"))).toBe(false);
  });

  it("among equal stars the earlier day counts; the same day is a tie left to the caller", () => {
    expect(countsInstead(2, day("2025-06-01"), 2, day("2025-06-02"))).toBe(true);
    expect(countsInstead(2, day("2025-06-02"), 2, day("2025-06-01"))).toBe(false);
    expect(countsInstead(2, day("2025-06-01"), 2, day("2025-06-01"))).toBe(false);
  });

  it("in a statement, s (1 star in 2025, 2 in 2026) counts the later 2-star completion", () => {
    const programme = starProgramme();
    const p = participant(programme, [done("s", "2025-03-01"), done("s", "2026-03-01")]);
    const statement = computeStatement(programme, p, "2026-12-31");
    const reasons = statement.lines.map((l) => [l.completion.date, l.reason, l.counted]);
    expect(reasons).toEqual([
      ["2025-03-01", "duplicate", 0],
      ["2026-03-01", "counted", 2],
    ]);
  });

  it("a repeatable component counts once per year, not once per window", () => {
    const programme = starProgramme();
    const p = participant(programme, [
      done("r", "2025-03-01"),
      done("r", "2025-09-01"),
      done("r", "2026-03-01"),
    ]);
    const reasons = computeStatement(programme, p, "2026-12-31").lines.map((l) => l.reason);
    expect(reasons).toEqual(["counted", "duplicate", "counted"]);
  });
});
