import { semanticDiagnostic } from "../diagnostics.js";
import type { WindowLayout } from "../types.js";
import { designWindows } from "../window-years.js";
import type { CheckContext, PolicyView } from "./context.js";

/**
 * rules A9: empty editions, editions before the start year, and missing years inside windows.
 * Each edition is judged on its own sound year; missing years only when every edition's year and
 * the window layout are known (a year that is there but unreadable is not missing).
 */
export function checkEditions(ctx: CheckContext): void {
  const { policy, editions } = ctx.programme;
  const startYear = policy?.startYear;
  for (const [i, edition] of (editions ?? []).entries()) {
    if (edition?.year === undefined) continue;
    if (edition.components !== undefined && edition.components.length === 0) {
      ctx.report(
        semanticDiagnostic("empty-edition", ["editions", i, "components"], { year: edition.year }),
      );
    }
    if (startYear !== undefined && edition.year < startYear) {
      ctx.report(
        semanticDiagnostic("edition-before-start", ["editions", i, "year"], {
          year: edition.year,
          startYear,
        }),
      );
    }
  }
  const layout = windowLayout(policy);
  if (layout === undefined || !ctx.yearsComplete) return;
  const missing = new Set<number>();
  for (const span of designWindows(layout, [...ctx.editionsByYear.keys()])) {
    for (let year = span.start; year <= span.end; year++) {
      if (!ctx.editionsByYear.has(year) && !missing.has(year)) {
        missing.add(year);
        ctx.report(
          semanticDiagnostic("missing-edition", ["editions"], {
            year,
            windowStart: span.start,
            windowEnd: span.end,
          }),
        );
      }
    }
  }
}

/** The window layout of a policy, when its start year, kind and length are all known. */
export function windowLayout(policy: PolicyView | undefined): WindowLayout | undefined {
  const kind = policy?.window?.kind;
  const years = policy?.window?.years;
  const startYear = policy?.startYear;
  if (kind === undefined || years === undefined || startYear === undefined) return undefined;
  return { startYear, window: { kind, years } };
}
