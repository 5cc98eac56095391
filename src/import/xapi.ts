/**
 * Completions from a learning platform: xAPI "completed" statements, as a Learning Record Store
 * (LRS) exports them, turned into the completions of participants (docs/app-developers.md,
 * "Completions from a learning platform (xAPI)"; the choices are in docs/decisions.md, "xAPI
 * import").
 */

import type { Path } from "../diagnostics/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { nearestName } from "../internal/nearest.js";
import type { ApprovalStatus } from "../programme/types.js";
import { type XapiDiagnostic, xapiDiagnostic } from "./xapi-diagnostics.js";
import { clip, field, isId, isRecord, jsonType, mappingActorKey } from "./xapi-read.js";
import {
  COMPLETED,
  componentOf,
  contradicted,
  dateOf,
  gather,
  PASSED,
  participantOf,
  report,
  reportGathered,
  type Scan,
  type Settings,
  type Sink,
  VOIDED,
  voidedIds,
} from "./xapi-statement.js";
import { zoneCalendar } from "./xapi-time.js";

/**
 * The verbs the importer knows by name (ADL's registry): `completed` and `passed` count as a
 * completion by default; `voided` marks another statement as void (xAPI 2.3.2).
 *
 * @example
 * xapiVerbs.completed; //=> "http://adlnet.gov/expapi/verbs/completed"
 */
export const xapiVerbs = /* @__PURE__ */ deepFreeze({
  completed: COMPLETED,
  passed: PASSED,
  voided: VOIDED,
} as const);

/**
 * The most statements one `completionsFromXapi` call reads: more is one `too-many-statements`
 * error and nothing is imported. A year of a large library organisation (2,000 staff, fifty
 * statements each) fits; split a larger export, for example by month.
 *
 * @example
 * if (statements.length > MAX_XAPI_STATEMENTS) splitByMonth(statements);
 */
export const MAX_XAPI_STATEMENTS = 100_000;

/**
 * The most entries a `components` or `participants` mapping may hold (`mapping-too-large`).
 *
 * @example
 * MAX_XAPI_MAPPING_ENTRIES; //=> 100000
 */
export const MAX_XAPI_MAPPING_ENTRIES = 100_000;

/**
 * A mapping from text to an id: a plain object or a `Map`. Keys such as `__proto__` are data
 * here, never a prototype.
 *
 * @example
 * const components: XapiMapping = { "https://leren.bieb.nl/modules/bhv-2026": "bhv-herhaling" };
 */
export type XapiMapping = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

/**
 * The options of `completionsFromXapi`.
 *
 * @example
 * const options: XapiImportOptions = {
 *   timeZone: "Europe/Amsterdam",
 *   components: { "https://leren.bieb.nl/modules/bhv-2026": "bhv-herhaling" },
 *   participants: { "anouk@bieb.nl": "p-anouk" },
 * };
 */
export interface XapiImportOptions {
  /**
   * The named IANA time zone whose calendar date a completion gets (`"Europe/Amsterdam"`,
   * `"Europe/Brussels"`). Required: the machine's zone is never used.
   */
  readonly timeZone: string;
  /** The activity id (IRI) of each activity that is a component, with the component's id. */
  readonly components: XapiMapping;
  /**
   * The participant id of each actor, keyed by `mailto:address` (or just the address),
   * `mbox_sha1sum:hash`, `openid:uri` or `account:homePage|name`. Without it, an actor's
   * participant id is its account name or else its e-mail address; with it, an actor it does not
   * hold is left out (`unknown-actor`).
   */
  readonly participants?: XapiMapping;
  /** The verb IRIs that count as a completion; default `completed` and `passed` (`xapiVerbs`). */
  readonly verbs?: readonly string[];
  /** The status the completions get; default `"pending"`: approval is management's. */
  readonly status?: ApprovalStatus;
}

/**
 * One participant's completions from the import, ready to merge into the participant (or to
 * validate as a participant of its own): `{ component, date, status }`, by date, then component.
 *
 * @example
 * const row: XapiParticipantCompletions = {
 *   id: "p-anouk",
 *   completions: [{ component: "bhv-herhaling", date: "2026-07-01", status: "pending" }],
 * };
 */
export interface XapiParticipantCompletions {
  readonly id: string;
  readonly completions: readonly {
    readonly component: string;
    readonly date: string;
    readonly status: ApprovalStatus;
  }[];
}

/**
 * What an import did, in numbers: the statements read, those that gave a completion (two
 * statements of one participant, component and day give one completion), the others, and the
 * completions made.
 *
 * @example
 * const { statements, used, leftOut, completions } = result.summary;
 */
export interface XapiImportSummary {
  readonly statements: number;
  readonly used: number;
  readonly leftOut: number;
  readonly completions: number;
}

/**
 * The result of `completionsFromXapi`, plain JSON data: the completions per participant (sorted
 * by participant id), every diagnostic (errors first, then by path), the time zone as the engine
 * names it (`null` when the options were refused) and the numbers.
 *
 * @example
 * const { participants, diagnostics, timeZone, summary } = completionsFromXapi(json, options);
 */
export interface XapiImport {
  readonly participants: readonly XapiParticipantCompletions[];
  readonly diagnostics: readonly XapiDiagnostic[];
  readonly timeZone: string | null;
  readonly summary: XapiImportSummary;
}

const optionNames = /* @__PURE__ */ deepFreeze([
  "timeZone",
  "components",
  "participants",
  "verbs",
  "status",
] as const);
const statuses: readonly string[] = /* @__PURE__ */ deepFreeze(["approved", "pending", "rejected"]);

/** Reads a mapping option into a `Map` (keys through `keyOf`), reporting every bad entry. */
function readMapping(
  value: unknown,
  option: string,
  sink: Sink,
  keyOf: (key: string) => string,
): Map<string, string> | null {
  let entries: [unknown, unknown][];
  if (value instanceof Map) {
    if (value.size > MAX_XAPI_MAPPING_ENTRIES) {
      report(sink, "mapping-too-large", ["options", option], {
        option,
        count: value.size,
        limit: MAX_XAPI_MAPPING_ENTRIES,
      });
      return null;
    }
    entries = [...value.entries()];
  } else if (isRecord(value)) {
    // Own enumerable keys: `__proto__` from JSON.parse is a key like any other.
    const keys = Object.keys(value);
    if (keys.length > MAX_XAPI_MAPPING_ENTRIES) {
      report(sink, "mapping-too-large", ["options", option], {
        option,
        count: keys.length,
        limit: MAX_XAPI_MAPPING_ENTRIES,
      });
      return null;
    }
    entries = keys.map((key) => [key, value[key]]);
  } else {
    report(sink, "invalid-option", ["options", option], { option, expected: "mapping" });
    return null;
  }
  const out = new Map<string, string>();
  let ok = true;
  for (const [key, id] of entries) {
    if (typeof key !== "string" || key === "") {
      report(sink, "invalid-mapping-entry", ["options", option], {
        option,
        key: "",
        problem: "invalid-key",
      });
      ok = false;
      continue;
    }
    if (!isId(id)) {
      report(sink, "invalid-mapping-entry", ["options", option, key], {
        option,
        key: clip(key),
        problem: "invalid-id",
      });
      ok = false;
      continue;
    }
    const normal = keyOf(key);
    const earlier = out.get(normal);
    if (earlier !== undefined && earlier !== id) {
      report(sink, "invalid-mapping-entry", ["options", option, key], {
        option,
        key: clip(key),
        problem: "duplicate-key",
      });
      ok = false;
      continue;
    }
    out.set(normal, id);
  }
  return ok ? out : null;
}

/** Checks the options; every problem is reported, and any problem stops the import. */
function readOptions(options: unknown, sink: Sink): Settings | null {
  if (!isRecord(options)) {
    report(sink, "invalid-option", [], { option: "options", expected: "object" });
    return null;
  }
  const before = sink.length;
  for (const key of Object.keys(options)) {
    if ((optionNames as readonly string[]).includes(key)) continue;
    report(sink, "unknown-option", ["options", key], {
      option: clip(key),
      suggestion: nearestName(key, optionNames) ?? null,
    });
  }
  const timeZone = field(options, "timeZone");
  let zone: ReturnType<typeof zoneCalendar>;
  if (timeZone === undefined) report(sink, "missing-option", ["options"], { option: "timeZone" });
  else {
    zone = typeof timeZone === "string" ? zoneCalendar(timeZone) : undefined;
    if (zone === undefined)
      report(sink, "invalid-time-zone", ["options", "timeZone"], {
        received: typeof timeZone === "string" ? clip(timeZone) : jsonType(timeZone),
      });
  }
  const rawComponents = field(options, "components");
  let components: Map<string, string> | null = null;
  if (rawComponents === undefined)
    report(sink, "missing-option", ["options"], { option: "components" });
  else components = readMapping(rawComponents, "components", sink, (key) => key);
  const rawParticipants = field(options, "participants");
  const participants =
    rawParticipants === undefined
      ? null
      : readMapping(rawParticipants, "participants", sink, mappingActorKey);
  const rawVerbs = field(options, "verbs");
  let verbs: ReadonlySet<string> = new Set([xapiVerbs.completed, xapiVerbs.passed]);
  if (rawVerbs !== undefined) {
    if (
      Array.isArray(rawVerbs) &&
      rawVerbs.length >= 1 &&
      rawVerbs.length <= 100 &&
      rawVerbs.every((v) => typeof v === "string" && v !== "" && v !== xapiVerbs.voided)
    )
      verbs = new Set(rawVerbs as string[]);
    else
      report(sink, "invalid-option", ["options", "verbs"], {
        option: "verbs",
        expected: "verb-list",
      });
  }
  const rawStatus = field(options, "status");
  let status: ApprovalStatus = "pending";
  if (rawStatus !== undefined) {
    if (typeof rawStatus === "string" && statuses.includes(rawStatus))
      status = rawStatus as ApprovalStatus;
    else
      report(sink, "invalid-option", ["options", "status"], {
        option: "status",
        expected: "status",
      });
  }
  if (sink.length > before || zone === undefined || components === null) return null;
  return { zone, components, participants, verbs, status };
}

/** How the statements sit in the input: a bare array, or the `statements` of an LRS page. */
function readStatements(
  input: unknown,
  sink: Sink,
): { statements: readonly unknown[]; base: Path } | null {
  if (Array.isArray(input)) return { statements: input, base: [] };
  if (isRecord(input)) {
    const statements = field(input, "statements");
    if (Array.isArray(statements)) {
      const more = field(input, "more");
      if (typeof more === "string" && more !== "")
        report(sink, "more-statements", ["more"], { more: clip(more) });
      return { statements, base: ["statements"] };
    }
  }
  report(sink, "invalid-input", [], { received: jsonType(input) });
  return null;
}

/** A detail of a thrown value for `unreadable-input`: its message, cut short, or its type. */
function detailOf(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const message: unknown = thrown.message;
      if (typeof message === "string" && message.length > 0)
        return message.length > 200 ? `${message.slice(0, 199)}…` : message;
    }
  } catch {
    // The value refused to be read: its type says enough.
  }
  return thrown === null ? "null was thrown" : `a value of type ${typeof thrown} was thrown`;
}

function emptyResult(statements: number, diagnostics: Sink, timeZone: string | null): XapiImport {
  return {
    participants: [],
    diagnostics: sortDiagnostics(diagnostics),
    timeZone,
    summary: { statements, used: 0, leftOut: statements, completions: 0 },
  };
}

/**
 * Turns xAPI statements from a learning platform's LRS into completions per participant. A
 * statement becomes a completion `{ component, date, status }` when its verb counts (`completed`
 * or `passed` by default), its object is an activity of the `components` mapping, its actor maps to
 * a participant and its `timestamp` (ISO 8601 with `Z` or an offset) gives a supported calendar
 * date in `timeZone`. Everything else is reported, never dropped in silence: other verbs (one
 * warning per verb), unmapped activities (one per activity, with the nearest mapped id as a
 * suggestion) and actors (one per actor), voided statements (voided by a voiding statement in the
 * same input), repeated statement ids, broken timestamps and shapes — each at its path.
 *
 * Reads an array of statements or an LRS page `{ statements, more }` (a `more` link is a warning:
 * the rest is not in the input), at most `MAX_XAPI_STATEMENTS`. Problems with the options stop the
 * import (nothing is guessed). Linear in the statements; never throws on any input and never
 * changes it; the result is deeply frozen plain data.
 *
 * @example
 * const result = completionsFromXapi(JSON.parse(lrsExport), {
 *   timeZone: "Europe/Amsterdam",
 *   components: { "https://leren.bieb.nl/modules/bhv-2026": "bhv-herhaling" },
 * });
 * result.participants;
 * //=> [{ id: "p-anouk", completions: [{ component: "bhv-herhaling", date: "2026-07-01", status: "pending" }] }]
 * for (const d of result.diagnostics) console.log(formatDiagnostic(d, "nl"));
 * @function
 */
export const completionsFromXapi = /* @__PURE__ */ deepFreeze(function completionsFromXapi(
  input: unknown,
  options: XapiImportOptions,
): XapiImport {
  let result: XapiImport;
  try {
    result = importStatements(input, options);
  } catch (error) {
    result = emptyResult(
      0,
      [xapiDiagnostic("unreadable-input", [], { detail: detailOf(error) })],
      null,
    );
  }
  return deepFreeze(result);
});

function importStatements(input: unknown, options: unknown): XapiImport {
  const sink: Sink = [];
  const found = readStatements(input, sink);
  const settings = readOptions(options, sink);
  const count = found === null ? 0 : found.statements.length;
  if (found !== null && count > MAX_XAPI_STATEMENTS) {
    report(sink, "too-many-statements", found.base, { count, limit: MAX_XAPI_STATEMENTS });
    return emptyResult(count, sink, settings?.zone.timeZone ?? null);
  }
  if (found === null || settings === null)
    return emptyResult(count, sink, settings?.zone.timeZone ?? null);
  const { statements, base } = found;

  const voidedBy = voidedIds(statements);

  const seen = new Map<string, number>();
  const scan: Scan = {
    settings,
    sink,
    otherVerbs: new Map(),
    unknownActivities: new Map(),
    unknownActors: new Map(),
  };
  // participant id → (date + component id → completion); a date has ten characters, so the
  // joined key cannot be read two ways.
  const byParticipant = new Map<string, Map<string, { component: string; date: string }>>();
  let used = 0;

  for (let i = 0; i < count; i++) {
    const at: Path = [...base, i];
    const statement = statements[i];
    if (!isRecord(statement)) {
      report(sink, "invalid-statement", at, { field: "(statement)", problem: "not-an-object" });
      continue;
    }
    const id = field(statement, "id");
    if (id !== undefined) {
      if (typeof id !== "string") {
        report(sink, "invalid-statement", [...at, "id"], { field: "id", problem: "not-text" });
        continue;
      }
      const key = id.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        // A copy adds nothing. Only copies of completions are reported: overlapping exports
        // repeat thousands of other statements, already counted once under their verb.
        const verb = field(statement, "verb");
        const verbId = isRecord(verb) ? field(verb, "id") : undefined;
        if (typeof verbId === "string" && settings.verbs.has(verbId))
          report(sink, "duplicate-statement", [...at, "id"], { id: clip(id), firstIndex: first });
        continue;
      }
      seen.set(key, i);
    }
    const verb = field(statement, "verb");
    const verbId = isRecord(verb) ? field(verb, "id") : undefined;
    if (typeof verbId !== "string" || verbId === "") {
      const problem =
        verb === undefined
          ? "missing"
          : !isRecord(verb)
            ? "not-object"
            : verbId === undefined
              ? "missing"
              : "not-text";
      const where = isRecord(verb) ? ["verb", "id"] : ["verb"];
      report(sink, "invalid-statement", [...at, ...where], { field: where.join("."), problem });
      continue;
    }
    if (verbId === xapiVerbs.voided) {
      const object = field(statement, "object");
      if (!isRecord(object) || field(object, "objectType") !== "StatementRef")
        report(sink, "invalid-statement", [...at, "object"], {
          field: "object.objectType",
          problem: "not-a-statement-ref",
        });
      else if (typeof field(object, "id") !== "string")
        report(sink, "invalid-statement", [...at, "object", "id"], {
          field: "object.id",
          problem: field(object, "id") === undefined ? "missing" : "not-text",
        });
      continue;
    }
    if (!settings.verbs.has(verbId)) {
      gather(scan.otherVerbs, verbId, [...at, "verb", "id"], i);
      continue;
    }
    if (typeof id === "string") {
      const voider = voidedBy.get(id.toLowerCase());
      if (voider !== undefined) {
        report(sink, "voided", at, { id: clip(id), voidedBy: voider });
        continue;
      }
    }

    // Every problem of the statement is reported, so each part is read even after one fails.
    const participant = participantOf(scan, statement, at, i);
    const component = componentOf(scan, statement, at, i);
    const date = dateOf(scan, statement, at);
    const sound = !contradicted(scan, statement, verbId, at);
    if (!sound || participant === undefined || component === undefined || date === undefined)
      continue;
    used++;
    let completions = byParticipant.get(participant);
    if (completions === undefined) {
      completions = new Map();
      byParticipant.set(participant, completions);
    }
    const key = `${date}${component}`;
    if (!completions.has(key)) completions.set(key, { component, date });
  }

  reportGathered(scan, statements);

  const participants: XapiParticipantCompletions[] = [...byParticipant]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, completions]) => ({
      id,
      completions: [...completions]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, c]) => ({ component: c.component, date: c.date, status: settings.status })),
    }));
  const made = participants.reduce((n, p) => n + p.completions.length, 0);
  return {
    participants,
    diagnostics: sortDiagnostics(sink),
    timeZone: settings.zone.timeZone,
    summary: { statements: count, used, leftOut: count - used, completions: made },
  };
}
