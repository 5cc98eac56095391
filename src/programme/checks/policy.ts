import { semanticDiagnostic } from "../diagnostics.js";
import type { CheckContext } from "./context.js";

/** SPEC A9: policy values that contradict each other. */
export function checkPolicy(ctx: CheckContext): void {
  const policy = ctx.programme.policy;
  if (policy.cap !== null && policy.cap < policy.target) {
    ctx.report(
      semanticDiagnostic("cap-below-target", ["policy", "cap"], {
        cap: policy.cap,
        target: policy.target,
      }),
    );
  }
  if (policy.carryOver > 0 && policy.cap === null) {
    ctx.report(
      semanticDiagnostic("carry-over-without-cap", ["policy", "carryOver"], {
        carryOver: policy.carryOver,
      }),
    );
  }
  const { minCount, maxCount } = policy.electives;
  if (minCount !== null && maxCount !== null && minCount > maxCount) {
    ctx.report(
      semanticDiagnostic("min-above-max", ["policy", "electives", "minCount"], {
        field: "electives",
        min: minCount,
        max: maxCount,
      }),
    );
  }
  if (
    policy.bonus.stars > 0 &&
    (policy.bonus.roles.length === 0 || policy.bonus.maxPerWindow === 0)
  ) {
    ctx.report(semanticDiagnostic("bonus-never-earned", ["policy", "bonus"], {}));
  }
  const seen = new Set<string>();
  for (const [i, cap] of policy.categoryCaps.entries()) {
    const value =
      cap.kind === "format" ? cap.format : cap.kind === "learning-line" ? cap.learningLine : null;
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
