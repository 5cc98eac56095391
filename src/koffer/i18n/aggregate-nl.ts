import { joinList } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { AggregateDiagnosticParams } from "../diagnostics.js";

/**
 * The Dutch message of the team aggregate's own diagnostic. A table of its own: only
 * `aggregateSheets` reports it, so a bundle that checks sheets alone leaves it out.
 */
export const aggregateNl: MessageTable<AggregateDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "duplicate-respondent": (p) =>
    `Dezelfde respondent leverde nog een geldig vel in (bij ${joinList(
      p.otherSheets.map((i) => `[${i}]`),
      "nl",
    )}); geen van deze vellen telt mee.`,
});
