import { describe, expect, it } from "vitest";
import {
  countedStarsChart,
  kofferRoundsChart,
  kofferStripChart,
  kofferTeamsChart,
  mandatoryRatesChart,
  reportDocument,
  reportTable,
  statementDocument,
  statementLinesTable,
  statementsDocument,
  statementsTable,
  teamAggregateTable,
} from "../../src/documents/index.js";
import { exampleConnectieTemplate } from "../../src/koffer/index.js";
import { computeStatement } from "../../src/stars/statement.js";
import { AS_OF, participants, programme } from "./fixtures.js";

const template = exampleConnectieTemplate;
const statement = computeStatement(programme, participants[0] as never, AS_OF);
const junk: readonly unknown[] = [null, undefined, 0, "x", [], {}];

/** Each document function with the junk in the place of the result it takes. */
const entries: readonly [string, (value: unknown) => unknown, RegExp][] = [
  ["statementDocument", (v) => statementDocument(programme, v as never, null), /statement/],
  [
    "statementsDocument",
    (v) => statementsDocument(programme, [{ statement: v as never }]),
    /pages\[0\]\.statement/,
  ],
  [
    "statementDocument (programme)",
    (v) => statementDocument(v as never, statement, null),
    /programme/,
  ],
  ["reportDocument", (v) => reportDocument(programme, v as never), /organisationReport/],
  ["countedStarsChart", (v) => countedStarsChart(v as never), /organisationReport/],
  ["mandatoryRatesChart", (v) => mandatoryRatesChart(v as never), /organisationReport/],
  ["reportTable", (v) => reportTable(v as never, { locale: "nl" }), /organisationReport/],
  ["statementsTable", (v) => statementsTable([v as never], { locale: "nl" }), /statements\[0\]/],
  [
    "statementLinesTable",
    (v) => statementLinesTable([v as never], { locale: "en" }),
    /computeStatement/,
  ],
  [
    "teamAggregateTable",
    (v) => teamAggregateTable(v as never, { locale: "nl" }),
    /aggregateSheets/,
  ],
  [
    "kofferStripChart",
    (v) => kofferStripChart(template, { aggregate: v as never, sheets: [] }, { locale: "nl" }),
    /aggregateSheets/,
  ],
  [
    "kofferRoundsChart",
    (v) => kofferRoundsChart(template, v as never, { locale: "nl" }),
    /compareRounds/,
  ],
  [
    "kofferTeamsChart",
    (v) => kofferTeamsChart(template, v as never, { locale: "nl" }),
    /compareTeams/,
  ],
];

describe("documents: a value that is not the library's result is a TypeError naming it (rules A10.7)", () => {
  it.each(entries)("%s", (_name, run, names) => {
    for (const value of junk) {
      let thrown: unknown;
      try {
        run(value);
      } catch (error) {
        thrown = error;
      }
      // Not "cannot read properties of undefined" from deep inside: the field and where it comes from.
      expect(thrown, String(value)).toBeInstanceOf(TypeError);
      expect((thrown as Error).message, String(value)).toMatch(names);
      expect((thrown as Error).message).toMatch(/must be/);
    }
  });
});
