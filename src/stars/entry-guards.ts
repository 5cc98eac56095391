import { dayKey } from "../dates/calendar-date.js";
import {
  FIRST_SUPPORTED_DATE,
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_DATE,
  LAST_SUPPORTED_YEAR,
  LONGEST_WINDOW_YEARS,
} from "../dates/supported-range.js";
import { describeForError } from "../diagnostics/value.js";
import { joinWith } from "../i18n/format.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { isApprovalStatus } from "../internal/field-rules.js";
import type { Completion, Participant, Programme } from "../programme/types.js";
import { compareCompletions } from "./order.js";
import { assertAsOf } from "./rules/window.js";

/**
 * Cheap checks at the public entries of the evaluation (`computeStatement`, `organisationReport`,
 * `planToTarget`, `teamPlan`, `prepareProgramme`). They take validated data, and TypeScript says
 * so; a plain-JavaScript caller can still hand them anything, and without these checks a
 * misspelt status counted as approved and 30 February counted as a day. On the first unsound
 * field they throw a `TypeError` that names it by its path: a programmer error (validate first),
 * not a data problem, which validation reports (docs/decisions.md, "Hostile input").
 *
 * Two halves, for speed and for size. `participantSound` is the hot path: a hand-written pass
 * that allocates nothing (the completions' dates and statuses are checked by the evaluators as
 * they read them, see `dayKey`). Everything else — finding and naming the field, and the checks
 * of a programme, which run once per `prepareProgramme` — walks a small description of validated
 * data (`SHAPES`), which costs paths and strings but only where that does not matter.
 */

/** A field that is not what validated data holds: where, what was expected, what was found. */
interface Problem {
  readonly path: string;
  readonly expected: string;
  readonly value: unknown;
}

/**
 * What validated data holds, field by field. A string is a kind (see `fits`): a `|` separates
 * allowed texts; a leading `?` allows `undefined`, a leading `~` allows `null`. A one-item array is
 * a list of that; an object lists the fields that must fit (others are not looked at).
 */
type Shape = string | readonly [Shape] | { readonly [field: string]: Shape };

const STATUS = "approved|pending|rejected";
const ID_LIST = /* @__PURE__ */ Object.freeze(["text"] as const);

const SHAPES = /* @__PURE__ */ deepFreeze({
  participant: {
    id: "text",
    groups: ID_LIST,
    startDate: "?date",
    completions: [{ component: "text", date: "date", status: STATUS, evaluation: "?evaluation" }],
    roles: [{ theme: "text", role: "trainer|kartrekker", year: "year" }],
    exemptions: [{ from: "date", to: "date", status: STATUS }],
    developmentPoints: [{ kind: "theme|learning-line|spearhead", id: "text" }],
  },
  programme: {
    themes: [{ id: "text" }],
    learningLines: [{ id: "text" }],
    spearheads: [{ id: "text" }],
    groups: [{ id: "text" }],
    policy: {
      startYear: "year",
      window: { kind: "fixed|rolling|participant", years: "years", noticeDays: "days" },
      target: "target",
      cap: "~count",
      carryOver: "count",
      proRate: "boolean",
      mandatoryDue: "edition-end|window-end",
      mandatory: { starterGraceDays: "days" },
      exemptions: "ignore|pro-rata",
      minimumPerYear: "~count",
      electives: {
        minCount: "~count",
        maxCount: "~count",
        maxStars: "~count",
        coverEveryLearningLine: "boolean",
      },
      bonus: {
        stars: "count",
        roles: ["trainer|kartrekker"],
        per: "theme-year|theme-window|window",
        maxPerWindow: "~count",
      },
      categoryCaps: [{ kind: "format|learning-line|bonus", maxStars: "count" }],
    },
    editions: [
      {
        year: "year",
        components: [
          {
            id: "text",
            title: "text",
            stars: "stars",
            requirement: "mandatory|elective",
            format: "classroom|e-learning|blended|informal|on-the-job",
            theme: "?text",
            learningLines: ID_LIST,
            spearheads: ID_LIST,
            audience: ID_LIST,
            repeatable: "boolean",
            hours: "?hours",
          },
        ],
      },
    ],
  },
} as const);

function isWhole(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isScore(value: unknown): boolean {
  return value === undefined || isWhole(value, 1, 5);
}

/**
 * Whether a value is a completion's evaluation: scores, when given, are whole numbers 1–5.
 *
 * @internal
 */
export function isEvaluation(value: unknown): boolean {
  const ev = value as { participantScore?: unknown; effectScore?: unknown } | null;
  return (
    typeof ev === "object" && ev !== null && isScore(ev.participantScore) && isScore(ev.effectScore)
  );
}

/** Whether a value fits a kind of `SHAPES`. */
function fits(value: unknown, kind: string): boolean {
  if (kind[0] === "?") return value === undefined || fits(value, kind.slice(1));
  if (kind[0] === "~") return value === null || fits(value, kind.slice(1));
  switch (kind) {
    case "text":
      return typeof value === "string";
    case "date":
      return dayKey(value) >= 0;
    case "year":
      return isWhole(value, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR);
    case "years":
      return isWhole(value, 1, LONGEST_WINDOW_YEARS);
    case "target":
      return isWhole(value, 1, Number.MAX_SAFE_INTEGER);
    case "count":
      return isWhole(value, 0, Number.MAX_SAFE_INTEGER);
    case "days":
      return isWhole(value, 0, 3660);
    case "stars":
      return value === 1 || value === 2 || value === 3;
    case "boolean":
      return typeof value === "boolean";
    case "hours":
      return typeof value === "number" && value > 0 && value <= 1000;
    case "evaluation":
      return isEvaluation(value);
    default:
      return typeof value === "string" && kind.split("|").includes(value);
  }
}

const WORDS: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  text: "text",
  date: `a calendar date YYYY-MM-DD from ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
  year: `a whole number from ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}`,
  years: `a whole number from 1 to ${LONGEST_WINDOW_YEARS}`,
  target: "a whole number from 1",
  count: "a whole number from 0",
  days: "a whole number of days from 0 to 3660",
  stars: "1, 2 or 3",
  boolean: "true or false",
  hours: "a number above 0, at most 1000",
  evaluation: "scores from 1 to 5",
});

/** What a kind of `SHAPES` asks for, in words. */
function words(kind: string): string {
  if (kind[0] === "?") return `${words(kind.slice(1))} (or left out)`;
  if (kind[0] === "~") return `null or ${words(kind.slice(1))}`;
  const known = WORDS[kind];
  if (known !== undefined) return known;
  return joinWith(
    kind.split("|").map((t) => `"${t}"`),
    "or",
  );
}

/** The first field of a value that does not fit its shape, or undefined. */
function firstMisfit(value: unknown, shape: Shape, path: string): Problem | undefined {
  if (typeof shape === "string")
    return fits(value, shape) ? undefined : { path, expected: words(shape), value };
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return { path, expected: "a list", value };
    for (let i = 0; i < value.length; i++) {
      const found = firstMisfit(value[i], shape[0] as Shape, `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { path, expected: "an object", value };
  const record = value as Record<string, unknown>;
  for (const [field, inner] of Object.entries(shape)) {
    const found = firstMisfit(record[field], inner as Shape, `${path}.${field}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first unsound field of a participant (with the order of each exemption's dates). */
function participantProblem(participant: unknown): Problem | undefined {
  const found = firstMisfit(participant, SHAPES.participant, "");
  if (found !== undefined) return found;
  const exemptions = (participant as Participant).exemptions;
  for (let i = 0; i < exemptions.length; i++) {
    const e = exemptions[i] as Participant["exemptions"][number];
    if (e.to < e.from)
      return { path: `.exemptions[${i}].to`, expected: `a date not before "from"`, value: e.to };
  }
  return undefined;
}

/**
 * The error of the guards: a `TypeError` (its name says so) that keeps the problem, so that a
 * report can name the participant's place in its list when an evaluator found it.
 */
class UnvalidatedInputError extends TypeError {
  readonly problem: Problem;
  readonly validate: string;

  constructor(owner: string, problem: Problem, validate: string) {
    super(
      `${owner}${problem.path} must be ${problem.expected}, got ${describeForError(problem.value)}. ` +
        `The star functions take validated data: check it with ${validate} first.`,
    );
    this.problem = problem;
    this.validate = validate;
  }
}

const unvalidatedParticipant = (owner: string, found: Problem) =>
  new UnvalidatedInputError(owner, found, "validateParticipant");

/**
 * Whether a role is what validated data holds: a theme id, a role kind, a supported year.
 *
 * @internal
 */
export function isRole(value: unknown): boolean {
  const r = value as Record<string, unknown> | null;
  return (
    typeof r === "object" &&
    r !== null &&
    typeof r.theme === "string" &&
    (r.role === "trainer" || r.role === "kartrekker") &&
    isWhole(r.year, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR)
  );
}

/**
 * Whether a completion is an object with a component id (its date and status are checked where
 * they are read, with `dayKey` and `isApprovalStatus`; its evaluation where a statement reads it,
 * in `compareReadCompletions`).
 *
 * @internal
 */
export function completionSound(c: unknown): boolean {
  return typeof c === "object" && c !== null && typeof (c as Completion).component === "string";
}

/**
 * `compareCompletions` for an evaluator, which reads evaluation scores only here: to order two
 * completions of one date (docs/decisions.md, "Hostile input" 8). Unsound scores would make that
 * order depend on the input's order, so they are refused where they are read.
 *
 * @throws TypeError (through `rejectUnsound`) when either evaluation is not sound.
 * @internal
 */
export function compareReadCompletions(participant: unknown, a: Completion, b: Completion): number {
  if (
    (a.evaluation !== undefined && !isEvaluation(a.evaluation)) ||
    (b.evaluation !== undefined && !isEvaluation(b.evaluation))
  )
    rejectUnsound(participant);
  return compareCompletions(a, b);
}

/**
 * Whether a participant is sound, apart from its completions (which the evaluators check as they
 * read them: `evaluateWindow` and the report's totals pass each one to `completionSound`) and its
 * development points (which only a plan reads; it checks the whole participant at its entry): the
 * hot path, one pass, nothing allocated. A report reads every role itself and checks what it
 * reads, so it passes `withRoles: false`.
 */
function participantSound(p: unknown, withRoles: boolean): boolean {
  if (typeof p !== "object" || p === null) return false;
  const q = p as Record<string, unknown>;
  const groups = q.groups;
  if (typeof q.id !== "string" || !Array.isArray(groups)) return false;
  for (let i = 0; i < groups.length; i++) if (typeof groups[i] !== "string") return false;
  if (q.startDate !== undefined && dayKey(q.startDate) < 0) return false;
  if (!Array.isArray(q.completions)) return false;
  const roles = q.roles;
  if (!Array.isArray(roles)) return false;
  for (let i = 0; withRoles && i < roles.length; i++) if (!isRole(roles[i])) return false;
  const exemptions = q.exemptions;
  if (!Array.isArray(exemptions)) return false;
  for (let i = 0; i < exemptions.length; i++) {
    const e = exemptions[i] as Record<string, unknown> | null;
    if (typeof e !== "object" || e === null || !isApprovalStatus(e.status)) return false;
    const from = dayKey(e.from);
    if (from < 0 || dayKey(e.to) < from) return false;
  }
  return true;
}

/**
 * Throws a `TypeError` naming the first field of a participant that validated data cannot hold.
 * `index` names the participant's place in a list (`participants[3]`); without it the error says
 * `participant`. The completions are left to the evaluators, which check each as they read it
 * (`completionSound`, `rejectUnsound`); `withRoles: false` leaves the roles to the caller too (a
 * report reads every field of them that matters to it and checks it there).
 *
 * @throws TypeError for a participant that did not come out of validation (a programmer error).
 * @internal
 */
export function assertEvaluableParticipant(
  participant: unknown,
  index?: number,
  withRoles = true,
): asserts participant is Participant {
  if (participantSound(participant, withRoles)) return;
  const found = participantProblem(participant);
  if (found !== undefined)
    throw unvalidatedParticipant(
      index === undefined ? "participant" : `participants[${index}]`,
      found,
    );
}

/**
 * `assertEvaluableParticipant` for a list: it must be an array (each participant is checked
 * where it is evaluated, while it is in the cache).
 *
 * @throws TypeError for a value that is not a list.
 * @internal
 */
export function assertEvaluableParticipants(
  participants: unknown,
): asserts participants is readonly Participant[] {
  if (!Array.isArray(participants))
    throw new TypeError(
      `participants must be a list of validated participants, got ${describeForError(participants)}.`,
    );
}

/**
 * The entry check of a plan: the whole participant, dates and statuses included. A plan leaves
 * out completions after the as-of date before it evaluates (so the evaluator would not see a
 * misspelt date there), and a plan costs far more than this walk.
 *
 * @throws TypeError for a participant that did not come out of validation.
 * @internal
 */
export function assertPlanParticipant(participant: unknown): asserts participant is Participant {
  const found = participantProblem(participant);
  if (found !== undefined) throw unvalidatedParticipant("participant", found);
}

/**
 * The entry checks of a team plan: the as-of date (also when the team is empty, so a bad date is
 * never hidden by an empty list) and every participant, completely, named by its place.
 *
 * @throws RangeError for an unsupported as-of date; TypeError for unvalidated participants.
 * @internal
 */
export function assertTeamPlanInputs(participants: unknown, asOf: unknown): void {
  assertAsOf(asOf);
  assertEvaluableParticipants(participants);
  for (let i = 0; i < participants.length; i++) {
    const found = participantProblem(participants[i]);
    if (found !== undefined) throw unvalidatedParticipant(`participants[${i}]`, found);
  }
}

/**
 * Throws a `TypeError` naming the first field of a programme that validated data cannot hold
 * (7 stars, a window of 0 years, a misspelt window kind…). O(components): it runs once per
 * `prepareProgramme`, beside indexing work of the same size.
 *
 * @throws TypeError for a programme that did not come out of validation (a programmer error).
 * @internal
 */
export function assertEvaluableProgramme(programme: unknown): asserts programme is Programme {
  const found = firstMisfit(programme, SHAPES.programme, "");
  if (found !== undefined) throw new UnvalidatedInputError("programme", found, "validateProgramme");
}

/**
 * Called by the evaluators when a completion's date or status is not what validated data holds:
 * walks the participant again to name the field, and throws. Kept out of the hot loops.
 *
 * @throws TypeError always.
 * @internal
 */
export function rejectUnsound(participant: unknown): never {
  throw unvalidatedParticipant(
    "participant",
    participantProblem(participant) ?? { path: "", expected: "validated data", value: participant },
  );
}

/**
 * The same error with the participant named by its place in a list (`participants[3]`), for an
 * error an evaluator threw while a report went through the list; any other error is returned as
 * it is.
 *
 * @internal
 */
export function inList(error: unknown, index: number): unknown {
  return error instanceof UnvalidatedInputError && error.validate === "validateParticipant"
    ? unvalidatedParticipant(`participants[${index}]`, error.problem)
    : error;
}
