import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { compactDay } from "../../src/dates/calendar-date.js";
import type { Completion } from "../../src/programme/types.js";
import { compareCompletions } from "../../src/stars/order.js";
import { canonicalOrder, sortScratch } from "../../src/stars/sort-completions.js";
import { dateBetween } from "../arbitraries/statement.js";

/**
 * `sortCompletions` (the statement's fast sort on numeric keys, rules A10.2) against the oracle
 * `Array.prototype.sort` with the canonical comparator. Few dates and few ids, so that runs of
 * equal dates, equal ids and identical completions are common: the cases the numeric key alone
 * cannot order.
 */
const completion: fc.Arbitrary<Completion> = fc.record(
  {
    component: fc.constantFrom("a", "b", "c", "__proto__"),
    date: fc.oneof(
      dateBetween("2025-12-30", "2026-01-02"),
      dateBetween("1999-01-01", "2099-12-31"),
    ),
    status: fc.constantFrom("approved", "pending", "rejected"),
    evaluation: fc.option(
      fc.record(
        {
          participantScore: fc.integer({ min: 1, max: 5 }),
          effectScore: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  },
  { requiredKeys: ["component", "date", "status"] },
) as fc.Arbitrary<Completion>;

/** The completions in the order `canonicalOrder` gives, as the statement reads them. */
function sorted(completions: readonly Completion[], scratch = sortScratch()): Completion[] {
  const days = Int32Array.from(completions, (c) => compactDay(c.date));
  const order = canonicalOrder({ completions }, completions, days, completions.length, scratch);
  return Array.from(order.subarray(0, completions.length), (i) => completions[i] as Completion);
}

describe("canonicalOrder (rules A10.2: input order does not matter)", () => {
  test.prop([fc.array(completion, { maxLength: 80 })], { numRuns: 500 })(
    "gives the canonical order of Array.prototype.sort with compareCompletions",
    (completions) => {
      const oracle = [...completions].sort(compareCompletions);
      expect(sorted(completions)).toEqual(oracle);
    },
  );

  test.prop([fc.array(completion, { maxLength: 40 }), fc.array(completion, { maxLength: 600 })])(
    "leaves its input untouched and gives the same order with a reused, outgrown scratch",
    (completions, other) => {
      const copy = structuredClone(completions);
      const scratch = sortScratch();
      const first = sorted(completions, scratch);
      sorted(other, scratch);
      expect(completions).toEqual(copy);
      expect(sorted(completions, scratch)).toEqual(first);
    },
  );

  it("orders compact days like the dates they stand for", () => {
    const dates = [
      "0001-01-01",
      "1999-12-31",
      "2025-01-01",
      "2025-01-31",
      "2025-02-01",
      "9999-12-31",
    ];
    const days = dates.map(compactDay);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(new Set(days).size).toBe(dates.length);
  });

  it("sorts lists too long for the packed keys (512 completions or more), and years from 4096, the plain way", () => {
    const n = 2_000;
    const completions: Completion[] = Array.from({ length: n }, (_, i) => ({
      component: `c${(i * 7919) % 13}`,
      date: `20${10 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
      status: "approved",
    }));
    expect(sorted(completions)).toEqual([...completions].sort(compareCompletions));
    const late: Completion[] = [
      { component: "b", date: "5000-01-01", status: "approved" },
      { component: "a", date: "2026-01-01", status: "approved" },
      { component: "a", date: "5000-01-01", status: "approved" },
    ];
    expect(sorted(late)).toEqual([...late].sort(compareCompletions));
  });
});
