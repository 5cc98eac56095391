import { deepFreeze } from "../internal/deep-freeze.js";
import { type DiagnosticOf, formatDiagnostic } from "./diagnostic.js";

/**
 * The outcome of validating untrusted input: either the typed value with any warnings, or every
 * problem found (errors and warnings together). Never thrown.
 *
 * @example
 * const result = validateProgramme(json);
 * if (result.ok) use(result.value);
 * else for (const d of result.diagnostics) console.log(d.message.en);
 */
export type ValidationResult<T, D extends DiagnosticOf<string, unknown>> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly D[] }
  | { readonly ok: false; readonly diagnostics: readonly D[] };

/** @internal Orders diagnostics deterministically: errors first, then by path, then by code. */
export function sortDiagnostics<D extends DiagnosticOf<string, unknown>>(
  diagnostics: readonly D[],
): D[] {
  return diagnostics
    .map((d, i) => ({
      d,
      i,
      key: d.path
        .map((s) => (typeof s === "number" ? String(s).padStart(10, "0") : s))
        .join("\u0000"),
    }))
    .sort(
      (a, b) =>
        (a.d.severity === b.d.severity ? 0 : a.d.severity === "error" ? -1 : 1) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        (a.d.code < b.d.code ? -1 : a.d.code > b.d.code ? 1 : 0) ||
        a.i - b.i,
    )
    .map((x) => x.d);
}

/** @internal A failed result; the input could not become a value. */
export function failure<D extends DiagnosticOf<string, unknown>>(
  diagnostics: readonly D[],
): { readonly ok: false; readonly diagnostics: readonly D[] } {
  return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
}

/** @internal Builds a result from a value and the diagnostics found for it. */
export function toResult<T, D extends DiagnosticOf<string, unknown>>(
  value: T,
  diagnostics: readonly D[],
): ValidationResult<T, D> {
  const sorted = sortDiagnostics(diagnostics);
  return sorted.some((d) => d.severity === "error")
    ? { ok: false, diagnostics: sorted }
    : { ok: true, value, warnings: sorted };
}

/** The class behind `SterrenprogrammaValidationError`, exported frozen under that name. */
class ValidationError extends Error {
  override readonly name = "SterrenprogrammaValidationError";
  readonly diagnostics: readonly DiagnosticOf<string, unknown>[];

  constructor(what: string, diagnostics: readonly DiagnosticOf<string, unknown>[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(
      `${what} is not valid (${errors.length} error${errors.length === 1 ? "" : "s"}):\n` +
        errors.map((d) => `  ${formatDiagnostic(d, "en")}`).join("\n"),
    );
    this.diagnostics = diagnostics;
  }
}

/**
 * Thrown by the throwing twins (`parseProgramme`, `parseParticipant`) when the input has errors.
 * It carries the same diagnostics the safe functions return.
 *
 * @example
 * try {
 *   parseProgramme(json);
 * } catch (error) {
 *   if (error instanceof SterrenprogrammaValidationError) console.log(error.diagnostics);
 * }
 * @class
 */
export const SterrenprogrammaValidationError: typeof ValidationError = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ named(ValidationError, "SterrenprogrammaValidationError"),
);
/** An error thrown by `parseProgramme` or `parseParticipant`, with the diagnostics it carries. */
export type SterrenprogrammaValidationError = ValidationError;

/**
 * Gives a class the name it is exported under (Node prints it). A function, not a statement or an
 * argument with a side effect, so that an unused class still tree-shakes.
 */
function named<T extends object>(type: T, name: string): T {
  return Object.defineProperty(type, "name", { value: name });
}

/** @internal Unwraps a result or throws the error class with its diagnostics. */
export function unwrap<T, D extends DiagnosticOf<string, unknown>>(
  what: string,
  result: ValidationResult<T, D>,
): T {
  if (result.ok) return result.value;
  throw new SterrenprogrammaValidationError(what, result.diagnostics);
}
