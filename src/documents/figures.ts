/**
 * Numbers as the statement and report documents print them: whole numbers grouped, one decimal
 * at most, percentages that never claim "100%" before the whole is there, and real plurals. Never
 * the machine's locale: the same figures print the same everywhere.
 */
import { decimal, wholeNumber } from "../i18n/format.js";
import type { Locale } from "../i18n/types.js";

/**
 * A fraction 0–1 as a whole percentage. Rounding never claims 100% before the whole is there, nor
 * 0% once something is: a reader takes "100%" to mean done (as the statement's explanation does).
 */
export function wholePercent(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  const percent = Math.round(fraction * 100);
  if (fraction < 1 && percent >= 100) return 99;
  if (fraction > 0 && percent <= 0) return 1;
  return percent;
}

/** A count as the locale writes it: "1.250" in Dutch, "1,250" in English. */
export function count(n: number, locale: Locale): string {
  return Number.isInteger(n) ? wholeNumber(n, locale) : decimal(n, locale);
}

/** A number rounded to one decimal, with a decimal comma in Dutch: "10,5", "11". */
export function oneDecimal(x: number, locale: Locale): string {
  return decimal(Math.round(x * 10) / 10, locale);
}

/**
 * A mean rounded to one decimal with its noun: the number as shown decides the number of the noun,
 * so 0.96 reads "1 ster", not "1 sterren".
 */
export function meanCounted(x: number, one: string, many: string, locale: Locale): string {
  const shown = oneDecimal(x, locale);
  return `${shown} ${shown === "1" ? one : many}`;
}

/**
 * A count with its noun in the right number: `counted(1, "ster", "sterren", "nl")` is "1 ster",
 * `counted(2, …)` "2 sterren" (and "0 sterren": Dutch and English both use the plural for zero).
 */
export function counted(n: number, one: string, many: string, locale: Locale): string {
  return `${count(n, locale)} ${n === 1 ? one : many}`;
}
