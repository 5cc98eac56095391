import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { compareCompletions } from "../../src/stars/order.js";
import { computeStatement } from "../../src/stars/statement.js";
import { statementCaseArb } from "../arbitraries/statement.js";
import { component } from "../fixtures/minimal.js";

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

describe("the canonical order is total over validated completions (rules A10.2)", () => {
  it("an empty evaluation and none are told apart, so the input order cannot pick the counting one", () => {
    const plain = { component: "c0", date: "2025-01-01", status: "approved" } as const;
    const empty = { ...plain, evaluation: {} };
    expect(compareCompletions(plain, empty)).toBeLessThan(0);
    expect(compareCompletions(empty, plain)).toBeGreaterThan(0);
    // Found by the rules A10.2 property: two same-day completions of one component, one with `{}`.
    const programme = parseProgramme({
      formatVersion: 1,
      id: "a10-2",
      name: "A10.2",
      editions: [{ year: 2025, components: [component("c0")] }],
    });
    const statementWith = (completions: (typeof plain | typeof empty)[]) =>
      computeStatement(
        programme,
        parseParticipant({ id: "p", completions }, programme),
        "2025-01-01",
      );
    expect(statementWith([empty, plain])).toEqual(statementWith([plain, empty]));
  });
});
