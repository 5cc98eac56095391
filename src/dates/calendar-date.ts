/**
 * Calendar dates as `YYYY-MM-DD` strings and as day numbers. Dates are never instants here, so
 * the machine's time zone can never move one (rules A1); the arithmetic is plain integers.
 */

import { deepFreeze } from "../internal/deep-freeze.js";

/** Whether a year is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a year: 366 in a leap year, else 365. */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a value is a real calendar date written as `YYYY-MM-DD`. (A regular expression keeps it
 * small for the koffer entry; the evaluators' hot loops read dates with `dayKey` instead.)
 *
 * @example
 * isCalendarDate("2024-02-29"); //=> true
 * isCalendarDate("2025-02-29"); //=> false
 * @function
 */
export const isCalendarDate = /* @__PURE__ */ deepFreeze(function isCalendarDate(
  value: unknown,
): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
});

/** Whether a character code is an ASCII digit. */
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A date of the supported years 1900–2999 as one whole number that orders like the date,
 * `year × 512 + month × 32 + day`, or −1 for anything that is not such a calendar date. The
 * evaluators read every completion's date this way: one pass over its ten characters both
 * checks and packs it, so the check costs a few comparisons, not a second reading.
 *
 * @example
 * dayKey("2024-02-29"); //=> 2024 * 512 + 2 * 32 + 29
 * dayKey("2026-02-30"); //=> -1
 */
export function dayKey(date: unknown): number {
  if (typeof date !== "string" || date.length !== 10) return -1;
  const c0 = date.charCodeAt(0);
  const c1 = date.charCodeAt(1);
  const c2 = date.charCodeAt(2);
  const c3 = date.charCodeAt(3);
  const c5 = date.charCodeAt(5);
  const c6 = date.charCodeAt(6);
  const c8 = date.charCodeAt(8);
  const c9 = date.charCodeAt(9);
  // Years 1900–2999: "19" or "2" and a digit, then two digits.
  if (!(c0 === 49 ? c1 === 57 : c0 === 50 && isDigitCode(c1))) return -1;
  if (!isDigitCode(c2) || !isDigitCode(c3) || !isDigitCode(c5) || !isDigitCode(c6)) return -1;
  if (!isDigitCode(c8) || !isDigitCode(c9)) return -1;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const year = (c0 - 48) * 1000 + (c1 - 48) * 100 + (c2 - 48) * 10 + (c3 - 48);
  const month = (c5 - 48) * 10 + (c6 - 48);
  const day = (c8 - 48) * 10 + (c9 - 48);
  if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) return -1;
  return year * 512 + month * 32 + day;
}

/**
 * A `YYYY-MM-DD` date as one whole number that orders like the date: `year × 512 + month × 32 +
 * day`, read digit by digit (no text is cut), for a date already known to be valid: `dayKey`
 * without the check. The statement compares dates as these numbers.
 *
 * @internal
 */
export function compactDay(date: string): number {
  const year = yearOf(date);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return year * 512 + month * 32 + day;
}

/** The `compactDay` of 1 January of a year: `compactDay(yearStart(year))` without the text. */
export function compactYearStart(year: number): number {
  return year * 512 + 33;
}

/** The year of a `compactDay`. */
export function yearOfDay(day: number): number {
  return day >> 9;
}

/** The year of a valid `YYYY-MM-DD` date (read digit by digit: this sits in the statement's hot path). */
export function yearOf(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

/**
 * The day number of a valid `YYYY-MM-DD` date: days since 1970-01-01 in the proleptic Gregorian
 * calendar (Howard Hinnant's `days_from_civil`). Pure integer arithmetic: no `Date`, so no time
 * zone, DST or locale can change the answer.
 */
export function dayNumber(date: string): number {
  // Digit by digit, as `yearOf`: the pace and the target ask for a few per statement.
  let y = yearOf(date);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` date of a day number (the inverse of `dayNumber`). */
export function fromDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Adds whole days to a date. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * Adds whole years to a date; 29 February becomes 28 February in a year without it.
 *
 * @example
 * addYears("2024-02-29", 2); //=> "2026-02-28"
 */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m));
  return `${String(y).padStart(4, "0")}-${date.slice(5, 7)}-${String(d).padStart(2, "0")}`;
}

/** The number of days of a closed date range `[start, end]`. */
export function daysInRange(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** The first day of a year. */
export function yearStart(year: number): string {
  return `${String(year).padStart(4, "0")}-01-01`;
}

/** The last day of a year. */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** The later of two `YYYY-MM-DD` dates (as strings they compare in calendar order). */
export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two `YYYY-MM-DD` dates. */
export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
