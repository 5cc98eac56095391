/**
 * From an xAPI timestamp (an instant) to a calendar date in a named time zone. The timestamp is
 * read by hand, not by `Date.parse` (whose reading of anything but its own format is up to the
 * engine); only the step from instant to wall-clock date asks `Intl`, which holds the time zone
 * rules. Nothing here reads the machine's time zone.
 */

/** Timestamps longer than this are not read (the longest sensible one has about 35 characters). */
const MAX_TIMESTAMP_LENGTH = 64;

// ISO 8601 date and time, extended (2026-06-30T23:30:00.123+02:00) or basic (20260630T233000Z)
// format; a space for the T as RFC 3339 allows; seconds and a fraction (point or comma) optional.
// Frozen: without the g or y flag, `exec` never writes `lastIndex`.
const extended = /* @__PURE__ */ Object.freeze(
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i,
);
const basic = /* @__PURE__ */ Object.freeze(
  /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i,
);

/** Days in a month (1–12) of a year, proleptic Gregorian. */
function monthDays(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A timestamp read: its instant in milliseconds since 1970 (UTC), or why it cannot be read. */
export type ParsedTimestamp =
  | { readonly ok: true; readonly epochMs: number }
  | { readonly ok: false; readonly noOffset: boolean };

/**
 * Reads an ISO 8601 timestamp with a UTC offset (`Z`, `±hh:mm`, `±hhmm` or `±hh`) as an instant.
 * A timestamp without an offset is refused (`noOffset`): its date near midnight depends on a zone
 * it does not name. A leap second (`:60`) is read as `:59` of the same minute, which never moves
 * the date; digits beyond the millisecond are dropped (truncated, so never to the next day).
 *
 * @example
 * parseTimestamp("2026-06-30T23:30:00Z"); //=> { ok: true, epochMs: 1782862200000 }
 * parseTimestamp("2026-06-30T23:30:00"); //=> { ok: false, noOffset: true }
 */
export function parseTimestamp(text: string): ParsedTimestamp {
  if (text.length > MAX_TIMESTAMP_LENGTH) return { ok: false, noOffset: false };
  const m = extended.exec(text) ?? basic.exec(text);
  if (m === null) return { ok: false, noOffset: false };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, "0"));
  if (month < 1 || month > 12 || day < 1 || day > monthDays(year, month)) {
    return { ok: false, noOffset: false };
  }
  if (hour > 23 || minute > 59 || second > 60) return { ok: false, noOffset: false };
  const zone = m[8];
  if (zone === undefined) return { ok: false, noOffset: true };
  let offsetMinutes = 0;
  if (zone !== "Z" && zone !== "z") {
    const digits = zone.slice(1).replace(":", "");
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMins = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (offsetHours > 23 || offsetMins > 59) return { ok: false, noOffset: false };
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // `setUTCFullYear` takes the year as written (`Date.UTC` would read 0–99 as 1900–1999).
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, Math.min(second, 59), millis);
  return { ok: true, epochMs: at.getTime() - offsetMinutes * 60_000 };
}

/** The parts of a wall-clock date. */
interface DateParts {
  year: string;
  month: string;
  day: string;
}

/**
 * A function giving the `YYYY-MM-DD` calendar date of an instant in one named time zone, or
 * `undefined` when the zone is not a named zone this engine knows (an offset such as `+02:00` is
 * not a named zone: it has no daylight saving time and names no place). The zone is also given
 * back in its canonical spelling (`europe/amsterdam` becomes `Europe/Amsterdam`).
 *
 * @example
 * const zone = zoneCalendar("Europe/Amsterdam");
 * zone?.dateOf(Date.UTC(2026, 5, 30, 23, 30)); //=> "2026-07-01"
 */
export function zoneCalendar(
  timeZone: string,
): { readonly timeZone: string; readonly dateOf: (epochMs: number) => string } | undefined {
  // Names are letters, digits and _ + - in parts separated by "/", starting with a letter
  // ("Etc/GMT+2", "America/Port-au-Prince", "UTC"); the longest IANA name has 32 characters.
  if (timeZone.length > 64 || !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) {
    return undefined;
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      calendar: "gregory",
      numberingSystem: "latn",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
  } catch {
    return undefined;
  }
  const canonical = format.resolvedOptions().timeZone;
  return {
    timeZone: canonical,
    dateOf(epochMs: number): string {
      const parts: DateParts = { year: "", month: "", day: "" };
      for (const part of format.formatToParts(epochMs)) {
        if (part.type === "year" || part.type === "month" || part.type === "day") {
          parts[part.type] = part.value;
        }
      }
      return `${parts.year.padStart(4, "0")}-${parts.month}-${parts.day}`;
    },
  };
}
