/**
 * Reading one cell of a spreadsheet export as a date or a number, in the forms HR systems and
 * spreadsheet programs write (docs/decisions.md, "Data in"). One parser for every date the
 * library and the command line read from people: table cells and `--as-of` alike. Nothing here
 * reads a clock or a time zone: a date is what is written, never an instant.
 */
import { dayNumber, daysInMonth, fromDayNumber } from "../dates/calendar-date.js";
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "../dates/supported-range.js";
import type { ValidationResult } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import {
  type DateOrder,
  type InvalidDateReason,
  type TableDiagnostic,
  type TableDiagnosticParams,
  tableDiagnostic,
} from "./diagnostics.js";

/**
 * One cell of a table given as rows: text, a number (an Excel serial date, a score), true/false,
 * or empty (`null`, `undefined`, `""`).
 *
 * @example
 * const cells: TableCell[] = ["p-anouk", 46203, null];
 */
export type TableCell = string | number | boolean | null | undefined;

/**
 * How a date cell was written: `iso` (`2026-06-30`, also with `/` or `.` and one-digit parts),
 * `day-first` or `month-first` (`30-06-2026`, `6/30/2026`), `serial` (Excel's day count,
 * `46203`); `time` is true when a time of day followed (`2026-06-30 00:00:00`).
 *
 * @example
 * const form: DateForm = "serial";
 */
export type DateForm = "iso" | "day-first" | "month-first" | "serial";

/** What reading a date text gave, with what the table reader needs to find ambiguous dates. */
export type DateReading =
  | {
      readonly ok: true;
      readonly date: string;
      readonly form: DateForm;
      /** For a day/month form whose parts both fit a month: the reading in the other order. */
      readonly otherOrder?: string;
    }
  | {
      readonly ok: false;
      readonly code: "csv-invalid-date";
      readonly reason: InvalidDateReason;
    }
  | { readonly ok: false; readonly code: "csv-impossible-date" | "csv-date-out-of-range" }
  | {
      readonly ok: false;
      readonly code: "csv-wrong-date-order";
      /** The date the cell is in the other order. */
      readonly date: string;
    };

/**
 * The day number of Excel's day 0 in its 1900 date system for serials from 61 on. Excel counts
 * 1900 as a leap year (a bug kept from Lotus 1-2-3), so serial 60 is "29 February 1900", a day
 * that never was, and the serials 1–59 start one day later than the others.
 */
const EXCEL_EPOCH = /* @__PURE__ */ dayNumber("1899-12-30");

/**
 * The serials the reader takes: 1 (1900-01-01) to the serial of `LAST_SUPPORTED_DATE`, except 60.
 *
 * @example
 * EXCEL_SERIAL_RANGE.last; //=> 401768 (2999-12-31)
 */
export const EXCEL_SERIAL_RANGE: { readonly first: number; readonly last: number } =
  /* @__PURE__ */ deepFreeze({
    first: 1,
    last: /* @__PURE__ */ dayNumber(LAST_SUPPORTED_DATE) - EXCEL_EPOCH,
  });

const TIME = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:\s*([AaPp][Mm]))?)?`;
const ZONE = String.raw`\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
const YEAR_FIRST = /* @__PURE__ */ Object.freeze(
  new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}${ZONE}$`),
);
const YEAR_LAST = /* @__PURE__ */ Object.freeze(
  new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}${ZONE}$`),
);
const SERIAL = /^(\d{1,6})(?:[.,](\d{1,15}))?$/;

/** Whether a time of day is one (`24:00` and `13 PM` are not), or `true` when there is none. */
function timeFits(hour?: string, minute?: string, second?: string, meridiem?: string): boolean {
  if (hour === undefined) return true;
  const h = Number(hour);
  const okHour = meridiem === undefined ? h <= 23 : h >= 1 && h <= 12;
  return okHour && Number(minute) <= 59 && (second === undefined || Number(second) <= 59);
}

/** A `YYYY-MM-DD` text of a year, month and day, or `undefined` when there is no such day. */
function isoOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const inRange = (date: string) => date >= FIRST_SUPPORTED_DATE && date <= LAST_SUPPORTED_DATE;

/** The date of an Excel serial number (whole days; a fraction is the time of day). */
function serialDate(serial: number): DateReading {
  const days = Math.floor(serial);
  if (days === 60) return { ok: false, code: "csv-invalid-date", reason: "excel-leap-day" };
  if (days < EXCEL_SERIAL_RANGE.first || days > EXCEL_SERIAL_RANGE.last) {
    return { ok: false, code: "csv-date-out-of-range" };
  }
  // Serials 1–59 lie before Excel's phantom 29 February 1900: one day later than the rule.
  const date = fromDayNumber(EXCEL_EPOCH + days + (days < 60 ? 1 : 0));
  return { ok: true, date, form: "serial" };
}

/**
 * Reads a date text in every form the reader takes (see `readTableDate`), with `order` for
 * day/month forms. Internal: the table reader also uses the other-order reading to find
 * ambiguous dates.
 */
export function readDateText(input: string, order: DateOrder): DateReading {
  const text = input.trim();
  const serial = SERIAL.exec(text);
  if (serial !== null) {
    const whole = serial[1] as string;
    if (whole.length === 4 && serial[2] === undefined) {
      return { ok: false, code: "csv-invalid-date", reason: "year" };
    }
    return serialDate(Number(whole));
  }
  const first = YEAR_FIRST.exec(text);
  const last = first === null ? YEAR_LAST.exec(text) : null;
  const match = first ?? last;
  if (match === null) return { ok: false, code: "csv-invalid-date", reason: "form" };
  const [, a, , b, c, hour, minute, second, meridiem, zone] = match as unknown as (
    | string
    | undefined
  )[];
  if (!timeFits(hour, minute, second, meridiem)) {
    return { ok: false, code: "csv-invalid-date", reason: "form" };
  }
  if (zone !== undefined) return { ok: false, code: "csv-invalid-date", reason: "time-zone" };
  const checked = (date: string | undefined, form: DateForm, otherOrder?: string): DateReading => {
    if (date === undefined) return { ok: false, code: "csv-impossible-date" };
    if (!inRange(date)) return { ok: false, code: "csv-date-out-of-range" };
    return otherOrder === undefined || otherOrder === date
      ? { ok: true, date, form }
      : { ok: true, date, form, otherOrder };
  };
  if (first !== null) return checked(isoOf(Number(a), Number(b), Number(c)), "iso");
  const year = Number(c);
  const [x, y] = [Number(a), Number(b)];
  const dayFirst = isoOf(year, y, x);
  const monthFirst = isoOf(year, x, y);
  const [wanted, other] = order === "day-first" ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
  if (wanted === undefined && other !== undefined && inRange(other)) {
    return { ok: false, code: "csv-wrong-date-order", date: other };
  }
  return checked(wanted, order, other);
}

/** A type name for a value that is not a cell, as the messages name it. */
export function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof Date) return "date";
  return typeof value;
}

/** The text of a cell as written (a number as JavaScript writes it), or `undefined` if it is no cell. */
export function cellText(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return undefined;
}

/** The params of a failed date reading, quoting the cell as written. */
export function dateProblem(
  reading: Extract<DateReading, { ok: false }>,
  received: string,
  order: DateOrder,
):
  | { code: "csv-invalid-date"; params: TableDiagnosticParams["csv-invalid-date"] }
  | { code: "csv-impossible-date"; params: TableDiagnosticParams["csv-impossible-date"] }
  | { code: "csv-date-out-of-range"; params: TableDiagnosticParams["csv-date-out-of-range"] }
  | { code: "csv-wrong-date-order"; params: TableDiagnosticParams["csv-wrong-date-order"] } {
  switch (reading.code) {
    case "csv-invalid-date":
      return { code: reading.code, params: { received, reason: reading.reason } };
    case "csv-wrong-date-order":
      return { code: reading.code, params: { received, order, date: reading.date } };
    case "csv-date-out-of-range":
      return {
        code: reading.code,
        params: { received, first: FIRST_SUPPORTED_DATE, last: LAST_SUPPORTED_DATE },
      };
    default:
      return { code: reading.code, params: { received } };
  }
}

/**
 * Options of the cell readers.
 *
 * @example
 * const options: CellOptions = { dateOrder: "month-first" };
 */
export interface CellOptions {
  /** How to read `06/07/2026`: `day-first` (the default, 6 July) or `month-first` (7 June). */
  readonly dateOrder?: DateOrder;
}

/**
 * Reads a date as people and spreadsheet programs write it, and returns it as `YYYY-MM-DD`:
 * - `2026-06-30`, also `2026/6/30` or `2026.06.30`;
 * - `30-06-2026`, `30/6/2026`, `30.06.2026`: day first, as Dutch and Flemish spreadsheets write
 *   it, or month first with `dateOrder: "month-first"`; a cell that is a day only in the other
 *   order (`6/30/2026`) is an error naming that day, never read as something else;
 * - with a time of day after it, as Excel writes a date-time (`2026-06-30 00:00:00`,
 *   `2026-06-30T14:30`, `6/30/2026 12:00:00 AM`): the date is the date written. A time with a
 *   time zone (`Z`, `+02:00`) is refused: its day depends on where it is read;
 * - an Excel serial date (`46203`, also as a number, and `46203,75` with a time): days in Excel's
 *   1900 date system, 1 (1900-01-01) to 401768 (2999-12-31); 60 is Excel's 29 February 1900,
 *   which never was, and is refused. A four-digit whole number is a year, not a serial date.
 *
 * Dates before 1900-01-01 or after 2999-12-31 are refused (`csv-date-out-of-range`). Every error
 * quotes the cell as written.
 *
 * @example
 * readTableDate("30-6-2026"); //=> { ok: true, value: "2026-06-30", warnings: [] }
 * readTableDate(46203); //=> { ok: true, value: "2026-06-30", warnings: [] }
 * readTableDate("6/30/2026").ok; //=> false (csv-wrong-date-order: "month first it is 30 June 2026")
 * readTableDate("6/30/2026", { dateOrder: "month-first" }); //=> { ok: true, value: "2026-06-30", … }
 * @function
 */
export const readTableDate = /* @__PURE__ */ deepFreeze(function readTableDate(
  cell: TableCell,
  options: CellOptions = {},
): ValidationResult<string, TableDiagnostic> {
  const order = options.dateOrder === "month-first" ? "month-first" : "day-first";
  const text = cellText(cell);
  if (text === undefined) {
    return {
      ok: false,
      diagnostics: [tableDiagnostic("csv-invalid-cell", [], { received: typeOf(cell) })],
    };
  }
  // A number cell reads as its text: 46203 and "46203" are the same serial date, 2026 a year.
  const reading = readDateText(text, order);
  if (reading.ok) return { ok: true, value: reading.date, warnings: [] };
  const problem = dateProblem(reading, text.trim(), order);
  return { ok: false, diagnostics: [tableDiagnostic(problem.code, [], problem.params)] };
});

const NUMBER = /^([+-]?)(\d{1,15})(?:[.,](\d{1,15}))?$/;

/** The number a number text stands for (decimal point or comma), or `undefined`. */
export function numberOf(text: string): number | undefined {
  const match = NUMBER.exec(text.trim());
  if (match === null) return undefined;
  const [, sign, whole, fraction] = match;
  return Number(`${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`);
}

/**
 * Reads a number as a spreadsheet writes it: `4.5` or, with the decimal comma of Dutch
 * spreadsheets, `4,5` (no thousands separators: `1.234` would be a decimal); a number cell as it
 * is. With `whole: true` a fraction is an error (`csv-not-a-whole-number`); text that is no number
 * is `csv-invalid-number`. Every error quotes the cell as written.
 *
 * @example
 * readTableNumber("4,5"); //=> { ok: true, value: 4.5, warnings: [] }
 * readTableNumber("4,5", { whole: true }).ok; //=> false
 * @function
 */
export const readTableNumber = /* @__PURE__ */ deepFreeze(function readTableNumber(
  cell: TableCell,
  options: { readonly whole?: boolean } = {},
): ValidationResult<number, TableDiagnostic> {
  const text = cellText(cell);
  if (text === undefined) {
    return {
      ok: false,
      diagnostics: [tableDiagnostic("csv-invalid-cell", [], { received: typeOf(cell) })],
    };
  }
  const value =
    typeof cell === "number" ? (Number.isFinite(cell) ? cell : undefined) : numberOf(text);
  const received = text.trim();
  if (value === undefined) {
    return {
      ok: false,
      diagnostics: [tableDiagnostic("csv-invalid-number", [], { received })],
    };
  }
  if (options.whole === true && !Number.isInteger(value)) {
    return {
      ok: false,
      diagnostics: [tableDiagnostic("csv-not-a-whole-number", [], { received })],
    };
  }
  return { ok: true, value, warnings: [] };
});
