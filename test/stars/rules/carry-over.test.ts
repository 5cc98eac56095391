import { describe, expect, it } from "vitest";
import { carryInto } from "../../../src/stars/rules/carry-over.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { done, participant, starProgramme } from "../../fixtures/stars.js";

const window = { kind: "fixed" as const, start: "2025-01-01", end: "2026-12-31", days: 730 };
const from = { start: "2025-01-01", end: "2026-12-31", days: 730 };
/** A window's statement at its last day, as far as carrying out of it goes. */
const atEnd = (surplus: number, carriedIn: { stars: number; counted: number } | null = null) => ({
  window: { ...window, elapsedDays: 730, elapsedFraction: 1 },
  totals: {
    earned: 15 + surplus,
    counted: 15,
    surplus,
    pending: 0,
    target: 15,
    remaining: 0,
    progress: 1,
  },
  carryOver: carriedIn === null ? null : { from, ...carriedIn },
});

describe("carry-over (rules A6, rules/carry-over.ts)", () => {
  it("carries at most the policy's number of surplus stars from the window before", () => {
    expect(carryInto(3, atEnd(4))).toEqual({ from, stars: 3 });
    expect(carryInto(3, atEnd(2))).toEqual({ from, stars: 2 });
  });

  it("carries nothing without surplus or with carry-over off", () => {
    expect(carryInto(3, atEnd(0))).toBeNull();
    expect(carryInto(0, atEnd(4))).toBeNull();
  });

  it("stars carry at most once: carried-in stars over the cap do not carry on", () => {
    // Surplus 3, of which 2 are carried-in stars that did not fit: only 1 is the window's own.
    expect(carryInto(3, atEnd(3, { stars: 2, counted: 0 }))).toEqual({ from, stars: 1 });
    expect(carryInto(3, atEnd(2, { stars: 2, counted: 0 }))).toBeNull();
  });

  it("carried stars count first in the next window's statement", () => {
    const programme = starProgramme({ carryOver: 2 });
    const p = participant(programme, [done("a", "2025-02-01"), done("a", "2026-02-01")]);
    // Window 2025–2026: 3 counted, no surplus: nothing carries into 2027–2028.
    expect(computeStatement(programme, p, "2027-06-30").carryOver).toBeNull();
  });
});
