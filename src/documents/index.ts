/**
 * `sterrenprogramma/documents` — what people read and keep, made from the library's results: the
 * statement and plan as one print-ready HTML document, the organisation report page, SVG charts of
 * the koffer, and spreadsheet rows and CSV text. Pure functions returning strings or plain data:
 * nothing here reads a file, the clock or the machine's locale; every piece of user text is escaped
 * for the medium it lands in (HTML, SVG, a spreadsheet cell).
 *
 * A separate entry point, so that an app that only computes statements or scores a koffer does not
 * carry the documents' code (docs/decisions.md, "Documents").
 *
 * @packageDocumentation
 */

export { longDate } from "../i18n/format.js";
// Spreadsheet tables and CSV for Excel: statements, the report, the koffer aggregate.
export { type CsvOptions, toCsv } from "./csv.js";
// The organisation report page (rules A8).
export { type ReportDocumentOptions, reportDocument } from "./html/report-document.js";
// The statement and plan for the appraisal conversation (rules A8).
export {
  type StatementDocumentOptions,
  type StatementPage,
  statementDocument,
  statementsDocument,
} from "./html/statement-document.js";
export {
  type KofferChartFigure,
  type KofferChartOptions,
  type KofferRoundsChartOptions,
  type KofferStripChartData,
  type KofferTeamsChartOptions,
  kofferRoundsChart,
  kofferStripChart,
  kofferTeamsChart,
  maxChartTeams,
  stripBins,
} from "./koffer-charts/index.js";
export { type TeamAggregateTableOptions, teamAggregateTable } from "./koffer-rows.js";
export { reportTable } from "./report-rows.js";
export {
  type SpreadsheetOptions,
  statementLinesTable,
  statementsTable,
} from "./statement-rows.js";
// The report's charts on their own (rules A8).
export {
  type CountedStarsChartOptions,
  countedStarsChart,
  type MandatoryRatesChartOptions,
  mandatoryRatesChart,
} from "./svg/report-charts.js";
export type { SpreadsheetCell, SpreadsheetTable } from "./table.js";
