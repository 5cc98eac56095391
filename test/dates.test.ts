import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addYears,
  compactDay,
  dayKey,
  dayNumber,
  daysInMonth,
  daysInRange,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  yearOf,
} from "../src/dates/calendar-date.js";
import { designWindows, fixedWindowOfYear } from "../src/programme/window-years.js";

describe("calendar dates (rules A1)", () => {
  it("accepts real dates only", () => {
    expect(["2024-02-29", "2025-12-31", "2000-02-29", "2025-01-01"].every(isCalendarDate)).toBe(
      true,
    );
    for (const bad of [
      "2025-02-29",
      "1900-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-04-31",
      "2025-1-1",
      "20250101",
      "2025-01-01T00:00:00Z",
      20250101,
      null,
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });
  it("knows leap years and month lengths", () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([1, 2, 4, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 30, 31]);
    expect(yearOf("2026-07-01")).toBe(2026);
  });
});

describe("year windows (rules A6)", () => {
  const policy = { startYear: 2025, window: { kind: "fixed", years: 2 } } as const;
  it("fixed windows are consecutive and anchored at the start year", () => {
    expect(fixedWindowOfYear(policy, 2025)).toEqual({ start: 2025, end: 2026 });
    expect(fixedWindowOfYear(policy, 2026)).toEqual({ start: 2025, end: 2026 });
    expect(fixedWindowOfYear(policy, 2027)).toEqual({ start: 2027, end: 2028 });
    expect(fixedWindowOfYear(policy, 2024)).toBeUndefined();
  });
  it("design windows cover the editions: fixed blocks, or every run for rolling windows", () => {
    expect(designWindows(policy, [2025, 2026, 2027])).toEqual([
      { start: 2025, end: 2026 },
      { start: 2027, end: 2028 },
    ]);
    expect(
      designWindows({ ...policy, window: { kind: "rolling", years: 2 } }, [2025, 2026, 2027]),
    ).toEqual([
      { start: 2025, end: 2026 },
      { start: 2026, end: 2027 },
    ]);
  });
});

describe("day numbers", () => {
  it("match known dates", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2000-03-01")).toBe(11017);
    expect(dayNumber("2025-01-01")).toBe(20089);
    expect(fromDayNumber(20089)).toBe("2025-01-01");
  });
  it("days in a range count both ends; leap years have 366 days", () => {
    expect(daysInRange("2025-01-01", "2026-12-31")).toBe(730);
    expect(daysInRange("2024-01-01", "2024-12-31")).toBe(366);
    expect(daysInRange("2025-03-01", "2025-03-01")).toBe(1);
  });
  it("addYears clamps 29 February", () => {
    expect(addYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2026-06-30", -2)).toBe("2024-06-30");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
  // 0001-01-01 … 9999-12-31: the dates a YYYY-MM-DD string can hold.
  test.prop([fc.integer({ min: -719_162, max: 2_932_896 })])(
    "fromDayNumber inverts dayNumber",
    (n) => {
      const date = fromDayNumber(n);
      expect(isCalendarDate(date)).toBe(true);
      expect(dayNumber(date)).toBe(n);
    },
  );
  test.prop([
    fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2999-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
  ])("dayNumber agrees with UTC milliseconds (an oracle)", (d) => {
    const iso = d.toISOString().slice(0, 10);
    expect(dayNumber(iso)).toBe(
      Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000),
    );
  });
});

describe("reading dates without a regular expression (issue 14: the entry guards)", () => {
  /** The regular-expression definition isCalendarDate had, as an oracle. */
  const oracle = (value: unknown): boolean => {
    if (typeof value !== "string") return false;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (m === null) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return month >= 1 && month <= 12 && day >= 1 && day <= (days[month - 1] as number);
  };
  /** Strings shaped like dates, with any character of the digits' and dashes' neighbours. */
  const nearlyDates = fc
    .array(fc.constantFrom(..."0123456789-/:. T+"), { minLength: 8, maxLength: 12 })
    .map((chars) => chars.join(""));
  const realDates = fc
    .integer({ min: dayNumber("0000-01-01"), max: dayNumber("9999-12-31") })
    .map(fromDayNumber);

  test.prop([fc.oneof(nearlyDates, realDates, fc.string(), fc.anything())], { numRuns: 2000 })(
    "isCalendarDate agrees with the regular-expression definition",
    (value) => {
      expect(isCalendarDate(value)).toBe(oracle(value));
    },
  );

  test.prop([fc.oneof(nearlyDates, realDates, fc.anything())], { numRuns: 2000 })(
    "dayKey is compactDay for a calendar date of 1900–2999, and −1 for anything else",
    (value) => {
      const supported =
        oracle(value) && (value as string) >= "1900-01-01" && (value as string) <= "2999-12-31";
      expect(dayKey(value)).toBe(supported ? compactDay(value as string) : -1);
    },
  );

  it("dayKey on the edges of the range, of February and of the months", () => {
    expect(dayKey("1900-01-01")).toBe(1900 * 512 + 1 * 32 + 1);
    expect(dayKey("2999-12-31")).toBe(2999 * 512 + 12 * 32 + 31);
    expect(
      ["1899-12-31", "3000-01-01", "2026-02-29", "1900-02-29", "2026-04-31"].map(dayKey),
    ).toEqual([-1, -1, -1, -1, -1]);
    expect(dayKey("2000-02-29")).toBe(2000 * 512 + 2 * 32 + 29);
  });
});
