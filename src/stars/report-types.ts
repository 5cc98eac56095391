import type { StatementStatus } from "./types.js";

/**
 * How many participants have each number of counted stars.
 *
 * @example
 * report.countedDistribution; //=> [{ stars: 0, participants: 3 }, { stars: 1, participants: 0 }, …]
 */
export interface CountBucket {
  readonly stars: number;
  readonly participants: number;
}

/**
 * Completion of one mandatory component across all participants it applies to (rules A8).
 *
 * @example
 * const row: MandatoryRate = { component: "privacy-en-avg", title: "Privacy en de AVG", required: 10, completed: 8, late: 1, overdue: 2, rate: 0.8 };
 */
export interface MandatoryRate {
  readonly component: string;
  readonly title: string;
  /** Obligations (a participant and an edition) that ask for it. */
  readonly required: number;
  /** Of those, met (on time or late). */
  readonly completed: number;
  readonly late: number;
  readonly overdue: number;
  /** `completed / required`. */
  readonly rate: number;
}

/**
 * Participation in one theme, learning line or spearhead: participants with at least one
 * counting completion of its components in their window, and the number of such completions.
 *
 * @example
 * const row: Participation = { id: "mediawijsheid", name: "Mediawijsheid", participants: 4, completions: 6 };
 */
export interface Participation {
  readonly id: string;
  readonly name: string;
  readonly participants: number;
  readonly completions: number;
}

/**
 * Trainers and kartrekkers of one theme: participants holding the role in a year of their window.
 *
 * @example
 * const row: ThemeRoles = { theme: "leesbevordering", name: "Leesbevordering", trainers: 2, kartrekkers: 1 };
 */
export interface ThemeRoles {
  readonly theme: string;
  readonly name: string;
  readonly trainers: number;
  readonly kartrekkers: number;
}

/**
 * A mean over the scores given, or null when none was given.
 *
 * @example
 * const score: ScoreSummary = { n: 3, mean: 4.333333333333333 };
 */
export interface ScoreSummary {
  readonly n: number;
  readonly mean: number | null;
}

/**
 * The training return (trainingsrendement) of one component (rules A8): its evaluations, the mean
 * participant score and the mean effect score given later by managers.
 *
 * @example
 * const row: TrainingReturn = { component: "intervisie", title: "Intervisie", evaluations: 4, participantScore: { n: 4, mean: 4 }, effectScore: { n: 2, mean: 3.5 } };
 */
export interface TrainingReturn {
  readonly component: string;
  readonly title: string;
  /** Approved completions up to the as-of date with at least one score. */
  readonly evaluations: number;
  readonly participantScore: ScoreSummary;
  readonly effectScore: ScoreSummary;
}

/**
 * The organisation report over many participants at an as-of date (rules A8).
 *
 * @example
 * const report: OrganisationReport = organisationReport(programme, participants, "2026-06-30");
 * console.log(report.status.behind, "behind of", report.participants);
 */
export interface OrganisationReport {
  readonly asOf: string;
  readonly participants: number;
  readonly status: { readonly [S in StatementStatus]: number };
  /** Participants per number of counted stars, from 0 to the highest, gaps filled with 0. */
  readonly countedDistribution: readonly CountBucket[];
  /** Mean counted stars (0 for no participants). */
  readonly meanCounted: number;
  /** Per mandatory component, in id order. */
  readonly mandatory: readonly MandatoryRate[];
  readonly participation: {
    readonly themes: readonly Participation[];
    readonly learningLines: readonly Participation[];
    readonly spearheads: readonly Participation[];
  };
  /** Per theme of the programme, in the programme's order. */
  readonly roles: readonly ThemeRoles[];
  /** Per component with at least one evaluation, in id order. */
  readonly trainingReturn: readonly TrainingReturn[];
}
