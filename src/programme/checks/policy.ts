import { semanticDiagnostic } from "../diagnostics.js";
import type { CheckContext } from "./context.js";

/**
 * rules A9: policy values that contradict each other. Each rule is judged when the values it
 * compares are sound; an unknown value (absent from a view) judges nothing.
 */
export function checkPolicy(ctx: CheckContext): void {
  const policy = ctx.programme.policy;
  if (policy === undefined) return;
  const { cap, target, carryOver } = policy;
  if (typeof cap === "number" && target !== undefined && cap < target) {
    ctx.report(semanticDiagnostic("cap-below-target", ["policy", "cap"], { cap, target }));
  }
  if (carryOver !== undefined && carryOver > 0 && cap === null) {
    ctx.report(
      semanticDiagnostic("carry-over-without-cap", ["policy", "carryOver"], { carryOver }),
    );
  }
  const minCount = policy.electives?.minCount;
  const maxCount = policy.electives?.maxCount;
  if (typeof minCount === "number" && typeof maxCount === "number" && minCount > maxCount) {
    ctx.report(
      semanticDiagnostic("min-above-max", ["policy", "electives", "minCount"], {
        field: "electives",
        min: minCount,
        max: maxCount,
      }),
    );
  }
  const bonus = policy.bonus;
  if (
    bonus?.stars !== undefined &&
    bonus.stars > 0 &&
    (bonus.roles?.length === 0 || bonus.maxPerWindow === 0)
  ) {
    ctx.report(semanticDiagnostic("bonus-never-earned", ["policy", "bonus"], {}));
  }
  // rules A3.2: a rolling window ends on the as-of date, so its end never lies before it.
  if (policy.window?.kind === "rolling" && policy.mandatoryDue === "window-end") {
    ctx.report(semanticDiagnostic("mandatory-never-overdue", ["policy", "mandatoryDue"], {}));
  }
  const seen = new Set<string>();
  for (const [i, cap] of (policy.categoryCaps ?? []).entries()) {
    if (cap?.kind === undefined) continue;
    const value =
      cap.kind === "format" ? cap.format : cap.kind === "learning-line" ? cap.learningLine : null;
    // A cap whose format or learning line is unsound caps something unknown.
    if (value === undefined) continue;
    const key = `${cap.kind}\u0000${value ?? ""}`;
    if (seen.has(key)) {
      ctx.report(
        semanticDiagnostic("duplicate-category-cap", ["policy", "categoryCaps", i], {
          kind: cap.kind,
          value,
        }),
      );
    }
    seen.add(key);
  }
}
