import { dayKey } from "../dates/calendar-date.js";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../dates/supported-range.js";
import { FORMAT_VERSION } from "../format-version.js";
import { isApprovalStatus, isId, isText } from "../internal/field-rules.js";
import { MAX_PARTICIPANT_VALUES } from "./input-size.js";
import type { Completion, Participant } from "./types.js";

/*
 * The fast path of participant validation (issue 18). `participantSchema` (zod) is the source of
 * truth: this pass accepts only rows that the schema certainly accepts, and builds exactly what
 * `participantSchema.parse` returns for them — the same fields in the same order, defaults filled
 * in, fresh objects and lists. Anything else — a missing or unknown field, a value of the wrong
 * kind, an odd object (a class instance, a proxy's trap that lies, `__proto__`), a row larger than
 * the size bound — gives `undefined`, and the caller runs the schema (its lean build, which gives
 * zod's issues: schema/runtime.ts), which then reports what is wrong. So the diagnostics are the
 * schema's, always; this pass only saves its work on rows that are fine, which is nearly every row
 * of a real export (test/programme/participant-fast-path.prop.test.ts holds the two to the same
 * answers).
 *
 * Why it is faster: one pass that reads each value once and allocates only the result, where a
 * schema walks a schema tree, runs refinement closures and collects issues per field.
 */

/**
 * What one validation call keeps between rows: the ids already found sound (a few hundred
 * component and theme ids recur on every row, so most ids are one hash lookup instead of a regular
 * expression; past `MAX_KNOWN` ids the memo stops growing and the expression still answers).
 */
export interface FastPathMemo {
  readonly ids: Set<string>;
}

const MAX_KNOWN = 4096;

/** A memo for one validation call. @internal */
export function fastPathMemo(): FastPathMemo {
  return { ids: new Set() };
}

/** `idSchema`'s rule, through the memo. */
function isKnownId(value: unknown, memo: FastPathMemo): value is string {
  if (typeof value !== "string") return false;
  if (memo.ids.has(value)) return true;
  if (!isId(value)) return false;
  if (memo.ids.size < MAX_KNOWN) memo.ids.add(value);
  return true;
}

/** `calendarDateSchema`: a calendar date of the supported years 1900–2999. */
function isDate(value: unknown): value is string {
  return dayKey(value) >= 0;
}

/** A plain object: what JSON.parse builds (no class instance, no array). */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The values a row may still hold: every value counts once, as in `holdsMoreValuesThan`, so a row
 * this pass accepts is never one that the size bound refuses.
 */
interface Budget {
  left: number;
}

/**
 * How many enumerable fields an object has, when every one is among the fields of `isKnown`; −1
 * when one is not (the schemas are strict). `for … in` walks V8's enumeration cache: no list of
 * keys is built per object.
 */
function knownFieldCount(value: object, isKnown: (key: string) => boolean): number {
  let count = 0;
  for (const key in value) {
    if (!isKnown(key)) return -1;
    count++;
  }
  return count;
}

// Fields are read by name, as zod reads them. A row qualifies when the fields it enumerates are
// exactly the fields that hold a value: an unknown field, a field holding `undefined` (zod keeps
// such a key; JSON never writes one) or a value on a field that does not enumerate (only a
// hand-built object has one) sends the row to zod.

/** 1 for a field that holds a value, 0 for one that does not. */
function given(value: unknown): number {
  return value === undefined ? 0 : 1;
}

const isParticipantField = (key: string): boolean =>
  key === "id" ||
  key === "completions" ||
  key === "groups" ||
  key === "roles" ||
  key === "exemptions" ||
  key === "developmentPoints" ||
  key === "name" ||
  key === "startDate" ||
  key === "formatVersion" ||
  key === "$schema";

/**
 * `participantSchema.parse(input)` for a row the schema accepts, or `undefined` when this pass
 * cannot tell (then zod must run). Throws only what reading the input throws (a getter, a proxy
 * trap), as zod would; the caller's guard reports that.
 *
 * @internal
 */
export function fastParticipant(input: unknown, memo: FastPathMemo): Participant | undefined {
  if (!isPlain(input)) return undefined;
  const enumerated = knownFieldCount(input, isParticipantField);
  if (enumerated < 0) return undefined;
  const $schema = input.$schema;
  const formatVersion = input.formatVersion;
  const id = input.id;
  const name = input.name;
  const groups = input.groups;
  const startDate = input.startDate;
  const completions = input.completions;
  const roles = input.roles;
  const exemptions = input.exemptions;
  const points = input.developmentPoints;
  const count =
    given($schema) +
    given(formatVersion) +
    given(id) +
    given(name) +
    given(groups) +
    given(startDate) +
    given(completions) +
    given(roles) +
    given(exemptions) +
    given(points);
  if (count !== enumerated) return undefined;
  const budget: Budget = { left: MAX_PARTICIPANT_VALUES - 1 - count };
  if (budget.left < 0) return undefined;
  if ($schema !== undefined && typeof $schema !== "string") return undefined;
  if (formatVersion !== undefined && formatVersion !== FORMAT_VERSION) return undefined;
  if (!isKnownId(id, memo)) return undefined;
  if (name !== undefined && !isText(name)) return undefined;
  if (startDate !== undefined && !isDate(startDate)) return undefined;
  const groupList = groups === undefined ? [] : idList(groups, memo, budget);
  if (groupList === undefined) return undefined;
  const completionList =
    completions === undefined ? [] : listOf(completions, budget, completionOf, memo);
  if (completionList === undefined) return undefined;
  const roleList = roles === undefined ? [] : listOf(roles, budget, roleOf, memo);
  if (roleList === undefined) return undefined;
  const exemptionList =
    exemptions === undefined ? [] : listOf(exemptions, budget, exemptionOf, memo);
  if (exemptionList === undefined) return undefined;
  const pointList = points === undefined ? [] : listOf(points, budget, pointOf, memo);
  if (pointList === undefined) return undefined;
  // The schema's field order, optional fields only when given: what zod builds.
  const out: Record<string, unknown> = {};
  if ($schema !== undefined) out.$schema = $schema;
  if (formatVersion !== undefined) out.formatVersion = formatVersion;
  out.id = id;
  if (name !== undefined) out.name = name;
  out.groups = groupList;
  if (startDate !== undefined) out.startDate = startDate;
  out.completions = completionList;
  out.roles = roleList;
  out.exemptions = exemptionList;
  out.developmentPoints = pointList;
  return out as unknown as Participant;
}

/** Takes `n` values from the budget; false when that leaves less than none. */
function spend(budget: Budget, n: number): boolean {
  budget.left -= n;
  return budget.left >= 0;
}

/** A list of ids, copied; `undefined` when any item is not an id. */
function idList(value: unknown, memo: FastPathMemo, budget: Budget): string[] | undefined {
  if (!Array.isArray(value) || !spend(budget, value.length)) return undefined;
  const n = value.length;
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const item = value[i];
    if (!isKnownId(item, memo)) return undefined;
    out[i] = item;
  }
  return out;
}

/** A list whose every item `item` accepts, copied; `undefined` when any is refused. */
function listOf<T>(
  value: unknown,
  budget: Budget,
  item: (value: unknown, memo: FastPathMemo, budget: Budget) => T | undefined,
  memo: FastPathMemo,
): T[] | undefined {
  if (!Array.isArray(value) || !spend(budget, value.length)) return undefined;
  const n = value.length;
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const one = item(value[i], memo, budget);
    if (one === undefined) return undefined;
    out[i] = one;
  }
  return out;
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

function isScore(value: unknown): value is number | undefined {
  return value === undefined || isWhole(value, 1, 5);
}

type Role = Participant["roles"][number];
type Exemption = Participant["exemptions"][number];
type DevelopmentPoint = Participant["developmentPoints"][number];

const isCompletionField = (key: string): boolean =>
  key === "component" || key === "date" || key === "status" || key === "evaluation";
const isEvaluationField = (key: string): boolean =>
  key === "participantScore" || key === "effectScore";
const isRoleField = (key: string): boolean => key === "theme" || key === "role" || key === "year";
const isExemptionField = (key: string): boolean =>
  key === "from" || key === "to" || key === "reason" || key === "status";
const isPointField = (key: string): boolean => key === "kind" || key === "id";

function completionOf(value: unknown, memo: FastPathMemo, budget: Budget): Completion | undefined {
  if (!isPlain(value)) return undefined;
  const enumerated = knownFieldCount(value, isCompletionField);
  if (enumerated < 0) return undefined;
  const { component, date, status, evaluation } = value;
  const count = given(component) + given(date) + given(status) + given(evaluation);
  if (count !== enumerated || !spend(budget, count)) return undefined;
  const approval = status === undefined ? "approved" : status;
  if (!isKnownId(component, memo) || !isDate(date) || !isApprovalStatus(approval)) return undefined;
  if (evaluation === undefined) return { component, date, status: approval };
  if (!isPlain(evaluation)) return undefined;
  const fields = knownFieldCount(evaluation, isEvaluationField);
  const { participantScore, effectScore } = evaluation;
  const scored = given(participantScore) + given(effectScore);
  if (fields !== scored || !spend(budget, scored)) return undefined;
  if (!isScore(participantScore) || !isScore(effectScore)) return undefined;
  const scores: { participantScore?: number; effectScore?: number } = {};
  if (participantScore !== undefined) scores.participantScore = participantScore;
  if (effectScore !== undefined) scores.effectScore = effectScore;
  return { component, date, status: approval, evaluation: scores };
}

function roleOf(value: unknown, memo: FastPathMemo, budget: Budget): Role | undefined {
  if (!isPlain(value)) return undefined;
  const enumerated = knownFieldCount(value, isRoleField);
  const { theme, role, year } = value;
  const count = given(theme) + given(role) + given(year);
  if (count !== enumerated || !spend(budget, count)) return undefined;
  if (!isKnownId(theme, memo) || (role !== "trainer" && role !== "kartrekker")) return undefined;
  if (!isWhole(year, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR)) return undefined;
  return { theme, role, year };
}

function exemptionOf(value: unknown, _memo: FastPathMemo, budget: Budget): Exemption | undefined {
  if (!isPlain(value)) return undefined;
  const enumerated = knownFieldCount(value, isExemptionField);
  const { from, to, reason, status } = value;
  const count = given(from) + given(to) + given(reason) + given(status);
  if (count !== enumerated || !spend(budget, count)) return undefined;
  const approval = status === undefined ? "approved" : status;
  if (!isDate(from) || !isDate(to) || !isText(reason) || !isApprovalStatus(approval))
    return undefined;
  return { from, to, reason, status: approval };
}

function pointOf(value: unknown, memo: FastPathMemo, budget: Budget): DevelopmentPoint | undefined {
  if (!isPlain(value)) return undefined;
  const enumerated = knownFieldCount(value, isPointField);
  const { kind, id } = value;
  const count = given(kind) + given(id);
  if (count !== enumerated || !spend(budget, count)) return undefined;
  if (kind !== "theme" && kind !== "learning-line" && kind !== "spearhead") return undefined;
  if (!isKnownId(id, memo)) return undefined;
  return { kind, id };
}
