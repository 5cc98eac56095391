import { describe, expect, it } from "vitest";
import { behindPace, statusOf } from "../../../src/stars/rules/pace.js";

const half = { days: 730, elapsedDays: 365 };
const none = { outstanding: 0, overdue: 0 };

describe("pace and status (SPEC A8, rules/pace.ts)", () => {
  it("behind means below target × elapsed fraction, compared exactly", () => {
    expect(behindPace(7, 15, half)).toBe(true); // 7.5 are due
    expect(behindPace(8, 15, half)).toBe(false);
    expect(behindPace(0, 15, { days: 730, elapsedDays: 0 })).toBe(false);
  });

  it("complete needs the target and every obligation, rule and yearly minimum", () => {
    expect(statusOf(15, 15, half, none, true, [])).toBe("complete");
    expect(statusOf(15, 15, half, { outstanding: 1, overdue: 0 }, true, [])).toBe("on-track");
    expect(statusOf(15, 15, half, none, false, [])).toBe("on-track");
    expect(
      statusOf(15, 15, half, none, true, [{ year: 2025, stars: 1, minimum: 3, status: "not-met" }]),
    ).toBe("behind");
  });

  it("an overdue mandatory component is behind even on pace", () => {
    expect(statusOf(14, 15, half, { outstanding: 1, overdue: 1 }, true, [])).toBe("behind");
  });
});
