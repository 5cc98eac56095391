import { isCalendarDate } from "../dates/calendar-date.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { Locale } from "./types.js";

/** Joins items as a reader expects: "a, b en c" / "a, b and c". Never depends on the machine locale. */
export function joinList(items: readonly (string | number)[], locale: Locale): string {
  return joinWith(items, locale === "nl" ? "en" : "and");
}

/** Joins items with commas and a last word: `joinWith(["a", "b", "c"], "or")` is "a, b or c". */
export function joinWith(items: readonly (string | number)[], word: string): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${word} ${words[words.length - 1]}`;
}

/**
 * Quotes an id or a piece of user text for a message, cut to 120 characters with "…" (never
 * inside a surrogate pair): an id (at most 100) always fits whole, and a cell, a header, a key or
 * an argument of any length makes a message of a few lines at most. A message is for a person;
 * the full value stays in the params.
 *
 * @example
 * q("bhv"); //=> '"bhv"'
 * q("x".repeat(1_000_000)).length; //=> 122
 */
export function q(text: string | number): string {
  const s = String(text);
  return `"${s.length > 120 ? `${s.slice(0, 119).replace(/[\uD800-\uDBFF]$/, "")}…` : s}"`;
}

/**
 * A count with its noun in the right number: `count(1, "ster", "sterren")` is "1 ster",
 * `count(2, "ster", "sterren")` "2 sterren" (0 takes the plural, in Dutch and in English).
 *
 * @example
 * count(1, "point", "points"); //=> "1 point"
 */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A number as a reader of the locale writes it: a decimal comma in Dutch ("0,75"), a point in
 * English. Never depends on the machine locale (no `Intl`).
 */
export function decimal(x: number, locale: Locale): string {
  const text = String(x);
  return locale === "nl" ? text.replace(".", ",") : text;
}

/**
 * A whole number with thousands grouped as a reader of the locale writes it: "100.000" in Dutch,
 * "100,000" in English. Never depends on the machine locale (no `Intl`).
 */
export function wholeNumber(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "nl" ? "." : ",");
}

/**
 * The formatters of `longDate`, one per locale: made once (creating an `Intl.DateTimeFormat` costs
 * far more than formatting with one), fixed to UTC and fed UTC midnight, so the calendar date is
 * what is printed, whatever the machine's time zone. `nl-NL` and `en-GB` write day, month, year.
 */
const longDates = /* @__PURE__ */ Object.freeze({
  nl: /* @__PURE__ */ new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
  en: /* @__PURE__ */ new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
});

/**
 * A calendar date as a reader writes it in prose: "30 juni 2026" in Dutch, "30 June 2026" in
 * English. The text comes from `Intl` for the date itself, never from the machine's time zone or
 * locale: the same date prints the same everywhere. A value that is not a valid `YYYY-MM-DD` date
 * is returned as it is (it is someone's text, not a date to guess at), and so is a date before the
 * year 1000, which only a message about a date out of range shows: `Intl` writes the year 0000 as
 * "1" (1 BC without its era) and 0099 as "99", which would misquote it.
 *
 * @example
 * longDate("2026-06-30", "nl"); //=> "30 juni 2026"
 * longDate("2026-06-30", "en"); //=> "30 June 2026"
 * longDate("0000-01-01", "en"); //=> "0000-01-01"
 * @function
 */
export const longDate = /* @__PURE__ */ deepFreeze(function longDate(
  date: string,
  locale: Locale,
): string {
  if (!isCalendarDate(date)) return date;
  const year = Number(date.slice(0, 4));
  if (year < 1000) return date;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // setUTCFullYear takes the year as written (Date.UTC would read 0–99 as 1900–1999).
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  return longDates[locale === "nl" ? "nl" : "en"].format(at);
});
