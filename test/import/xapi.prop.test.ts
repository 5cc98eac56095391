import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { completionsFromXapi, xapiVerbs } from "../../src/import/xapi.js";
import { activity, home, statement, verb } from "./xapi-fixtures.js";

/** Zones with daylight saving, half and quarter hours, the date line and historic offsets. */
const zones = [
  "Europe/Amsterdam",
  "Europe/Brussels",
  "UTC",
  "America/New_York",
  "America/St_Johns",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Lord_Howe",
  "Pacific/Apia",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
] as const;

/**
 * The oracle: the zone's offset at an instant, read from `Intl`'s "GMT+hh:mm[:ss]" name (not from
 * the date parts the importer reads), added to the instant by hand; the date is then the UTC date
 * of the shifted instant.
 */
function zoneDate(timeZone: string, epochMs: number): string {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(epochMs)
      .find((part) => part.type === "timeZoneName")?.value ?? "";
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (m === null) throw new Error(`unexpected offset name ${name}`);
  const sign = m[1] === "-" ? -1 : 1;
  const seconds =
    m[1] === undefined ? 0 : sign * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
  return new Date(epochMs + seconds * 1000).toISOString().slice(0, 10);
}

/** An instant written as ISO 8601 in a given offset (minutes east of UTC). */
function written(epochMs: number, offsetMinutes: number): string {
  const wall = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) return `${wall}Z`;
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${wall}${offsetMinutes < 0 ? "-" : "+"}${hh}:${mm}`;
}

// Instants whose date is a supported date in every zone (each zone is within a day of UTC).
const instant = fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2999, 11, 30) });
const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
const components = { [activity("a")]: "comp-a", [activity("b")]: "comp-b" };

describe("completionsFromXapi properties", () => {
  test.prop([
    fc.constantFrom(...zones),
    fc.array(
      fc.record({
        at: instant,
        offset,
        verb: fc.constantFrom(xapiVerbs.completed, xapiVerbs.passed),
        object: fc.constantFrom(activity("a"), activity("b")),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  ])(
    "every mapped statement yields exactly one completion, dated the zone's calendar date of its timestamp (rules A1)",
    (timeZone, cases) => {
      // One actor per statement, so no two statements can meet in one completion.
      const statements = cases.map((c, i) =>
        statement({
          id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
          actor: { account: { homePage: home, name: `p-${String(i).padStart(2, "0")}` } },
          verb: { id: c.verb },
          object: { id: c.object },
          timestamp: written(c.at, c.offset),
        }),
      );
      const result = completionsFromXapi(statements, { timeZone, components });
      expect(result.diagnostics).toEqual([]);
      expect(result.summary).toEqual({
        statements: cases.length,
        used: cases.length,
        leftOut: 0,
        completions: cases.length,
      });
      expect(result.participants).toEqual(
        cases.map((c, i) => ({
          id: `p-${String(i).padStart(2, "0")}`,
          completions: [
            {
              component: components[c.object],
              date: zoneDate(timeZone, c.at),
              status: "pending",
            },
          ],
        })),
      );
    },
  );

  test.prop([
    fc.constantFrom(...zones),
    fc
      .array(
        fc.record({
          actor: fc.constantFrom("anna@bieb.nl", "bram@bieb.nl", "cas@bieb.nl"),
          day: fc.integer({ min: 0, max: 5 }),
          hour: fc.integer({ min: 0, max: 23 }),
          object: fc.constantFrom(activity("a"), activity("b"), activity("c")),
          verb: fc.constantFrom("completed", "passed", "experienced"),
        }),
        { maxLength: 25 },
      )
      .chain((cases) =>
        fc.tuple(fc.constant(cases), fc.shuffledSubarray(cases, { minLength: cases.length })),
      ),
  ])(
    "the completions do not depend on the order of the statements; used + left out = read",
    (timeZone, [cases, shuffled]) => {
      const toStatement = (c: (typeof cases)[number]) =>
        statement({
          actor: { mbox: `mailto:${c.actor}` },
          verb: { id: verb(c.verb) },
          object: { id: c.object },
          timestamp: `2026-03-${String(27 + c.day).padStart(2, "0")}T${String(c.hour).padStart(2, "0")}:30:00Z`,
        });
      const one = completionsFromXapi(cases.map(toStatement), { timeZone, components });
      const other = completionsFromXapi(shuffled.map(toStatement), { timeZone, components });
      expect(other.participants).toEqual(one.participants);
      expect(other.summary).toEqual(one.summary);
      expect(one.summary.used + one.summary.leftOut).toBe(cases.length);
      const made = one.participants.flatMap((p) => p.completions);
      expect(made.length).toBe(one.summary.completions);
      expect(made.length).toBeLessThanOrEqual(one.summary.used);
    },
  );

  const piece = (...values: unknown[]) => fc.constantFrom(...values);
  test.prop([
    fc.array(
      fc.record({
        id: piece(
          undefined,
          "11111111-1111-4111-8111-111111111111",
          3,
          "22222222-2222-4222-8222-222222222222",
        ),
        actor: piece(
          undefined,
          { mbox: "mailto:a@bieb.nl", name: "A" },
          { account: { homePage: home, name: "b" } },
          { objectType: "Group", member: [] },
          { mbox_sha1sum: "ab" },
          "x",
        ),
        verb: piece(
          undefined,
          { id: xapiVerbs.completed },
          { id: xapiVerbs.passed, display: { "nl-NL": "slaagde", "en-US": "passed" } },
          { id: verb("experienced") },
          { id: xapiVerbs.voided },
          { id: 7 },
        ),
        object: piece(
          undefined,
          { id: activity("a") },
          { id: activity("z"), definition: { name: { "en-US": "Zed" } } },
          { objectType: "StatementRef", id: "11111111-1111-4111-8111-111111111111" },
          { objectType: "Agent" },
        ),
        timestamp: piece(
          undefined,
          "2026-06-30T23:30:00Z",
          "2026-06-30T23:30:00",
          "x",
          5,
          "1800-01-01T00:00:00Z",
        ),
        result: piece(undefined, { completion: false }, { success: false }, null),
      }),
      { maxLength: 20 },
    ),
    fc.anything(),
  ])(
    "never throws, and every result is plain JSON data that round-trips (rules C)",
    (parts, junk) => {
      const statements = parts.map((p) =>
        Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)),
      );
      for (const input of [statements, { statements }, junk, [junk, ...statements]]) {
        const result = completionsFromXapi(input, { timeZone: "Europe/Amsterdam", components });
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        const { statements: read, used, leftOut } = result.summary;
        expect(used + leftOut).toBe(read);
        for (const d of result.diagnostics) {
          expect(d.message.nl.length).toBeGreaterThan(0);
          expect(d.message.en.length).toBeGreaterThan(0);
        }
      }
    },
  );
});
