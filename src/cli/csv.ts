/**
 * A small RFC 4180 CSV reader for spreadsheet exports: quoted fields with `""` for a quote and
 * line breaks inside quotes; CRLF, LF or a lone CR between records; a leading byte order mark.
 * Dutch spreadsheet programs export with `;` because `,` is the decimal comma, and Excel's
 * "Unicode text" (UTF-16) with tabs, so the delimiter is detected from the header line: a tab
 * when it holds more tabs than semicolons and than commas outside quotes, else `;` when it holds
 * more semicolons than commas, `,` otherwise. Every cell keeps its line and column, so later
 * problems can point at it.
 */
import { type CliProblem, cliProblem } from "./messages.js";
import { stripBom } from "./text.js";

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
 * The delimiter of a CSV text, from its first non-empty line: a tab when that line has more tabs
 * than semicolons and than commas outside quotes (Excel's "Unicode text"), else `;` when it has
 * more semicolons than commas, `,` otherwise.
 *
 * @example
 * detectDelimiter("medewerker;naam;groepen\n…"); //=> ";"
 * detectDelimiter('participant,"name; full"\n…'); //=> ","
 * detectDelimiter("medewerker\tnaam\n…"); //=> "\t"
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  // The header is the first line that is not empty.
  for (const c of text.replace(/^[\r\n]+/, "")) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
    else if (!quoted && c === "\t") tabs++;
  }
  if (tabs > semicolons && tabs > commas) return "\t";
  return semicolons > commas ? ";" : ",";
}

/** Raw records as the tokenizer reads them, before the header is applied. */
type RawCell = { readonly text: string; readonly line: number; readonly column: number };
type RawRecord = { readonly line: number; readonly cells: readonly RawCell[] };

/**
 * Parses CSV text into a header and records. Stops at the first syntax error (an unclosed
 * quote, a quote inside an unquoted field, text after a closing quote), reporting its line and
 * column; a record with more non-empty fields than the header is an error too, a shorter one is
 * padded with empty cells. More than `maxCells` cells (blank records included) is an error at the
 * line that passes it (`csv-too-many-cells`), so that the memory a table takes is bounded by that
 * number and not only by the size of the text. Never throws.
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
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (
    code: "csv-unterminated-quote" | "csv-text-after-quote" | "csv-stray-quote",
    at: { line: number; column: number },
  ): CsvResult => ({ ok: false, problems: [cliProblem(code, {}, { file, ...at })] });
  /** Moves past a line break at `i` (CRLF, LF or CR), counting the line. */
  const lineBreak = () => {
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    lineStart = i;
  };
  const here = () => ({ line, column: i - lineStart + 1 });

  const blank = (cells: readonly RawCell[]) => cells.every((c) => c.text.trim() === "");
  // Blank records are dropped as they are read and the others kept in arrays of exactly their
  // length: a cell still costs 30–150 bytes of memory however short its text, which `maxCells`
  // bounds.
  const raw: RawRecord[] = [];
  let cellCount = 0;
  while (i < n) {
    const recordLine = line;
    const cells: RawCell[] = [];
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
        // One slice, not a string grown a character at a time, which allocates a new partial
        // string for every character.
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
        const where = { file, line: start.line, column: start.column };
        return {
          ok: false,
          problems: [cliProblem("csv-too-many-cells", { limit: maxCells }, where)],
        };
      }
      cells.push({ text: value, line: start.line, column: start.column });
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      if (i < n) lineBreak();
      break;
    }
    // `slice` gives an array of exactly its length; `push` had left room to grow.
    if (!blank(cells)) raw.push({ line: recordLine, cells: cells.slice() });
  }

  const first = raw[0];
  if (first === undefined) {
    return { ok: false, problems: [cliProblem("csv-no-header", {}, { file })] };
  }
  const header = first.cells.map((c) => ({ ...c, text: c.text.trim() }));
  const problems: CliProblem[] = [];
  const records: CsvRecord[] = [];
  for (let k = 1; k < raw.length; k++) {
    const r = raw[k] as RawRecord;
    if (r.cells.length === header.length) {
      // Most records fit the header exactly and are kept as read: no copy per line.
      records.push(r);
      continue;
    }
    const cells: CsvCell[] = r.cells.slice(0, header.length);
    const extra = r.cells.slice(header.length);
    if (extra.some((c) => c.text.trim() !== "")) {
      let lastFilled = r.cells.length - 1;
      while (lastFilled > 0 && r.cells[lastFilled]?.text.trim() === "") lastFilled--;
      problems.push(
        cliProblem(
          "csv-too-many-fields",
          { expected: header.length, received: lastFilled + 1 },
          { file, line: r.line },
        ),
      );
      continue;
    }
    while (cells.length < header.length) cells.push({ text: "", line: r.line });
    records.push({ line: r.line, cells });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, table: { file, delimiter, header, records } };
}
