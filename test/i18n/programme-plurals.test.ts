import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en/programme.js";
import { nl } from "../../src/i18n/nl/programme.js";

/** The window 2025–2026, as the star-count diagnostics name it. */
const window = { windowStart: 2025, windowEnd: 2026 };

describe("programme diagnostics count stars with real plurals (rules A9)", () => {
  it("one star is one star, in Dutch and in English", () => {
    expect(en["target-unreachable"]({ ...window, reachable: 1, target: 2 })).toBe(
      "In the window 2025–2026 at most 1 star can be earned, below the target of 2.",
    );
    expect(nl["target-unreachable"]({ ...window, reachable: 1, target: 2 })).toBe(
      "In de periode 2025–2026 is hoogstens 1 ster te verdienen, minder dan het doel van 2.",
    );
    expect(en["minimum-per-year-unreachable"]({ year: 2026, reachable: 1, minimum: 3 })).toContain(
      "offers at most 1 star, below",
    );
    expect(nl["minimum-per-year-unreachable"]({ year: 2026, reachable: 1, minimum: 3 })).toContain(
      "biedt hoogstens 1 ster, minder",
    );
    const aboveCap = { ...window, group: null, mandatoryStars: 1, cap: 0 };
    expect(en["mandatory-above-cap"](aboveCap)).toContain("are worth 1 star, above the cap of 0");
    expect(nl["mandatory-above-cap"](aboveCap)).toContain("zijn 1 ster waard, meer dan");
    expect(en["carry-over-without-cap"]({ carryOver: 1 })).toContain(
      "Carrying over 1 surplus star needs",
    );
    expect(nl["carry-over-without-cap"]({ carryOver: 1 })).toContain(
      "Het meenemen van 1 extra ster vraagt",
    );
  });

  it("other numbers are plural, the verb with them", () => {
    expect(nl["target-unreachable"]({ ...window, reachable: 0, target: 2 })).toContain(
      "zijn hoogstens 0 sterren te verdienen",
    );
    expect(en["target-unreachable"]({ ...window, reachable: 12, target: 15 })).toContain(
      "at most 12 stars can be earned",
    );
    expect(en["carry-over-without-cap"]({ carryOver: 3 })).toContain("3 surplus stars");
    expect(nl["carry-over-without-cap"]({ carryOver: 3 })).toContain("3 extra sterren");
  });

  it("min-above-max and period-reversed speak of electives and exemptions", () => {
    expect(nl["min-above-max"]({ field: "electives", min: 5, max: 1 })).toBe(
      "Bij de vrije keuze ligt het minimum aantal onderdelen (5) boven het maximum (1).",
    );
    expect(en["min-above-max"]({ field: "electives", min: 5, max: 1 })).toBe(
      "For electives, the minimum count (5) is above the maximum (1).",
    );
    expect(nl["period-reversed"]({ from: "2026-05-01", to: "2026-04-01" })).toBe(
      "De vrijstelling eindigt (2026-04-01) voordat ze begint (2026-05-01).",
    );
    expect(en["period-reversed"]({ from: "2026-05-01", to: "2026-04-01" })).toBe(
      "The exemption ends (2026-04-01) before it starts (2026-05-01).",
    );
  });
});
