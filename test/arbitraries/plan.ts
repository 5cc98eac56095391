import { fc } from "@fast-check/vitest";
import type { Programme } from "../../src/programme/types.js";
import { type StatementCase, statementCaseArb } from "./statement.js";

/**
 * Small plan cases for rules A10.8: a generated statement case (every policy option, any
 * participant and as-of date) whose editions keep only their first `keep` components, so the
 * candidates of a plan stay few enough to try every subset of them (the brute-force oracle).
 * The participant's completions of components taken out stay in: they become
 * `unknown-component` lines, one more way for the data to miss the programme.
 */
export const smallPlanCaseArb: fc.Arbitrary<StatementCase> = fc
  .tuple(statementCaseArb, fc.integer({ min: 1, max: 5 }))
  .map(([c, keep]) => {
    const programme: Programme = {
      ...c.programme,
      editions: c.programme.editions.map((e) => ({
        ...e,
        components: e.components.slice(0, keep),
      })),
    };
    return { ...c, programme };
  });
