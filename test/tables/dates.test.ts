import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { EXCEL_SERIAL_RANGE, readTableDate } from "../../src/tables/cells.js";

/** The date, or the code and params of the one diagnostic. */
const read = (cell: Parameters<typeof readTableDate>[0], order?: "day-first" | "month-first") => {
  const result = readTableDate(cell, order === undefined ? {} : { dateOrder: order });
  if (result.ok) return result.value;
  expect(result.diagnostics).toHaveLength(1);
  const [d] = result.diagnostics;
  return { code: d?.code, params: d?.params };
};

/**
 * The oracle for Excel's 1900 date system, independent of the library's day arithmetic: day 1 is
 * 1900-01-01, day 59 is 1900-02-28, day 60 is the phantom 29 February 1900, and from day 61 on
 * the serial counts from 1899-12-30 (checked by hand: 46203 is 2026-06-30).
 */
const excelOracle = (serial: number) => {
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + serial * 86_400_000).toISOString().slice(0, 10);
};

describe("readTableDate: the forms HR exports write (issue 16)", () => {
  it("reads ISO dates, also with / or . and one-digit parts", () => {
    expect(read("2026-06-30")).toBe("2026-06-30");
    expect(read("2026/6/30")).toBe("2026-06-30");
    expect(read("2026.06.30")).toBe("2026-06-30");
    expect(read("  2026-06-30 ")).toBe("2026-06-30");
  });

  it("reads Dutch dates day first: 30-06-2026, 30/06/2026, 30.6.2026", () => {
    for (const text of ["30-06-2026", "30/06/2026", "30.6.2026", "30-6-2026"]) {
      expect(read(text), text).toBe("2026-06-30");
    }
    // Day first by default: 06/07/2026 is 6 July.
    expect(read("06/07/2026")).toBe("2026-07-06");
    expect(read("06/07/2026", "month-first")).toBe("2026-06-07");
  });

  it("reads Excel date-times as the date written, never moved by a time zone", () => {
    for (const text of [
      "2026-06-30 00:00:00",
      "2026-06-30T00:00:00",
      "2026-06-30 23:59:59",
      "2026-06-30T14:30",
      "2026-06-30 00:00:00.000",
      "30-6-2026 0:00",
      "30-06-2026 23:59",
    ]) {
      expect(read(text), text).toBe("2026-06-30");
    }
    expect(read("6/30/2026 12:00:00 AM", "month-first")).toBe("2026-06-30");
  });

  it("refuses a moment with a time zone: its day depends on where it is read", () => {
    for (const text of [
      "2026-06-30T22:00:00Z",
      "2026-06-30T00:00:00+02:00",
      "2026-06-30 00:00 -0500",
    ]) {
      expect(read(text), text).toEqual({
        code: "csv-invalid-date",
        params: { received: text, reason: "time-zone" },
      });
    }
  });

  it("refuses a time that is none (24:00, 13 PM, 12:60)", () => {
    for (const text of ["2026-06-30 24:00", "6/30/2026 13:00 PM", "2026-06-30 12:60"]) {
      expect(read(text, "month-first"), text).toEqual({
        code: "csv-invalid-date",
        params: { received: text, reason: "form" },
      });
    }
  });

  it("reads Excel serial dates in the 1900 system: 46203 is 2026-06-30, as text or as a number", () => {
    expect(read("46203")).toBe("2026-06-30");
    expect(read(46203)).toBe("2026-06-30");
    // A fraction is the time of day.
    expect(read(46203.75)).toBe("2026-06-30");
    expect(read("46203,75")).toBe("2026-06-30");
    expect(read("45728")).toBe("2025-03-12");
    // The ends of the 1900 system and of the supported range.
    expect(read(1)).toBe("1900-01-01");
    expect(read(59)).toBe("1900-02-28");
    expect(read(61)).toBe("1900-03-01");
    expect(EXCEL_SERIAL_RANGE).toEqual({ first: 1, last: 401768 });
    expect(read(401768)).toBe("2999-12-31");
  });

  it("refuses Excel's 29 February 1900, serial 60, which never was", () => {
    expect(read(60)).toEqual({
      code: "csv-invalid-date",
      params: { received: "60", reason: "excel-leap-day" },
    });
  });

  it("refuses serials outside 1–401768 with the range, quoting the cell", () => {
    for (const cell of ["0", 401769, "999999"]) {
      expect(read(cell), String(cell)).toEqual({
        code: "csv-date-out-of-range",
        params: { received: String(cell), first: "1900-01-01", last: "2999-12-31" },
      });
    }
    // Too long for a serial: no form at all.
    expect(read("20260630")).toMatchObject({ code: "csv-invalid-date" });
    expect(read(-5)).toMatchObject({ code: "csv-invalid-date" });
  });

  it("takes a four-digit number for a year, not for the serial date 1905-07-18", () => {
    expect(read("2026")).toEqual({
      code: "csv-invalid-date",
      params: { received: "2026", reason: "year" },
    });
    expect(read(2026)).toMatchObject({ params: { reason: "year" } });
  });

  it("never reports a value the user did not write: 6/30/2026 names 30 June 2026 and asks for the order", () => {
    const result = readTableDate("6/30/2026");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [d] = result.diagnostics;
    expect(d?.code).toBe("csv-wrong-date-order");
    expect(d?.params).toEqual({ received: "6/30/2026", order: "day-first", date: "2026-06-30" });
    expect(d?.message.nl).toBe(
      '"6/30/2026" is geen datum met de dag eerst, zoals Nederlandse en Vlaamse spreadsheets schrijven; met de maand eerst is het 30 juni 2026. Schrijft de export de maand eerst, geef dan dateOrder "month-first" (op de opdrachtregel: --date-order month-first).',
    );
    expect(d?.message.en).toContain("month first it is 30 June 2026");
    expect(d?.message.en).not.toContain("2026-30-06");
    // And the other way round.
    expect(read("30/06/2026", "month-first")).toEqual({
      code: "csv-wrong-date-order",
      params: { received: "30/06/2026", order: "month-first", date: "2026-06-30" },
    });
  });

  it("refuses days that do not exist and dates outside 1900–2999, quoting the cell as written", () => {
    expect(read("31-02-2025")).toEqual({
      code: "csv-impossible-date",
      params: { received: "31-02-2025" },
    });
    expect(read("2025-02-29")).toMatchObject({ code: "csv-impossible-date" });
    expect(read("29-2-2024")).toBe("2024-02-29");
    expect(read("1-1-1850")).toEqual({
      code: "csv-date-out-of-range",
      params: { received: "1-1-1850", first: "1900-01-01", last: "2999-12-31" },
    });
    expect(read("3000-01-01")).toMatchObject({ code: "csv-date-out-of-range" });
  });

  it("refuses what is no date, and cells that are no cells", () => {
    for (const text of ["", "gisteren", "30 juni 2026", "30-06-26", "2026-06-30x", "30-06/2026"]) {
      expect(read(text), text).toEqual({
        code: "csv-invalid-date",
        params: { received: text, reason: "form" },
      });
    }
    expect(read(true)).toMatchObject({ code: "csv-invalid-date" });
    expect(read(new Date(0) as never)).toEqual({
      code: "csv-invalid-cell",
      params: { received: "date" },
    });
  });
});

describe("readTableDate properties (issue 16)", () => {
  const dates = fc
    .date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2999, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => ({
      iso: d.toISOString().slice(0, 10),
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
    }));
  const pad = (n: number) => String(n).padStart(2, "0");

  test.prop([
    dates,
    fc.constantFrom("-", "/", "."),
    fc.boolean(),
    fc.constantFrom("", " 00:00:00", "T00:00:00", " 14:30", "T23:59:59.999"),
  ])(
    "any valid date written in each accepted form reads back as the same date",
    ({ iso, year, month, day }, separator, padded, time) => {
      const p = (n: number) => (padded ? pad(n) : String(n));
      const y = String(year);
      const forms: [string, "day-first" | "month-first"][] = [
        [`${y}${separator}${p(month)}${separator}${p(day)}${time}`, "day-first"],
        [`${p(day)}${separator}${p(month)}${separator}${y}${time}`, "day-first"],
        [`${p(month)}${separator}${p(day)}${separator}${y}${time}`, "month-first"],
      ];
      for (const [text, order] of forms) expect(read(text, order), text).toBe(iso);
    },
  );

  test.prop([
    fc.oneof(
      fc.integer({ min: 1, max: 401768 }),
      fc.integer({ min: 1, max: 100 }),
      fc.integer({ min: 1000, max: 9999 }),
    ),
  ])("an Excel serial date reads back as the date Excel shows for it", (serial) => {
    if (serial === 60) {
      expect(read(serial)).toMatchObject({ params: { reason: "excel-leap-day" } });
      return;
    }
    const iso = excelOracle(serial);
    // A whole four-digit number is a year (1902-09-26 to 1927-05-17 cannot be written so).
    const expected =
      serial >= 1000 && serial <= 9999
        ? { code: "csv-invalid-date", params: { received: String(serial), reason: "year" } }
        : iso;
    expect(read(serial)).toEqual(expected);
    expect(read(String(serial))).toEqual(expected);
    // A fraction is the time of day: never the next day.
    expect(read(serial + 0.5)).toBe(iso);
    expect(read(`${serial},999`)).toBe(iso);
  });

  test.prop([dates])(
    "a date written month first and read day first is never silently another day",
    ({ iso, month, day, year }) => {
      const text = `${month}/${day}/${year}`;
      const result = readTableDate(text);
      if (result.ok) {
        // Read day first: the parts as written, in that order (day = month, month = day)…
        expect(result.value).toBe(`${year}-${pad(day)}-${pad(month)}`);
        // …which is only possible when both parts fit a month: the ambiguity the table reader
        // reports when its table shows month-first dates.
        expect(day).toBeLessThanOrEqual(12);
      } else {
        expect(result.diagnostics[0]?.code).toBe("csv-wrong-date-order");
        expect(result.diagnostics[0]?.params).toMatchObject({ date: iso, received: text });
      }
    },
  );
});
