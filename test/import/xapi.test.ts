import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/diagnostic.js";
import { exampleProgramme } from "../../src/example/programme.js";
import {
  completionsFromXapi,
  MAX_XAPI_MAPPING_ENTRIES,
  MAX_XAPI_STATEMENTS,
  type XapiImport,
  type XapiImportOptions,
  xapiVerbs,
} from "../../src/import/xapi.js";
import { type XapiDiagnosticCode, xapiSeverities } from "../../src/import/xapi-diagnostics.js";
import { parseProgramme, validateParticipants } from "../../src/programme/validate.js";
import { deepFreeze } from "../fixtures/helpers.js";
import {
  activity,
  codes,
  fixtureComponents,
  fixtureParticipants,
  home,
  lrsPage,
  statement,
  verb,
} from "./xapi-fixtures.js";

const options: XapiImportOptions = {
  timeZone: "Europe/Amsterdam",
  components: fixtureComponents,
};

/** Imports statements with the minimal options (and `extra`). */
const run = (statements: unknown, extra: Partial<XapiImportOptions> = {}) =>
  completionsFromXapi(statements, { ...options, ...extra });

/** The one diagnostic of a result with this code (the test fails unless there is exactly one). */
function only<C extends XapiDiagnosticCode>(result: XapiImport, code: C) {
  const found = result.diagnostics.filter((d) => d.code === code);
  expect(found, codes(result).join(", ")).toHaveLength(1);
  return found[0] as Extract<XapiImport["diagnostics"][number], { code: C }>;
}

/** The dates one statement at each timestamp gets in a zone. */
function datesIn(timeZone: string, timestamps: readonly string[]): (string | undefined)[] {
  return timestamps.map((timestamp) => {
    const result = run([statement({ timestamp })], { timeZone });
    expect(codes(result)).toEqual([]);
    return result.participants[0]?.completions[0]?.date;
  });
}

describe("completionsFromXapi: the LRS export fixture (issue 16)", () => {
  const page = lrsPage();
  const result = completionsFromXapi(page, { ...options, participants: fixtureParticipants });

  it("makes the completions worked out by hand, per participant, pending by default", () => {
    // [0] 21:30Z is 23:30 CEST on 30 June; [1] passed the same module that evening: one
    // completion. [2] 23:30Z on 30 June is 01:30 CEST on 1 July. [5] 01:30+01:00 on 29 March is
    // 00:30Z, before the clocks change at 01:00Z: 01:30 CET. [16] 07:45:00.5+02:00 is 07:45 CEST.
    expect(result.participants).toEqual([
      {
        id: "p-anouk",
        completions: [{ component: "bhv-herhaling", date: "2026-06-30", status: "pending" }],
      },
      {
        id: "p-daan",
        completions: [{ component: "privacy-en-avg", date: "2026-07-01", status: "pending" }],
      },
      {
        id: "p-sanne",
        completions: [
          { component: "mediawijsheid-nepnieuws", date: "2026-03-29", status: "pending" },
          { component: "privacy-en-avg", date: "2026-06-12", status: "pending" },
        ],
      },
    ]);
    expect(result.summary).toEqual({ statements: 17, used: 5, leftOut: 12, completions: 4 });
    expect(result.timeZone).toBe("Europe/Amsterdam");
  });

  it("reports every statement that does not map, errors first, then by path", () => {
    // Paths order by number: [3] before [10].
    expect(codes(result)).toEqual([
      "invalid-timestamp@statements.12.timestamp",
      "invalid-actor@statements.14.actor",
      "other-verb@statements.3.verb.id",
      "other-verb@statements.4.verb.id",
      "unknown-activity@statements.6.object.id",
      "unknown-activity@statements.7.object.id",
      "voided@statements.8",
      "duplicate-statement@statements.10.id",
      "unknown-actor@statements.11.actor",
      "contradicting-result@statements.13.result.completion",
      "other-verb@statements.15.verb.id",
    ]);
  });

  it("gives the params a program needs and names things by their names", () => {
    expect(only(result, "invalid-timestamp").params).toEqual({
      received: "2026-05-12T10:00:00",
      noOffset: true,
    });
    expect(only(result, "invalid-actor").params).toEqual({ problem: "group" });
    expect(only(result, "duplicate-statement").params).toEqual({
      id: "0b7e8c1a-3d4f-4a2b-9c8d-1e2f3a4b5c60",
      firstIndex: 0,
    });
    // The voiding statement [9] names [8]'s id in capitals: ids are compared without case.
    expect(only(result, "voided").params).toEqual({
      id: "4f1c2a5e-7b8d-4e6f-9a2b-5c6d7e8f9aa5",
      voidedBy: 9,
    });
    expect(only(result, "unknown-actor").params).toEqual({
      actor: "mailto:vrijwilliger.taalcafe@gmail.com",
      name: "Gastgebruiker",
      count: 1,
      needsMapping: false,
    });
    const unknown = result.diagnostics.filter((d) => d.code === "unknown-activity");
    expect(unknown.map((d) => d.params)).toEqual([
      {
        activity: activity("welkom-video"),
        name: { nl: "Welkom op het leerplatform", en: "Welcome to the learning platform" },
        count: 1,
        suggestion: null,
      },
      {
        // A trailing slash: one edit from a mapped id, so suggested. The activity has only a
        // Dutch name, which the English message uses too.
        activity: `${activity("bhv-herhaling-2026")}/`,
        name: { nl: "BHV-herhaling 2026", en: "BHV-herhaling 2026" },
        count: 1,
        suggestion: activity("bhv-herhaling-2026"),
      },
    ]);
    expect(unknown[0]?.message.nl).toBe(
      `De activiteit "Welkom op het leerplatform" (${activity("welkom-video")}) staat niet in de koppeling "components": 1 voltooiing is niet ingelezen.`,
    );
    expect(unknown[1]?.message.en).toContain(`Did you mean "${activity("bhv-herhaling-2026")}"?`);
    const verbs = result.diagnostics.filter((d) => d.code === "other-verb");
    expect(verbs.map((d) => d.message.nl)).toEqual([
      `1 statement met het werkwoord "bekeek" (${verb("experienced")}) telt niet als voltooiing en is overgeslagen.`,
      `1 statement met het werkwoord "probeerde" (${verb("attempted")}) telt niet als voltooiing en is overgeslagen.`,
      `1 statement met het werkwoord "zakte voor" (${verb("failed")}) telt niet als voltooiing en is overgeslagen.`,
    ]);
    expect(verbs[0]?.message.en).toBe(
      `1 statement with the verb "experienced" (${verb("experienced")}) does not count as a completion and was skipped.`,
    );
  });

  it("gives completions that validate as participants of the example programme, without warnings", () => {
    const validated = validateParticipants(result.participants, parseProgramme(exampleProgramme));
    expect(validated.ok && validated.warnings).toEqual([]);
  });

  it("without a participant mapping, names participants by account name or e-mail address", () => {
    const bare = completionsFromXapi(lrsPage(), options);
    expect(bare.participants.map((p) => p.id)).toEqual([
      "10482",
      "anouk.devries@bibliotheek-voorbeeldstad.nl",
      "sanne.jansen@bibliotheek-voorbeeldstad.nl",
      "vrijwilliger.taalcafe@gmail.com",
    ]);
    // Fatima is known to the LRS only by a hash of her address: that needs a mapping.
    expect(only(bare, "unknown-actor").params).toEqual({
      actor: "mbox_sha1sum:4f1c9d6e0b8a7e2f3c5d1a9b8e7f6a5b4c3d2e1f",
      name: "Fatima El Amrani",
      count: 1,
      needsMapping: true,
    });
  });
});

describe("time zones: the calendar date where the organisation is (rules A1)", () => {
  it("23:30Z on 30 June is 1 July in Amsterdam, 30 June in UTC and in New York", () => {
    const at = ["2026-06-30T23:30:00Z"];
    expect(datesIn("Europe/Amsterdam", at)).toEqual(["2026-07-01"]);
    expect(datesIn("UTC", at)).toEqual(["2026-06-30"]);
    expect(datesIn("America/New_York", at)).toEqual(["2026-06-30"]);
  });

  it("spring forward in Amsterdam (29 March 2026, 01:00Z): the midnights either side", () => {
    // Before: CET (+1), midnight of the 29th is 23:00Z on the 28th. After: CEST (+2), midnight of
    // the 30th is 22:00Z on the 29th.
    expect(
      datesIn("Europe/Amsterdam", [
        "2026-03-28T22:59:59Z",
        "2026-03-28T23:00:00Z",
        "2026-03-29T00:59:59Z",
        "2026-03-29T01:00:00Z",
        "2026-03-29T21:59:59Z",
        "2026-03-29T22:00:00Z",
      ]),
    ).toEqual(["2026-03-28", "2026-03-29", "2026-03-29", "2026-03-29", "2026-03-29", "2026-03-30"]);
  });

  it("fall back in Amsterdam (25 October 2026, 01:00Z): the day has 25 hours", () => {
    expect(
      datesIn("Europe/Amsterdam", [
        "2026-10-24T21:59:59Z",
        "2026-10-24T22:00:00Z",
        "2026-10-25T00:30:00Z", // 02:30 CEST, the first time
        "2026-10-25T01:30:00Z", // 02:30 CET, the second time
        "2026-10-25T22:59:59Z",
        "2026-10-25T23:00:00Z",
      ]),
    ).toEqual(["2026-10-24", "2026-10-25", "2026-10-25", "2026-10-25", "2026-10-25", "2026-10-26"]);
  });

  it("Brussels keeps the same rules; Kathmandu is +05:45; Samoa skipped 30 December 2011", () => {
    expect(datesIn("Europe/Brussels", ["2026-06-30T21:59:59Z", "2026-06-30T22:00:00Z"])).toEqual([
      "2026-06-30",
      "2026-07-01",
    ]);
    expect(datesIn("Asia/Kathmandu", ["2026-06-30T18:14:59Z", "2026-06-30T18:15:00Z"])).toEqual([
      "2026-06-30",
      "2026-07-01",
    ]);
    // Samoa moved from UTC−10 to UTC+14 at the end of 29 December 2011 (local).
    expect(datesIn("Pacific/Apia", ["2011-12-30T09:59:59Z", "2011-12-30T10:00:00Z"])).toEqual([
      "2011-12-29",
      "2011-12-31",
    ]);
  });

  it("reads the offset the timestamp was written in, whatever it is", () => {
    // 00:30+02:00 on 1 July is 22:30Z on 30 June: 00:30 on 1 July in Amsterdam, 30 June in UTC.
    const at = [
      "2026-07-01T00:30:00+02:00",
      "2026-06-30T17:30:00-05:00",
      "2026-07-01T03:15:00+0445",
    ];
    expect(datesIn("Europe/Amsterdam", at)).toEqual(["2026-07-01", "2026-07-01", "2026-07-01"]);
    expect(datesIn("UTC", at)).toEqual(["2026-06-30", "2026-06-30", "2026-06-30"]);
  });

  it("reads the ISO 8601 forms an LRS writes: basic, lower case, a space, +hh, a comma, a leap second", () => {
    expect(
      datesIn("UTC", [
        "20260630T233000Z",
        "20260630T2330+0100",
        "2026-06-30t23:30:00z",
        "2026-06-30 23:30:00Z",
        "2026-07-01T01:30:00+02",
        "2026-06-30T23:30:00,999999Z",
        "2026-06-30T23:59:60Z",
        "2026-06-30T23:59:59.999999999Z",
        "2026-06-30T23:30Z",
      ]),
    ).toEqual([
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
      "2026-06-30",
    ]);
  });

  it("never depends on the machine's time zone", () => {
    const before = process.env.TZ;
    const statements = [statement({ timestamp: "2026-06-30T23:30:00Z" })];
    try {
      const dates = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"].map((tz) => {
        process.env.TZ = tz;
        return run(statements).participants[0]?.completions[0]?.date;
      });
      expect(dates).toEqual(["2026-07-01", "2026-07-01", "2026-07-01"]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it("canonicalises the zone's spelling, and refuses offsets, unknown and blank zones", () => {
    expect(run([], { timeZone: "europe/amsterdam" }).timeZone).toBe("Europe/Amsterdam");
    for (const timeZone of ["+02:00", "Mars/Olympus_Mons", "", " Europe/Amsterdam", "local"]) {
      const result = run([statement()], { timeZone });
      expect(codes(result), timeZone).toEqual(["invalid-time-zone@options.timeZone"]);
      expect(result.participants).toEqual([]);
      expect(result.timeZone).toBeNull();
    }
    const numeric = run([], { timeZone: 2 as unknown as string });
    expect(only(numeric, "invalid-time-zone").params).toEqual({ received: "number" });
  });
});

describe("timestamps that give no date", () => {
  it("missing-timestamp; a timestamp that is not text is a shape error", () => {
    const result = run([
      statement({ timestamp: undefined }),
      statement({ timestamp: 1782862200000 }),
    ]);
    expect(codes(result)).toEqual([
      "missing-timestamp@0.timestamp",
      "invalid-statement@1.timestamp",
    ]);
    expect(result.diagnostics[1]?.params).toEqual({ field: "timestamp", problem: "not-text" });
    expect(result.diagnostics[0]?.message.nl).toBe(
      "Deze voltooiing heeft geen timestamp en dus geen datum; ze is niet ingelezen.",
    );
  });

  it("invalid-timestamp for what is not an ISO 8601 date and time with an offset, quoted as written", () => {
    const bad = [
      "2026-02-30T10:00:00Z", // no such day
      "2026-06-30T24:00:00Z", // 24:00 is not a time of day here
      "2026-06-30T23:61:00Z",
      "2026-06-30T23:30:00+24:00",
      "2026-06-30", // a date alone is not an instant
      "30-06-2026 10:00",
      "gisteren",
      `2026-06-30T23:30:00.${"9".repeat(60)}Z`, // longer than any real timestamp
    ];
    const result = run(bad.map((timestamp) => statement({ timestamp })));
    expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual(
      bad.map((timestamp) => [
        "invalid-timestamp",
        {
          received: timestamp.length > 100 ? `${timestamp.slice(0, 99)}…` : timestamp,
          noOffset: false,
        },
      ]),
    );
    expect(result.diagnostics[6]?.message.en).toBe(
      'The timestamp "gisteren" is not an ISO 8601 date and time such as "2026-06-30T14:05:00Z"; the completion was not imported.',
    );
  });

  it("a timestamp without an offset is refused: its date near midnight depends on a zone it does not name", () => {
    const result = run([statement({ timestamp: "2026-06-30T23:30:00.000" })]);
    expect(only(result, "invalid-timestamp").params).toEqual({
      received: "2026-06-30T23:30:00.000",
      noOffset: true,
    });
    expect(result.diagnostics[0]?.message.nl).toContain("zegt niet in welke tijdzone");
  });

  it("date-out-of-range for a date in the zone outside 1900-01-01 … 2999-12-31, in long dates", () => {
    // Tokyo has been nine hours ahead of UTC since 1888.
    const result = run(
      [
        statement({ timestamp: "1899-12-31T12:00:00Z" }), // 21:00 on 31 December 1899
        statement({ timestamp: "1899-12-31T20:00:00Z" }), // 05:00 on 1 January 1900
        statement({ timestamp: "2999-12-31T23:30:00Z" }), // 08:30 on 1 January 3000
        statement({ timestamp: "0099-06-30T10:00:00Z" }),
      ],
      { timeZone: "Asia/Tokyo" },
    );
    expect(codes(result)).toEqual([
      "date-out-of-range@0.timestamp",
      "date-out-of-range@2.timestamp",
      "date-out-of-range@3.timestamp",
    ]);
    expect(result.participants[0]?.completions.map((c) => c.date)).toEqual(["1900-01-01"]);
    expect(result.diagnostics.map((d) => (d.params as { received: string }).received)).toEqual([
      "1899-12-31",
      "3000-01-01",
      "0099-06-30",
    ]);
    expect(result.diagnostics[1]?.message.nl).toBe(
      "De datum 1 januari 3000 valt buiten de datums die sterrenprogramma ondersteunt (1 januari 1900 tot en met 31 december 2999).",
    );
    expect(result.diagnostics[1]?.message.en).toBe(
      "The date 1 January 3000 lies outside the dates sterrenprogramma supports (1 January 1900 to 31 December 2999).",
    );
  });
});

describe("verbs", () => {
  it("completed and passed count by default; one completion per participant, component and day", () => {
    const result = run([
      statement({ verb: { id: verb("completed") } }),
      statement({ verb: { id: verb("passed") }, timestamp: "2026-06-30T10:05:00Z" }),
      statement({ verb: { id: verb("passed") }, timestamp: "2026-07-02T10:05:00Z" }),
    ]);
    expect(result.participants[0]?.completions.map((c) => c.date)).toEqual([
      "2026-06-30",
      "2026-07-02",
    ]);
    expect(result.summary).toEqual({ statements: 3, used: 3, leftOut: 0, completions: 2 });
  });

  it("other-verb: one warning per verb, with the number of statements, at the first", () => {
    const experienced = { id: verb("experienced"), display: { "en-US": "experienced" } };
    const result = run([
      statement({ verb: experienced }),
      statement(),
      statement({ verb: experienced }),
      statement({ verb: { id: verb("failed") } }),
      statement({ verb: experienced }),
    ]);
    expect(codes(result)).toEqual(["other-verb@0.verb.id", "other-verb@3.verb.id"]);
    expect(result.diagnostics.map((d) => d.params)).toEqual([
      { verb: verb("experienced"), display: { nl: "experienced", en: "experienced" }, count: 3 },
      { verb: verb("failed"), display: null, count: 1 },
    ]);
    expect(result.diagnostics[0]?.message.nl).toBe(
      `3 statements met het werkwoord "experienced" (${verb("experienced")}) tellen niet als voltooiing en zijn overgeslagen.`,
    );
    expect(result.diagnostics[1]?.message.en).toBe(
      `1 statement with the verb "${verb("failed")}" does not count as a completion and was skipped.`,
    );
  });

  it("verbs chooses which count: completed alone, or another vocabulary's verb", () => {
    const completedOnly = run([statement({ verb: { id: verb("passed") } })], {
      verbs: [xapiVerbs.completed],
    });
    expect(codes(completedOnly)).toEqual(["other-verb@0.verb.id"]);
    const activityStreams = "http://activitystrea.ms/schema/1.0/complete";
    const other = run([statement({ verb: { id: activityStreams } })], { verbs: [activityStreams] });
    expect(other.participants).toHaveLength(1);
  });

  it("contradicting-result: completed with completion false, passed with success false", () => {
    const result = run([
      statement({ result: { completion: false } }),
      statement({ verb: { id: verb("passed") }, result: { success: false, completion: true } }),
      // Completed but not passed still counts: the component was done.
      statement({ result: { completion: true, success: false } }),
    ]);
    expect(codes(result)).toEqual([
      "contradicting-result@0.result.completion",
      "contradicting-result@1.result.success",
    ]);
    expect(result.participants).toHaveLength(1);
  });

  it("a statement without a verb, or with a verb id that is not text, is a shape error", () => {
    const result = run([
      statement({ verb: undefined }),
      statement({ verb: "completed" }),
      statement({ verb: { display: { "en-US": "completed" } } }),
      statement({ verb: { id: 7 } }),
    ]);
    expect(codes(result)).toEqual([
      "invalid-statement@0.verb",
      "invalid-statement@1.verb",
      "invalid-statement@2.verb.id",
      "invalid-statement@3.verb.id",
    ]);
    expect(result.diagnostics.map((d) => d.params)).toEqual([
      { field: "verb", problem: "missing" },
      { field: "verb", problem: "not-object" },
      { field: "verb.id", problem: "missing" },
      { field: "verb.id", problem: "not-text" },
    ]);
  });
});

describe("voided and repeated statements", () => {
  const voiding = (target: string) =>
    statement({
      id: "ffffffff-0000-4000-8000-000000000000",
      verb: { id: xapiVerbs.voided },
      object: { objectType: "StatementRef", id: target },
    });

  it("voided: a statement voided anywhere in the input does not count, before or after its voider", () => {
    const id = "12345678-1234-4234-8234-123456789abc";
    for (const [order, voidedBy] of [
      [[statement({ id }), voiding(id)], 1],
      [[voiding(id.toUpperCase()), statement({ id })], 0],
    ] as const) {
      const result = run(order);
      expect(result.participants).toEqual([]);
      expect(result.diagnostics.map((d) => [d.code, d.path, d.params])).toEqual([
        ["voided", [1 - voidedBy], { id, voidedBy }],
      ]);
    }
  });

  it("a voiding statement that names a statement not in the input changes nothing and is not reported", () => {
    const result = run([statement(), voiding("00000000-0000-4000-8000-000000000000")]);
    expect(codes(result)).toEqual([]);
    expect(result.summary).toEqual({ statements: 2, used: 1, leftOut: 1, completions: 1 });
  });

  it("a voiding statement without a statement reference is a shape error", () => {
    const result = run([
      statement({ verb: { id: xapiVerbs.voided } }),
      statement({ verb: { id: xapiVerbs.voided }, object: { objectType: "StatementRef" } }),
    ]);
    expect(codes(result)).toEqual(["invalid-statement@0.object", "invalid-statement@1.object.id"]);
    expect(result.diagnostics[0]?.params).toEqual({
      field: "object.objectType",
      problem: "not-a-statement-ref",
    });
  });

  it("duplicate-statement: the same id again (in any case) counts once", () => {
    const id = "abcdef00-1234-4234-8234-123456789abc";
    const result = run([
      statement({ id }),
      statement({ id: id.toUpperCase() }),
      statement({ id: 12 }),
    ]);
    expect(codes(result)).toEqual(["invalid-statement@2.id", "duplicate-statement@1.id"]);
    expect(result.diagnostics[1]?.params).toEqual({ id: id.toUpperCase(), firstIndex: 0 });
    expect(result.diagnostics[1]?.message.nl).toBe(
      `Dit statement (id "${id.toUpperCase()}") staat er al eerder in, bij [0]; het telt één keer.`,
    );
    expect(result.summary.completions).toBe(1);
  });

  it("a repeated statement that is not a completion is left out without a diagnostic", () => {
    const id = "abcdef00-1234-4234-8234-123456789abc";
    const seen = statement({ id, verb: { id: verb("experienced") } });
    const result = run([seen, seen, seen]);
    expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["other-verb", { verb: verb("experienced"), display: null, count: 1 }],
    ]);
  });
});

describe("activities and actors the mappings do not hold", () => {
  it("unknown-activity: one warning per activity, counted, at its first statement, with a suggestion", () => {
    const near = `${activity("privacy-en-avg")}-2025`;
    const result = run([
      statement({ object: { id: activity("intro") } }),
      statement({ object: { id: activity("privacy-en-avgg") } }),
      statement({ object: { id: activity("intro") } }),
      statement({ object: { id: near } }),
    ]);
    expect(codes(result)).toEqual([
      "unknown-activity@0.object.id",
      "unknown-activity@1.object.id",
      "unknown-activity@3.object.id",
    ]);
    expect(
      result.diagnostics.map((d) => [
        (d.params as { count: number }).count,
        (d.params as { suggestion: unknown }).suggestion,
      ]),
    ).toEqual([
      [2, null],
      [1, activity("privacy-en-avg")],
      [1, null], // five edits away: too far to guess
    ]);
    expect(result.diagnostics[0]?.message.en).toBe(
      `The activity "${activity("intro")}" is not in the "components" mapping: 2 completions were not imported.`,
    );
    expect(result.diagnostics[0]?.message.nl).toBe(
      `De activiteit "${activity("intro")}" staat niet in de koppeling "components": 2 voltooiingen zijn niet ingelezen.`,
    );
  });

  it("suggests for the first 20 unknown activities only (a bound on the work)", () => {
    const statements = Array.from({ length: 25 }, (_, i) =>
      statement({ object: { id: `${activity("privacy-en-avg")}${String.fromCharCode(97 + i)}` } }),
    );
    const suggested = run(statements).diagnostics.map(
      (d) => (d.params as { suggestion: string | null }).suggestion !== null,
    );
    expect(suggested).toEqual([...Array(20).fill(true), ...Array(5).fill(false)]);
  });

  it("the object must be an activity with an id", () => {
    const result = run([
      statement({ object: undefined }),
      statement({ object: "bhv" }),
      statement({ object: { objectType: "Agent", mbox: "mailto:a@b.nl" } }),
      statement({ object: { objectType: "Activity" } }),
      statement({ object: { id: 3 } }),
    ]);
    expect(result.diagnostics.map((d) => [d.path.join("."), d.params])).toEqual([
      ["0.object", { field: "object", problem: "missing" }],
      ["1.object", { field: "object", problem: "not-object" }],
      ["2.object.objectType", { field: "object.objectType", problem: "not-an-activity" }],
      ["3.object.id", { field: "object.id", problem: "missing" }],
      ["4.object.id", { field: "object.id", problem: "not-text" }],
    ]);
  });

  it("unknown-actor: with a mapping, an actor it does not hold is left out, by name", () => {
    const result = run(
      [
        statement(),
        statement({ actor: { name: "Bram", mbox: "mailto:bram@bieb.nl" } }),
        statement({ actor: { name: "Bram", mbox: "mailto:BRAM@bieb.nl" } }),
        statement({ actor: { account: { homePage: home, name: "777" } } }),
        statement({ actor: { openid: "https://id.bieb.nl/anouk" } }),
      ],
      {
        participants: {
          "mailto:anouk@bieb.nl": "p-anouk",
          "openid:https://id.bieb.nl/anouk": "p-anouk",
        },
      },
    );
    expect(codes(result)).toEqual(["unknown-actor@1.actor", "unknown-actor@3.actor"]);
    expect(result.diagnostics.map((d) => d.params)).toEqual([
      { actor: "mailto:bram@bieb.nl", name: "Bram", count: 2, needsMapping: false },
      { actor: `account:${home}|777`, name: null, count: 1, needsMapping: false },
    ]);
    expect(result.diagnostics[0]?.message.nl).toBe(
      '"Bram" (mailto:bram@bieb.nl) staat niet in de koppeling "participants": 2 voltooiingen zijn niet ingelezen.',
    );
    expect(result.participants).toEqual([
      {
        id: "p-anouk",
        completions: [{ component: "bhv-herhaling", date: "2026-06-30", status: "pending" }],
      },
    ]);
  });

  it("unknown-actor: without a mapping, an actor known only by a hash or an OpenID needs one", () => {
    const result = run([
      statement({ actor: { mbox_sha1sum: "ABCDEF0123456789ABCDEF0123456789ABCDEF01" } }),
      statement({ actor: { openid: "https://id.bieb.nl/anouk" } }),
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual([
      [
        "unknown-actor",
        {
          actor: "mbox_sha1sum:abcdef0123456789abcdef0123456789abcdef01",
          name: null,
          count: 1,
          needsMapping: true,
        },
      ],
      [
        "unknown-actor",
        { actor: "openid:https://id.bieb.nl/anouk", name: null, count: 1, needsMapping: true },
      ],
    ]);
  });

  it("invalid-actor: no identifier, several, a group, or a default id that is not an id", () => {
    const result = run([
      statement({ actor: { name: "Niemand" } }),
      statement({ actor: { mbox: "mailto:a@bieb.nl", account: { homePage: home, name: "1" } } }),
      statement({ actor: { objectType: "Group", member: [{ mbox: "mailto:a@bieb.nl" }] } }),
      statement({ actor: { account: { homePage: home, name: " 12345" } } }),
      statement({ actor: { mbox: `mailto:${"a".repeat(100)}@bieb.nl` } }),
    ]);
    expect(
      result.diagnostics.map((d) => [d.path.join("."), (d.params as { problem: string }).problem]),
    ).toEqual([
      ["0.actor", "no-identifier"],
      ["1.actor", "several-identifiers"],
      ["2.actor", "group"],
      ["3.actor", "not-an-id"],
      ["4.actor", "not-an-id"],
    ]);
    expect(result.diagnostics[2]?.message.nl).toBe(
      "De actor is een groep. Een voltooiing hoort bij één deelnemer, dus deze is niet ingelezen.",
    );
  });

  it("an actor that is missing or misshapen is a shape error, at the field", () => {
    const result = run([
      statement({ actor: undefined }),
      statement({ actor: [] }),
      statement({ actor: { mbox: 5 } }),
      statement({ actor: { account: "10482" } }),
      statement({ actor: { account: { homePage: home } } }),
      statement({ actor: { account: { homePage: home, name: 10482 } } }),
    ]);
    expect(result.diagnostics.map((d) => [d.path.join("."), d.params])).toEqual([
      ["0.actor", { field: "actor", problem: "missing" }],
      ["1.actor", { field: "actor", problem: "not-object" }],
      ["2.actor.mbox", { field: "actor.mbox", problem: "not-text" }],
      ["3.actor.account", { field: "actor.account", problem: "not-object" }],
      ["4.actor.account.name", { field: "actor.account.name", problem: "missing" }],
      ["5.actor.account.name", { field: "actor.account.name", problem: "not-text" }],
    ]);
  });

  it("reports every problem of one statement at once", () => {
    const result = run([
      statement({
        actor: { name: "Niemand" },
        object: { id: activity("onbekend") },
        timestamp: "morgen",
      }),
    ]);
    expect(codes(result)).toEqual([
      "invalid-actor@0.actor",
      "invalid-timestamp@0.timestamp",
      "unknown-activity@0.object.id",
    ]);
  });
});

describe("the input and the options", () => {
  it("reads an array or an LRS page; a more link is a warning and the page still imports", () => {
    const page = { statements: [statement()], more: "/xapi/statements?since=2026-07-01&page=2" };
    const result = completionsFromXapi(page, options);
    expect(codes(result)).toEqual(["more-statements@more"]);
    expect(result.participants).toHaveLength(1);
    expect(result.diagnostics[0]?.message.nl).toBe(
      'Het LRS heeft nog meer statements (vervolgpagina "/xapi/statements?since=2026-07-01&page=2"). Haal alle pagina\'s op en lees ze samen in, anders ontbreken voltooiingen.',
    );
    expect(codes(completionsFromXapi({ statements: [], more: "" }, options))).toEqual([]);
  });

  it("invalid-input for anything else, a single statement included", () => {
    for (const [input, received] of [
      [null, "null"],
      ["[]", "string"],
      [statement(), "object"],
      [{ statements: "none" }, "object"],
      [undefined, "undefined"],
    ] as const) {
      const result = completionsFromXapi(input, options);
      expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual([
        ["invalid-input", { received }],
      ]);
    }
  });

  it("invalid-statement for an entry that is not an object", () => {
    const result = run([null, "statement", [statement()], statement()]);
    expect(codes(result)).toEqual([
      "invalid-statement@0",
      "invalid-statement@1",
      "invalid-statement@2",
    ]);
    expect(result.participants).toHaveLength(1);
  });

  it(`too-many-statements above ${MAX_XAPI_STATEMENTS}: nothing is read`, () => {
    const statements = new Array(MAX_XAPI_STATEMENTS + 1);
    const result = run(statements);
    expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["too-many-statements", { count: 100_001, limit: 100_000 }],
    ]);
    expect(result.diagnostics[0]?.message.nl).toBe(
      "Dit zijn 100.001 statements; één keer inlezen gaat tot 100.000. Er is niets ingelezen: splits de export, bijvoorbeeld per maand.",
    );
    expect(result.summary).toEqual({
      statements: 100_001,
      used: 0,
      leftOut: 100_001,
      completions: 0,
    });
  });

  it("missing-option and unknown-option (with a suggestion); every option problem at once", () => {
    const result = completionsFromXapi([statement()], {
      timezone: "Europe/Amsterdam",
      participant: {},
      colour: "red",
    } as unknown as XapiImportOptions);
    expect(result.diagnostics.map((d) => [d.code, d.path.join("."), d.params])).toEqual([
      ["missing-option", "options", { option: "timeZone" }],
      ["missing-option", "options", { option: "components" }],
      ["unknown-option", "options.colour", { option: "colour", suggestion: null }],
      [
        "unknown-option",
        "options.participant",
        { option: "participant", suggestion: "participants" },
      ],
      ["unknown-option", "options.timezone", { option: "timezone", suggestion: "timeZone" }],
    ]);
    expect(result.diagnostics[4]?.message.nl).toBe(
      'De optie "timezone" bestaat niet; bedoel je "timeZone"?',
    );
    expect(result.participants).toEqual([]);
  });

  it("invalid-option: options, a mapping, verbs or status of the wrong kind", () => {
    expect(codes(completionsFromXapi([], null as unknown as XapiImportOptions))).toEqual([
      "invalid-option@",
    ]);
    const result = run([statement()], {
      components: [["a", "b"]] as unknown as XapiImportOptions["components"],
      participants: "p-anouk" as unknown as XapiImportOptions["participants"],
      verbs: [],
      status: "approve",
    } as unknown as Partial<XapiImportOptions>);
    expect(result.diagnostics.map((d) => d.params)).toEqual([
      { option: "components", expected: "mapping" },
      { option: "participants", expected: "mapping" },
      { option: "status", expected: "status" },
      { option: "verbs", expected: "verb-list" },
    ]);
    expect(result.diagnostics[3]?.message.en).toBe(
      'The option "verbs" must be a list of 1 to 100 verb IRIs.',
    );
    expect(codes(run([], { verbs: [xapiVerbs.completed, xapiVerbs.voided] }))).toEqual([
      "invalid-option@options.verbs",
    ]);
    expect(codes(run([], { verbs: Array(101).fill(xapiVerbs.completed) }))).toEqual([
      "invalid-option@options.verbs",
    ]);
  });

  it("invalid-mapping-entry: a key that is not text, a value that is not an id, two keys for one actor", () => {
    const result = run([statement()], {
      components: new Map<unknown, unknown>([
        [activity("a"), "bhv-herhaling"],
        [7, "privacy-en-avg"],
        [activity("b"), " bhv"],
        ["", "bhv"],
      ]) as unknown as Map<string, string>,
      participants: {
        "Anouk@bieb.nl": "p-anouk",
        "mailto:anouk@BIEB.nl": "p-anouk", // the same actor and id: fine
        "mailto:ANOUK@bieb.nl": "p-anouk-2",
        [`account:${home}|1`]: "x".repeat(101),
      },
    });
    expect(result.diagnostics.map((d) => [d.path.join("."), d.params])).toEqual([
      ["options.components", { option: "components", key: "", problem: "invalid-key" }],
      ["options.components", { option: "components", key: "", problem: "invalid-key" }],
      [
        `options.components.${activity("b")}`,
        { option: "components", key: activity("b"), problem: "invalid-id" },
      ],
      [
        `options.participants.account:${home}|1`,
        { option: "participants", key: `account:${home}|1`, problem: "invalid-id" },
      ],
      [
        "options.participants.mailto:ANOUK@bieb.nl",
        { option: "participants", key: "mailto:ANOUK@bieb.nl", problem: "duplicate-key" },
      ],
    ]);
  });

  it(`mapping-too-large above ${MAX_XAPI_MAPPING_ENTRIES} entries`, () => {
    const big = Object.fromEntries(
      Array.from({ length: MAX_XAPI_MAPPING_ENTRIES + 1 }, (_, i) => [`urn:a:${i}`, "bhv"]),
    );
    const result = run([statement()], { components: big });
    expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["mapping-too-large", { option: "components", count: 100_001, limit: 100_000 }],
    ]);
  });

  it("status: pending by default, or the status the options give", () => {
    const approved = run([statement()], { status: "approved" });
    expect(approved.participants[0]?.completions[0]?.status).toBe("approved");
    expect(run([statement()]).participants[0]?.completions[0]?.status).toBe("pending");
  });

  it("accepts a Map for each mapping", () => {
    const result = completionsFromXapi([statement()], {
      timeZone: "Europe/Amsterdam",
      components: new Map([[activity("bhv-herhaling-2026"), "bhv-herhaling"]]),
      participants: new Map([["anouk@bieb.nl", "p-anouk"]]),
    });
    expect(result.participants.map((p) => p.id)).toEqual(["p-anouk"]);
  });
});

describe("hostile input", () => {
  it("__proto__ and constructor are ids like any other, in mappings, statements and options", () => {
    const components = JSON.parse(
      '{"__proto__": "bhv-herhaling", "constructor": "privacy-en-avg"}',
    );
    const participants = JSON.parse(
      '{"__proto__": "p-proto", "mailto:anouk@bieb.nl": "__proto__"}',
    );
    const result = completionsFromXapi(
      [
        statement({ object: { id: "__proto__" } }),
        statement({ object: { id: "constructor" } }),
        statement({ object: { id: "toString" } }),
        statement({
          actor: { account: { homePage: home, name: "__proto__" } },
          object: { id: "__proto__" },
        }),
      ],
      { timeZone: "Europe/Amsterdam", components, participants },
    );
    expect(result.participants).toEqual([
      {
        id: "__proto__",
        completions: [
          { component: "bhv-herhaling", date: "2026-06-30", status: "pending" },
          { component: "privacy-en-avg", date: "2026-06-30", status: "pending" },
        ],
      },
    ]);
    expect(codes(result)).toEqual(["unknown-activity@2.object.id", "unknown-actor@3.actor"]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getPrototypeOf(result.participants[0])).toBe(Object.prototype);
    const options = JSON.parse('{"timeZone": "UTC", "components": {}, "__proto__": {"x": 1}}');
    expect(codes(completionsFromXapi([], options))).toEqual(["unknown-option@options.__proto__"]);
  });

  it("reads own fields only: a polluted Object.prototype adds no timestamp, verb or actor", () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.timestamp = "2026-06-30T10:00:00Z";
      proto.mbox = "mailto:x@y.nl";
      const result = run([statement({ timestamp: undefined, actor: { name: "Niemand" } })]);
      expect(codes(result)).toEqual(["invalid-actor@0.actor", "missing-timestamp@0.timestamp"]);
    } finally {
      delete proto.timestamp;
      delete proto.mbox;
    }
  });

  it("unreadable-input when reading throws (a getter, a proxy), never an exception", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error("no access");
        },
        has() {
          throw new Error("no access");
        },
        getOwnPropertyDescriptor() {
          throw new Error("no access");
        },
      },
    );
    for (const input of [
      [trap],
      {
        get statements(): unknown {
          throw new Error("no access");
        },
      },
    ]) {
      const result = run(input);
      expect(result.diagnostics.map((d) => [d.code, d.params])).toEqual([
        ["unreadable-input", { detail: "no access" }],
      ]);
    }
    const thrower = {
      get timeZone(): string {
        throw "a string";
      },
      components: {},
    };
    expect(completionsFromXapi([], thrower).diagnostics[0]?.params).toEqual({
      detail: "a value of type string was thrown",
    });
  });

  it("quotes at most 100 characters of text from the input", () => {
    const long = `https://x.nl/${"a".repeat(300)}`;
    const result = run([
      statement({ object: { id: long } }),
      statement({ timestamp: "x".repeat(500) }),
    ]);
    for (const d of result.diagnostics) {
      for (const value of Object.values(d.params)) {
        if (typeof value === "string") expect(value.length).toBeLessThanOrEqual(100);
      }
    }
  });
});

describe("purity and plain data (rules A10.6, C)", () => {
  it("accepts deep-frozen input, leaves it unchanged, and gives the same result twice", () => {
    const page = deepFreeze(lrsPage());
    const copy = structuredClone(page);
    const opts = deepFreeze({ ...options, participants: { ...fixtureParticipants } });
    const first = completionsFromXapi(page, opts);
    expect(page).toEqual(copy);
    expect(completionsFromXapi(page, opts)).toEqual(first);
  });

  it("returns deeply frozen plain JSON data", () => {
    const result = completionsFromXapi(lrsPage(), {
      ...options,
      participants: fixtureParticipants,
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const walk = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      expect(Object.isFrozen(value)).toBe(true);
      for (const child of Object.values(value)) walk(child);
    };
    walk(result);
    expect(Object.isFrozen(completionsFromXapi)).toBe(true);
  });

  it("every message exists in Dutch and English and formats as one line", () => {
    const result = completionsFromXapi(lrsPage(), options);
    for (const d of result.diagnostics) {
      expect(d.message.nl).not.toBe(d.message.en);
      expect(d.message.nl.length).toBeGreaterThan(20);
      expect(formatDiagnostic(d, "nl")).not.toContain("\n");
      expect(d.severity).toBe(xapiSeverities[d.code]);
    }
  });
});

describe("docs/diagnostics.md", () => {
  it("lists every xAPI import code with its severity", () => {
    const page = readFileSync(
      join(import.meta.dirname, "..", "..", "docs", "diagnostics.md"),
      "utf8",
    );
    const section = page.slice(page.indexOf("## xAPI import diagnostics"));
    expect(section.length).toBeGreaterThan(100);
    for (const [code, severity] of Object.entries(xapiSeverities)) {
      expect(section, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });
});
