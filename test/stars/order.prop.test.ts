import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compareCompletions } from "../../src/stars/order.js";
import { computeStatement } from "../../src/stars/statement.js";
import { statementCaseArb } from "../arbitraries/statement.js";

/**
 * The statement sorts completions with its own insertion sort on date keys (an optimisation);
 * `Array.prototype.sort` with the canonical comparator is the oracle.
 */
describe("statement lines come in the canonical order", () => {
  test.prop([statementCaseArb, fc.boolean()], { numRuns: 300 })(
    "lines equal the completions sorted by compareCompletions",
    (c, reverse) => {
      const completions = reverse
        ? [...c.participant.completions].reverse()
        : c.participant.completions;
      const statement = computeStatement(c.programme, { ...c.participant, completions }, c.asOf);
      const oracle = [...completions].sort(compareCompletions);
      expect(statement.lines.map((l) => l.completion)).toEqual(oracle);
    },
  );
});
