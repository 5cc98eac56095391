/**
 * rules C: "Every public result is plain JSON data: `JSON.parse(JSON.stringify(result))` gives back
 * equal data (no `Map`, `Set`, class instances or `undefined`-only fields in results), so results
 * can be stored, sent to a browser or logged as they are."
 *
 * Every function of the three entries that returns a result is called here on generated input,
 * valid and spoilt, and its result must come back from JSON strictly equal: `toStrictEqual` tells
 * a `Map` from `{}`, a field holding `undefined` from an absent one, a null-prototype object from
 * a plain one, a sparse array from a dense one, and `NaN`, `Infinity` and `-0` from the `null` and
 * `0` that JSON makes of them. Left out on purpose: `prepareProgramme` (a prepared index to pass
 * back in, not a result to keep; keep the programme) and the constants (checked once, below).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it, vi } from "vitest";
import {
  reportTable,
  statementLinesTable,
  statementsTable,
  teamAggregateTable,
} from "../src/documents/index.js";
import {
  completionsFromXapi,
  defaultPolicy,
  earlierWindows,
  exampleParticipants,
  exampleProgramme,
  explainPlan,
  explainStatementLines,
  fixedWindowOfYear,
  organisationReport,
  planToTarget,
  prepareProgramme,
  queryCatalogue,
  readParticipantsTable,
  readTableDate,
  readTableNumber,
  setComponentStars,
  startNextEdition,
  teamPlan,
  validateParticipant,
  validateParticipants,
  validateProgramme,
  windowAt,
} from "../src/index.js";
import {
  actionStatuses,
  aggregateSheets,
  compareRounds,
  compareSheetToTeam,
  compareTeams,
  exampleCollectieTemplate,
  exampleConnectieTemplate,
  type KofferSheet,
  kendallW,
  proposeTeamScore,
  rankSheet,
  stepExamplesCompleteness,
  strengthsAndGaps,
  validateActionPlan,
  validateSheet,
  validateTeamScore,
  validateTemplate,
} from "../src/koffer/index.js";
import { computeStatement } from "../src/stars/statement.js";
import { smallPlanCaseArb } from "./arbitraries/plan.js";
import { hostileJson, mutate, mutation } from "./arbitraries/programme.js";
import {
  LEARNING_LINES,
  reportCaseArb,
  statementCaseArb,
  THEMES,
} from "./arbitraries/statement.js";
import { fixtureComponents, fixtureParticipants, lrsPage } from "./import/xapi-fixtures.js";
import { asObject, sheetsOf, teamArbitrary, templateArbitrary } from "./koffer/fixtures.js";

// Every property computes whole statements, reports and plans: on a busy machine (the test suite
// beside six other jobs) a run can take more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

/** The law itself: through JSON and back, strictly equal. */
function roundTrips(result: unknown): void {
  expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
}

const locales = ["nl", "en"] as const;

describe("the check itself tells plain data from what JSON changes", () => {
  it.each([
    ["a Map", { scores: new Map([["a", 1]]) }],
    ["a Set", { ids: new Set(["a"]) }],
    ["an undefined field", { a: 1, b: undefined }],
    ["NaN", { mean: Number.NaN }],
    ["-0", { change: -0 }],
    ["Infinity", { w: Number.POSITIVE_INFINITY }],
    ["a null-prototype object", Object.assign(Object.create(null), { a: 1 })],
    ["a Date", { at: new Date(0) }],
    ["a sparse array", { list: Object.assign(new Array(3), { 0: 1, 2: 3 }) }],
  ])("%s fails it", (_, value) => {
    expect(() => roundTrips(value)).toThrow();
  });
});

describe("rules C: every public result of the star programme is plain JSON data", () => {
  test.prop([statementCaseArb], { numRuns: 60 })(
    "computeStatement, its explanation lines, windowAt, earlierWindows and the statement tables",
    ({ programme, participant, asOf }) => {
      const statement = computeStatement(programme, participant, asOf);
      roundTrips(statement);
      for (const locale of locales) {
        roundTrips(explainStatementLines(statement, locale));
        roundTrips(statementsTable([statement], { locale }));
        roundTrips(statementLinesTable([statement], { locale }));
      }
      const window = windowAt(programme.policy, participant, asOf);
      roundTrips(window);
      roundTrips(earlierWindows(programme.policy, participant, window));
      const year = fixedWindowOfYear(programme.policy, Number(asOf.slice(0, 4)));
      if (year !== undefined) roundTrips(year);
    },
  );

  test.prop([smallPlanCaseArb, fc.option(fc.integer({ min: -2, max: 50 }), { nil: undefined })], {
    numRuns: 40,
  })("planToTarget (with any search budget, valid or not) and explainPlan", (c, budget) => {
    const plan = planToTarget(
      c.programme,
      c.participant,
      c.asOf,
      budget === undefined ? {} : { searchBudget: budget },
    );
    roundTrips(plan);
    for (const locale of locales) roundTrips(explainPlan(plan, locale));
  });

  test.prop([reportCaseArb], { numRuns: 40 })(
    "organisationReport, teamPlan and the report table",
    ({ programme, participants, asOf }) => {
      const prepared = prepareProgramme(programme);
      const report = organisationReport(prepared, participants, asOf);
      roundTrips(report);
      for (const locale of locales) roundTrips(reportTable(report, { locale }));
      roundTrips(teamPlan(prepared, participants, asOf));
    },
  );

  test.prop(
    [
      statementCaseArb,
      fc.record(
        {
          year: fc.integer({ min: 2024, max: 2028 }),
          themes: fc.array(fc.constantFrom(...THEMES, "__proto__")),
          learningLines: fc.array(fc.constantFrom(...LEARNING_LINES)),
          stars: fc.array(fc.integer({ min: 0, max: 4 })),
          text: fc.constantFrom("", "a", "boek", "ß"),
        },
        { requiredKeys: ["year"] },
      ),
    ],
    { numRuns: 60 },
  )("queryCatalogue with any filters", ({ programme }, query) => {
    roundTrips(queryCatalogue(programme, query));
  });

  test.prop([statementCaseArb, fc.array(mutation, { maxLength: 3 })], { numRuns: 60 })(
    "validateProgramme of a programme as written, mutated or not (value or diagnostics)",
    ({ programme }, mutations) => {
      roundTrips(validateProgramme(mutate(JSON.parse(JSON.stringify(programme)), mutations)));
    },
  );

  test.prop(
    [
      statementCaseArb,
      fc.array(mutation, { maxLength: 3 }),
      fc.array(hostileJson, { maxLength: 2 }),
    ],
    { numRuns: 60 },
  )(
    "validateParticipant and validateParticipants of participants as written, mutated or not",
    ({ programme, participant }, mutations, others) => {
      const written = mutate(JSON.parse(JSON.stringify(participant)), mutations);
      roundTrips(validateParticipant(written, programme));
      roundTrips(validateParticipants([written, ...others], programme));
    },
  );

  /** The example programme and participants, validated: the star functions take validated data. */
  const example = (() => {
    const programme = validateProgramme(exampleProgramme);
    if (!programme.ok) throw new Error("the example programme is valid");
    const participants = validateParticipants(exampleParticipants, programme.value);
    if (!participants.ok) throw new Error("the example participants are valid");
    return { programme: programme.value, participants: participants.value };
  })();

  test.prop([fc.integer({ min: 0, max: 4 }), fc.nat()], { numRuns: 20 })(
    "the editing helpers (their results are validations, valid or not)",
    (stars, pick) => {
      const { programme } = example;
      const edition = programme.editions[pick % programme.editions.length];
      const component = edition?.components[pick % (edition?.components.length || 1)];
      if (edition === undefined || component === undefined) return;
      roundTrips(setComponentStars(programme, edition.year, component.id, stars as 1));
      roundTrips(startNextEdition(programme));
    },
  );

  it("the shipped constants and what the library makes of them", () => {
    roundTrips(exampleProgramme);
    roundTrips(exampleParticipants);
    roundTrips(defaultPolicy);
    roundTrips(validateProgramme(exampleProgramme));
    roundTrips(validateParticipants(exampleParticipants, example.programme));
    const prepared = prepareProgramme(example.programme);
    for (const p of example.participants) {
      const statement = computeStatement(prepared, p, "2026-06-30");
      roundTrips(statement);
      roundTrips(planToTarget(prepared, p, "2026-06-30"));
      for (const locale of locales) roundTrips(statementLinesTable([statement], { locale }));
    }
    roundTrips(organisationReport(prepared, example.participants, "2026-06-30"));
  });
});

/** A list of action pairs as a team might write it: valid, or with the usual slips. */
const actionPlanInput = (categories: readonly string[]) =>
  fc.array(
    fc.record(
      {
        category: fc.constantFrom(...categories, "onbekend", "__proto__"),
        small: fc.record(
          {
            text: fc.constantFrom("Twee mensen aanspreken.", "", " "),
            status: fc.constantFrom(...actionStatuses, "klaar"),
          },
          { requiredKeys: ["text"] },
        ),
        large: fc.record(
          {
            text: fc.constantFrom("Een netwerkoverleg opzetten."),
            status: fc.constantFrom(...actionStatuses),
          },
          { requiredKeys: ["text"] },
        ),
      },
      { requiredKeys: ["category", "small"] },
    ),
    { maxLength: 4 },
  );

describe("rules C: every public result of the koffer is plain JSON data", () => {
  test.prop([templateArbitrary, fc.array(mutation, { maxLength: 3 })], { numRuns: 80 })(
    "validateTemplate of a template as written, mutated or not, and stepExamplesCompleteness",
    (t, mutations) => {
      roundTrips(validateTemplate(mutate(JSON.parse(JSON.stringify(t)), mutations)));
      roundTrips(stepExamplesCompleteness(t));
      roundTrips(
        stepExamplesCompleteness(t, [{ category: t.categories[0]?.id ?? "", smallStep: "x" }]),
      );
    },
  );

  test.prop([teamArbitrary, fc.boolean(), fc.integer({ min: -1, max: 8 })], { numRuns: 120 })(
    "validateSheet, rankSheet, aggregateSheets, kendallW, proposeTeamScore, validateTeamScore, strengthsAndGaps, compareSheetToTeam and the aggregate table",
    ({ template: t, sheets: drawn }, anonymous, count) => {
      const inputs = sheetsOf(t, drawn);
      const valid: KofferSheet[] = [];
      for (const input of inputs) {
        const result = validateSheet(t, input);
        roundTrips(result);
        if (result.ok) {
          valid.push(result.value);
          roundTrips(rankSheet(t, result.value));
        }
      }
      const aggregate = aggregateSheets(t, inputs, { anonymous });
      roundTrips(aggregate);
      roundTrips(kendallW(valid.map((s) => rankSheet(t, s).map((r) => r.rank))));
      const proposal = proposeTeamScore(
        t,
        aggregate.categories.map((c) => c.mean),
      );
      roundTrips(proposal);
      for (const locale of locales) {
        roundTrips(
          teamAggregateTable(aggregate, {
            locale,
            ...(proposal.ok ? { proposedScore: proposal.value.sheet } : {}),
          }),
        );
      }
      if (proposal.ok) {
        const decided = validateTeamScore(t, asObject(proposal.value.sheet));
        roundTrips(decided);
        roundTrips(strengthsAndGaps(t, proposal.value.sheet, count));
        roundTrips(compareSheetToTeam(proposal.value.sheet, aggregate));
      }
      for (const sheet of valid) roundTrips(compareSheetToTeam(sheet, aggregate));
      // Means that are no means: the diagnostics are plain data too.
      roundTrips(proposeTeamScore(t, [Number.NaN, -1, null, Number.POSITIVE_INFINITY]));
    },
  );

  test.prop(
    [
      teamArbitrary.chain(({ template: t, sheets }) =>
        fc.tuple(
          fc.constant(t),
          fc.constant(sheets),
          fc.constant(sheets.slice().reverse()),
          actionPlanInput(t.categories.map((c) => c.id)),
          actionPlanInput(t.categories.map((c) => c.id)),
          fc.constantFrom("2025-09-15", "2026-03-16", "2026-02-30", "15-09-2025"),
        ),
      ),
    ],
    { numRuns: 80 },
  )(
    "validateActionPlan, compareRounds and compareTeams, with or without team scores and plans",
    ([t, first, second, planA, planB, laterDate]) => {
      const before = aggregateSheets(t, sheetsOf(t, first));
      const after = aggregateSheets(t, sheetsOf(t, second));
      const checkedA = validateActionPlan(t, planA);
      const checkedB = validateActionPlan(t, planB);
      roundTrips(checkedA);
      roundTrips(checkedB);
      const score = (aggregate: typeof before) => {
        const p = proposeTeamScore(
          t,
          aggregate.categories.map((c) => c.mean),
        );
        return p.ok ? { teamScore: p.value.sheet } : {};
      };
      roundTrips(
        compareRounds(
          {
            date: "2025-09-15",
            aggregate: before,
            ...score(before),
            ...(checkedA.ok ? { actionPlan: checkedA.value } : {}),
          },
          {
            date: laterDate,
            aggregate: after,
            ...score(after),
            ...(checkedB.ok ? { actionPlan: checkedB.value } : {}),
          },
        ),
      );
      roundTrips(
        compareRounds(
          { date: "2025-09-15", aggregate: before },
          { date: "2025-09-15", aggregate: before },
        ),
      );
      roundTrips(
        compareTeams([
          { team: "Jeugd", aggregate: before, ...score(before) },
          { team: "Volwassenen", aggregate: after },
          { team: "__proto__", aggregate: after, ...score(after) },
        ]),
      );
    },
  );

  it("the example templates", () => {
    roundTrips(exampleConnectieTemplate);
    roundTrips(exampleCollectieTemplate);
  });
});

/** The HR export of test/fixtures/hr-export as rows of cells, the header first. */
const hrRows = readFileSync(
  join(import.meta.dirname, "fixtures", "hr-export", "afgeronde-trainingen.tsv"),
  "utf8",
)
  .trimEnd()
  .split("\r\n")
  .map((line) => line.split("\t"));

/** What a cell of an export may hold besides its own value. */
const junkCell = fc.oneof(
  fc.constantFrom("", "31-02-2025", "6/30/2026", "46203", "4,5", "=1+1", "__proto__", "ja"),
  fc.integer({ min: -5, max: 50_000 }),
  fc.constant(null),
);

describe("rules C: the importers' results are plain JSON data", () => {
  test.prop(
    [
      fc.array(fc.record({ row: fc.nat(), column: fc.nat(), value: junkCell }), { maxLength: 4 }),
      fc.boolean(),
    ],
    { numRuns: 40 },
  )(
    "readParticipantsTable of the HR export, cells spoilt or not, columns mapped or not",
    (spoils, mapped) => {
      const programme = validateProgramme(exampleProgramme);
      if (!programme.ok) throw new Error("the example programme is valid");
      const rows: (string | number | null)[][] = hrRows.map((row) => [...row]);
      for (const { row, column, value } of spoils) {
        const target = rows[1 + (row % (rows.length - 1))];
        if (target !== undefined) target[column % target.length] = value;
      }
      const columns = {
        participant: "Personeelsnummer",
        name: "Naam, voornaam",
        groups: "Afdeling",
        component: "Training",
        date: "Datum afgerond",
        participantScore: "Beoordeling",
      };
      roundTrips(
        readParticipantsTable({ completions: rows }, programme.value, mapped ? { columns } : {}),
      );
    },
  );

  test.prop([junkCell, fc.constantFrom("day-first" as const, "month-first" as const)])(
    "readTableDate and readTableNumber of any cell",
    (cell, dateOrder) => {
      roundTrips(readTableDate(cell, { dateOrder }));
      roundTrips(readTableNumber(cell));
    },
  );

  test.prop(
    [
      fc.array(mutation, { maxLength: 3 }),
      fc.constantFrom("Europe/Amsterdam", "UTC", "Mars/Olympus"),
    ],
    {
      numRuns: 60,
    },
  )(
    "completionsFromXapi of an LRS page, mutated or not, in a valid time zone or not",
    (mutations, timeZone) => {
      roundTrips(
        completionsFromXapi(mutate(lrsPage(), mutations), {
          components: fixtureComponents,
          participants: fixtureParticipants,
          timeZone,
        }),
      );
    },
  );
});
