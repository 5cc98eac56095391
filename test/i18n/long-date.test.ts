import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it } from "vitest";
import { fromDayNumber } from "../../src/dates/calendar-date.js";
import { longDate } from "../../src/i18n/format.js";

const dutchMonths = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];
const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

describe("longDate: a calendar date in prose", () => {
  const machineZone = process.env.TZ;
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it("writes day, month name and year in each language", () => {
    expect(longDate("2026-06-30", "nl")).toBe("30 juni 2026");
    expect(longDate("2026-06-30", "en")).toBe("30 June 2026");
    expect(longDate("2024-02-29", "nl")).toBe("29 februari 2024");
    expect(longDate("1900-01-01", "en")).toBe("1 January 1900");
  });

  it("prints the calendar date whatever the machine's time zone", () => {
    // Zones at both ends of the day: a formatter that read the machine's zone would move the date.
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Amsterdam"]) {
      process.env.TZ = zone;
      expect(longDate("2026-01-01", "nl"), zone).toBe("1 januari 2026");
      expect(longDate("2026-12-31", "en"), zone).toBe("31 December 2026");
    }
  });

  it("returns text that is not a valid date as it is", () => {
    expect(longDate("2026-02-30", "nl")).toBe("2026-02-30");
    expect(longDate("30-06-2026", "en")).toBe("30-06-2026");
  });

  it("returns a date before the year 1000 as written, which Intl would misquote", () => {
    // Intl: "1 January 1" for 0000-01-01 (1 BC without its era), "1 June 99" for 0099-06-01.
    expect(longDate("0000-01-01", "en")).toBe("0000-01-01");
    expect(longDate("0099-06-01", "nl")).toBe("0099-06-01");
    expect(longDate("1000-01-01", "en")).toBe("1 January 1000");
  });

  test.prop([fc.integer({ min: -25567, max: 376199 })])(
    "every supported date reads back as its own day, month and year",
    (n) => {
      const date = fromDayNumber(n);
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      expect(longDate(date, "nl")).toBe(`${d} ${dutchMonths[m - 1]} ${y}`);
      expect(longDate(date, "en")).toBe(`${d} ${englishMonths[m - 1]} ${y}`);
    },
  );
});
