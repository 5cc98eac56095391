import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { exampleProgramme } from "../../src/example/programme.js";
import { MAX_PARTICIPANT_VALUES } from "../../src/programme/input-size.js";
import { fastParticipant, fastPathMemo } from "../../src/programme/participant-fast-path.js";
import { participantSchema } from "../../src/programme/schema/schemas.js";
import {
  parseProgramme,
  participantsValidation,
  validateParticipants,
} from "../../src/programme/validate.js";
import { hostileJson, type Mutation, mutate, pathsOf } from "../arbitraries/programme.js";
import { edgeDates } from "../arbitraries/values.js";

/*
 * Issue 18: `validateParticipants` reads sound rows through a hand-written fast path and leaves
 * every other row to zod (rules A1: the zod schema is the source of truth). These properties hold
 * the two to the same answers: the same participants, the same diagnostics with the same codes,
 * paths and messages — on valid rows, on rows with one thing wrong, and on hostile ones.
 */

/** Values that sit on the edges of the participant schema's rules. */
const edgeValue = fc.constantFrom<unknown>(
  undefined,
  null,
  "",
  " ",
  " p-1",
  "p-1 ",
  "a\nb",
  "x".repeat(100),
  "x".repeat(101),
  ...edgeDates,
  0,
  1,
  5,
  6,
  2.5,
  -1,
  1900,
  2999,
  3000,
  "approved",
  "pending",
  "Approved",
  "trainer",
  "kartrekker",
  "theme",
  "learning-line",
  [],
  {},
  [1],
  { participantScore: 5 },
  { participantScore: 0 },
  { effectScore: 3, extra: 1 },
);

/** One targeted change: a value on an edge, or one of the generic mutations (hostile JSON). */
const change: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), value: edgeValue }),
  fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), value: hostileJson }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("add" as const),
    pick: fc.nat(),
    key: fc.constantFrom(
      "__proto__",
      "constructor",
      "extra",
      "status",
      "evaluation",
      "name",
      "formatVersion",
      "$schema",
      "developmentPoints",
      "effectScore",
    ),
    value: fc.oneof(edgeValue, hostileJson),
  }),
);

const id = fc.constantFrom("p-1", "klantgerichtheid", "c1", "c2", "vakkennis", "t-onbekend", "ü");
const date = fc.constantFrom("2025-01-01", "2025-06-30", "2026-02-28", "2026-12-31", "2024-02-29");
const status = fc.option(fc.constantFrom("approved", "pending", "rejected"), { nil: undefined });
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });

/** Drops the fields that hold `undefined`, as JSON would. */
function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A small sound participant row with every kind of field in play (so that a change lands on each
 * kind often): optional fields now and then, lists of 0–3 with every optional part.
 */
const soundRow = fc
  .record(
    {
      $schema: fc.constant("https://example.org/participant.schema.json"),
      formatVersion: fc.constant(1),
      id,
      name: fc.constantFrom("Anouk de Vries", "Zoë", " Ümit"),
      groups: fc.array(id, { maxLength: 2 }),
      startDate: date,
      completions: fc.array(
        fc.record(
          {
            component: id,
            date,
            status,
            evaluation: fc.record(
              { participantScore: score, effectScore: score },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ["component", "date"] },
        ),
        { maxLength: 3 },
      ),
      roles: fc.array(
        fc.record({
          theme: id,
          role: fc.constantFrom("trainer", "kartrekker"),
          year: fc.integer({ min: 2024, max: 2027 }),
        }),
        { maxLength: 2 },
      ),
      exemptions: fc.array(
        fc.record(
          { from: date, to: date, reason: fc.constantFrom("ouderschapsverlof", "ziek"), status },
          { requiredKeys: ["from", "to", "reason"] },
        ),
        { maxLength: 2 },
      ),
      developmentPoints: fc.array(
        fc.record({ kind: fc.constantFrom("theme", "learning-line", "spearhead"), id }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ["id"] },
  )
  .map(json);

const programme = parseProgramme(exampleProgramme);

/** What a plain zod parse gives: the participant, or no participant. */
function zodParse(row: unknown): unknown {
  const parsed = participantSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

describe("the fast path of validateParticipants (issue 18, rules A1: zod is the source of truth)", () => {
  test.prop([soundRow], { numRuns: 300 })(
    "takes every sound row, and builds exactly what zod builds (fields, order, defaults)",
    (row) => {
      const fast = fastParticipant(row, fastPathMemo());
      expect(fast).toBeDefined();
      // JSON text compares the field order too.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zodParse(row)));
    },
  );

  test.prop([soundRow, fc.array(change, { minLength: 1, maxLength: 3 })], { numRuns: 1500 })(
    "accepts a changed row only when zod does, and then gives zod's participant",
    (row, changes) => {
      const changed = mutate(row, changes);
      const fast = fastParticipant(changed, fastPathMemo());
      if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(zodParse(changed)));
    },
  );

  test.prop(
    [fc.array(soundRow, { minLength: 1, maxLength: 4 }), fc.array(change, { maxLength: 4 })],
    {
      numRuns: 200,
    },
  )(
    "validateParticipants gives the same result with and without it: participants, codes, paths, messages",
    (rows, changes) => {
      // The changes land anywhere in the list: one row, or the list's shape itself.
      const list = mutate(rows, changes);
      const withFastPath = participantsValidation(list, programme, true);
      const zodOnly = participantsValidation(list, programme, false);
      expect(JSON.stringify(withFastPath)).toBe(JSON.stringify(zodOnly));
      expect(withFastPath).toEqual(validateParticipants(list, programme));
    },
  );

  it("leaves to zod a row that names __proto__ or constructor, and nothing is polluted", () => {
    for (const text of [
      '{"id":"p-1","__proto__":{"polluted":true}}',
      '{"id":"p-1","constructor":{"prototype":{"polluted":true}}}',
      '{"id":"p-1","completions":[{"component":"c","date":"2026-01-05","__proto__":{"x":1}}]}',
    ]) {
      const row = JSON.parse(text);
      expect(fastParticipant(row, fastPathMemo()), text).toBeUndefined();
      const result = validateParticipants([row]);
      expect(result.ok, text).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it("leaves to zod what JSON never writes: undefined fields, hidden fields, class instances", () => {
    const memo = fastPathMemo();
    expect(fastParticipant({ id: "p-1", name: undefined }, memo)).toBeUndefined();
    const hidden = { id: "p-1" };
    Object.defineProperty(hidden, "groups", { value: ["a"], enumerable: false });
    expect(fastParticipant(hidden, memo)).toBeUndefined();
    expect(zodParse(hidden)).toMatchObject({ groups: ["a"] });
    class Row {
      id = "p-1";
    }
    expect(fastParticipant(new Row(), memo)).toBeUndefined();
    expect(fastParticipant([{ id: "p-1" }], memo)).toBeUndefined();
    // A sound row still goes the fast way with the same memo.
    expect(fastParticipant({ id: "p-1" }, memo)).toEqual(zodParse({ id: "p-1" }));
  });

  it("refuses a row over the size bound the way zod's path does (input-too-large)", () => {
    const completion = { component: "c1", date: "2026-01-05" };
    // Each completion holds three values (itself, its component, its date).
    const count = Math.ceil(MAX_PARTICIPANT_VALUES / 3) + 1;
    const row = { id: "p-1", completions: Array.from({ length: count }, () => completion) };
    expect(pathsOf(row).length).toBeGreaterThan(MAX_PARTICIPANT_VALUES);
    expect(fastParticipant(row, fastPathMemo())).toBeUndefined();
    const result = validateParticipants([row]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(["input-too-large"]);
    // Just under the bound, the fast path reads it.
    const fits = { id: "p-1", completions: Array.from({ length: 1000 }, () => completion) };
    expect(fastParticipant(fits, fastPathMemo())).toBeDefined();
  });
});
