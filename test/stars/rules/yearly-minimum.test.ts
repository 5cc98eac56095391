import { describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en/statement.js";
import { nl } from "../../../src/i18n/nl/statement.js";
import { yearlyMinimumFor } from "../../../src/stars/rules/yearly-minimum.js";

const twoYears = { start: "2025-01-01", end: "2026-12-31", days: 730 };
const none = new Map<number, number>();

describe("yearly minimum (rules A6.10, rules/yearly-minimum.ts)", () => {
  it("rules A6.10: a whole year asks the whole minimum, open until it ends", () => {
    const counted = new Map([
      [2025, 3],
      [2026, 1],
    ]);
    expect(yearlyMinimumFor(3, {}, twoYears, "2026-06-30", counted)).toEqual([
      { year: 2025, stars: 3, minimum: 3, days: 365, status: "met" },
      { year: 2026, stars: 1, minimum: 3, days: 365, status: "open" },
    ]);
    expect(yearlyMinimumFor(3, {}, twoYears, "2027-01-01", counted)[1]?.status).toBe("not-met");
  });

  it("rules A6.10: the year someone started in asks its part, in whole stars", () => {
    // 1 July to 31 December 2025: 184 of 365 days, ⌊3 × 184 / 365⌋ = ⌊1.51⌋ = 1.
    expect(
      yearlyMinimumFor(3, { startDate: "2025-07-01" }, twoYears, "2026-06-30", none)[0],
    ).toEqual({ year: 2025, stars: 0, minimum: 1, days: 184, status: "not-met" });
    // 15 December: 17 days, ⌊3 × 17 / 365⌋ = 0 — met with nothing, so no one is behind for the
    // year's last fortnight on 2 January.
    expect(yearlyMinimumFor(3, { startDate: "2025-12-15" }, twoYears, "2026-01-02", none)).toEqual([
      { year: 2025, stars: 0, minimum: 0, days: 17, status: "met" },
      { year: 2026, stars: 0, minimum: 3, days: 365, status: "open" },
    ]);
    // A start on the year's first day asks the whole year.
    expect(
      yearlyMinimumFor(3, { startDate: "2025-01-01" }, twoYears, "2026-06-30", none)[0]?.minimum,
    ).toBe(3);
  });

  it("rules A6.10: a rolling window's partial years ask the part inside the window", () => {
    // 21 December 2024 to 20 December 2026: 11 days of 2024 (a leap year: 366), all of 2025,
    // 354 days of 2026. ⌊3 × 11 / 366⌋ = 0, 3, ⌊3 × 354 / 365⌋ = ⌊2.91⌋ = 2.
    const rolling = { start: "2024-12-21", end: "2026-12-20", days: 730 };
    const counted = new Map([[2025, 4]]);
    expect(yearlyMinimumFor(3, {}, rolling, "2026-12-20", counted)).toEqual([
      { year: 2024, stars: 0, minimum: 0, days: 11, status: "met" },
      { year: 2025, stars: 4, minimum: 3, days: 365, status: "met" },
      { year: 2026, stars: 0, minimum: 2, days: 354, status: "open" },
    ]);
  });

  it("rules A6.10: a year that ended before the participant's start asks nothing", () => {
    expect(
      yearlyMinimumFor(3, { startDate: "2026-03-01" }, twoYears, "2026-06-30", none).map(
        (y) => y.year,
      ),
    ).toEqual([2026]);
  });

  it("rules A6.10: the explanation says when a year asks only its part", () => {
    const part = { year: 2025, stars: 0, minimum: 1, days: 184, status: "not-met" } as const;
    expect(en.yearMinimum["not-met"](part)).toBe(
      "2025: 0 stars (minimum 1, pro rata for 184 of 365 days), not met.",
    );
    expect(nl.yearMinimum["not-met"](part)).toBe(
      "2025: 0 sterren (minimum 1, naar rato van 184 van de 365 dagen), niet gehaald.",
    );
    const whole = { ...part, minimum: 3, days: 365 };
    expect(en.yearMinimum["not-met"](whole)).toBe("2025: 0 stars (minimum 3), not met.");
  });

  it("rules A6.10: a status that is behind for a missed yearly minimum alone says so", () => {
    // On pace (5 of 2 due) and nothing overdue: only the minimum of 2025 makes it behind.
    const p = {
      counted: 5,
      target: 15,
      expected: 2,
      elapsedPercent: 55,
      since: null,
      overdue: 0,
      minimumMissed: [2025],
    };
    expect(en.status.behind(p)).toBe("Status: behind. The yearly minimum was not met in 2025.");
    expect(nl.status.behind(p)).toBe(
      "Stand: achter op schema. Het minimum per jaar is niet gehaald in 2025.",
    );
    expect(en.status.behind({ ...p, minimumMissed: [2025, 2026] })).toContain(
      "not met in 2025 and 2026.",
    );
  });
});
