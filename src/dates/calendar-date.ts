/**
 * Calendar dates as `YYYY-MM-DD` strings and as day numbers. Dates are never instants here, so
 * the machine's time zone can never move one (SPEC A1); the arithmetic is plain integers.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a value is a real calendar date written as `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate("2024-02-29"); //=> true
 * isCalendarDate("2025-02-29"); //=> false
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The year of a valid `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
