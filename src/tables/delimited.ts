/**
 * Reading a table: CSV text (RFC 4180, as spreadsheet programs write it) or rows a spreadsheet
 * library already read. Both become the same rows of text cells with where each came from, so
 * the participants reader has one input to read.
 */
import { cellText, type TableCell, typeOf } from "./cells.js";
import { type TableDiagnostic, type TableName, tableDiagnostic } from "./diagnostics.js";

/**
 * A table as the participants reader takes it: CSV text (`,`, `;` or tab separated, detected
 * from the header line) or rows, such as a spreadsheet library gives (the first row that is not
 * blank is the header).
 *
 * @example
 * const text: TableInput = "medewerker;onderdeel;datum\np-anouk;privacy;30-06-2026\n";
 * const rows: TableInput = [["medewerker", "datum"], ["p-anouk", 46203]];
 */
export type TableInput = string | readonly (readonly TableCell[])[];

/** One cell: its text as written (not trimmed) and, for CSV text, where it starts. */
export interface Cell {
  readonly text: string;
  readonly line?: number;
  readonly character?: number;
}

/** One row: its 0-based index among all rows (blank rows count), its line and its cells. */
export interface Row {
  readonly index: number;
  readonly line?: number;
  readonly cells: readonly Cell[];
}

/**
 * A table read: the delimiter (CSV text only), the header row (cells trimmed) and the rows
 * below it that are not blank, each with exactly as many cells as the header.
 */
export interface Table {
  readonly name: TableName;
  readonly delimiter?: CsvDelimiter;
  readonly header: Row;
  readonly records: readonly Row[];
}

/** A delimiter the reader detects. */
export type CsvDelimiter = "," | ";" | "\t";

/** What reading a table gave: the table, or the problems that stopped it. */
export type TableRead =
  | { readonly ok: true; readonly table: Table }
  | { readonly ok: false; readonly diagnostics: readonly TableDiagnostic[] };

/**
 * The delimiter of a CSV text, from its first non-empty line: a tab when that line holds a tab
 * outside quotes (no one can type a tab into a spreadsheet's header cell, so a tab there is
 * Excel's "Unicode text" or a TSV file, however many commas its names hold: `Naam, voornaam`);
 * else `;` when it holds more semicolons than commas; `,` otherwise.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  const n = text.length;
  let i = 0;
  while (i < n && (text[i] === "\r" || text[i] === "\n")) i++;
  for (; i < n; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "\n" || c === "\r") break;
    else if (c === "\t") return "\t";
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

const blank = (cells: readonly Cell[]) => cells.every((c) => c.text.trim() === "");

/**
 * The header (the first row that is not blank, trimmed) and the records below it, each padded
 * to the header's length; a record with more filled cells than the header is an error.
 */
function withHeader(
  name: TableName,
  rows: readonly Row[],
  delimiter: CsvDelimiter | undefined,
  maxCells: number,
): TableRead {
  const first = rows[0];
  if (first === undefined) {
    return {
      ok: false,
      diagnostics: [tableDiagnostic("csv-no-header", [name], {}, { table: name })],
    };
  }
  const header: Row = {
    ...first,
    cells: first.cells.map((c) => ({ ...c, text: c.text.trim() })),
  };
  const width = header.cells.length;
  const diagnostics: TableDiagnostic[] = [];
  const records: Row[] = [];
  // Short records are padded to the header's width: those cells count too, or a wide header
  // over many one-cell rows would cost width × rows however small the text.
  let cells = width;
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k] as Row;
    cells += Math.max(width, r.cells.length);
    if (cells > maxCells) {
      const at = {
        table: name,
        row: r.index + 1,
        ...(r.line === undefined ? {} : { line: r.line }),
      };
      return {
        ok: false,
        diagnostics: [
          tableDiagnostic("csv-too-many-cells", [name, r.index], { limit: maxCells }, at),
        ],
      };
    }
    if (r.cells.length === width) {
      // Most records fit the header exactly and are kept as read: no copy per line.
      records.push(r);
      continue;
    }
    let lastFilled = r.cells.length - 1;
    while (lastFilled >= width && r.cells[lastFilled]?.text.trim() === "") lastFilled--;
    if (lastFilled >= width) {
      diagnostics.push(
        tableDiagnostic(
          "csv-too-many-fields",
          [name, r.index],
          { expected: width, received: lastFilled + 1 },
          {
            table: name,
            row: r.index + 1,
            ...(r.line === undefined ? {} : { line: r.line }),
          },
        ),
      );
      continue;
    }
    const padded: Cell[] = r.cells.slice(0, width);
    while (padded.length < width) {
      padded.push(r.line === undefined ? { text: "" } : { text: "", line: r.line });
    }
    records.push({ ...r, cells: padded });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return {
    ok: true,
    table: { name, ...(delimiter === undefined ? {} : { delimiter }), header, records },
  };
}

/**
 * Parses CSV text: quoted fields with `""` for a quote and line breaks inside quotes; CRLF, LF or
 * a lone CR between records; a leading byte order mark. Stops at the first syntax error (an
 * unclosed quote, a quote inside an unquoted field, text after a closing quote) with its line
 * and character; more than `maxCells` cells (blank rows included) is an error at the line that
 * passes it, so the memory a table takes is bounded by that number and not only by the text.
 * Blank rows are dropped as they are read (they keep their place in the row count). Never throws.
 */
export function parseDelimitedText(input: string, name: TableName, maxCells: number): TableRead {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let index = 0;
  const fail = (
    code: "csv-unterminated-quote" | "csv-text-after-quote" | "csv-stray-quote",
    at: { line: number; character: number },
  ): TableRead => ({
    ok: false,
    diagnostics: [tableDiagnostic(code, [name, index], {}, { table: name, row: index + 1, ...at })],
  });
  /** Moves past a line break at `i` (CRLF, LF or CR), counting the line. */
  const lineBreak = () => {
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    lineStart = i;
  };
  const here = () => ({ line, character: i - lineStart + 1 });

  const rows: Row[] = [];
  let cellCount = 0;
  for (; i < n; index++) {
    const recordLine = line;
    const cells: Cell[] = [];
    for (;;) {
      const start = here();
      let value = "";
      if (text[i] === '"') {
        i++;
        // The text between quotes and line breaks is added in runs, as slices.
        let run = i;
        for (;;) {
          if (i >= n) return fail("csv-unterminated-quote", start);
          const c = text[i] as string;
          if (c === '"') {
            value += text.slice(run, i);
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              run = i;
              continue;
            }
            i++;
            break;
          }
          if (c === "\r" || c === "\n") {
            value += text.slice(run, i) + (c === "\r" && text[i + 1] === "\n" ? "\r\n" : c);
            lineBreak();
            run = i;
            continue;
          }
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
          return fail("csv-text-after-quote", here());
        }
      } else {
        // One slice, not a string grown a character at a time.
        const from = i;
        while (i < n) {
          const c = text[i] as string;
          if (c === delimiter || c === "\r" || c === "\n") break;
          if (c === '"') return fail("csv-stray-quote", here());
          i++;
        }
        value = text.slice(from, i);
      }
      if (++cellCount > maxCells) {
        return {
          ok: false,
          diagnostics: [
            tableDiagnostic(
              "csv-too-many-cells",
              [name, index],
              { limit: maxCells },
              { table: name, row: index + 1, ...start },
            ),
          ],
        };
      }
      cells.push({ text: value, line: start.line, character: start.character });
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (i < n) lineBreak();
      break;
    }
    // `slice` gives an array of exactly its length; `push` had left room to grow.
    if (!blank(cells)) rows.push({ index, line: recordLine, cells: cells.slice() });
  }
  return withHeader(name, rows, delimiter, maxCells);
}

/**
 * Reads rows a spreadsheet library gave: every row a list, every cell text, a number,
 * true/false or empty. Each row counts at least one cell against `maxCells` (a blank or sparse
 * row too), so a list of a billion empty rows ends at the cap. Every bad row and cell is
 * reported.
 */
export function readRows(rows: unknown, name: TableName, maxCells: number): TableRead {
  if (!Array.isArray(rows)) {
    return {
      ok: false,
      diagnostics: [
        tableDiagnostic("csv-not-a-table", [name], { received: typeOf(rows) }, { table: name }),
      ],
    };
  }
  const diagnostics: TableDiagnostic[] = [];
  const read: Row[] = [];
  let cellCount = 0;
  for (let index = 0; index < rows.length; index++) {
    const row: unknown = rows[index];
    const at = { table: name, row: index + 1 };
    const size = Array.isArray(row) ? row.length : 1;
    cellCount += Math.max(1, size);
    if (cellCount > maxCells) {
      diagnostics.push(
        tableDiagnostic("csv-too-many-cells", [name, index], { limit: maxCells }, at),
      );
      return { ok: false, diagnostics };
    }
    if (!Array.isArray(row)) {
      if (row === null || row === undefined) continue;
      diagnostics.push(
        tableDiagnostic("csv-invalid-row", [name, index], { received: typeOf(row) }, at),
      );
      continue;
    }
    const cells: Cell[] = [];
    for (let column = 0; column < size; column++) {
      const value: unknown = row[column];
      const text = cellText(value);
      if (text === undefined) {
        diagnostics.push(
          tableDiagnostic(
            "csv-invalid-cell",
            [name, index, column],
            { received: typeOf(value) },
            { ...at, column: column + 1 },
          ),
        );
        cells.push({ text: "" });
      } else cells.push({ text });
    }
    if (!blank(cells)) read.push({ index, cells });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return withHeader(name, read, undefined, maxCells);
}

/**
 * Reads a table given as CSV text or as rows.
 *
 * @example
 * readTableInput("a;b\n1;2\n", "completions", 1000).ok; //=> true
 */
export function readTableInput(input: unknown, name: TableName, maxCells: number): TableRead {
  return typeof input === "string"
    ? parseDelimitedText(input, name, maxCells)
    : readRows(input, name, maxCells);
}
