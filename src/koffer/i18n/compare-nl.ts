import { joinList, q } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { CompareDiagnosticParams } from "../compare-diagnostics.js";

/** The Dutch messages of the comparison diagnostics. */
export const compareNl: MessageTable<CompareDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "template-mismatch": (p) =>
    `Alleen koffers van hetzelfde sjabloon zijn te vergelijken: ${q(p.expected)} en ${q(p.received)}.`,
  "category-mismatch": (p) =>
    `De categorieën verschillen: ${joinList(p.categories.map(q), "nl")} staan er niet in beide.`,
  "invalid-date": (p) => `Een datum is een bestaande dag als JJJJ-MM-DD; gevonden ${p.received}.`,
  "date-order": (p) => `De latere ronde (${p.after}) ligt vóór de eerdere (${p.before}).`,
  "duplicate-team": (p) =>
    `Het team ${q(p.team)} staat er twee keer in (eerst bij [${p.firstIndex}]).`,
});
