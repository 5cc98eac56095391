/**
 * CSV that a spreadsheet opens right: the text of a `SpreadsheetTable` for Excel, LibreOffice and
 * Google Sheets, in the conventions of the reader's language, with formula injection neutralised.
 */
import type { Locale } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { SpreadsheetCell, SpreadsheetTable } from "./table.js";

/**
 * How `toCsv` writes a table.
 *
 * @example
 * const options: CsvOptions = { locale: "nl" }; // `;` between cells, 4,5 for four and a half
 */
export interface CsvOptions {
  /**
   * The conventions of the spreadsheet's language: `nl` writes `;` between cells and a decimal
   * comma (`4,5`), what Excel with Dutch (and most European) settings expects; `en` writes `,`
   * and a decimal point (`4.5`).
   */
  readonly locale: Locale;
  /**
   * Whether the text starts with a UTF-8 byte order mark (U+FEFF), by which Excel knows the file
   * is UTF-8 (without it, Excel on Windows reads "Jeugdbibliotheek Zoë" as Windows-1252: "ZoÃ«").
   * Default `true`; leave it out only when the text is appended to a file that has one.
   */
  readonly bom?: boolean;
}

/**
 * The first characters by which a spreadsheet starts a formula (OWASP, "CSV injection"): `=`, `+`,
 * `-`, `@`, tab and carriage return, and, to be safe, their full-width and small forms, which
 * some spreadsheets take for the plain ones; also after white space (a space, a no-break space, a
 * line break), a zero width space or NUL, which an import may trim away before it reads the cell.
 */
const FORMULA_START =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL before a formula is what it looks for.
  /^[\s\u0000\u200B]*[=+\-@\uFE62\uFE63\uFE66\uFF0B\uFF0D\uFF1D\uFF20]|^[\t\r]/;

/**
 * A number as a spreadsheet reads it: at most 15 significant digits (what Excel keeps; the float
 * noise of `0.1 + 0.2` goes), never `-0`, a decimal comma in Dutch. A number that is not finite
 * is an empty cell, as `JSON.stringify` makes it `null`.
 */
function numberText(value: number, comma: boolean): string {
  if (!Number.isFinite(value)) return "";
  const text = String(Number(value.toPrecision(15)) + 0);
  return comma ? text.replace(".", ",") : text;
}

/**
 * Text as a cell: a text that a spreadsheet would start a formula with gets a leading `'`, so it
 * shows as the text it is and never runs; then it is quoted (RFC 4180), a `"` inside written `""`.
 * Every text cell is quoted, so that a separator, quote or line break in it can never split it,
 * whichever separator the reader guesses.
 */
function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function cell(value: SpreadsheetCell, comma: boolean, row: number, column: number): string {
  if (typeof value === "string") return textCell(value);
  if (typeof value === "number") return numberText(value, comma);
  if (value === null) return "";
  throw new TypeError(
    `table cell [${row}][${column}]: a string, a number or null, not ${typeof value}`,
  );
}

/**
 * Writes a table as CSV that a spreadsheet opens right: UTF-8 with a byte order mark, one record
 * per row ended by CRLF (RFC 4180), the header first.
 *
 * - **Separator and decimals by language**: `nl` writes `;` and a decimal comma (`4,5`), as Excel
 *   with Dutch settings reads a CSV it is given; `en` writes `,` and a decimal point (`4.5`).
 * - **Numbers stay numbers**: a number cell is written unquoted, with at most 15 significant
 *   digits (what Excel keeps), so that `-2` is minus two and sums work; a number that is not
 *   finite and `null` are an empty cell.
 * - **Text stays text**: every text cell is quoted, `"` inside written `""`; a text that starts
 *   with `=`, `+`, `-`, `@`, a tab or a carriage return (or a full-width `＝＋－＠`) gets a leading
 *   `'`, so that a spreadsheet shows it and never runs it as a formula (OWASP "CSV injection":
 *   `=HYPERLINK(…)` in a participant's name stays text). The `'` shows in the cell: the price of
 *   safety, as OWASP advises.
 *
 * Spreadsheets still guess at text that looks like a number or a date ("007", "1-2"); a CSV cannot
 * stop that (the `'` is only for formulas). Rows are written as they are: a row shorter or longer
 * than the header is not padded or cut.
 *
 * @throws TypeError for a table that is not `{ header, rows }` with lists, or a cell that is not a
 * string, a number or `null` (a programmer error).
 *
 * @example
 * const table = { header: ["Naam", "Uren"], rows: [["=HYPERLINK(\"x\")", 4.5], ["-2+3", -2]] };
 * toCsv(table, { locale: "nl" });
 * //=> '\uFEFF"Naam";"Uren"\r\n"\'=HYPERLINK(""x"")";4,5\r\n"\'-2+3";-2\r\n'
 * toCsv(table, { locale: "en", bom: false });
 * //=> '"Naam","Uren"\r\n"\'=HYPERLINK(""x"")",4.5\r\n"\'-2+3",-2\r\n'
 * @function
 */
export const toCsv = /* @__PURE__ */ deepFreeze(function toCsv(
  table: SpreadsheetTable,
  options: CsvOptions,
): string {
  const t = table as Partial<SpreadsheetTable> | null;
  if (
    typeof t !== "object" ||
    t === null ||
    !Array.isArray(t.header) ||
    !Array.isArray(t.rows) ||
    !t.rows.every(Array.isArray)
  )
    throw new TypeError("toCsv: table must be { header: cell[]; rows: cell[][] }");
  const comma = options.locale === "nl";
  const separator = comma ? ";" : ",";
  const lines: string[] = [];
  for (const [r, row] of [table.header, ...table.rows].entries()) {
    lines.push(`${row.map((value, c) => cell(value, comma, r, c)).join(separator)}\r\n`);
  }
  return `${options.bom === false ? "" : "\uFEFF"}${lines.join("")}`;
});
