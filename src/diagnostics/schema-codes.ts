import { en } from "../i18n/en/schema.js";
import { nl } from "../i18n/nl/schema.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { type DiagnosticUnion, diagnosticFactory, type Severity } from "./diagnostic.js";

/**
 * The params of every diagnostic that checks the *shape* of an input (the schema), shared by the
 * programme, the participants and the koffer. zod's own issues are translated into these at the
 * boundary, so the public contract does not depend on zod.
 *
 * @example
 * const params: SchemaDiagnosticParams["missing-field"] = { field: "name" };
 */
export interface SchemaDiagnosticParams {
  /** A required field is absent. */
  "missing-field": { readonly field: string };
  /**
   * A field the format does not know (often a typo), with the nearest field the object may have
   * and does not have yet (`"hour"` → `"hours"`), or null when none is near.
   */
  "unknown-field": { readonly field: string; readonly suggestion: string | null };
  /** The value has the wrong JSON type. */
  "invalid-type": { readonly expected: string; readonly received: string };
  /** A number with a fraction where a whole number is needed. */
  "not-an-integer": { readonly received: string };
  /** A number, text or list below its minimum. */
  "too-small": {
    readonly origin: string;
    readonly minimum: number;
    readonly inclusive: boolean;
    readonly received: string;
  };
  /** A number, text or list above its maximum. */
  "too-big": {
    readonly origin: string;
    readonly maximum: number;
    readonly inclusive: boolean;
    readonly received: string;
  };
  /** A value outside a fixed set of choices. */
  "invalid-value": {
    readonly allowed: readonly (string | number | boolean | null)[];
    readonly received: string;
  };
  /** Not a calendar date written as `YYYY-MM-DD`. */
  "invalid-date": { readonly received: string };
  /** A calendar date outside the supported range (see `FIRST_SUPPORTED_DATE`). */
  "date-out-of-range": {
    readonly received: string;
    readonly first: string;
    readonly last: string;
  };
  /** Not a usable id: empty, longer than 100 characters, or with space at either end. */
  "invalid-id": { readonly received: string };
  /** Text that is empty or only white space. */
  "empty-text": { readonly received: string };
  /** A component's stars are not 1, 2 or 3 (rules A2). */
  "stars-out-of-range": { readonly received: string };
  /** The `formatVersion` is not one this version of the library reads. */
  "unsupported-format-version": {
    readonly received: string;
    readonly supported: readonly number[];
  };
  /** Any other shape problem (kept so that no schema issue is ever dropped). */
  "invalid-shape": { readonly detail: string };
  /** The input could not be read at all (e.g. a getter that throws). */
  "unreadable-input": { readonly detail: string };
  /** A programme or participant holds more values than a validator reads (see input-size.ts). */
  "input-too-large": { readonly limit: number; readonly of: "programme" | "participant" };
}

/**
 * A problem with the shape of an input.
 *
 * @example
 * if (d.code === "invalid-value") console.log(d.params.allowed);
 */
export type SchemaDiagnostic = DiagnosticUnion<SchemaDiagnosticParams>;

/**
 * Codes of schema diagnostics.
 *
 * @example
 * const code: SchemaDiagnosticCode = "missing-field";
 */
export type SchemaDiagnosticCode = keyof SchemaDiagnosticParams;

/**
 * The severity of every schema code (all are errors: a value of the wrong shape cannot be used).
 *
 * @example
 * schemaSeverities["unknown-field"]; //=> "error"
 */
export const schemaSeverities = /* @__PURE__ */ deepFreeze({
  "missing-field": "error",
  "unknown-field": "error",
  "invalid-type": "error",
  "not-an-integer": "error",
  "too-small": "error",
  "too-big": "error",
  "invalid-value": "error",
  "invalid-date": "error",
  "date-out-of-range": "error",
  "invalid-id": "error",
  "empty-text": "error",
  "stars-out-of-range": "error",
  "unsupported-format-version": "error",
  "invalid-shape": "error",
  "unreadable-input": "error",
  "input-too-large": "error",
} as const satisfies Record<SchemaDiagnosticCode, Severity>);

/** @internal */
export const schemaDiagnostic = /* @__PURE__ */ diagnosticFactory<SchemaDiagnosticParams>({
  severity: schemaSeverities,
  messages: { nl, en },
});

/** Codes a schema can name in its error tag (see `tagged`). */
export type TaggableCode =
  | "invalid-date"
  | "date-out-of-range"
  | "invalid-id"
  | "empty-text"
  | "stars-out-of-range"
  | "unsupported-format-version";

const TAG = "sterrenprogramma:";

/**
 * zod `error` option that marks a schema's failures with one of our codes, so the translator can
 * report a precise code instead of a generic one.
 *
 * @internal
 */
export function tagged(
  code: TaggableCode,
  abort = false,
): { readonly error: () => string; readonly abort: boolean } {
  return { error: () => TAG + code, abort };
}

/** The code a tagged zod message carries, if any. @internal */
export function tagOf(message: string): TaggableCode | undefined {
  return message.startsWith(TAG) ? (message.slice(TAG.length) as TaggableCode) : undefined;
}
