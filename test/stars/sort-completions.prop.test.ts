import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Completion } from "../../src/programme/types.js";
import { compareCompletions } from "../../src/stars/order.js";
import { sortCompletions } from "../../src/stars/sort-completions.js";
import { dateBetween } from "../arbitraries/statement.js";

/**
 * `sortCompletions` (the statement's fast sort on numeric keys, SPEC A10.2) against the oracle
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

describe("sortCompletions (SPEC A10.2: input order does not matter)", () => {
  test.prop([fc.array(completion, { maxLength: 80 })], { numRuns: 500 })(
    "gives the canonical order of Array.prototype.sort with compareCompletions",
    (completions) => {
      const oracle = [...completions].sort(compareCompletions);
      expect(sortCompletions(completions, { keys: new Float64Array(1) })).toEqual(oracle);
    },
  );

  test.prop([fc.array(completion, { maxLength: 40 })])(
    "leaves its input untouched and returns input already in order as it is",
    (completions) => {
      const copy = structuredClone(completions);
      const sorted = sortCompletions(completions, { keys: new Float64Array(4) });
      expect(completions).toEqual(copy);
      const again = sortCompletions(sorted, { keys: new Float64Array(4) });
      expect(again).toBe(sorted);
    },
  );

  it("sorts a list too long for the numeric keys (2^16 completions or more) the plain way", () => {
    const n = 70_000;
    const completions: Completion[] = Array.from({ length: n }, (_, i) => ({
      component: `c${(i * 7919) % 13}`,
      date: `20${10 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
      status: "approved",
    }));
    const sorted = sortCompletions(completions, { keys: new Float64Array(1) });
    expect(sorted).toEqual([...completions].sort(compareCompletions));
  });
});
