import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Component } from "../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { componentTable } from "../../src/stars/component-table.js";
import { prepareProgramme } from "../../src/stars/prepare.js";
import { organisationReport } from "../../src/stars/report.js";
import { computeStatement } from "../../src/stars/statement.js";
import { prototypeKeys } from "../arbitraries/values.js";
import { done } from "../fixtures/stars.js";

/** Ids that name something on every plain object: a lookup table must not find them there. */
const PROTOTYPE_NAMES = ["toString", "hasOwnProperty", "valueOf", "__defineGetter__"];

/** A programme whose components are called `__proto__` (2 stars) and `constructor` (3 stars). */
function prototypeNamedProgramme() {
  const components = [
    { id: "__proto__", title: "Proto", stars: 2, requirement: "elective", format: "classroom" },
    {
      id: "constructor",
      title: "Constructor",
      stars: 3,
      requirement: "elective",
      format: "informal",
    },
  ] as const;
  return parseProgramme({
    formatVersion: 1,
    id: "names",
    name: "Names",
    policy: { startYear: 2025, target: 5 },
    editions: [
      { year: 2025, components },
      { year: 2026, components },
    ],
  });
}

describe("the component table's id lookup (rules A2: a completion earns its edition's stars)", () => {
  it("numbers every id as an own key of a record without a prototype", () => {
    const programme = prototypeNamedProgramme();
    const table = componentTable(prepareProgramme(programme).byYear);
    expect(Object.getPrototypeOf(table.numbers)).toBeNull();
    expect(Object.keys(table.numbers).sort()).toEqual(["__proto__", "constructor"]);
    for (const name of PROTOTYPE_NAMES) expect(table.numbers[name]).toBeUndefined();
    const proto = "__proto__";
    expect(table.numbers[proto]).toBe(0);
  });

  it("counts components called __proto__ and constructor, and no id an object inherits", () => {
    const programme = prototypeNamedProgramme();
    const completions = [
      done("__proto__", "2025-03-01"),
      done("constructor", "2025-04-01"),
      ...PROTOTYPE_NAMES.map((id, i) => done(id, `2025-05-0${i + 1}`)),
    ];
    const p = parseParticipant({ id: "p", completions }, programme);
    const statement = computeStatement(programme, p, "2026-06-30");
    expect(statement.lines.map((l) => [l.completion.component, l.reason, l.counted])).toEqual([
      ["__proto__", "counted", 2],
      ["constructor", "counted", 3],
      ...PROTOTYPE_NAMES.map((id) => [id, "unknown-component", 0]),
    ]);
    expect(statement.totals.counted).toBe(5);
    // The report's fast path looks ids up the same way (report-totals.ts).
    expect(organisationReport(programme, [p], "2026-06-30").meanCounted).toBe(5);
  });

  const someId = fc.oneof(fc.constantFrom(...prototypeKeys, ...PROTOTYPE_NAMES), fc.string());

  test.prop([
    fc.array(fc.uniqueArray(someId, { maxLength: 6 }), { maxLength: 3 }),
    fc.array(someId),
  ])(
    "the record numbers exactly the ids a Map would, with the same numbers, whatever the ids",
    (editions, lookups) => {
      const byYear = new Map(
        editions.map((ids, i) => [
          2025 + i,
          new Map(ids.map((id) => [id, { id, title: id, repeatable: false } as Component])),
        ]),
      );
      const table = componentTable(byYear);
      // The reference: each id numbered where it is first seen, edition by edition, in a Map.
      const reference = new Map<string, number>();
      for (const id of editions.flat()) if (!reference.has(id)) reference.set(id, reference.size);
      expect(table.ids).toBe(reference.size);
      for (const id of [...editions.flat(), ...lookups]) {
        const own = Object.hasOwn(table.numbers, id) ? table.numbers[id] : undefined;
        expect(own).toBe(reference.get(id));
        expect(table.numbers[id]).toBe(reference.get(id));
      }
      expect(Object.getPrototypeOf(table.numbers)).toBeNull();
    },
  );
});
