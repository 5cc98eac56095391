import type { DiagnosticUnion, Severity } from "../diagnostics/diagnostic.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { errorFactory } from "./diagnostics.js";
import { compareEn } from "./i18n/compare-en.js";
import { compareNl } from "./i18n/compare-nl.js";

/**
 * The params of the diagnostics of the comparisons over time, across teams and one to one
 * (rules B6), keyed by code. Paths start with the argument's name (`["after", "date"]`,
 * `["sheet", "scores"]`) or, for `compareTeams`, with the team's index in the list.
 *
 * @example
 * const params: CompareDiagnosticParams["date-order"] = { before: "2026-03-02", after: "2025-09-15" };
 */
export interface CompareDiagnosticParams {
  /** Two aggregates of different templates: `expected` is the reference's template id. */
  "template-mismatch": { readonly expected: string; readonly received: string };
  /** Category ids that are in only one of two aggregates, or of a sheet and an aggregate; sorted. */
  "category-mismatch": { readonly categories: readonly string[] };
  /** A round's date that is not a real calendar day written `YYYY-MM-DD`. */
  "invalid-date": { readonly received: string };
  /** The later round is dated before the earlier one. */
  "date-order": { readonly before: string; readonly after: string };
  /** Two teams with the same name. */
  "duplicate-team": { readonly team: string; readonly firstIndex: number };
}

/**
 * The codes of `CompareDiagnostic`.
 *
 * @example
 * const code: CompareDiagnosticCode = "template-mismatch";
 */
export type CompareDiagnosticCode = keyof CompareDiagnosticParams;

/**
 * One reason two rounds, several teams or a sheet and its team cannot be compared:
 * `{ code, severity, path, params, message }`, a union keyed by `code` so that `params` narrows.
 *
 * @example
 * if (d.code === "date-order") console.log(d.params.before, d.params.after);
 */
export type CompareDiagnostic = DiagnosticUnion<CompareDiagnosticParams>;

/**
 * The severity of every comparison code. All are errors: there is no comparison.
 *
 * @example
 * compareSeverities["template-mismatch"]; //=> "error"
 */
export const compareSeverities = /* @__PURE__ */ deepFreeze({
  "template-mismatch": "error",
  "category-mismatch": "error",
  "invalid-date": "error",
  "date-order": "error",
  "duplicate-team": "error",
} as const satisfies Record<CompareDiagnosticCode, Severity>);

/** @internal Builds a comparison diagnostic with its severity and both messages. */
export const compareDiagnostic = /* @__PURE__ */ errorFactory<CompareDiagnosticParams>(
  compareNl,
  compareEn,
);
