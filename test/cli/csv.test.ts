import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "../../src/cli/csv.js";

const texts = (text: string) => {
  const result = parseCsv(text, "t.csv");
  if (!result.ok) throw new Error(result.problems.map((p) => p.code).join());
  return {
    delimiter: result.table.delimiter,
    header: result.table.header.map((c) => c.text),
    rows: result.table.records.map((r) => r.cells.map((c) => c.text)),
    lines: result.table.records.map((r) => r.line),
  };
};
const problemOf = (text: string) => {
  const result = parseCsv(text, "t.csv");
  if (result.ok) throw new Error("expected a problem");
  return result.problems.map((p) => ({ code: p.code, location: p.location }));
};

describe("detectDelimiter", () => {
  it("picks ; when the header has more semicolons than commas (Dutch exports)", () => {
    expect(detectDelimiter("medewerker;naam;groepen\np;a,b;c")).toBe(";");
  });
  it("picks , otherwise, also for a one-column header", () => {
    expect(detectDelimiter("a,b;c,d")).toBe(",");
    expect(detectDelimiter("participant")).toBe(",");
  });
  it("does not count delimiters inside quotes", () => {
    // outside quotes: one comma; inside: two semicolons
    expect(detectDelimiter('participant,"name; full; x"')).toBe(",");
  });
});

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with escaped quotes, delimiters and line breaks inside", () => {
    const t = texts('a;b\r\n"x;y";"say ""hi"""\r\n"two\r\nlines";z\r\n');
    expect(t.delimiter).toBe(";");
    expect(t.rows).toEqual([
      ["x;y", 'say "hi"'],
      ["two\r\nlines", "z"],
    ]);
    // The second record starts on line 3 and its quoted field runs into line 4.
    expect(t.lines).toEqual([2, 3]);
  });

  it("accepts LF, CRLF and a lone CR between records, and no final line break", () => {
    expect(texts("a,b\n1,2\r\n3,4\r5,6").rows).toEqual([
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("drops a byte order mark, so the first column keeps its name", () => {
    expect(texts("\uFEFFmedewerker;naam\np;n").header).toEqual(["medewerker", "naam"]);
  });

  it("skips blank records (empty lines and rows of only delimiters) but keeps line numbers", () => {
    const t = texts("a;b\n\n;;\n1;2\n");
    expect(t.rows).toEqual([["1", "2"]]);
    expect(t.lines).toEqual([4]);
  });

  it("pads a short record and ignores empty trailing fields beyond the header", () => {
    expect(texts("a;b;c\n1\n1;2;3;;\n").rows).toEqual([
      ["1", "", ""],
      ["1", "2", "3"],
    ]);
  });

  it("keeps each cell's line and column", () => {
    const result = parseCsv('a;b\nxx;"y"\n', "t.csv");
    expect(result.ok && result.table.records[0]?.cells).toEqual([
      { text: "xx", line: 2, column: 1 },
      { text: "y", line: 2, column: 4 },
    ]);
  });

  it("reports an unclosed quote where it opens", () => {
    expect(problemOf('a;b\n1;"open\n2;3\n')).toEqual([
      { code: "csv-unterminated-quote", location: { file: "t.csv", line: 2, column: 3 } },
    ]);
  });

  it("reports a quote inside an unquoted field at the quote", () => {
    expect(problemOf('a;b\n1;ab"c\n')).toEqual([
      { code: "csv-stray-quote", location: { file: "t.csv", line: 2, column: 5 } },
    ]);
  });

  it("reports text after a closing quote at that text", () => {
    expect(problemOf('a;b\n"x"y;2\n')).toEqual([
      { code: "csv-text-after-quote", location: { file: "t.csv", line: 2, column: 4 } },
    ]);
  });

  it("reports a record with more filled fields than the header", () => {
    const result = parseCsv("a;b\n1;2;3\n", "t.csv");
    expect(result.ok || result.problems.map((p) => [p.code, p.params, p.location])).toEqual([
      ["csv-too-many-fields", { expected: 2, received: 3 }, { file: "t.csv", line: 2 }],
    ]);
  });

  it("detects the delimiter on the first non-empty line", () => {
    expect(detectDelimiter("\r\n\na;b")).toBe(";");
  });

  it("takes a tab when the header holds one outside quotes (Excel's Unicode text, TSV)", () => {
    expect(detectDelimiter("medewerker\tnaam\tgroepen\n")).toBe("\t");
    // No one types a tab into a header cell, but commas and semicolons in names are common:
    // one tab wins over any number of them (issue 16: "Naam, voornaam" made a TSV a CSV).
    expect(detectDelimiter("a\tb;c\td;e\n")).toBe("\t");
    expect(detectDelimiter("Medewerker\tNaam, voornaam, tussenvoegsel\n")).toBe("\t");
    // A tab inside quotes does not count.
    expect(detectDelimiter('"a\tb\tc",d\n')).toBe(",");
    expect(texts('id\tnaam\r\np-anouk\t"Anouk\tJ"\r\n').rows).toEqual([["p-anouk", "Anouk\tJ"]]);
  });

  it("reports a file without a header", () => {
    expect(problemOf("\n;;\n")).toEqual([{ code: "csv-no-header", location: { file: "t.csv" } }]);
  });
});

describe("parseCsv properties", () => {
  const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;
  test.prop([
    fc.constantFrom(",", ";", "\t"),
    fc.constantFrom("\r\n", "\n"),
    fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.array(fc.array(fc.string(), { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 5,
      }),
    ),
  ])(
    "round trip: quoted fields written with any delimiter read back unchanged",
    (delimiter, eol, rows) => {
      // A header of plain names, so the delimiter is decided by it, then the generated rows.
      const width = rows[0]?.length ?? 1;
      const header = Array.from({ length: width }, (_, j) => `c${j}`);
      const text = [header, ...rows].map((r) => r.map(quote).join(delimiter)).join(eol);
      const result = parseCsv(text, "t.csv");
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const expected = rows.filter((r) => !r.every((f) => f.trim() === ""));
      expect(result.table.records.map((r) => r.cells.map((c) => c.text))).toEqual(expected);
    },
  );
});
