import type { DiagnosticOf, DiagnosticUnion, Path } from "../diagnostics/diagnostic.js";
import type { MessageTable } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { aggregateEn } from "./i18n/aggregate-en.js";
import { aggregateNl } from "./i18n/aggregate-nl.js";
import { en } from "./i18n/en.js";
import { nl } from "./i18n/nl.js";

/**
 * The JSON types a koffer field can expect, for `invalid-type`.
 *
 * @example
 * const expected: KofferExpectedType = "object";
 */
export type KofferExpectedType = "object" | "array" | "string" | "number";

/**
 * The params of every diagnostic the koffer engine reports (rules B1–B3), keyed by code. The
 * message tables in Dutch and English are typed over this table, so a code without a message
 * fails to compile.
 *
 * @example
 * const params: KofferDiagnosticParams["over-budget"] = { total: 104, budget: 100 };
 */
export interface KofferDiagnosticParams {
  /** The input could not be read at all (e.g. a getter or a proxy that throws). */
  "unreadable-input": { readonly detail: string };
  /** The value has the wrong JSON type (`received` is a type name, never the value). */
  "invalid-type": { readonly expected: KofferExpectedType; readonly received: string };
  /** A required field is absent. */
  "missing-field": { readonly field: string };
  /** A field the format does not know (often a typo; also `__proto__` or `constructor`). */
  "unknown-field": { readonly field: string };
  /** A template or category id that is not 1–100 characters without space at either end. */
  "invalid-id": { readonly received: string };
  /** A respondent that is not 1–100 characters without space at either end. No value is echoed. */
  "invalid-respondent": Record<string, never>;
  /** A label, name or step that is empty or only white space. */
  "empty-text": { readonly field: string };
  /** A value outside a fixed set of choices (`kind`, `budgetRule`). */
  "invalid-value": {
    readonly field: string;
    readonly allowed: readonly string[];
    readonly received: string;
  };
  /** The budget is not a whole number from 1 to `maximum`. */
  "invalid-budget": { readonly received: string; readonly maximum: number };
  /** A template needs at least `minimum` categories. */
  "too-few-categories": { readonly count: number; readonly minimum: number };
  /** A template may have at most `maximum` categories (`maxCategories`). */
  "too-many-categories": { readonly count: number; readonly maximum: number };
  /** Two categories of a template share an id. */
  "duplicate-category": { readonly id: string; readonly firstIndex: number };
  /**
   * With no two equal scores, `categories` categories need at least 0 + 1 + … + (k − 1) points
   * (`minimum`), more than the template's `budget` (rules B1).
   */
  "budget-too-small": {
    readonly categories: number;
    readonly minimum: number;
    readonly budget: number;
  };
  /** A sheet has no score for a category of the template (`label`: its label, for people). */
  "missing-category": { readonly category: string; readonly label: string };
  /** A sheet scores a category the template does not have. */
  "unknown-category": { readonly category: string };
  /** A score that is not a whole number (also `NaN` and infinities). */
  "not-an-integer": {
    readonly category: string;
    readonly label: string;
    readonly received: string;
  };
  /** A score below 0. */
  negative: { readonly category: string; readonly label: string; readonly received: number };
  /**
   * Two or more categories with the same points (rules B2); ids sorted, `labels` in the same order.
   * One per tied value.
   */
  tie: {
    readonly categories: readonly string[];
    readonly labels: readonly string[];
    readonly points: number;
  };
  /** The sheet's points add up to more than the budget. */
  "over-budget": { readonly total: number; readonly budget: number };
  /** The template's rule is `exactly` and the points add up to less than the budget. */
  "under-budget": { readonly total: number; readonly budget: number };
  /** A respondent handed in more than one valid sheet; `otherSheets` are the other indexes. */
  "duplicate-respondent": { readonly otherSheets: readonly number[] };
}

/**
 * One problem the koffer engine found: `{ code, severity, path, params, message: { nl, en } }`,
 * a union keyed by `code` so that `params` narrows.
 *
 * @example
 * if (d.code === "tie") console.log(d.params.categories, d.params.points);
 */
export type KofferDiagnostic = DiagnosticUnion<KofferDiagnosticParams>;

/**
 * The codes of `KofferDiagnostic`.
 *
 * @example
 * const sheetBudgetCodes: KofferDiagnosticCode[] = ["over-budget", "under-budget"];
 */
export type KofferDiagnosticCode = keyof KofferDiagnosticParams;

/**
 * @internal The codes that reading a template, a sheet, a team score or an action plan can give:
 * every koffer code but the aggregate's own. Their messages are one table per language
 * (`i18n/nl.ts`, `i18n/en.ts`); `duplicate-respondent` has its own (`i18n/aggregate-*.ts`), so
 * that an app that only checks sheets does not carry a message it can never show.
 */
export type ReadingDiagnosticParams = Omit<KofferDiagnosticParams, "duplicate-respondent">;

/** @internal The code only the team aggregate gives. */
export type AggregateDiagnosticParams = Pick<KofferDiagnosticParams, "duplicate-respondent">;

/**
 * @internal Every code of the message tables as an error. Built rather than written out: the
 * koffer has no warnings, and the entry point's size counts every byte.
 */
export function allErrors<P, Q = Record<never, never>>(
  messages: MessageTable<P>,
  more?: MessageTable<Q>,
): { readonly [C in keyof P | keyof Q]: "error" } {
  const codes = [...Object.keys(messages), ...Object.keys(more ?? {})];
  // Frozen: a caller that set a code to "warning" would let invalid sheets through for everyone.
  return deepFreeze(Object.fromEntries(codes.map((code) => [code, "error"]))) as {
    readonly [C in keyof P | keyof Q]: "error";
  };
}

/**
 * The severity of every koffer code (in the order of `KofferDiagnosticParams`). All are errors:
 * a template or sheet with any of these problems cannot be used.
 *
 * @example
 * kofferSeverities.tie; //=> "error"
 */
export const kofferSeverities: { readonly [C in KofferDiagnosticCode]: "error" } =
  /* @__PURE__ */ allErrors(en, aggregateEn);

/**
 * @internal Builds the diagnostics of one family of codes, all errors, with both messages. The
 * koffer's own rather than the shared `diagnosticFactory`: with every severity "error" it needs no
 * severity table at run time. Each family (reading, aggregate, plan, comparison) has its own
 * factory over its own tables, so a bundle holds the messages of the functions it imports.
 */
export function errorFactory<P>(nl: MessageTable<P>, en: MessageTable<P>) {
  return function diagnostic<C extends keyof P & string>(
    code: C,
    path: Path,
    params: P[C],
  ): DiagnosticOf<C, P[C]> {
    return {
      code,
      severity: "error",
      path,
      params,
      message: { nl: nl[code](params), en: en[code](params) },
    };
  };
}

/** @internal Builds a koffer diagnostic of reading (every code but `duplicate-respondent`). */
export const kofferDiagnostic = /* @__PURE__ */ errorFactory<ReadingDiagnosticParams>(nl, en);

/** @internal Builds the aggregate's own diagnostic, `duplicate-respondent`. */
export const aggregateDiagnostic = /* @__PURE__ */ errorFactory<AggregateDiagnosticParams>(
  aggregateNl,
  aggregateEn,
);
