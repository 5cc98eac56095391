import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { prepareProgramme } from "../../src/stars/prepare.js";
import { reportWith } from "../../src/stars/report.js";
import { canUseTotals } from "../../src/stars/report-totals.js";
import { reportCaseArb } from "../arbitraries/statement.js";

/**
 * The report's sort-free totals core is an optimisation; the full statement evaluator is its
 * oracle. On generated programmes and participants the two must give the same report.
 */
describe("organisation report: the fast path against the statement evaluator", () => {
  test.prop([reportCaseArb], { numRuns: 300 })(
    "the fast report equals the reference report",
    (c) => {
      const prepared = prepareProgramme(c.programme);
      const fast = reportWith(prepared, c.participants, c.asOf, "fast");
      const reference = reportWith(prepared, c.participants, c.asOf, "reference");
      expect(fast).toEqual(reference);
    },
  );

  // The fast path tallies participation with one bit per theme, learning line and spearhead while
  // there are at most 31 of them; beyond that it counts tally by tally.
  test.prop([reportCaseArb], { numRuns: 60 })(
    "the fast report equals the reference report with more than 31 themes, lines and spearheads",
    (c) => {
      const extra = Array.from({ length: 32 }, (_, i) => ({
        id: `extra-${i}`,
        name: `Extra ${i}`,
      }));
      const programme = { ...c.programme, themes: [...extra, ...c.programme.themes] };
      const prepared = prepareProgramme(programme);
      const fast = reportWith(prepared, c.participants, c.asOf, "fast");
      expect(fast).toEqual(reportWith(prepared, c.participants, c.asOf, "reference"));
      expect(fast.participation.themes.slice(32)).toEqual(
        reportWith(c.programme, c.participants, c.asOf, "fast").participation.themes,
      );
    },
  );

  // Order matters for format and learning-line caps and for the yearly minimum; a bonus cap is a
  // category of its own and needs no order.
  test.prop([reportCaseArb], { numRuns: 50 })("the fast path is used whenever it is exact", (c) => {
    const policy = c.programme.policy;
    const ordered =
      policy.categoryCaps.some((cap) => cap.kind !== "bonus") || policy.minimumPerYear !== null;
    expect(canUseTotals(prepareProgramme(c.programme))).toBe(!ordered);
  });
});
