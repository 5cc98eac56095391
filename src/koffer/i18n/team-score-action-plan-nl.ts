import { count, q } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { PlanDiagnosticParams } from "../team-score-action-plan-diagnostics.js";

/** The Dutch messages of the team score and action plan diagnostics. */
export const planNl: MessageTable<PlanDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "lone-action": (p) =>
    `Maak steeds paren van een klein en een groot actiepunt: het ${p.missing === "small" ? "kleine" : "grote"} actiepunt${p.category === null ? "" : ` voor ${p.label ?? q(p.category)}`} ontbreekt.`,
  "means-count": (p) =>
    `Er zijn ${p.expected} categorieën maar ${count(p.received, "gemiddelde", "gemiddelden")}.`,
  "invalid-mean": (p) =>
    `Het gemiddelde voor ${p.label} moet een eindig getal van 0 of meer zijn; gevonden ${p.received}.`,
});
