import { joinList, q } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { CompareDiagnosticParams } from "../compare-diagnostics.js";

/** The English messages of the comparison diagnostics. */
export const compareEn: MessageTable<CompareDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "template-mismatch": (p) =>
    `Only koffers of the same template can be compared: ${q(p.expected)} and ${q(p.received)}.`,
  "category-mismatch": (p) =>
    `The categories differ: ${joinList(p.categories.map(q), "en")} are not in both.`,
  "invalid-date": (p) => `A date must be a real day written YYYY-MM-DD; found ${p.received}.`,
  "date-order": (p) =>
    `The later round (${p.after}) is dated before the earlier one (${p.before}).`,
  "duplicate-team": (p) => `The team ${q(p.team)} appears twice (first at [${p.firstIndex}]).`,
});
