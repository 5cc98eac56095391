/**
 * A table for a spreadsheet: what `statementsTable`, `statementLinesTable`, `reportTable` and
 * `teamAggregateTable` return and what `toCsv` writes. Plain data (arrays of strings, numbers and
 * `null`), so an app can also hand it to a spreadsheet library of its own choice.
 */

/**
 * One cell: text, a number (written as a number, never as text) or `null` (an empty cell).
 *
 * @example
 * const cells: SpreadsheetCell[] = ["Anna de Vries", 12, null];
 */
export type SpreadsheetCell = string | number | null;

/**
 * A table for a spreadsheet: one header row of column names and the rows below it, each with one
 * cell per column. Names and titles are in the cells, not ids (but for an id column that says so);
 * words such as a status are in the table's language; dates are `YYYY-MM-DD` text, which every
 * spreadsheet reads as a date.
 *
 * @example
 * const table: SpreadsheetTable = {
 *   header: ["Medewerker", "Telt mee", "Doel"],
 *   rows: [["Anna de Vries", 12, 15]],
 * };
 */
export interface SpreadsheetTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly SpreadsheetCell[])[];
}
