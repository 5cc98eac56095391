import { count, q } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { PlanDiagnosticParams } from "../team-score-action-plan-diagnostics.js";

/** The English messages of the team score and action plan diagnostics. */
export const planEn: MessageTable<PlanDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "lone-action": (p) =>
    `Action points come in pairs of a small and a large one: the ${p.missing} action${p.category === null ? "" : ` for ${p.label ?? q(p.category)}`} is missing.`,
  "means-count": (p) =>
    `There are ${p.expected} categories but ${count(p.received, "mean", "means")}.`,
  "invalid-mean": (p) =>
    `The mean for ${p.label} must be a finite number of 0 or more; found ${p.received}.`,
});
