import type { Completion, Exemption, Role, RoleKind } from "../programme/types.js";

/**
 * Why a completion line counts or not (rules A7). Every completion of the input gets exactly one.
 *
 * @example
 * const notCounted: LineReason[] = ["duplicate", "outside-window", "unknown-component"];
 */
export type LineReason =
  /** Counted in full. */
  | "counted"
  /** Counted in part: the window's cap was reached on this line (rules A6). */
  | "partly-over-cap"
  /** Not counted: the window's cap was already reached. */
  | "over-cap"
  /** Counted in part: a category cap (format, learning line) was reached on this line. */
  | "partly-over-category-cap"
  /** Not counted: a category cap was already reached. */
  | "over-category-cap"
  /**
   * Another completion of the same component counts in this window (of a repeatable one: in this
   * year): the one with the most stars, the earliest among equals (rules A7). The one that counts
   * may be later than this one, when its edition gives more stars.
   */
  | "duplicate"
  /** Dated outside the window. */
  | "outside-window"
  /** Dated inside the window but after the as-of date. */
  | "after-as-of-date"
  /** The edition of the completion's year does not list the component (or there is no such edition). */
  | "unknown-component"
  /** Awaiting approval: stars that may still come. */
  | "pending"
  /** Not approved. */
  | "rejected";

/**
 * A closed range of calendar dates `[start, end]` with its length.
 *
 * @example
 * const w: DateWindow = { start: "2025-01-01", end: "2026-12-31", days: 730 };
 */
export interface DateWindow {
  readonly start: string;
  readonly end: string;
  readonly days: number;
}

/**
 * The window a statement is about (rules A6), and how much of it has passed at the as-of date.
 *
 * @example
 * statement.window.elapsedFraction; //=> 0.7479… at 2026-06-30 in 2025–2026
 */
export interface StatementWindow extends DateWindow {
  readonly kind: "fixed" | "rolling" | "participant";
  /** Days of the window up to and including the as-of date (0 before it starts). */
  readonly elapsedDays: number;
  /** `elapsedDays / days`, between 0 and 1 (rules A8). */
  readonly elapsedFraction: number;
}

/**
 * One completion of the input and what it brings (rules A7, A8).
 *
 * @example
 * // A 3-star component arriving at 14 stars under a cap of 15:
 * const line: CompletionLine = {
 *   completion: { component: "digitaal-hulpplein", date: "2026-05-19", status: "approved" },
 *   title: "Digitaal hulpplein", year: 2026, editionStars: 3,
 *   stars: 3, counted: 1, reason: "partly-over-cap",
 * };
 */
export interface CompletionLine {
  /** The completion as it was given. */
  readonly completion: Completion;
  /**
   * The component's title in the edition of the completion's year; for a component that edition
   * does not list (`editionStars` null), its title in the latest edition that does; null only when
   * no edition has the id.
   */
  readonly title: string | null;
  /** The year of the completion, whose edition decides the stars (rules A2). */
  readonly year: number;
  /** The component's stars in that edition, whether or not they count (null if not listed). */
  readonly editionStars: number | null;
  /** Stars this line earns: the edition's stars for an approved, eligible completion, else 0. */
  readonly stars: number;
  /** Stars of this line that count towards the target after the caps. */
  readonly counted: number;
  readonly reason: LineReason;
}

/**
 * Why a role earns a bonus or not (rules A5).
 *
 * @example
 * const earning = statement.roles.filter((r) => r.reason === ("bonus" satisfies RoleReason));
 */
export type RoleReason =
  /** The role earns the bonus of its period. */
  | "bonus"
  /** Another role already earns the bonus of the same period (e.g. trainer and kartrekker of one theme in one year). */
  | "same-bonus"
  /** The theme does not exist in the programme: no bonus, and a diagnostic at validation. */
  | "unknown-theme"
  /** The policy does not give a bonus for this kind of role. */
  | "role-not-eligible"
  /** The role's year lies outside the window. */
  | "outside-window"
  /** The bonus period starts after the as-of date. */
  | "after-as-of-date";

/**
 * One role of the input and whether it earns a bonus.
 *
 * @example
 * const line: RoleLine = {
 *   role: { theme: "leesbevordering", role: "trainer", year: 2026 },
 *   themeName: "Leesbevordering", reason: "bonus",
 * };
 */
export interface RoleLine {
  readonly role: Role;
  /** The name of the role's theme, for people to read; null when the programme has no such theme. */
  readonly themeName: string | null;
  readonly reason: RoleReason;
}

/**
 * A bonus star (or stars) for trainers and kartrekkers (rules A5), for one period: a theme in a
 * year, a theme in the window, or the window, as the policy says.
 *
 * @example
 * const bonus: BonusLine = {
 *   theme: "klantgerichtheid", themeName: "Klantgerichtheid", year: 2025, date: "2025-01-01",
 *   roles: ["kartrekker"], stars: 1, counted: 1, reason: "counted",
 * };
 */
export interface BonusLine {
  /** The theme, or null when the bonus is per window. */
  readonly theme: string | null;
  /** The theme's name, for people to read, or null when the bonus is per window. */
  readonly themeName: string | null;
  /** The year, or null when the bonus is per theme-window or per window. */
  readonly year: number | null;
  /** Where the bonus takes its place in the date order: the first day of its period in the window. */
  readonly date: string;
  /** The kinds of role that earned it, in a stable order. */
  readonly roles: readonly RoleKind[];
  readonly stars: number;
  readonly counted: number;
  readonly reason: Extract<
    LineReason,
    "counted" | "partly-over-cap" | "over-cap" | "partly-over-category-cap" | "over-category-cap"
  >;
}

/**
 * Surplus stars carried in from the window before (rules A6, off by default).
 *
 * @example
 * statement.carryOver?.stars; //=> 2
 */
export interface CarryOverLine {
  readonly from: DateWindow;
  readonly stars: number;
  readonly counted: number;
}

/**
 * Why an exemption lowers the target or not (rules A6).
 *
 * @example
 * const applied = statement.exemptions.filter((e) => e.reason === ("applied" satisfies ExemptionReason));
 */
export type ExemptionReason =
  | "applied"
  | "pending"
  | "rejected"
  | "outside-window"
  /** The policy does not let exemptions lower the target (`exemptions: "ignore"`). */
  | "ignored-by-policy";

/**
 * One exemption of the input and the days of the window it takes away.
 *
 * @example
 * const line: ExemptionLine = { exemption, days: 245, reason: "applied" };
 */
export interface ExemptionLine {
  readonly exemption: Exemption;
  /** Days of the window it covers (after the participant's start, not counting overlaps twice). */
  readonly days: number;
  readonly reason: ExemptionReason;
}

/**
 * How the target of this window came about: the policy's target, lowered pro rata for a start
 * inside the window and for approved exemptions when the policy says so (rounded up).
 *
 * @example
 * statement.target; //=> { base: 15, effective: 10, activeDays: 487, windowDays: 730, proRated: true, exemptDays: 0 }
 */
export interface TargetBreakdown {
  readonly base: number;
  readonly effective: number;
  /** Days of the window the target is measured over (after start and exemptions). */
  readonly activeDays: number;
  readonly windowDays: number;
  readonly proRated: boolean;
  readonly exemptDays: number;
}

/**
 * The totals of a statement (rules A8).
 *
 * @example
 * const { earned, counted, surplus, remaining, progress } = statement.totals;
 */
export interface StatementTotals {
  /** Stars earned in the window: completion lines + bonus lines + carried-over stars. */
  readonly earned: number;
  /** Stars that count towards the target, after the caps. */
  readonly counted: number;
  /** `earned − counted`: stars beyond the caps. */
  readonly surplus: number;
  /** Stars of pending completions that may still come. */
  readonly pending: number;
  /** The effective target (see `target`). */
  readonly target: number;
  /** `max(0, target − counted)`. */
  readonly remaining: number;
  /** `min(1, counted / target)`; 1 when the target is 0. */
  readonly progress: number;
}

/**
 * Where a mandatory obligation stands (rules A3).
 *
 * @example
 * const late = statement.mandatory.obligations.filter((o) => o.status === ("overdue" satisfies ObligationStatus));
 */
export type ObligationStatus = "met" | "met-late" | "outstanding" | "overdue";

/**
 * One mandatory component of one edition that applies to the participant (rules A3).
 *
 * @example
 * const o: Obligation = {
 *   component: "privacy-en-avg", title: "Privacy en de AVG", year: 2025, due: "2025-12-31",
 *   status: "overdue", completedOn: null,
 * };
 */
export interface Obligation {
  readonly component: string;
  readonly title: string;
  /** The edition that makes it mandatory. */
  readonly year: number;
  readonly due: string;
  readonly status: ObligationStatus;
  /** The date of the completion that meets it, or null. */
  readonly completedOn: string | null;
}

/**
 * The mandatory components of the window for this participant.
 *
 * @example
 * statement.mandatory.outstanding; //=> 2
 */
export interface MandatorySummary {
  /** Obligations that apply to the participant. */
  readonly required: number;
  /** Of those, met (on time or late). */
  readonly completed: number;
  /** Of those, not met yet: `required − completed` (overdue ones included). */
  readonly outstanding: number;
  /** Of the outstanding ones, those past their due date. */
  readonly overdue: number;
  readonly obligations: readonly Obligation[];
}

/**
 * One elective rule of the policy and whether it is met, with its numbers (rules A4).
 *
 * @example
 * const rule: ElectiveRuleResult = {
 *   rule: "min-count", actual: 2, limit: 3, met: false, missing: [], missingNames: [],
 * };
 */
export interface ElectiveRuleResult {
  readonly rule: "min-count" | "max-count" | "max-stars" | "cover-every-learning-line";
  readonly actual: number;
  readonly limit: number;
  readonly met: boolean;
  /** For `cover-every-learning-line`: the learning lines not yet covered (ids). */
  readonly missing: readonly string[];
  /** The names of the `missing` learning lines, in the same order, for people to read. */
  readonly missingNames: readonly string[];
}

/**
 * The stars of one year of the window against the policy's yearly minimum (rules A6).
 *
 * @example
 * const year: YearMinimum = { year: 2025, stars: 6, minimum: 5, status: "met" };
 */
export interface YearMinimum {
  readonly year: number;
  /** Counted stars dated in this year (bonus stars included). */
  readonly stars: number;
  /**
   * The stars this year asks: the policy's `minimumPerYear` for a whole year, and
   * ⌊minimumPerYear × days / days of the year⌋ when only `days` of it count (rules A6.10).
   */
  readonly minimum: number;
  /**
   * The days of the year the minimum is asked for: those inside the window and from the
   * participant's start (365 or 366 for a whole year).
   */
  readonly days: number;
  /** `open`: the year has not ended at the as-of date and the minimum is not reached yet. */
  readonly status: "met" | "not-met" | "open";
}

/**
 * Where a participant stands (rules A8): `complete` (target reached, every mandatory obligation met
 * and every rule the policy switches on met), `on-track` (counted ≥ the whole stars due by now, see
 * `Pace`, and nothing overdue) or `behind`.
 *
 * @example
 * const status: StatementStatus = "on-track";
 */
export type StatementStatus = "complete" | "on-track" | "behind";

/**
 * An earlier window in the history of a statement: exactly what a statement at that window's last
 * day says — its bounds, its totals (carried-over stars included) and its status (rules A8, A10.9).
 *
 * @example
 * statement.history[0];
 * //=> { window: { start: "2025-01-01", end: "2026-12-31", days: 730 },
 * //     totals: { earned: 17, counted: 15, surplus: 2, pending: 0, target: 15, remaining: 0, progress: 1 },
 * //     status: "complete", reached: true }
 */
export interface WindowSummary {
  readonly window: DateWindow;
  readonly totals: StatementTotals;
  readonly status: StatementStatus;
  /** Whether the counted stars reached the target (`totals.counted ≥ totals.target`). */
  readonly reached: boolean;
}

/**
 * How the pace of a statement is measured (rules A8): over the participant's active period in the
 * window, in whole stars. On schedule means `counted ≥ due`.
 *
 * @example
 * // Pro-rated starter on 2026-07-01 in the window 2025–2026, at 2026-09-30:
 * statement.pace; //=> { from: "2026-07-01", to: "2026-12-31", days: 184, elapsedDays: 92, target: 4, due: 2 }
 */
export interface Pace {
  /** The first day of the active period: the later of the window's first day and the start date (when the target is pro-rated or the window is the participant's). */
  readonly from: string;
  /** The last day of the active period (the window's; for a new starter in a rolling window, the end of their first window). */
  readonly to: string;
  /** Days of the active period, less approved exemption days when exemptions lower the target. */
  readonly days: number;
  /** Of those, the days up to and including the as-of date. */
  readonly elapsedDays: number;
  /** The target the pace is measured against. */
  readonly target: number;
  /** Whole stars due by the as-of date: ⌊target × elapsedDays / days⌋, and 0 on the period's first day. */
  readonly due: number;
}

/**
 * Counted stars that leave a rolling window within the policy's notice period
 * (`window.noticeDays`), and the date they leave (rules A8).
 *
 * @example
 * statement.expiring[0];
 * //=> { date: "2024-10-02", leavesOn: "2026-10-02", stars: 2, component: "mediawijsheid",
 * //     title: "Mediawijsheid", theme: null, themeName: null }
 */
export interface ExpiringStars {
  /** The date of the completion, or of the bonus's place in the date order. */
  readonly date: string;
  /** The first as-of date whose window no longer holds them. */
  readonly leavesOn: string;
  /** Counted stars that leave. */
  readonly stars: number;
  /** The completion's component, or null for a bonus. */
  readonly component: string | null;
  readonly title: string | null;
  /** The bonus's theme, or null for a completion. */
  readonly theme: string | null;
  /** The bonus theme's name, for people to read, or null for a completion or a bonus per window. */
  readonly themeName: string | null;
}

/**
 * A participant's star statement at an as-of date (rules A8): every completion, role and exemption
 * of the input explained, the totals, the mandatory components, the policy's rules, a status and
 * the earlier windows.
 *
 * @example
 * const statement: Statement = computeStatement(programme, participant, "2026-06-30");
 * console.log(statement.totals.counted, statement.status);
 */
export interface Statement {
  /** The participant's id. */
  readonly participant: string;
  /** The participant's name, for people to read, or null when the participant has none. */
  readonly participantName: string | null;
  readonly asOf: string;
  readonly window: StatementWindow;
  /** One line per input completion, in date order (ties by component id, then status). */
  readonly lines: readonly CompletionLine[];
  /** The bonus periods, in date order. */
  readonly bonus: readonly BonusLine[];
  /** One line per input role. */
  readonly roles: readonly RoleLine[];
  readonly carryOver: CarryOverLine | null;
  /** One line per input exemption. */
  readonly exemptions: readonly ExemptionLine[];
  readonly target: TargetBreakdown;
  readonly totals: StatementTotals;
  readonly mandatory: MandatorySummary;
  /** The elective rules the policy switches on (empty when none). */
  readonly electiveRules: readonly ElectiveRuleResult[];
  /** Per year of the window, when the policy sets a yearly minimum (empty otherwise). */
  readonly yearlyMinimum: readonly YearMinimum[];
  readonly status: StatementStatus;
  /** How the pace behind the status was measured. */
  readonly pace: Pace;
  /** In a rolling window: counted stars that leave it within the notice period, by date (empty otherwise). */
  readonly expiring: readonly ExpiringStars[];
  /** Earlier windows since the programme (or the participant) started, oldest first. */
  readonly history: readonly WindowSummary[];
}
