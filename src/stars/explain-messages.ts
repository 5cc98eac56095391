import type {
  BonusLine,
  CarryOverLine,
  CompletionLine,
  ElectiveRuleResult,
  ExemptionLine,
  ExemptionReason,
  ExpiringStars,
  LineReason,
  MandatorySummary,
  Obligation,
  ObligationStatus,
  RoleLine,
  RoleReason,
  StatementStatus,
  StatementTotals,
  StatementWindow,
  TargetBreakdown,
  WindowSummary,
  YearMinimum,
} from "./types.js";

/**
 * The elective rules a policy can switch on (rules A4).
 *
 * @example
 * const rule: ElectiveRule = "cover-every-learning-line";
 */
export type ElectiveRule = ElectiveRuleResult["rule"];

/**
 * Where a year of the window stands against the yearly minimum (rules A6).
 *
 * @example
 * const status: YearMinimumStatus = "open";
 */
export type YearMinimumStatus = YearMinimum["status"];

/**
 * The reasons a bonus line can have: counted, or cut by a cap (rules A5, A6).
 *
 * @example
 * const reason: BonusReason = "over-category-cap";
 */
export type BonusReason = BonusLine["reason"];

/**
 * What the heading of a statement needs.
 *
 * @example
 * const p: HeadingParams = { participant: "p-anouk", participantName: "Anouk Jansen", asOf: "2026-06-30" };
 */
export interface HeadingParams {
  /** The participant's id: said (quoted) only when the participant has no name. */
  readonly participant: string;
  readonly participantName: string | null;
  readonly asOf: string;
}

/**
 * The window of a statement with its elapsed part as a whole percentage.
 *
 * @example
 * const p: WindowParams = { ...statement.window, elapsedPercent: 75 };
 */
export interface WindowParams extends StatementWindow {
  /** `elapsedFraction` as a whole percentage (never 100 before the window's last day). */
  readonly elapsedPercent: number;
}

/**
 * What the status line needs to say why a participant is on track or behind (rules A8).
 *
 * @example
 * const p: StatusParams = { counted: 5, target: 15, expected: 11, elapsedPercent: 75, since: null, overdue: 1 };
 */
export interface StatusParams {
  readonly counted: number;
  /** The effective target. */
  readonly target: number;
  /** The whole stars due by the as-of date (`statement.pace.due`, rules A8): on schedule means `counted ≥ expected`. */
  readonly expected: number;
  /** How much of the active period has passed, as a whole percentage. */
  readonly elapsedPercent: number;
  /** The first day of the active period when it is not the window's (a later start), else null. */
  readonly since: string | null;
  /** Mandatory obligations overdue at the as-of date. */
  readonly overdue: number;
  /** The years whose yearly minimum was not met (rules A6.10), oldest first. */
  readonly minimumMissed: readonly number[];
}

/**
 * Every piece of text of a statement's explanation in one language (rules A8). Typed so that a
 * locale without a message for some reason, status or rule fails to compile.
 *
 * @example
 * const messages: StatementMessages = nl;
 * messages.line["over-cap"](line); //=> "Digitaal hulpplein, 19 mei 2026: 3 sterren, telt niet mee: …"
 */
export interface StatementMessages {
  /** First line: whose statement (by name), at which date. */
  readonly heading: (p: HeadingParams) => string;
  /** The status in a word or two, for tables and lists: "op schema" / "on track". */
  readonly statusWords: { readonly [S in StatementStatus]: string };
  /** The window and how much of it has passed. */
  readonly window: (p: WindowParams) => string;
  /** The effective target and why it is lower than the policy's (pro rata start, exemptions). */
  readonly target: (p: TargetBreakdown) => string;

  readonly completionsHeading: () => string;
  /** Said instead of the completion lines when there are none. */
  readonly noCompletions: () => string;
  /**
   * One completion line: date, component, edition stars, counted stars and why (rules A7). For a
   * duplicate, `countsInstead` is the line of the completion that counts for the same component.
   */
  readonly line: {
    readonly [R in LineReason]: (
      line: CompletionLine,
      countsInstead: CompletionLine | null,
    ) => string;
  };

  readonly bonusHeading: () => string;
  /** One bonus line: period, roles, stars and whether they count (rules A5). */
  readonly bonus: { readonly [R in BonusReason]: (line: BonusLine) => string };

  readonly rolesHeading: () => string;
  /** One role (its theme by name) and why it earns a bonus or not. */
  readonly role: { readonly [R in RoleReason]: (line: RoleLine) => string };

  /** The surplus stars carried in from the window before. */
  readonly carryOver: (line: CarryOverLine) => string;

  readonly exemptionsHeading: () => string;
  /** One exemption and whether it lowers the target (rules A6). */
  readonly exemption: { readonly [R in ExemptionReason]: (line: ExemptionLine) => string };

  readonly totalsHeading: () => string;
  /** One total, in stars. */
  readonly totals: {
    readonly [K in Exclude<keyof StatementTotals, "progress">]: (stars: number) => string;
  };
  /** The progress towards the target as a whole percentage. */
  readonly progress: (percent: number) => string;

  /** Heading of the mandatory components, with how many are done. */
  readonly mandatoryHeading: (p: MandatorySummary) => string;
  /** Said when no mandatory component applies to the participant in the window. */
  readonly noMandatory: () => string;
  /** One mandatory obligation: component, edition, due date and where it stands (rules A3). */
  readonly obligation: { readonly [S in ObligationStatus]: (o: Obligation) => string };

  readonly electiveHeading: () => string;
  /** One elective rule with its numbers (rules A4). */
  readonly electiveRule: { readonly [R in ElectiveRule]: (r: ElectiveRuleResult) => string };

  readonly yearlyMinimumHeading: () => string;
  /** One year of the window against the yearly minimum (rules A6). */
  readonly yearMinimum: { readonly [S in YearMinimumStatus]: (y: YearMinimum) => string };

  /** Heading of the counted stars that leave a rolling window within the policy's notice period. */
  readonly expiringHeading: () => string;
  /** Counted stars that leave a rolling window soon, and when (rules A8). */
  readonly expiring: (e: ExpiringStars) => string;

  readonly historyHeading: () => string;
  /** One earlier window. */
  readonly history: (w: WindowSummary) => string;

  /** The last line: the status in words, with the numbers behind it (rules A8). */
  readonly status: { readonly [S in StatementStatus]: (p: StatusParams) => string };
}
