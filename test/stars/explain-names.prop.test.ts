import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber } from "../../src/dates/calendar-date.js";
import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import type { Locale } from "../../src/i18n/types.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { explainStatement } from "../../src/stars/explain.js";
import { planToTarget } from "../../src/stars/plan.js";
import { explainPlan } from "../../src/stars/plan-messages.js";
import { prepareProgramme } from "../../src/stars/prepare.js";
import { computeStatement } from "../../src/stars/statement.js";

/*
 * Issue 16: "every text output names things by their names and titles, not ids". For the
 * shipped example programme and participants, at any as-of date and in both languages, neither a
 * statement's explanation nor a plan's names a participant, component, theme, learning line or
 * spearhead by its id when the programme (or the participant) has a name or title for it.
 */

const programme = parseProgramme(exampleProgramme);
const prepared = prepareProgramme(programme);
const participants = exampleParticipants.map((p) => parseParticipant(p, programme));

const titles = programme.editions.flatMap((e) => e.components.map((c) => c.title));
const names = [
  ...titles,
  ...[programme.themes, programme.learningLines, programme.spearheads].flatMap((list) =>
    list.map((entry) => entry.name),
  ),
  ...participants.flatMap((p) => (p.name === undefined ? [] : [p.name])),
];

/** An id as a word of its own: not inside a longer id or word ("educatie" in "educatieve"). */
const asWord = (id: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_-])`,
    "u",
  );

/**
 * The ids that have a name or title, less any that a name or title itself contains as a word:
 * those could show up honestly, inside the name.
 */
const namedIds = [
  ...new Set([
    ...programme.editions.flatMap((e) => e.components.map((c) => c.id)),
    ...[programme.themes, programme.learningLines, programme.spearheads].flatMap((list) =>
      list.map((entry) => entry.id),
    ),
    ...participants.flatMap((p) => (p.name === undefined ? [] : [p.id])),
  ]),
].filter((id) => !names.some((name) => asWord(id).test(name)));

const idsIn = (text: string) => namedIds.filter((id) => asWord(id).test(text));

const FIRST = dayNumber("2025-01-01");
const LAST = dayNumber("2028-12-31");

describe("explanations name things, never by a raw id (issue 16)", () => {
  it("the check is not empty: the example has named ids, and finds one in a text that has it", () => {
    // Components, themes, learning lines, spearheads and all six participants.
    expect(namedIds.length).toBeGreaterThan(30);
    expect(namedIds).toContain("p-anouk");
    expect(namedIds).toContain("klantgerichtheid");
    expect(idsIn("thema klantgerichtheid")).toEqual(["klantgerichtheid"]);
    expect(idsIn("de educatieve bibliotheek")).toEqual([]);
  });

  test.prop(
    [fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber), fc.constantFrom<Locale>("nl", "en")],
    { numRuns: 40 },
  )(
    "no statement of an example participant says a named id, at any date, in either language",
    (asOf, locale) => {
      for (const participant of participants) {
        const text = explainStatement(computeStatement(prepared, participant, asOf), locale);
        expect(idsIn(text), `${participant.id} at ${asOf}`).toEqual([]);
      }
    },
  );

  test.prop(
    [
      fc.integer({ min: FIRST, max: dayNumber("2026-12-31") }).map(fromDayNumber),
      fc.constantFrom<Locale>("nl", "en"),
    ],
    { numRuns: 15 },
  )("no plan of an example participant says a named id either", (asOf, locale) => {
    for (const participant of participants) {
      const text = explainPlan(planToTarget(prepared, participant, asOf), locale);
      expect(idsIn(text), `${participant.id} at ${asOf}`).toEqual([]);
    }
  });

  it("a component its year's edition does not list keeps its latest title (Sanne's digitaal-hulpplein in 2025)", () => {
    const sanne = participants.find((p) => p.id === "p-sanne");
    if (sanne === undefined) throw new Error("the example has Sanne");
    const statement = computeStatement(prepared, sanne, "2026-06-30");
    const line = statement.lines.find((l) => l.completion.date === "2025-11-04");
    expect(line).toMatchObject({
      title: "Inwoners wegwijs maken op het Digitaal Hulpplein",
      editionStars: null,
      reason: "unknown-component",
    });
    expect(explainStatement(statement, "nl")).toContain(
      "- Inwoners wegwijs maken op het Digitaal Hulpplein, 4 november 2025: geen sterren, telt niet mee: het sterrenprogramma van 2025 heeft dit onderdeel niet.",
    );
    expect(explainStatement(statement, "en")).toContain(
      "- Inwoners wegwijs maken op het Digitaal Hulpplein, 4 November 2025: no stars, not counted: the 2025 programme does not list this component.",
    );
  });
});
