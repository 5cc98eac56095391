import {
  type DiagnosticUnion,
  diagnosticFactory,
  type Path,
  type Severity,
} from "../diagnostics/diagnostic.js";
import type { SchemaDiagnostic } from "../diagnostics/schema-codes.js";
import { en } from "../i18n/en/programme.js";
import { nl } from "../i18n/nl/programme.js";
import { deepFreeze } from "../internal/deep-freeze.js";

/**
 * The kinds of things in a programme or participant that have ids.
 *
 * @example
 * if (d.code === "duplicate-id" && d.params.kind === ("theme" satisfies IdKind)) …
 */
export type IdKind =
  | "theme"
  | "learning-line"
  | "spearhead"
  | "group"
  | "component"
  | "participant"
  | "edition";

/**
 * The params of every semantic diagnostic of a programme or participant (rules A9).
 *
 * @example
 * const params: ProgrammeDiagnosticParams["cap-below-target"] = { cap: 12, target: 15 };
 */
export interface ProgrammeDiagnosticParams {
  /** Two entries of one kind share an id (for editions: a year). */
  "duplicate-id": { readonly kind: IdKind; readonly id: string; readonly firstPath: Path };
  /**
   * A reference to a theme, learning line, spearhead, group or component that does not exist,
   * with the id of the nearest one that does (by id or by name), or null when none is near.
   */
  "unknown-reference": {
    readonly kind: IdKind;
    readonly id: string;
    readonly suggestion: string | null;
  };
  /** A year inside the policy's windows has no edition. */
  "missing-edition": {
    readonly year: number;
    readonly windowStart: number;
    readonly windowEnd: number;
  };
  /** An edition before the policy's start year: no window holds it. */
  "edition-before-start": { readonly year: number; readonly startYear: number };
  /** An edition without components. */
  "empty-edition": { readonly year: number };
  /** A theme that no component of any edition belongs to. */
  "theme-without-components": { readonly theme: string };
  /** The components on offer in a window cannot reach the target (rules A9). */
  "target-unreachable": {
    readonly windowStart: number;
    readonly windowEnd: number;
    readonly reachable: number;
    readonly target: number;
  };
  /** The mandatory stars of a window exceed the cap, so electives could never count (rules A9). */
  "mandatory-above-cap": {
    readonly windowStart: number;
    readonly windowEnd: number;
    readonly group: string | null;
    readonly mandatoryStars: number;
    readonly cap: number;
  };
  /** An edition cannot meet the policy's minimum stars per year. */
  "minimum-per-year-unreachable": {
    readonly year: number;
    readonly reachable: number;
    readonly minimum: number;
  };
  /** The cap is below the target: the target could never be met. */
  "cap-below-target": { readonly cap: number; readonly target: number };
  /** Carry-over of surplus needs a cap: without one there is no surplus. */
  "carry-over-without-cap": { readonly carryOver: number };
  /** A minimum above a maximum. */
  "min-above-max": { readonly field: string; readonly min: number; readonly max: number };
  /** A bonus amount with no role that earns it, or roles with a zero amount. */
  "bonus-never-earned": Record<string, never>;
  /**
   * Mandatory components due at the end of a rolling window: that window always ends on the as-of
   * date, so nothing is ever overdue.
   */
  "mandatory-never-overdue": Record<string, never>;
  /** Two caps on the same category. */
  "duplicate-category-cap": {
    readonly kind: "format" | "learning-line" | "bonus";
    readonly value: string | null;
  };
  /** A period whose end lies before its start. */
  "period-reversed": { readonly from: string; readonly to: string };
  /** A completion of a component that no edition lists (shown as not counted, rules A7). */
  "unknown-component": { readonly component: string; readonly suggestion: string | null };
  /** A participant's role names a theme the programme does not have (rules A5). */
  "unknown-role-theme": {
    readonly theme: string;
    readonly year: number;
    readonly suggestion: string | null;
  };
  /** A participant's development point names nothing in the programme. */
  "unknown-development-point": {
    readonly kind: "theme" | "learning-line" | "spearhead";
    readonly id: string;
    readonly suggestion: string | null;
  };
  /** A participant's group is not among the programme's declared groups. */
  "unknown-group": { readonly group: string; readonly suggestion: string | null };
  /** A completion dated in a year without an edition. */
  "completion-without-edition": { readonly component: string; readonly year: number };
}

/**
 * A semantic problem in a programme or a participant: a part whose shape is sound means something
 * that cannot be (an unknown theme, a target nobody can reach).
 *
 * @example
 * if (d.code === "target-unreachable") console.log(d.params.reachable, d.params.target);
 */
export type SemanticDiagnostic = DiagnosticUnion<ProgrammeDiagnosticParams>;

/**
 * Any problem validation of a programme or participant reports: shape or meaning.
 *
 * @example
 * // How many problems of each code (Node 20 has no `Object.groupBy`).
 * const counts = new Map<ProgrammeDiagnostic["code"], number>();
 * for (const d of result.diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
 */
export type ProgrammeDiagnostic = SchemaDiagnostic | SemanticDiagnostic;

/**
 * The codes of `ProgrammeDiagnostic`.
 *
 * @example
 * const ignored = new Set<ProgrammeDiagnosticCode>(["theme-without-components"]);
 */
export type ProgrammeDiagnosticCode = ProgrammeDiagnostic["code"];

/**
 * The severity of every semantic code of a programme or participant.
 *
 * @example
 * semanticSeverities["missing-edition"]; //=> "warning"
 */
export const semanticSeverities = /* @__PURE__ */ deepFreeze({
  "duplicate-id": "error",
  "unknown-reference": "error",
  "missing-edition": "warning",
  "edition-before-start": "warning",
  "empty-edition": "warning",
  "theme-without-components": "warning",
  "target-unreachable": "error",
  "mandatory-above-cap": "warning",
  "minimum-per-year-unreachable": "error",
  "cap-below-target": "error",
  "carry-over-without-cap": "error",
  "min-above-max": "error",
  "bonus-never-earned": "warning",
  "mandatory-never-overdue": "warning",
  "duplicate-category-cap": "error",
  "period-reversed": "error",
  "unknown-component": "warning",
  "completion-without-edition": "warning",
  "unknown-role-theme": "warning",
  "unknown-development-point": "warning",
  "unknown-group": "warning",
} as const satisfies Record<keyof ProgrammeDiagnosticParams, Severity>);

/** @internal */
export const semanticDiagnostic = /* @__PURE__ */ diagnosticFactory<ProgrammeDiagnosticParams>({
  severity: semanticSeverities,
  messages: { nl, en },
});
