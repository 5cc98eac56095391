/**
 * CSV tables for the command line's koffer sheets, read by the library's reader
 * (`src/tables/delimited.ts`: RFC 4180, `;`, `,` or tab detected from the header line, a leading
 * byte order mark). Every cell keeps its line and column, so later problems can point at it.
 */

import {
  type Cell,
  detectDelimiter as detectTableDelimiter,
  parseDelimitedText,
} from "../tables/delimited.js";
import type { TableDiagnostic } from "../tables/diagnostics.js";
import { type CliProblem, cliProblem, tableProblem } from "./messages.js";

/**
 * One cell: its text (unquoted, not trimmed) and where it starts. A cell the record did not have
 * (a short line is padded) has no column.
 *
 * @example
 * const cell: CsvCell = { text: "p-anouk", line: 2, column: 1 };
 */
export interface CsvCell {
  readonly text: string;
  readonly line: number;
  readonly column?: number;
}

/**
 * One record below the header, with exactly as many cells as the header.
 *
 * @example
 * const record: CsvRecord = { line: 2, cells: [{ text: "p-anouk", line: 2, column: 1 }] };
 */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

/**
 * A parsed CSV file: the delimiter found, the header cells (trimmed) and the records. Records in
 * which every cell is blank (empty spreadsheet rows) are left out.
 *
 * @example
 * const table: CsvTable = { file: "a.csv", delimiter: ";", header: [], records: [] };
 */
export interface CsvTable {
  readonly file: string;
  readonly delimiter: CsvDelimiter;
  readonly header: readonly CsvCell[];
  readonly records: readonly CsvRecord[];
}

/**
 * The outcome of reading CSV text: the table, or the problem that stopped it.
 *
 * @example
 * const result: CsvResult = parseCsv("a;b\n1;2\n", "x.csv");
 */
export type CsvResult =
  | { readonly ok: true; readonly table: CsvTable }
  | { readonly ok: false; readonly problems: readonly CliProblem[] };

/**
 * A delimiter the reader detects.
 *
 * @example
 * const delimiter: CsvDelimiter = "\t";
 */
export type CsvDelimiter = "," | ";" | "\t";

/**
 * The delimiter of a CSV text, from its first non-empty line: a tab when that line holds a tab
 * outside quotes (Excel's "Unicode text", a TSV file: no one can type a tab into a header cell,
 * so `Naam, voornaam` in a name does not make it comma-separated), else `;` when it has more
 * semicolons than commas, `,` otherwise. The library's reader (`src/tables/delimited.ts`).
 *
 * @example
 * detectDelimiter("medewerker;naam;groepen\n…"); //=> ";"
 * detectDelimiter('participant,"name; full"\n…'); //=> ","
 * detectDelimiter("medewerker\tNaam, voornaam\n…"); //=> "\t"
 */
export const detectDelimiter: (text: string) => CsvDelimiter = detectTableDelimiter;

/** The CLI's problem for a diagnostic of the library's reader: the same code, at the file. */
function problemOf(d: TableDiagnostic, file: string): CliProblem {
  const where = {
    file,
    ...(d.location?.line === undefined ? {} : { line: d.location.line }),
    ...(d.location?.character === undefined ? {} : { column: d.location.character }),
  };
  switch (d.code) {
    // The CLI's own words: it reads a file, and its cell limit comes from --max-size.
    case "csv-no-header":
      return cliProblem(d.code, {}, where);
    case "csv-too-many-cells":
      return cliProblem(d.code, d.params as never, where);
    // A syntax error of the reader: its own message, at the file's line and column.
    case "csv-unterminated-quote":
    case "csv-text-after-quote":
    case "csv-stray-quote":
    case "csv-too-many-fields":
      return {
        code: d.code,
        severity: d.severity,
        params: d.params,
        message: d.message,
        location: where,
      };
    default:
      return { ...tableProblem(d, () => file) };
  }
}

/**
 * Parses CSV text into a header and records with the library's reader (RFC 4180; see
 * docs/cli.md, "CSV files"). Stops at the first syntax error (an unclosed quote, a quote inside
 * an unquoted field, text after a closing quote), reporting its line and column; a record with
 * more non-empty fields than the header is an error too, a shorter one is padded with empty
 * cells. More than `maxCells` cells (blank records included) is an error at the line that passes
 * it (`csv-too-many-cells`). Never throws.
 *
 * @example
 * const result = parseCsv('\uFEFFid;naam\r\np-anouk;"Anouk ""An"" Jansen"\r\n', "p.csv");
 * if (result.ok) result.table.records[0]?.cells[1]?.text; //=> 'Anouk "An" Jansen'
 */
export function parseCsv(
  input: string,
  file: string,
  maxCells: number = Number.POSITIVE_INFINITY,
): CsvResult {
  // The table's name only shapes the library's paths, which the CLI does not show.
  const read = parseDelimitedText(input, "completions", maxCells);
  if (!read.ok) return { ok: false, problems: read.diagnostics.map((d) => problemOf(d, file)) };
  const { header, records, delimiter = "," } = read.table;
  const cell = (c: Cell): CsvCell => ({
    text: c.text,
    line: c.line ?? 1,
    ...(c.character === undefined ? {} : { column: c.character }),
  });
  return {
    ok: true,
    table: {
      file,
      delimiter,
      header: header.cells.map(cell),
      records: records.map((r) => ({ line: r.line ?? 1, cells: r.cells.map(cell) })),
    },
  };
}
