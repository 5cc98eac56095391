/**
 * Matching a CSV header to the columns a command knows. Names are matched loosely, because they
 * are typed by people in spreadsheets: case, spaces, `_` and `-` do not matter, and every column
 * has a Dutch name beside the English one (`medewerker` for `participant`).
 */
import type { CsvCell, CsvRecord, CsvTable } from "./csv.js";
import { type CliProblem, cliProblem } from "./messages.js";

/**
 * A column a command reads: its canonical (English) name, other accepted names, and whether it
 * must be there.
 *
 * @example
 * const spec: ColumnSpec = { name: "participant", aliases: ["medewerker"], required: true };
 */
export interface ColumnSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
}

/**
 * A header name as compared: lower case, without spaces, `_` or `-`.
 *
 * @example
 * normaliseColumnName("Start date"); //=> "startdate"
 */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * The columns found: canonical name → index in the header. A `Map`, so a header such as
 * `__proto__` can never reach an object's prototype.
 *
 * @example
 * const columns: Columns = new Map([["participant", 0]]);
 */
export type Columns = ReadonlyMap<string, number>;

/**
 * Matches a table's header to the specs. Unknown columns are skipped with a warning
 * (`csv-ignored-column`: exports often carry extra columns such as an e-mail address); an empty
 * header name over a column with values, a column given twice (also under two of its names) and a
 * missing required column are errors.
 *
 * @example
 * const { columns, problems } = mapColumns(table, [{ name: "participant", required: true }]);
 */
export function mapColumns(
  table: CsvTable,
  specs: readonly ColumnSpec[],
): { readonly columns: Columns; readonly problems: readonly CliProblem[] } {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of specs) {
    for (const name of [spec.name, ...(spec.aliases ?? [])]) {
      byName.set(normaliseColumnName(name), spec);
    }
  }
  const columns = new Map<string, number>();
  const problems: CliProblem[] = [];
  const at = (cell: CsvCell) => ({
    file: table.file,
    line: cell.line,
    ...(cell.column === undefined ? {} : { column: cell.column }),
  });
  table.header.forEach((cell, index) => {
    if (cell.text === "") {
      if (table.records.some((r) => r.cells[index]?.text.trim() !== "")) {
        problems.push(cliProblem("csv-empty-column-name", { index: index + 1 }, at(cell)));
      }
      return;
    }
    const spec = byName.get(normaliseColumnName(cell.text));
    if (spec === undefined) {
      problems.push(cliProblem("csv-ignored-column", { column: cell.text }, at(cell)));
    } else if (columns.has(spec.name)) {
      problems.push(cliProblem("csv-duplicate-column", { column: cell.text }, at(cell)));
    } else {
      columns.set(spec.name, index);
    }
  });
  const headerLine = table.header[0]?.line ?? 1;
  for (const spec of specs) {
    if (spec.required === true && !columns.has(spec.name)) {
      problems.push(
        cliProblem(
          "csv-missing-column",
          { column: spec.name },
          { file: table.file, line: headerLine },
        ),
      );
    }
  }
  return { columns, problems };
}

/**
 * The cell of a record in a named column, or `undefined` when the header has no such column.
 *
 * @example
 * cellOf(record, columns, "participant")?.text; //=> "p-anouk"
 */
export function cellOf(record: CsvRecord, columns: Columns, name: string): CsvCell | undefined {
  const index = columns.get(name);
  return index === undefined ? undefined : record.cells[index];
}

/**
 * The trimmed text of a record in a named column; `undefined` when the column is absent or the
 * cell is blank.
 *
 * @example
 * textIn(record, columns, "name"); //=> "Anouk Jansen"
 */
export function textIn(record: CsvRecord, columns: Columns, name: string): string | undefined {
  const text = cellOf(record, columns, name)?.text.trim();
  return text === undefined || text === "" ? undefined : text;
}
