import { joinList } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { AggregateDiagnosticParams } from "../diagnostics.js";

/**
 * The English message of the team aggregate's own diagnostic. A table of its own: only
 * `aggregateSheets` reports it, so a bundle that checks sheets alone leaves it out.
 */
export const aggregateEn: MessageTable<AggregateDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "duplicate-respondent": (p) =>
    `The same respondent handed in another valid sheet (at ${joinList(
      p.otherSheets.map((i) => `[${i}]`),
      "en",
    )}); none of these sheets counts.`,
});
