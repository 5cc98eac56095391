import {
  type DiagnosticOf,
  type DiagnosticUnion,
  diagnosticFactory,
  type Path,
  type Severity,
} from "../diagnostics/diagnostic.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { en, nl } from "./messages.js";

/**
 * The order of day and month in a date such as `06/07/2026`: `day-first` as Dutch and Flemish
 * spreadsheets write it (6 July), `month-first` as American ones do (7 June).
 *
 * @example
 * const order: DateOrder = "day-first";
 */
export type DateOrder = "day-first" | "month-first";

/**
 * Why a cell is no date (`csv-invalid-date`): in no form the reader knows (`form`); a four-digit
 * number, which is a year and not an Excel serial date (`year`); a moment with a time zone, whose
 * calendar date depends on where it is read (`time-zone`); Excel's serial number 60, the
 * 29 February 1900 that never was (`excel-leap-day`).
 *
 * @example
 * const reason: InvalidDateReason = "time-zone";
 */
export type InvalidDateReason = "form" | "year" | "time-zone" | "excel-leap-day";

/**
 * The params of every diagnostic of reading a table (a CSV text or rows from a spreadsheet),
 * keyed by code. The codes keep the `csv-` prefix the command line gave them, for rows as for
 * text: a table is read as its CSV would be. Cell values are quoted exactly as written.
 *
 * @example
 * const params: TableDiagnosticParams["csv-invalid-date"] = { received: "6/31/2026", reason: "form" };
 */
export interface TableDiagnosticParams {
  /** The table is neither text nor a list of rows; `received` is a type name. */
  "csv-not-a-table": { readonly received: string };
  /** A row that is not a list of cells; `received` is a type name. */
  "csv-invalid-row": { readonly received: string };
  /** A cell that is not text, a number, true/false or empty; `received` is a type name. */
  "csv-invalid-cell": { readonly received: string };
  /** A quote opens a field that is never closed. */
  "csv-unterminated-quote": Record<string, never>;
  /** Text follows a closing quote. */
  "csv-text-after-quote": Record<string, never>;
  /** A quote in the middle of an unquoted field. */
  "csv-stray-quote": Record<string, never>;
  /** A row with more filled fields than the header has names. */
  "csv-too-many-fields": { readonly expected: number; readonly received: number };
  /** The table has no header row (it is empty). */
  "csv-no-header": Record<string, never>;
  /** The table holds more cells than the reader takes (`maxCells`). */
  "csv-too-many-cells": { readonly limit: number };
  /** A column with values has no name in the header; `index` counts from 1. */
  "csv-empty-column-name": { readonly index: number };
  /** Two columns of the header are the same field (also under two of its names). */
  "csv-duplicate-column": { readonly column: string; readonly field: string };
  /**
   * A field the table needs has no column. `ignored` are the columns nothing reads (the hint; the
   * first 20, `more` counts the others), `suggestion` the one that looks most like the field, or
   * `null`.
   */
  "csv-missing-column": {
    readonly field: string;
    readonly ignored: readonly string[];
    readonly more: number;
    readonly suggestion: string | null;
  };
  /** A column nothing reads; `suggestion` is the known column name nearest to it, or `null`. */
  "csv-ignored-column": { readonly column: string; readonly suggestion: string | null };
  /** The `columns` option names a field the tables do not have. */
  "csv-unknown-column-field": {
    readonly field: string;
    readonly known: readonly string[];
    readonly suggestion: string | null;
  };
  /** The `columns` option gives a field something other than a column name. */
  "csv-invalid-column-option": { readonly field: string };
  /** The column the `columns` option gives a field is in no table that has the field. */
  "csv-mapped-column-not-found": {
    readonly field: string;
    readonly column: string;
    readonly suggestion: string | null;
  };
  /** The `columns` option gives one field two columns (under two of its names: `date`, `datum`). */
  "csv-field-mapped-twice": { readonly field: string; readonly columns: readonly string[] };
  /** The `columns` option gives one column to two fields. */
  "csv-column-mapped-twice": { readonly column: string; readonly fields: readonly string[] };
  /** A cell that must be filled is blank (the participant's id). */
  "csv-missing-value": { readonly column: string };
  /** Two rows of one participant fill a participant-level column differently. */
  "csv-conflicting-value": {
    readonly participant: string;
    readonly column: string;
    readonly value: string;
    readonly earlier: string;
  };
  /** A roles or exemptions row names a participant the completions table does not have. */
  "csv-unknown-participant": { readonly participant: string };
  /** More participants than the reader takes (`maxParticipants`). */
  "too-many-participants": { readonly limit: number };
  /** A date cell that is no date (see `InvalidDateReason`). */
  "csv-invalid-date": { readonly received: string; readonly reason: InvalidDateReason };
  /** A date cell in a known form naming a day that does not exist (`31-02-2025`). */
  "csv-impossible-date": { readonly received: string };
  /**
   * A date that reads as two days (`06/07/2026`) in a table that also holds a date that only
   * reads month first (`evidence`); `dayFirst` and `monthFirst` are the two readings.
   */
  "csv-ambiguous-date": {
    readonly received: string;
    readonly dayFirst: string;
    readonly monthFirst: string;
    readonly evidence: string;
  };
  /** A date that is no day in the `order` asked for, but is `date` in the other order. */
  "csv-wrong-date-order": {
    readonly received: string;
    readonly order: DateOrder;
    readonly date: string;
  };
  /** A date outside the supported range `first`–`last`. */
  "csv-date-out-of-range": {
    readonly received: string;
    readonly first: string;
    readonly last: string;
  };
  /** A number cell that is no number. */
  "csv-invalid-number": { readonly received: string };
  /** A number cell with a fraction where a whole number is needed (`4,5` as a score). */
  "csv-not-a-whole-number": { readonly received: string };
}

/**
 * Every code of reading a table.
 *
 * @example
 * const code: TableDiagnosticCode = "csv-missing-column";
 */
export type TableDiagnosticCode = keyof TableDiagnosticParams;

/**
 * Where in the tables a problem sits, in the terms of a spreadsheet: the table, the row (the
 * header is row 1; blank rows count, as in the spreadsheet), the column (A is 1) and its header;
 * for CSV text also the line and character where the cell starts (a quoted cell may span lines,
 * so the line can be later than the row). Absent fields are not known.
 *
 * @example
 * const at: TableLocation = { table: "completions", row: 4, column: 3, header: "Datum afgerond",
 *   line: 4, character: 21 };
 */
export interface TableLocation {
  readonly table: TableName;
  readonly row?: number;
  readonly column?: number;
  readonly header?: string;
  readonly line?: number;
  readonly character?: number;
}

/**
 * The tables participants are read from: one row per completion, and optionally one per role
 * and one per exemption (see `readParticipantsTable`).
 *
 * @example
 * const name: TableName = "completions";
 */
export type TableName = "completions" | "roles" | "exemptions";

/**
 * One problem of reading a table: `{ code, severity, path, params, message: { nl, en } }` and,
 * where it sits in a table, its `location`. The path leads from `{ completions, roles, exemptions }`
 * to the row and cell: `["completions", 3, 2]` is the third cell of the fourth row (0-based
 * indexes, the header is row 0); a problem of the `columns` option has `["columns", field]`.
 *
 * @example
 * if (d.code === "csv-invalid-date") console.log(d.location?.row, d.params.received);
 */
export type TableDiagnostic = DiagnosticUnion<TableDiagnosticParams> & {
  readonly location?: TableLocation;
};

/**
 * The severity of every table code: only an ignored column is a warning (exports often carry
 * columns such as an e-mail address); everything else makes the table unusable.
 *
 * @example
 * tableSeverities["csv-ignored-column"]; //=> "warning"
 */
export const tableSeverities: { readonly [C in TableDiagnosticCode]: Severity } =
  /* @__PURE__ */ deepFreeze({
    "csv-not-a-table": "error",
    "csv-invalid-row": "error",
    "csv-invalid-cell": "error",
    "csv-unterminated-quote": "error",
    "csv-text-after-quote": "error",
    "csv-stray-quote": "error",
    "csv-too-many-fields": "error",
    "csv-no-header": "error",
    "csv-too-many-cells": "error",
    "csv-empty-column-name": "error",
    "csv-duplicate-column": "error",
    "csv-missing-column": "error",
    "csv-ignored-column": "warning",
    "csv-unknown-column-field": "error",
    "csv-invalid-column-option": "error",
    "csv-mapped-column-not-found": "error",
    "csv-field-mapped-twice": "error",
    "csv-column-mapped-twice": "error",
    "csv-missing-value": "error",
    "csv-conflicting-value": "error",
    "csv-unknown-participant": "error",
    "too-many-participants": "error",
    "csv-invalid-date": "error",
    "csv-impossible-date": "error",
    "csv-ambiguous-date": "error",
    "csv-wrong-date-order": "error",
    "csv-date-out-of-range": "error",
    "csv-invalid-number": "error",
    "csv-not-a-whole-number": "error",
  });

const build = /* @__PURE__ */ diagnosticFactory<TableDiagnosticParams>({
  severity: tableSeverities,
  messages: { nl, en },
});

/**
 * Builds a table diagnostic with its messages and, when known, its location.
 *
 * @internal
 */
export function tableDiagnostic<C extends TableDiagnosticCode>(
  code: C,
  path: Path,
  params: TableDiagnosticParams[C],
  location?: TableLocation,
): TableDiagnostic {
  const d = build(code, path, params) as DiagnosticOf<C, TableDiagnosticParams[C]>;
  return (location === undefined ? d : { ...d, location }) as TableDiagnostic;
}
