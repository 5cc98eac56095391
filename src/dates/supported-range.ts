/**
 * The calendar range the library supports, defined once (docs/decisions.md, "Hostile input").
 *
 * Years 1900–2999 are the years of the format: editions, roles and the policy's start year were
 * already bound to them, so a date outside can never meet an edition. Every window the library
 * lays from such dates (at most ten years, either way) stays far inside the four-digit years
 * that `YYYY-MM-DD` strings and the day arithmetic handle, and the history of earlier windows
 * stays short (at most 1,100 windows).
 */

/** The first year of the supported range (also the first year of an edition, role or start year). */
export const FIRST_SUPPORTED_YEAR = 1900;

/** The last year of the supported range (also the last year of an edition, role or start year). */
export const LAST_SUPPORTED_YEAR = 2999;

/**
 * The first date a programme or participant may name (`date-out-of-range` before it), and the
 * first as-of date the star functions take (a `RangeError` before it).
 *
 * @example
 * "1899-12-31" < FIRST_SUPPORTED_DATE; //=> true
 */
export const FIRST_SUPPORTED_DATE = "1900-01-01";

/**
 * The last date a programme or participant may name (`date-out-of-range` after it). An as-of
 * date may be later, as long as its window ends by 9999-12-31: every window laid from supported
 * dates does, and so does the last day of any such window (where a plan measures).
 *
 * @example
 * "3000-01-01" > LAST_SUPPORTED_DATE; //=> true
 */
export const LAST_SUPPORTED_DATE = "2999-12-31";

/**
 * The last day any window may reach: the end of the four-digit years. A window past it would
 * need a five-digit year, which `YYYY-MM-DD` strings cannot order and the day arithmetic
 * cannot read.
 */
export const LAST_COMPUTABLE_DATE = "9999-12-31";

/** The longest window a policy may set, in years (`policy.window.years`). */
export const LONGEST_WINDOW_YEARS = 10;

/**
 * The most earlier windows a statement's history can hold: one-year windows from the first
 * supported year to the last computable one. A bound for loops, never reached by a valid call.
 */
export const MOST_EARLIER_WINDOWS = 9999 - FIRST_SUPPORTED_YEAR + 1;

/** Whether a valid `YYYY-MM-DD` date lies in the supported range. */
export function isSupportedDate(date: string): boolean {
  return date >= FIRST_SUPPORTED_DATE && date <= LAST_SUPPORTED_DATE;
}
