import { describe, expect, it } from "vitest";
import { statusOf } from "../../../src/stars/rules/pace.js";

const none = { outstanding: 0, overdue: 0 };

describe("status from its figures (rules A8, rules/pace.ts)", () => {
  it("behind means below the whole stars due", () => {
    expect(statusOf(6, 15, 7, none, true, [])).toBe("behind");
    expect(statusOf(7, 15, 7, none, true, [])).toBe("on-track");
    expect(statusOf(0, 15, 0, none, true, [])).toBe("on-track");
  });

  it("complete needs the target and every obligation, rule and yearly minimum", () => {
    expect(statusOf(15, 15, 7, none, true, [])).toBe("complete");
    expect(statusOf(15, 15, 7, { outstanding: 1, overdue: 0 }, true, [])).toBe("on-track");
    expect(statusOf(15, 15, 7, none, false, [])).toBe("on-track");
    expect(
      statusOf(15, 15, 7, none, true, [
        { year: 2025, stars: 1, minimum: 3, days: 365, status: "not-met" },
      ]),
    ).toBe("behind");
  });

  it("an overdue mandatory component is behind even on pace", () => {
    expect(statusOf(14, 15, 7, { outstanding: 1, overdue: 1 }, true, [])).toBe("behind");
  });
});
