import { longDate, q, wholeNumber } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { XapiDiagnosticParams } from "../xapi-diagnostics.js";

/** "1 statement", "2 statements": a count with its noun in the right number. */
function count(n: number, one: string, many: string): string {
  return `${wholeNumber(n, "en")} ${n === 1 ? one : many}`;
}

/** A thing by its name, with the id a person needs to fix the mapping: `"Name" (id)`. */
function named(name: string | null | undefined, id: string): string {
  return name ? `${q(name)} (${id})` : q(id);
}

const expectations: Record<string, string> = /* @__PURE__ */ deepFreeze({
  object: "an object",
  mapping: "an object or Map from text to an id",
  "verb-list": "a list of 1 to 100 verb IRIs",
  status: '"approved", "pending" or "rejected"',
});

const received: Record<string, string> = /* @__PURE__ */ deepFreeze({
  undefined: "nothing",
  string: "text",
  number: "a number",
  boolean: "true/false",
  object: "an object without a list of statements",
  array: "a list",
  null: "null",
});

/** The English messages of the xAPI import diagnostics. */
export const xapiEn: MessageTable<XapiDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "unreadable-input": (p) => `The input could not be read: ${p.detail}`,
  "invalid-input": (p) =>
    `Expected a list of xAPI statements or an LRS page with a list "statements"; found ${received[p.received] ?? p.received}.`,
  "too-many-statements": (p) =>
    `These are ${count(p.count, "statement", "statements")}; one import reads at most ${wholeNumber(p.limit, "en")}. Nothing was imported: split the export, for example by month.`,
  "more-statements": (p) =>
    `The LRS holds more statements (next page ${q(p.more)}). Fetch every page and import them together, or completions will be missing.`,
  "unknown-option": (p) =>
    `There is no option ${q(p.option)}${p.suggestion === null ? "." : `; did you mean ${q(p.suggestion)}?`}`,
  "missing-option": (p) =>
    p.option === "timeZone"
      ? 'The option "timeZone" is missing: give the organisation\'s time zone, for example "Europe/Amsterdam".'
      : p.option === "components"
        ? 'The option "components" is missing: give for each activity (its IRI) the component it belongs to.'
        : `The option ${q(p.option)} is missing.`,
  "invalid-option": (p) =>
    p.option === "options"
      ? "The options must be an object."
      : `The option ${q(p.option)} must be ${expectations[p.expected] ?? p.expected}.`,
  "mapping-too-large": (p) =>
    `The mapping ${q(p.option)} has ${count(p.count, "entry", "entries")}; it can hold at most ${wholeNumber(p.limit, "en")}.`,
  "invalid-mapping-entry": (p) =>
    p.problem === "invalid-key"
      ? `The mapping ${q(p.option)} has a key that is not text or is empty.`
      : p.problem === "duplicate-key"
        ? `In the mapping ${q(p.option)}, ${q(p.key)} appears earlier with another id (case and "mailto:" do not count).`
        : `In the mapping ${q(p.option)}, ${q(p.key)} is not given a valid id: an id has 1 to 100 characters without space at either end.`,
  "invalid-time-zone": (p) =>
    `${q(p.received)} is not a time zone this JavaScript environment knows. Give an IANA name, such as "Europe/Amsterdam" or "Europe/Brussels".`,
  "invalid-statement": (p) => {
    switch (p.problem) {
      case "not-an-object":
        return "This is not an xAPI statement: it is not an object.";
      case "missing":
        return `The field ${p.field} is missing.`;
      case "not-text":
        return `The field ${p.field} must be text.`;
      case "not-object":
        return `The field ${p.field} must be an object.`;
      case "not-an-activity":
        return "The object of a completion must be an activity, not a person, group or statement.";
      case "not-a-statement-ref":
        return 'A statement that voids another must refer to it with objectType "StatementRef".';
    }
  },
  "invalid-actor": (p) => {
    switch (p.problem) {
      case "no-identifier":
        return "The actor has no identifier: mbox, mbox_sha1sum, openid or an account with homePage and name.";
      case "several-identifiers":
        return "The actor has more than one identifier; xAPI allows exactly one.";
      case "group":
        return "The actor is a group. A completion belongs to one participant, so this one was not imported.";
      case "not-an-id":
        return 'The actor does not give a valid participant id (1 to 100 characters without space at either end); add it to the "participants" mapping.';
    }
  },
  "unknown-actor": (p) =>
    p.needsMapping
      ? `${named(p.name, p.actor)} is known only by an mbox_sha1sum or openid; without a "participants" mapping no participant belongs to it. ${count(p.count, "completion was", "completions were")} not imported.`
      : `${named(p.name, p.actor)} is not in the "participants" mapping: ${count(p.count, "completion was", "completions were")} not imported.`,
  "unknown-activity": (p) =>
    `The activity ${named(p.name?.en, p.activity)} is not in the "components" mapping: ${count(p.count, "completion was", "completions were")} not imported.${p.suggestion === null ? "" : ` Did you mean ${q(p.suggestion)}?`}`,
  "other-verb": (p) =>
    `${count(p.count, "statement", "statements")} with the verb ${named(p.display?.en, p.verb)} ${p.count === 1 ? "does" : "do"} not count as a completion and ${p.count === 1 ? "was" : "were"} skipped.`,
  "missing-timestamp": () => "This completion has no timestamp, so no date; it was not imported.",
  "invalid-timestamp": (p) =>
    p.noOffset
      ? `The timestamp ${q(p.received)} does not say which time zone it is in (Z or, for example, +02:00), so its date is not certain; the completion was not imported.`
      : `The timestamp ${q(p.received)} is not an ISO 8601 date and time such as "2026-06-30T14:05:00Z"; the completion was not imported.`,
  "date-out-of-range": (p) =>
    `The date ${longDate(p.received, "en")} lies outside the dates sterrenprogramma supports (${longDate(p.first, "en")} to ${longDate(p.last, "en")}).`,
  voided: (p) =>
    `This statement was voided by the statement at [${p.voidedBy}]; it does not count.`,
  "duplicate-statement": (p) =>
    `This statement (id ${q(p.id)}) appears earlier, at [${p.firstIndex}]; it counts once.`,
  "contradicting-result": (p) =>
    p.field === "completion"
      ? 'The verb says the activity was completed, but the result says "completion": false; the completion was not imported.'
      : 'The verb says the participant passed, but the result says "success": false; the completion was not imported.',
});
