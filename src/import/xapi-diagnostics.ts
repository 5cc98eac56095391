import {
  type DiagnosticUnion,
  diagnosticFactory,
  type Severity,
} from "../diagnostics/diagnostic.js";
import type { LocalizedText } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { xapiEn } from "./i18n/xapi-en.js";
import { xapiNl } from "./i18n/xapi-nl.js";

/**
 * What a `completionsFromXapi` option must be, for `invalid-option`: the options themselves an
 * object, a mapping a plain object or a `Map` of text to text, `verbs` a list of 1–100 verb IRIs,
 * `status` one of the approval statuses.
 *
 * @example
 * const expected: XapiOptionExpectation = "mapping";
 */
export type XapiOptionExpectation = "object" | "mapping" | "verb-list" | "status";

/**
 * Why a mapping entry cannot be used, for `invalid-mapping-entry`: the key is not text or is
 * empty, the value is not a valid id (1–100 characters, no space at either end), or two keys that
 * mean the same actor (`Anouk@bieb.nl`, `mailto:anouk@bieb.nl`) name different participants.
 *
 * @example
 * const reason: XapiMappingEntryProblem = "invalid-id";
 */
export type XapiMappingEntryProblem = "invalid-key" | "invalid-id" | "duplicate-key";

/**
 * What is wrong with a field of a statement, for `invalid-statement`.
 *
 * @example
 * const problem: XapiStatementProblem = "missing";
 */
export type XapiStatementProblem =
  /** the statement is not a JSON object */
  | "not-an-object"
  /** a required field is absent */
  | "missing"
  /** a field that must be text is not */
  | "not-text"
  /** a field that must be an object is not */
  | "not-object"
  /** a completion's object is an agent, a group or a statement, not an activity */
  | "not-an-activity"
  /** a voiding statement's object is not a statement reference */
  | "not-a-statement-ref";

/**
 * Why an actor cannot be named as a participant, for `invalid-actor`.
 *
 * @example
 * const reason: XapiActorProblem = "no-identifier";
 */
export type XapiActorProblem =
  /** none of mbox, mbox_sha1sum, openid, account (or an account without homePage and name) */
  | "no-identifier"
  /** more than one of them: xAPI allows exactly one */
  | "several-identifiers"
  /** a group: whose completion it is cannot be told */
  | "group"
  /** the participant id it would give is not a valid id */
  | "not-an-id";

/**
 * The params of the xAPI import diagnostics, keyed by code. Paths point into the input as it was
 * given: `[12, "object", "id"]` for an array, `["statements", 12, "object", "id"]` for an LRS page.
 * Text from the input (ids, names, timestamps) is cut to 100 characters in params and messages.
 *
 * @example
 * const params: XapiDiagnosticParams["unknown-activity"] = {
 *   activity: "https://leren.bieb.nl/modules/bhv-2026",
 *   name: { nl: "BHV-herhaling", en: "BHV-herhaling" },
 *   count: 3,
 *   suggestion: "https://leren.bieb.nl/modules/bhv-2025",
 * };
 */
export interface XapiDiagnosticParams {
  /** The input could not be read (a getter or proxy that throws); nothing is imported. */
  "unreadable-input": { readonly detail: string };
  /** The input is neither an array of statements nor an LRS page `{ statements: [...] }`. */
  "invalid-input": { readonly received: string };
  /** More statements than one call reads (`MAX_XAPI_STATEMENTS`); nothing is imported. */
  "too-many-statements": { readonly count: number; readonly limit: number };
  /** An LRS page with a `more` link: the LRS holds further statements, not in this input. */
  "more-statements": { readonly more: string };
  /** An option the importer does not know (`suggestion`: the nearest known one, or null). */
  "unknown-option": { readonly option: string; readonly suggestion: string | null };
  /** A required option (`timeZone`, `components`) is absent. */
  "missing-option": { readonly option: string };
  /** An option of the wrong kind. */
  "invalid-option": { readonly option: string; readonly expected: XapiOptionExpectation };
  /** A mapping with more entries than `MAX_XAPI_MAPPING_ENTRIES`. */
  "mapping-too-large": { readonly option: string; readonly count: number; readonly limit: number };
  /** A mapping entry that cannot be used. */
  "invalid-mapping-entry": {
    readonly option: string;
    readonly key: string;
    readonly problem: XapiMappingEntryProblem;
  };
  /** `timeZone` is not a named IANA time zone this JavaScript engine knows. */
  "invalid-time-zone": { readonly received: string };
  /** A statement, or a field of it, does not have the xAPI shape. */
  "invalid-statement": { readonly field: string; readonly problem: XapiStatementProblem };
  /** An actor that cannot be named as a participant. */
  "invalid-actor": { readonly problem: XapiActorProblem };
  /**
   * Statements by an actor the participant mapping does not hold (or, without a mapping, one
   * identified only by mbox_sha1sum or openid): one diagnostic per actor, at its first statement.
   */
  "unknown-actor": {
    readonly actor: string;
    readonly name: string | null;
    readonly count: number;
    readonly needsMapping: boolean;
  };
  /**
   * Completions of an activity the component mapping does not hold: one diagnostic per activity,
   * at its first statement, with the nearest mapped activity id as `suggestion` (or null).
   */
  "unknown-activity": {
    readonly activity: string;
    readonly name: LocalizedText | null;
    readonly count: number;
    readonly suggestion: string | null;
  };
  /** Statements whose verb does not count as a completion: one diagnostic per verb. */
  "other-verb": {
    readonly verb: string;
    readonly display: LocalizedText | null;
    readonly count: number;
  };
  /** A completion statement without a `timestamp`. */
  "missing-timestamp": Readonly<Record<string, never>>;
  /** A `timestamp` that is not an ISO 8601 date and time with a UTC offset. */
  "invalid-timestamp": { readonly received: string; readonly noOffset: boolean };
  /** The calendar date of the timestamp in the time zone lies outside the supported range. */
  "date-out-of-range": { readonly received: string; readonly first: string; readonly last: string };
  /** A statement voided by a voiding statement in the same input. */
  voided: { readonly id: string; readonly voidedBy: number };
  /** A completion statement whose id was seen before in the input: the later copy is left out. */
  "duplicate-statement": { readonly id: string; readonly firstIndex: number };
  /** The result contradicts the verb: `completed` with `completion: false`, `passed` with `success: false`. */
  "contradicting-result": { readonly verb: string; readonly field: "completion" | "success" };
}

/**
 * The codes of `XapiDiagnostic`.
 *
 * @example
 * const code: XapiDiagnosticCode = "unknown-activity";
 */
export type XapiDiagnosticCode = keyof XapiDiagnosticParams;

/**
 * One statement (or a group of statements alike) that does not become a completion, or an option
 * that stops the import: `{ code, severity, path, params, message }`, a union keyed by `code` so
 * that `params` narrows.
 *
 * @example
 * if (d.code === "unknown-activity") console.log(d.params.activity, d.params.suggestion);
 */
export type XapiDiagnostic = DiagnosticUnion<XapiDiagnosticParams>;

/**
 * The severity of every xAPI import code. Errors are what the user must fix to get the
 * completions they expect (a broken option, statement or timestamp); warnings are statements left
 * out by design (another verb, a voided or repeated statement) or by choice (an activity or actor
 * the mappings leave out).
 *
 * @example
 * xapiSeverities["unknown-activity"]; //=> "warning"
 */
export const xapiSeverities = /* @__PURE__ */ deepFreeze({
  "unreadable-input": "error",
  "invalid-input": "error",
  "too-many-statements": "error",
  "more-statements": "warning",
  "unknown-option": "error",
  "missing-option": "error",
  "invalid-option": "error",
  "mapping-too-large": "error",
  "invalid-mapping-entry": "error",
  "invalid-time-zone": "error",
  "invalid-statement": "error",
  "invalid-actor": "error",
  "unknown-actor": "warning",
  "unknown-activity": "warning",
  "other-verb": "warning",
  "missing-timestamp": "error",
  "invalid-timestamp": "error",
  "date-out-of-range": "error",
  voided: "warning",
  "duplicate-statement": "warning",
  "contradicting-result": "warning",
} as const satisfies Record<XapiDiagnosticCode, Severity>);

/** @internal Builds an xAPI import diagnostic with its severity and both messages. */
export const xapiDiagnostic = /* @__PURE__ */ diagnosticFactory<XapiDiagnosticParams>({
  severity: xapiSeverities,
  messages: { nl: xapiNl, en: xapiEn },
});
