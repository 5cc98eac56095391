import { describe, expect, it } from "vitest";
import { carryInto } from "../../../src/stars/rules/carry-over.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { done, participant, starProgramme } from "../../fixtures/stars.js";

const window = { start: "2025-01-01", end: "2026-12-31", days: 730 };
const summary = (surplus: number) => ({
  window,
  earned: 15 + surplus,
  counted: 15,
  surplus,
  target: 15,
  reached: true,
});

describe("carry-over (SPEC A6, rules/carry-over.ts)", () => {
  it("carries at most the policy's number of surplus stars from the window before", () => {
    expect(carryInto(3, summary(4))).toEqual({ from: window, stars: 3 });
    expect(carryInto(3, summary(2))).toEqual({ from: window, stars: 2 });
  });

  it("carries nothing without surplus, with carry-over off, or without a window before", () => {
    expect(carryInto(3, summary(0))).toBeNull();
    expect(carryInto(0, summary(4))).toBeNull();
    expect(carryInto(3, undefined)).toBeNull();
  });

  it("carried stars count first in the next window's statement", () => {
    const programme = starProgramme({ carryOver: 2 });
    const p = participant(programme, [done("a", "2025-02-01"), done("a", "2026-02-01")]);
    // Window 2025–2026: 3 counted, no surplus: nothing carries into 2027–2028.
    expect(computeStatement(programme, p, "2027-06-30").carryOver).toBeNull();
  });
});
