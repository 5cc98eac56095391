/**
 * The koffer's own result helpers. Every koffer, plan and comparison code is an error (see
 * `allErrors`), so a koffer result never carries warnings and its diagnostics need no ordering by
 * severity: the shared `failure` / `toResult` (src/diagnostics/result.ts) do both, and cost every
 * koffer bundle the bytes for it. The order is the shared one for errors alone: by path (indexes as
 * numbers), then by code, then as found. Internal: not exported from the entry point.
 */
import type { DiagnosticOf } from "../diagnostics/diagnostic.js";
import type { ValidationResult } from "../diagnostics/result.js";

/** @internal A failed result, its diagnostics in the order `sortDiagnostics` gives errors. */
export function failure<D extends DiagnosticOf<string, unknown>>(
  diagnostics: readonly D[],
): { readonly ok: false; readonly diagnostics: readonly D[] } {
  const keyed = diagnostics.map((d, i) => ({
    d,
    i,
    key: d.path
      .map((s) => (typeof s === "number" ? String(s).padStart(10, "0") : s))
      .join("\u0000"),
  }));
  keyed.sort(
    (a, b) =>
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (a.d.code < b.d.code ? -1 : a.d.code > b.d.code ? 1 : 0) ||
      a.i - b.i,
  );
  return { ok: false, diagnostics: keyed.map((x) => x.d) };
}

/** @internal A valid result: the value, and no warnings (the koffer has none). */
export function success<T, D extends DiagnosticOf<string, unknown>>(
  value: T,
): ValidationResult<T, D> {
  return { ok: true, value, warnings: [] };
}
