import type { DiagnosticUnion } from "../diagnostics/diagnostic.js";
import { allErrors, errorFactory, type KofferDiagnostic } from "./diagnostics.js";
import { planEn } from "./i18n/team-score-action-plan-en.js";
import { planNl } from "./i18n/team-score-action-plan-nl.js";

/**
 * The params of the diagnostics of the team score proposal and the action plans (rules B4, B5),
 * keyed by code. These codes never coincide with a `KofferDiagnosticCode`; the general problems
 * (a wrong JSON type, an unknown field, an unknown category, blank text, a bad status) use the
 * koffer codes, so one code always means one thing.
 *
 * @example
 * const params: PlanDiagnosticParams["lone-action"] = { category: "netwerken", label: "Netwerken", missing: "large" };
 */
export interface PlanDiagnosticParams {
  /** An action pair with only a small or only a large action; `missing` names the absent one. */
  "lone-action": {
    readonly category: string | null;
    /** The category's label, or null when the category is missing or not in the template. */
    readonly label: string | null;
    readonly missing: "small" | "large";
  };
  /** An array of means whose length is not the number of categories. */
  "means-count": { readonly expected: number; readonly received: number };
  /** A mean that is not a finite number ≥ 0 (also `null`: a team without valid sheets). */
  "invalid-mean": { readonly category: string; readonly label: string; readonly received: string };
}

/**
 * The codes of `PlanDiagnostic`.
 *
 * @example
 * const code: PlanDiagnosticCode = "lone-action";
 */
export type PlanDiagnosticCode = keyof PlanDiagnosticParams;

/**
 * One problem of a proposal or an action plan: `{ code, severity, path, params, message }`, a
 * union keyed by `code` so that `params` narrows.
 *
 * @example
 * if (d.code === "lone-action") console.log(`${d.params.missing} action missing`);
 */
export type PlanDiagnostic = DiagnosticUnion<PlanDiagnosticParams>;

/**
 * What `proposeTeamScore` and `validateActionPlan` report: their own codes or the koffer codes.
 *
 * @example
 * const codes = result.ok ? [] : result.diagnostics.map((d: KofferPlanDiagnostic) => d.code);
 */
export type KofferPlanDiagnostic = KofferDiagnostic | PlanDiagnostic;

/**
 * The severity of every plan code. All are errors: the input cannot be used.
 *
 * @example
 * planSeverities["lone-action"]; //=> "error"
 */
export const planSeverities: { readonly [C in PlanDiagnosticCode]: "error" } =
  /* @__PURE__ */ allErrors(planEn);

/** @internal Builds a plan diagnostic with its severity and both messages. */
export const planDiagnostic = /* @__PURE__ */ errorFactory<PlanDiagnosticParams>(planNl, planEn);
