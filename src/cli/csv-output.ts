/**
 * `--csv`: a spreadsheet table written to stdout as CSV that Excel opens right (`toCsv`: UTF-8
 * with a byte order mark, `;` and a decimal comma for `--lang nl`, `,` and a point for `en`,
 * formulas neutralised). Redirected to a file (`> overzicht.csv`), it opens with a double click.
 */
import { toCsv } from "../documents/csv.js";
import type { SpreadsheetTable } from "../documents/table.js";
import type { Locale } from "../i18n/types.js";
import type { CliIo } from "./io.js";

/**
 * The terminal controls of `escapeControls` (terminal.ts) but the two a CSV is made of: the tab
 * and the CRLF that ends each record. A carriage return on its own could still overwrite a line
 * on a terminal, so only one followed by a line feed stays.
 */
const unsafe =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|\r(?!\n)/g;

/**
 * CSV text made safe for a terminal, as everything the command line writes: each control or
 * bidirectional character becomes a visible `\uXXXX`, but for the tab and the CRLF of the records.
 * CSV written to a file is unchanged by this unless a name held such a character.
 *
 * @example
 * escapeCsvControls('"p-\u001b[2J";1\r\n'); //=> '"p-\\u001B[2J";1\r\n'
 */
export function escapeCsvControls(text: string): string {
  return text.replace(
    unsafe,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

/**
 * Writes a table to stdout as CSV in the language of the run, in one piece (the byte order mark
 * first, every record ended by CRLF).
 *
 * @example
 * writeCsv(io, "nl", statementsTable(statements, { locale: "nl" }));
 */
export function writeCsv(io: CliIo, locale: Locale, table: SpreadsheetTable): void {
  io.stdout(escapeCsvControls(toCsv(table, { locale })));
}
