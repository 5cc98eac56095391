/**
 * Koffer sheets from a spreadsheet (see docs/cli.md, "Koffer sheets as CSV"): one line per
 * respondent, one column per category id of the template, and optionally a `respondent` column.
 * The header is checked against the template here, once, because a misspelt column would
 * otherwise leave every sheet out; the points themselves are checked by the koffer engine.
 */
import type { Path } from "../diagnostics/diagnostic.js";
import type { KofferTemplate } from "../koffer/template.js";
import { normaliseColumnName } from "./columns.js";
import type { CsvRecord, CsvTable } from "./csv.js";
import { type CliProblem, cliProblem, type SourceLocation } from "./messages.js";

/** Header names of the respondent column (when no category has that id). */
const respondentNames: ReadonlySet<string> = new Set(["respondent", "naam", "name"]);

/**
 * What reading a sheets table gave: sheet inputs for `aggregateSheets` and a way back from a
 * diagnostic to its cell; or the header problems.
 *
 * @example
 * const result: SheetsCsv = readSheetsCsv(table, template);
 */
export type SheetsCsv =
  | {
      readonly ok: true;
      readonly sheets: readonly unknown[];
      /** The file, line and column of a left-out sheet's diagnostic path (`[index, "scores", id]`). */
      readonly locate: (path: Path) => SourceLocation | undefined;
    }
  | { readonly ok: false; readonly problems: readonly CliProblem[] };

/**
 * Points as the engine reads them: a whole or decimal number (`12,5` with a decimal comma too),
 * or the text itself, which the engine then reports as not a number.
 *
 * @example
 * csvPoints("12"); //=> 12
 * csvPoints("12,5"); //=> 12.5 (the engine reports "not-an-integer")
 * csvPoints("veel"); //=> "veel"
 */
export function csvPoints(text: string): number | string {
  return /^[+-]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(",", ".")) : text;
}

/**
 * Reads one sheet per record. Category columns must match the template's ids exactly; each id
 * must have a column. Scores are kept in null-prototype objects, so a category (or a header)
 * called `__proto__` is an ordinary key. A blank cell leaves the category out of that sheet,
 * which the engine reports as `missing-category`.
 *
 * @example
 * const result = readSheetsCsv(table, exampleConnectieTemplate);
 * if (result.ok) aggregateSheets(exampleConnectieTemplate, result.sheets);
 */
export function readSheetsCsv(table: CsvTable, template: KofferTemplate): SheetsCsv {
  const ids = template.categories.map((c) => c.id);
  const known = new Set(ids);
  const problems: CliProblem[] = [];
  const categoryColumn = new Map<string, number>();
  let respondentColumn: number | undefined;
  table.header.forEach((cell, index) => {
    const at: SourceLocation = {
      file: table.file,
      line: cell.line,
      ...(cell.column === undefined ? {} : { column: cell.column }),
    };
    if (cell.text === "") {
      if (table.records.some((r) => r.cells[index]?.text.trim() !== "")) {
        problems.push(cliProblem("csv-empty-column-name", { index: index + 1 }, at));
      }
      return;
    }
    const isCategory = known.has(cell.text);
    if (!isCategory && respondentNames.has(normaliseColumnName(cell.text))) {
      if (respondentColumn === undefined) respondentColumn = index;
      else problems.push(cliProblem("csv-duplicate-column", { column: cell.text }, at));
    } else if (!isCategory) {
      problems.push(
        cliProblem("csv-unknown-column", { column: cell.text, known: ["respondent", ...ids] }, at),
      );
    } else if (categoryColumn.has(cell.text)) {
      problems.push(cliProblem("csv-duplicate-column", { column: cell.text }, at));
    } else {
      categoryColumn.set(cell.text, index);
    }
  });
  const headerLine = table.header[0]?.line ?? 1;
  for (const id of ids) {
    if (!categoryColumn.has(id)) {
      problems.push(
        cliProblem("csv-missing-column", { column: id }, { file: table.file, line: headerLine }),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const sheets = table.records.map((record) => {
    const scores: Record<string, number | string> = Object.create(null);
    for (const id of ids) {
      const text = record.cells[categoryColumn.get(id) as number]?.text.trim() ?? "";
      if (text === "") continue;
      Object.defineProperty(scores, id, {
        value: csvPoints(text),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    const respondent =
      respondentColumn === undefined ? "" : (record.cells[respondentColumn]?.text.trim() ?? "");
    return respondent === "" ? { scores } : { respondent, scores };
  });

  const locate = (path: Path): SourceLocation | undefined => {
    const [index, field, id] = path;
    const record: CsvRecord | undefined =
      typeof index === "number" ? table.records[index] : undefined;
    if (record === undefined) return undefined;
    const column =
      field === "respondent"
        ? respondentColumn
        : field === "scores" && typeof id === "string"
          ? categoryColumn.get(id)
          : undefined;
    const cell = column === undefined ? undefined : record.cells[column];
    return {
      file: table.file,
      line: cell?.line ?? record.line,
      ...(cell?.column === undefined ? {} : { column: cell.column }),
    };
  };
  return { ok: true, sheets, locate };
}
