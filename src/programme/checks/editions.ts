import { semanticDiagnostic } from "../diagnostics.js";
import { designWindows } from "../window-years.js";
import type { CheckContext } from "./context.js";

/** SPEC A9: empty editions, editions before the start year, and missing years inside windows. */
export function checkEditions(ctx: CheckContext): void {
  const { policy, editions } = ctx.programme;
  for (const [i, edition] of editions.entries()) {
    if (edition.components.length === 0) {
      ctx.report(
        semanticDiagnostic("empty-edition", ["editions", i, "components"], { year: edition.year }),
      );
    }
    if (edition.year < policy.startYear) {
      ctx.report(
        semanticDiagnostic("edition-before-start", ["editions", i, "year"], {
          year: edition.year,
          startYear: policy.startYear,
        }),
      );
    }
  }
  const missing = new Set<number>();
  for (const span of designWindows(policy, [...ctx.editionsByYear.keys()])) {
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
