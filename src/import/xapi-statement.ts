/**
 * Reading one xAPI statement's parts — who, what, when — into a participant id, a component id
 * and a calendar date, reporting why a part gives none. The mapping problems (unknown actors and
 * activities, other verbs) are gathered per actor, activity or verb and reported once each.
 */

import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "../dates/supported-range.js";
import type { Path } from "../diagnostics/diagnostic.js";
import { nearestName } from "../internal/nearest.js";
import type { ApprovalStatus } from "../programme/types.js";
import {
  type XapiDiagnostic,
  type XapiDiagnosticCode,
  type XapiDiagnosticParams,
  xapiDiagnostic,
} from "./xapi-diagnostics.js";
import { clip, field, isId, isRecord, languageMap, readActor } from "./xapi-read.js";
import { parseTimestamp, type zoneCalendar } from "./xapi-time.js";

/** The verbs the importer knows by IRI. */
export const COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
export const PASSED = "http://adlnet.gov/expapi/verbs/passed";
export const VOIDED = "http://adlnet.gov/expapi/verbs/voided";

/** The unknown activities, in order of first appearance, that get a "did you mean" suggestion. */
const MAX_SUGGESTIONS = 20;

/**
 * The first and the day after the last UTC day whose instants can give a supported date in some
 * zone (zones stay within a day of UTC). Outside them the zone is not asked: the date as written
 * is reported, and `Intl` never meets years it would write with an era.
 */
const EARLIEST_MS = -2209161600000; // Date.UTC(1899, 11, 30)
const LATEST_MS = 32503766400000; // Date.UTC(3000, 0, 2)

/** The options after checking. */
export interface Settings {
  readonly zone: NonNullable<ReturnType<typeof zoneCalendar>>;
  readonly components: ReadonlyMap<string, string>;
  readonly participants: ReadonlyMap<string, string> | null;
  readonly verbs: ReadonlySet<string>;
  readonly status: ApprovalStatus;
}

/** The diagnostics of one import, in the order found (sorted at the end). */
export type Sink = XapiDiagnostic[];

/** Adds a diagnostic to the sink. */
export function report<C extends XapiDiagnosticCode>(
  sink: Sink,
  code: C,
  path: Path,
  params: XapiDiagnosticParams[C],
): void {
  sink.push(xapiDiagnostic(code, path, params) as XapiDiagnostic);
}

/** Statements of one kind gathered into one diagnostic (an actor, an activity, a verb). */
interface Gathered {
  readonly path: Path;
  readonly index: number;
  count: number;
}

/** What one pass over the statements carries. */
export interface Scan {
  readonly settings: Settings;
  readonly sink: Sink;
  readonly otherVerbs: Map<string, Gathered>;
  readonly unknownActivities: Map<string, Gathered>;
  readonly unknownActors: Map<string, Gathered & { readonly needsMapping: boolean }>;
}

/** Counts a statement into its group, remembering where the group was first seen. */
export function gather(
  groups: Map<string, Gathered>,
  key: string,
  path: Path,
  index: number,
): void {
  const entry = groups.get(key);
  if (entry === undefined) groups.set(key, { path, index, count: 1 });
  else entry.count++;
}

/**
 * The ids (in lower case: UUIDs are compared without case) of the statements a voiding statement
 * of the input refers to, each with the index of the first statement that voids it (xAPI 2.3.2).
 */
export function voidedIds(statements: readonly unknown[]): Map<string, number> {
  const voidedBy = new Map<string, number>();
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    if (!isRecord(statement)) continue;
    const verb = field(statement, "verb");
    if (!isRecord(verb) || field(verb, "id") !== VOIDED) continue;
    const object = field(statement, "object");
    if (!isRecord(object) || field(object, "objectType") !== "StatementRef") continue;
    const target = field(object, "id");
    if (typeof target === "string" && !voidedBy.has(target.toLowerCase()))
      voidedBy.set(target.toLowerCase(), i);
  }
  return voidedBy;
}

/** The participant id of a statement's actor, or `undefined` (reported or gathered). */
export function participantOf(
  scan: Scan,
  statement: Readonly<Record<string, unknown>>,
  at: Path,
  index: number,
): string | undefined {
  const actor = readActor(field(statement, "actor"));
  if (actor.kind === "invalid-statement") {
    report(scan.sink, "invalid-statement", [...at, ...actor.at], {
      field: actor.field,
      problem: actor.problem,
    });
    return undefined;
  }
  if (actor.kind === "invalid-actor") {
    report(scan.sink, "invalid-actor", [...at, "actor"], { problem: actor.problem });
    return undefined;
  }
  const { participants } = scan.settings;
  const participant =
    participants === null ? (actor.defaultId ?? undefined) : participants.get(actor.key);
  if (participant === undefined) {
    const entry = scan.unknownActors.get(actor.key);
    if (entry === undefined)
      scan.unknownActors.set(actor.key, {
        path: [...at, "actor"],
        index,
        count: 1,
        needsMapping: participants === null,
      });
    else entry.count++;
    return undefined;
  }
  // Mapped ids were checked with the options; a default id (an account name, an address) may
  // not be an id at all.
  if (!isId(participant)) {
    report(scan.sink, "invalid-actor", [...at, "actor"], { problem: "not-an-id" });
    return undefined;
  }
  return participant;
}

/** The component id of a statement's activity, or `undefined` (reported or gathered). */
export function componentOf(
  scan: Scan,
  statement: Readonly<Record<string, unknown>>,
  at: Path,
  index: number,
): string | undefined {
  const object = field(statement, "object");
  if (!isRecord(object)) {
    report(scan.sink, "invalid-statement", [...at, "object"], {
      field: "object",
      problem: object === undefined ? "missing" : "not-object",
    });
    return undefined;
  }
  const objectType = field(object, "objectType");
  if (objectType !== undefined && objectType !== "Activity") {
    report(scan.sink, "invalid-statement", [...at, "object", "objectType"], {
      field: "object.objectType",
      problem: "not-an-activity",
    });
    return undefined;
  }
  const activity = field(object, "id");
  if (typeof activity !== "string" || activity === "") {
    report(scan.sink, "invalid-statement", [...at, "object", "id"], {
      field: "object.id",
      problem: activity === undefined ? "missing" : "not-text",
    });
    return undefined;
  }
  const component = scan.settings.components.get(activity);
  if (component === undefined)
    gather(scan.unknownActivities, activity, [...at, "object", "id"], index);
  return component;
}

/** The supported calendar date of a statement's timestamp in the zone, or `undefined` (reported). */
export function dateOf(
  scan: Scan,
  statement: Readonly<Record<string, unknown>>,
  at: Path,
): string | undefined {
  const timestamp = field(statement, "timestamp");
  const where = [...at, "timestamp"];
  if (timestamp === undefined) {
    report(scan.sink, "missing-timestamp", where, {});
    return undefined;
  }
  if (typeof timestamp !== "string") {
    report(scan.sink, "invalid-statement", where, { field: "timestamp", problem: "not-text" });
    return undefined;
  }
  const parsed = parseTimestamp(timestamp);
  if (!parsed.ok) {
    report(scan.sink, "invalid-timestamp", where, {
      received: clip(timestamp),
      noOffset: parsed.noOffset,
    });
    return undefined;
  }
  const date =
    parsed.epochMs < EARLIEST_MS || parsed.epochMs >= LATEST_MS
      ? timestamp.slice(0, 10)
      : scan.settings.zone.dateOf(parsed.epochMs);
  if (date >= FIRST_SUPPORTED_DATE && date <= LAST_SUPPORTED_DATE) return date;
  report(scan.sink, "date-out-of-range", where, {
    received: date,
    first: FIRST_SUPPORTED_DATE,
    last: LAST_SUPPORTED_DATE,
  });
  return undefined;
}

/**
 * Whether the statement's result contradicts its verb (`completed` with `completion: false`,
 * `passed` with `success: false`); reported when it does.
 */
export function contradicted(
  scan: Scan,
  statement: Readonly<Record<string, unknown>>,
  verbId: string,
  at: Path,
): boolean {
  const result = field(statement, "result");
  if (!isRecord(result)) return false;
  const which =
    verbId === COMPLETED && field(result, "completion") === false
      ? "completion"
      : verbId === PASSED && field(result, "success") === false
        ? "success"
        : null;
  if (which === null) return false;
  report(scan.sink, "contradicting-result", [...at, "result", which], {
    verb: clip(verbId),
    field: which,
  });
  return true;
}

/** Reports the gathered verbs, activities and actors, each at its first statement, by name. */
export function reportGathered(scan: Scan, statements: readonly unknown[]): void {
  /** A part of the first statement of a group (known to be an object: it was read as one). */
  const part = (index: number, key: string) =>
    field(statements[index] as Readonly<Record<string, unknown>>, key);
  for (const [verb, g] of scan.otherVerbs) {
    report(scan.sink, "other-verb", g.path, {
      verb: clip(verb),
      display: languageMap(
        field(part(g.index, "verb") as Readonly<Record<string, unknown>>, "display"),
      ),
      count: g.count,
    });
  }
  let suggestions = 0;
  for (const [activity, g] of scan.unknownActivities) {
    const definition = field(
      part(g.index, "object") as Readonly<Record<string, unknown>>,
      "definition",
    );
    const suggestion =
      suggestions++ < MAX_SUGGESTIONS
        ? nearestName(activity, scan.settings.components.keys())
        : undefined;
    report(scan.sink, "unknown-activity", g.path, {
      activity: clip(activity),
      name: isRecord(definition) ? languageMap(field(definition, "name")) : null,
      count: g.count,
      suggestion: suggestion === undefined ? null : clip(suggestion),
    });
  }
  for (const [key, g] of scan.unknownActors) {
    const actor = readActor(part(g.index, "actor"));
    report(scan.sink, "unknown-actor", g.path, {
      actor: clip(key),
      name: actor.kind === "actor" ? actor.name : null,
      count: g.count,
      needsMapping: g.needsMapping,
    });
  }
}
