import { describe, expectTypeOf, it } from "vitest";
import type { MessageTable } from "../../src/i18n/types.js";
import { compareNl } from "../../src/koffer/i18n/compare-nl.js";
import {
  type Change,
  type CompareDiagnostic,
  type CompareDiagnosticParams,
  compareRounds,
  type KofferRound,
  type RoundComparison,
  type TeamAggregate,
} from "../../src/koffer/index.js";

declare const aggregate: TeamAggregate;

describe("comparison types", () => {
  it("results narrow on ok; diagnostics narrow on code", () => {
    const round: KofferRound = { date: "2025-09-15", aggregate };
    const result = compareRounds(round, round);
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<RoundComparison>();
      expectTypeOf(result.value.concordance).toEqualTypeOf<Change | null>();
    } else expectTypeOf(result.diagnostics).toEqualTypeOf<readonly CompareDiagnostic[]>();
    const d = {} as CompareDiagnostic;
    if (d.code === "date-order") expectTypeOf(d.params.before).toBeString();
  });

  it("a round needs a date and an aggregate", () => {
    // @ts-expect-error no date
    const undated: KofferRound = { aggregate };
    void undated;
  });

  it("a message table without a code does not compile", () => {
    const { "date-order": _, ...rest } = compareNl;
    // @ts-expect-error "date-order" has no Dutch message
    const incomplete: MessageTable<CompareDiagnosticParams> = rest;
    void incomplete;
  });
});
