import type { DiagnosticUnion } from "../diagnostics/diagnostic.js";
import type { DevelopmentPoint } from "../programme/types.js";
import type { DateWindow, ElectiveRuleResult } from "./types.js";

/**
 * Why a component is in a plan (rules A8), the first that applies: it meets an outstanding
 * mandatory obligation; it matches a development point; it covers a learning line the policy
 * asks to cover; it brings stars towards the target at the least cost.
 *
 * @example
 * const reason: PlanReason = "development-point";
 */
export type PlanReason = "mandatory" | "development-point" | "learning-line" | "target";

/**
 * One outstanding mandatory obligation a plan item meets.
 *
 * @example
 * const o: PlanObligation = { year: 2025, due: "2025-12-31", overdue: true };
 */
export interface PlanObligation {
  /** The edition that makes the component mandatory. */
  readonly year: number;
  readonly due: string;
  /** Past its due date at the as-of date: completing it now meets it late. */
  readonly overdue: boolean;
}

/**
 * A development point a plan item matches, with its name for people to read (null when the
 * programme has no theme, learning line or spearhead with that id).
 *
 * @example
 * const match: PlanMatch = { kind: "spearhead", id: "mediawijsheid", name: "Mediawijsheid" };
 */
export interface PlanMatch extends DevelopmentPoint {
  readonly name: string | null;
}

/**
 * One suggested completion of a plan.
 *
 * @example
 * const item: PlanItem = {
 *   component: "mediawijsheid-nepnieuws", title: "Mediawijsheid: nepnieuws herkennen", year: 2026,
 *   date: "2026-06-30", stars: 2, adds: 2, hours: 3, reason: "development-point",
 *   obligations: [], matches: [{ kind: "spearhead", id: "mediawijsheid", name: "Mediawijsheid" }],
 *   learningLines: [], learningLineNames: [],
 * };
 */
export interface PlanItem {
  readonly component: string;
  /** The title in the edition of `year`. */
  readonly title: string;
  /** The edition it is suggested in. */
  readonly year: number;
  /** The date the plan assumes for it (see docs/plans.md): the as-of date, or 1 January of a later edition. */
  readonly date: string;
  /** Its stars in that edition. */
  readonly stars: number;
  /** The counted stars it adds when the whole plan is followed (caps may count fewer than `stars`). */
  readonly adds: number;
  /** The estimated hours, or null when the edition gives none. */
  readonly hours: number | null;
  readonly reason: PlanReason;
  /** The outstanding obligations it meets (for `mandatory`). */
  readonly obligations: readonly PlanObligation[];
  /** The participant's development points it matches. */
  readonly matches: readonly PlanMatch[];
  /** Learning lines still missing for `cover-every-learning-line` that it covers (ids). */
  readonly learningLines: readonly string[];
  /** The names of `learningLines`, in the same order, for people to read. */
  readonly learningLineNames: readonly string[];
}

/**
 * An outstanding mandatory obligation no remaining edition offers (docs/plans.md §6): no plan can
 * meet it, so it is reported for the participant to discuss with their manager.
 *
 * @example
 * const u: PlanUnavailable = {
 *   component: "overstap-bibliotheeksysteem", title: "Overstap naar het nieuwe bibliotheeksysteem",
 *   year: 2025, due: "2025-12-31", overdue: true,
 * };
 */
export interface PlanUnavailable {
  readonly component: string;
  /** The title in the edition that makes it mandatory. */
  readonly title: string;
  /** The edition that makes it mandatory. */
  readonly year: number;
  readonly due: string;
  /** Past its due date at the as-of date. */
  readonly overdue: boolean;
}

/**
 * A rule the followed plan still leaves unmet: an elective rule (rules A4) or the yearly minimum
 * (rules A6).
 *
 * @example
 * const rule: PlanUnmetRule = "yearly-minimum";
 */
export type PlanUnmetRule = ElectiveRuleResult["rule"] | "yearly-minimum";

/**
 * A plan to reach the target (rules A8): the components still on offer in the window's remaining
 * editions that reach the target from where the participant stands, chosen by an exact
 * optimisation (docs/plans.md), with what following it would give.
 *
 * @example
 * const plan: Plan = planToTarget(programme, participant, "2026-06-30");
 * plan.reached; //=> true
 * plan.items.map((i) => i.component);
 */
export interface Plan {
  /** The participant's id. */
  readonly participant: string;
  /** The participant's name, for people to read, or null when the participant has none. */
  readonly participantName: string | null;
  readonly asOf: string;
  readonly window: DateWindow;
  /** The editions the plan draws from (years whose edition is still on offer at the as-of date). */
  readonly years: readonly number[];
  /** The date the plan's outcome is measured at: the window's last day (rolling windows: the as-of year's last day). */
  readonly measuredOn: string;
  /** The effective target of the window. */
  readonly target: number;
  /** Counted stars without the plan (at `measuredOn`, from the completions up to the as-of date). */
  readonly countedBefore: number;
  /** Counted stars when the plan is followed: the most this window can still give when not `reached`. */
  readonly countedAfter: number;
  /** Whether following the plan reaches the target. */
  readonly reached: boolean;
  /** `max(0, target − countedAfter)`: how far the best plan stays from the target. */
  readonly shortfall: number;
  /** Suggested completions, by date, then component id. Empty when nothing is left to do. */
  readonly items: readonly PlanItem[];
  /** Σ known hours of the items. */
  readonly hours: number;
  /** Items without an hours estimate: left out of `hours` (the search weighs each as its edition's longest estimate). */
  readonly unknownHours: number;
  /**
   * Outstanding mandatory obligations still open when the plan is followed: at least the
   * `unavailable` ones.
   */
  readonly unmetObligations: number;
  /** Outstanding mandatory obligations no remaining edition offers, by due date, then component id. */
  readonly unavailable: readonly PlanUnavailable[];
  /** Rules still unmet when the plan is followed. */
  readonly unmetRules: readonly PlanUnmetRule[];
  /**
   * Whether the plan is proven optimal. False when the search stopped at one of its bounds
   * before it proved its best plan optimal (docs/plans.md §10–11): the branch and bound ran out
   * of `searchBudget`, or the catalogue was too large for it; the plan is then the best one found.
   */
  readonly exact: boolean;
  /** How much searching the plan took, within which bounds (docs/plans.md §11). */
  readonly search: PlanSearch;
  /** Problems with the options, each with how the plan dealt with it (empty when none). */
  readonly diagnostics: readonly PlanOptionDiagnostic[];
}

/**
 * The work a plan's search did (docs/plans.md §11): plain numbers, so a caller can see how close
 * a plan came to its bounds and what a larger `searchBudget` could change.
 *
 * @example
 * const search: PlanSearch = { cells: 1_296, evaluated: 0, steps: 0, budget: 20_000 };
 */
export interface PlanSearch {
  /**
   * Cells (states × groups) of the dynamic programme's table; 0 when the catalogue was too large
   * for it. Never more than 1,000,000.
   */
  readonly cells: number;
  /** Plans the branch and bound measured with a statement; 0 when it did not run. */
  readonly evaluated: number;
  /**
   * The branch and bound's work in steps: one per group or item its bounds look at, one per
   * completion, role and item of a plan it measures. It stops at `budget × 1,000` steps (the
   * last plan's own steps may pass it): a plan of a large catalogue costs more to bound and
   * measure, so the budget bounds the work as well as the plans.
   */
  readonly steps: number;
  /** The budget in force: `options.searchBudget` as validated. `evaluated` never exceeds it. */
  readonly budget: number;
}

/**
 * The params of every plan diagnostic, per code.
 *
 * @example
 * const params: PlanOptionDiagnosticParams["invalid-search-budget"] = { given: "NaN", used: 20_000 };
 */
export interface PlanOptionDiagnosticParams {
  /**
   * `searchBudget` is not a whole number from 1 to 200,000. `given` is the number as text (or,
   * for anything else, its type: the value itself is never echoed); `used` the budget applied.
   */
  "invalid-search-budget": { readonly given: string; readonly used: number };
}

/**
 * A problem with the options of `planToTarget`: a warning, since the plan is still made, with a
 * stable `code`, the option's `path` and a message in Dutch and English.
 *
 * @example
 * const d: PlanOptionDiagnostic = planToTarget(programme, p, "2026-06-30", { searchBudget: Number.NaN }).diagnostics[0];
 * d.code; //=> "invalid-search-budget"
 */
export type PlanOptionDiagnostic = DiagnosticUnion<PlanOptionDiagnosticParams>;

/**
 * Options of `planToTarget`.
 *
 * @example
 * const options: PlanOptions = { searchBudget: 10_000 };
 */
export interface PlanOptions {
  /**
   * The most candidate plans the branch and bound evaluates (one statement each) for policies
   * the dynamic programme cannot model (learning-line caps, a yearly minimum, a state too large
   * for its table); a whole number from 1 to 200,000, default 20,000. The search also stops
   * after `searchBudget × 1,000` steps of work (`plan.search.steps`). A larger budget proves
   * more plans optimal and takes longer (docs/plans.md §10). Any other value gives an
   * `invalid-search-budget` warning in `plan.diagnostics` and is read as: not a number (`NaN`,
   * or not of type number) the default; below 1 (negative, `-Infinity`) 1; a fraction rounded
   * down; above 200,000 (`Infinity`) 200,000.
   */
  readonly searchBudget?: number;
}

/**
 * One component in the team view: how many participants' plans it serves.
 *
 * @example
 * const row: TeamPlanRow = { component: "intervisie", title: "Intervisie", year: 2026, participants: ["p-daan", "p-sanne"] };
 */
export interface TeamPlanRow {
  readonly component: string;
  readonly title: string;
  readonly year: number;
  /** The participants whose plan suggests it, sorted by id. */
  readonly participants: readonly string[];
}
