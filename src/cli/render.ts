/** Turning problems, diagnostics and numbers into lines of text for a terminal. */
import { type DiagnosticOf, formatDiagnostic } from "../diagnostics/diagnostic.js";
import { decimal } from "../i18n/format.js";
import type { Locale } from "../i18n/types.js";
import type { CliProblem, SourceLocation } from "./messages.js";

/**
 * `file:line:column` (as far as known), the form editors and CI logs link to.
 *
 * @example
 * formatLocation({ file: "p.csv", line: 4, column: 12 }); //=> "p.csv:4:12"
 */
export function formatLocation(location: SourceLocation): string {
  const { file, line, column } = location;
  return line === undefined
    ? file
    : column === undefined
      ? `${file}:${line}`
      : `${file}:${line}:${column}`;
}

const severityWord = (severity: "error" | "warning", locale: Locale) =>
  locale === "nl" ? (severity === "error" ? "fout" : "waarschuwing") : severity;

/**
 * One line for a CLI problem in one language: `where: severity (code): message`.
 *
 * @example
 * formatProblem(cliProblem("file-not-found", { file: "x.json" }), "en");
 * //=> 'sterrenprogramma: error (file-not-found): The file "x.json" does not exist.'
 */
export function formatProblem(problem: CliProblem, locale: Locale): string {
  const where =
    problem.location === undefined ? "sterrenprogramma" : formatLocation(problem.location);
  return `${where}: ${severityWord(problem.severity, locale)} (${problem.code}): ${problem.message[locale]}`;
}

/**
 * The lines for CLI problems; with `locale` `null` (the language itself was the problem) each
 * problem in Dutch and then in English.
 *
 * @example
 * problemLines([cliProblem("invalid-lang", { value: "de" })], null).length; //=> 2
 */
export function problemLines(problems: readonly CliProblem[], locale: Locale | null): string[] {
  return problems.flatMap((p) =>
    locale === null ? [formatProblem(p, "nl"), formatProblem(p, "en")] : [formatProblem(p, locale)],
  );
}

/**
 * One line for a library diagnostic, prefixed with its place in a CSV file when known.
 *
 * @example
 * diagnosticLine(d, "nl", { file: "p.csv", line: 3, column: 20 });
 * //=> "p.csv:3:20: fout bij [0].completions[1].date (invalid-date): …"
 */
export function diagnosticLine(
  diagnostic: DiagnosticOf<string, unknown>,
  locale: Locale,
  location?: SourceLocation,
): string {
  const text = formatDiagnostic(diagnostic, locale);
  return location === undefined ? text : `${formatLocation(location)}: ${text}`;
}

/**
 * A number with at most `digits` decimals, with a decimal comma in Dutch; `–` for `null`.
 *
 * @example
 * formatNumber(2.25, "nl"); //=> "2,3"
 * formatNumber(null, "en"); //=> "–"
 */
export function formatNumber(x: number | null, locale: Locale, digits = 1): string {
  if (x === null) return "–";
  return decimal(Number(x.toFixed(digits)), locale);
}

/**
 * Rows as aligned columns: the first column left-aligned, the others right-aligned.
 *
 * @example
 * alignTable([["a", "1"], ["bcd", "22"]]); //=> ["a     1", "bcd  22"]
 */
export function alignTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, j) => {
      widths[j] = Math.max(widths[j] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, j) => (j === 0 ? cell.padEnd(widths[j] ?? 0) : cell.padStart(widths[j] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * A diagnostic as JSON output shows it: the diagnostic itself and, for CSV input, its place.
 *
 * @example
 * diagnosticJson(d, { file: "p.csv", line: 3 }); //=> { code, severity, path, params, message, location }
 */
export function diagnosticJson(
  diagnostic: DiagnosticOf<string, unknown>,
  location?: SourceLocation,
): DiagnosticOf<string, unknown> & { readonly location?: SourceLocation } {
  return location === undefined ? diagnostic : { ...diagnostic, location };
}
