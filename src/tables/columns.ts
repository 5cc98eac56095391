/**
 * Which column of a table holds which field. Header names are matched loosely, because people
 * type them in spreadsheets: case, spaces, `_` and `-` do not matter, and every field has Dutch
 * names beside the English one. An export's own names ("Datum afgerond") are mapped with the
 * `columns` option. Names are kept in `Map`s, so a header such as `__proto__` is just a name.
 */
import { deepFreeze } from "../internal/deep-freeze.js";
import { nearestName } from "../internal/nearest.js";
import type { Row, Table } from "./delimited.js";
import { type TableDiagnostic, type TableName, tableDiagnostic } from "./diagnostics.js";

/**
 * The fields of the completions table: one row per completion, or per participant without any.
 *
 * @example
 * const field: CompletionField = "date";
 */
export type CompletionField =
  | "participant"
  | "name"
  | "groups"
  | "startDate"
  | "component"
  | "date"
  | "status"
  | "participantScore"
  | "effectScore";

/**
 * The fields of the roles table: one row per trainer or kartrekker role on a theme in a year.
 *
 * @example
 * const field: RoleField = "theme";
 */
export type RoleField = "participant" | "theme" | "role" | "year";

/**
 * The fields of the exemptions table: one row per period of leave or other exemption.
 *
 * @example
 * const field: ExemptionField = "from";
 */
export type ExemptionField = "participant" | "from" | "to" | "reason" | "status";

/**
 * A field of any of the participant tables.
 *
 * @example
 * const field: TableField = "startDate";
 */
export type TableField = CompletionField | RoleField | ExemptionField;

/**
 * The `columns` option: for a field, the header of the column that holds it in an export
 * (matched as loosely as the built-in names). It applies to every table that has the field and
 * a column of that name; the other tables keep the built-in names.
 *
 * @example
 * const columns: ColumnMapping = { participant: "Personeelsnummer", date: "Datum afgerond" };
 */
export type ColumnMapping = { readonly [F in TableField]?: string };

/**
 * A field of a table as its header may name it: the field, the other names it goes by (Dutch
 * first), and whether the table needs it.
 *
 * @example
 * const column: TableColumn = { field: "date", names: ["date", "datum"], required: false };
 */
export interface TableColumn {
  readonly field: TableField;
  readonly names: readonly string[];
  readonly required: boolean;
}

/**
 * The columns of each participant table with every name they go by, for a column-mapping screen
 * or a template export. In the completions table, `component` and `date` go together: a table
 * with one of them needs the other (a table with neither only lists participants).
 *
 * @example
 * participantTableColumns.completions.find((c) => c.field === "date")?.names; //=> ["date", "datum"]
 */
export const participantTableColumns: {
  readonly [T in TableName]: readonly TableColumn[];
} = /* @__PURE__ */ deepFreeze({
  completions: [
    {
      field: "participant",
      names: ["participant", "medewerker", "deelnemer", "id"],
      required: true,
    },
    { field: "name", names: ["name", "naam"], required: false },
    { field: "groups", names: ["groups", "group", "groepen", "groep"], required: false },
    {
      field: "startDate",
      names: ["startDate", "start date", "startdatum", "in dienst"],
      required: false,
    },
    { field: "component", names: ["component", "onderdeel"], required: false },
    { field: "date", names: ["date", "datum"], required: false },
    { field: "status", names: ["status"], required: false },
    {
      field: "participantScore",
      names: ["participantScore", "participant score", "score deelnemer"],
      required: false,
    },
    {
      field: "effectScore",
      names: ["effectScore", "effect score", "score effect"],
      required: false,
    },
  ],
  roles: [
    {
      field: "participant",
      names: ["participant", "medewerker", "deelnemer", "id"],
      required: true,
    },
    { field: "theme", names: ["theme", "thema"], required: true },
    { field: "role", names: ["role", "rol"], required: true },
    { field: "year", names: ["year", "jaar"], required: true },
  ],
  exemptions: [
    {
      field: "participant",
      names: ["participant", "medewerker", "deelnemer", "id"],
      required: true,
    },
    { field: "from", names: ["from", "van", "vanaf"], required: true },
    { field: "to", names: ["to", "tot", "tot en met", "t/m"], required: true },
    { field: "reason", names: ["reason", "reden"], required: false },
    { field: "status", names: ["status"], required: false },
  ],
});

/**
 * The most ignored columns (and option keys, and headers) a suggestion is looked for among: an
 * export has tens of columns, and each look costs up to `nearestName`'s bound, so a header of a
 * million names cannot make the reader slow.
 */
export const MAX_SUGGESTED = 100;

/** The most ignored columns `csv-missing-column` lists (`more` counts the rest). */
const MAX_LISTED = 20;

/**
 * A header name as compared: lower case, without spaces, `_` or `-`.
 *
 * @example
 * normaliseColumnName("Start date"); //=> "startdate"
 */
export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/** Every field of the tables and the names it goes by, normalised → field. */
function fieldByName(): Map<string, TableField> {
  const byName = new Map<string, TableField>();
  for (const columns of Object.values(participantTableColumns)) {
    for (const column of columns) {
      for (const name of column.names) byName.set(normaliseColumnName(name), column.field);
    }
  }
  return byName;
}

/** Every name of every field, in the order the tables list them, each once. */
function allNames(): string[] {
  const names: string[] = [];
  for (const columns of Object.values(participantTableColumns)) {
    for (const column of columns) {
      for (const name of column.names) if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** The fields in the order the tables list them, each once. */
function allFields(): TableField[] {
  const fields: TableField[] = [];
  for (const columns of Object.values(participantTableColumns)) {
    for (const column of columns) if (!fields.includes(column.field)) fields.push(column.field);
  }
  return fields;
}

/**
 * The `columns` option checked: the header each field is mapped to (normalised, and as given),
 * and a problem for every key that is no field, every value that is no name and every column
 * given to two fields. Keys may be a field's English or Dutch name (`date`, `datum`).
 */
export function resolveMapping(option: unknown): {
  readonly mapped: ReadonlyMap<TableField, { readonly key: string; readonly header: string }>;
  readonly diagnostics: readonly TableDiagnostic[];
} {
  const mapped = new Map<TableField, { key: string; header: string }>();
  const diagnostics: TableDiagnostic[] = [];
  if (option === undefined) return { mapped, diagnostics };
  if (typeof option !== "object" || option === null || Array.isArray(option)) {
    diagnostics.push(
      tableDiagnostic("csv-invalid-column-option", ["columns"], { field: "columns" }),
    );
    return { mapped, diagnostics };
  }
  const byName = fieldByName();
  const known = allFields();
  const byHeader = new Map<string, TableField[]>();
  let unknown = 0;
  for (const key of Object.keys(option)) {
    const field = byName.get(normaliseColumnName(key));
    if (field === undefined) {
      // Near a field's English or Dutch name: `dattum` → `datum`.
      const suggestion = unknown++ < MAX_SUGGESTED ? (nearestName(key, allNames()) ?? null) : null;
      diagnostics.push(
        tableDiagnostic("csv-unknown-column-field", ["columns", key], {
          field: key,
          known,
          suggestion,
        }),
      );
      continue;
    }
    const header: unknown = (option as Record<string, unknown>)[key];
    if (typeof header !== "string" || header.trim() === "") {
      diagnostics.push(
        tableDiagnostic("csv-invalid-column-option", ["columns", key], { field: key }),
      );
      continue;
    }
    const earlier = mapped.get(field);
    if (earlier !== undefined) {
      diagnostics.push(
        tableDiagnostic("csv-field-mapped-twice", ["columns", key], {
          field,
          columns: [earlier.header, header.trim()],
        }),
      );
      continue;
    }
    const normal = normaliseColumnName(header);
    const fields = byHeader.get(normal) ?? [];
    if (!fields.includes(field)) fields.push(field);
    byHeader.set(normal, fields);
    mapped.set(field, { key, header: header.trim() });
  }
  for (const [normal, fields] of byHeader) {
    if (fields.length < 2) continue;
    const header = mapped.get(fields[0] as TableField)?.header ?? normal;
    diagnostics.push(
      tableDiagnostic("csv-column-mapped-twice", ["columns"], { column: header, fields }),
    );
  }
  return { mapped, diagnostics };
}

/**
 * The columns found in one table: field → index in the header, the columns nothing reads, the
 * mapped fields whose column this table has, and the problems of the header.
 */
export interface HeaderMatch {
  readonly columns: ReadonlyMap<TableField, number>;
  readonly ignored: readonly string[];
  readonly mappedFound: ReadonlySet<TableField>;
  readonly diagnostics: readonly TableDiagnostic[];
}

/** Where a header cell sits, for a diagnostic. */
function headerAt(table: Table, index: number) {
  const row: Row = table.header;
  const cell = row.cells[index];
  return {
    path: [table.name, row.index, index],
    location: {
      table: table.name,
      row: row.index + 1,
      column: index + 1,
      ...(cell === undefined || cell.text === "" ? {} : { header: cell.text }),
      ...(cell?.line === undefined ? {} : { line: cell.line }),
      ...(cell?.character === undefined ? {} : { character: cell.character }),
    },
  };
}

/**
 * The column of the ignored ones that most looks like a field: one whose name is near one of
 * the field's names ("did you mean …?"), else one whose name holds one of them as a word
 * (`Datum afgerond` for `date`, named `datum`).
 */
function suggestColumn(column: TableColumn, all: readonly string[]): string | null {
  const ignored = all.slice(0, MAX_SUGGESTED);
  const normal = new Map<string, string>();
  for (const header of ignored) {
    const key = normaliseColumnName(header);
    if (!normal.has(key)) normal.set(key, header);
  }
  for (const name of column.names) {
    const near = nearestName(normaliseColumnName(name), normal.keys());
    if (near !== undefined) return normal.get(near) ?? null;
  }
  for (const header of ignored) {
    const words = header.toLowerCase().split(/[\s_-]+/);
    if (column.names.some((name) => words.includes(name.toLowerCase()))) return header;
  }
  return null;
}

/**
 * Matches a table's header to its fields. A mapped field takes the column of its mapped name
 * when the table has one (its built-in names then mean nothing here); the others take the
 * column of one of their names. An empty name over a column with values, a field given twice
 * and a required field without a column are errors; an unknown column is a warning with the
 * nearest known name.
 */
export function matchHeader(
  table: Table,
  mapped: ReadonlyMap<TableField, { readonly header: string }>,
): HeaderMatch {
  const specs = participantTableColumns[table.name];
  const columns = new Map<TableField, number>();
  const diagnostics: TableDiagnostic[] = [];
  const ignored: string[] = [];
  const ignoredAt: number[] = [];
  const mappedFound = new Set<TableField>();
  const header = table.header.cells;
  const normalHeader = header.map((cell) => normaliseColumnName(cell.text));

  const byName = new Map<string, TableColumn>();
  const mappedHeader = new Map<string, TableColumn>();
  for (const spec of specs) {
    const target = mapped.get(spec.field);
    const normal = target === undefined ? undefined : normaliseColumnName(target.header);
    if (normal !== undefined && normalHeader.includes(normal)) {
      mappedHeader.set(normal, spec);
      mappedFound.add(spec.field);
    } else for (const name of spec.names) byName.set(normaliseColumnName(name), spec);
  }

  header.forEach((cell, index) => {
    if (cell.text === "") {
      if (table.records.some((r) => r.cells[index]?.text.trim() !== "")) {
        const { path, location } = headerAt(table, index);
        diagnostics.push(
          tableDiagnostic("csv-empty-column-name", path, { index: index + 1 }, location),
        );
      }
      return;
    }
    const normal = normalHeader[index] as string;
    const spec = mappedHeader.get(normal) ?? byName.get(normal);
    if (spec === undefined) {
      ignored.push(cell.text);
      ignoredAt.push(index);
    } else if (columns.has(spec.field)) {
      const { path, location } = headerAt(table, index);
      diagnostics.push(
        tableDiagnostic(
          "csv-duplicate-column",
          path,
          { column: cell.text, field: spec.field },
          location,
        ),
      );
    } else columns.set(spec.field, index);
  });

  // Unknown columns: the nearest name of a field this table still lacks.
  const missingNames = new Map<string, string>();
  for (const spec of specs) {
    if (columns.has(spec.field)) continue;
    for (const name of spec.names) missingNames.set(normaliseColumnName(name), name);
  }
  ignoredAt.forEach((index, k) => {
    const column = ignored[k] as string;
    const near =
      k < MAX_SUGGESTED ? nearestName(normaliseColumnName(column), missingNames.keys()) : undefined;
    const suggestion = near === undefined ? null : (missingNames.get(near) ?? null);
    const { path, location } = headerAt(table, index);
    diagnostics.push(tableDiagnostic("csv-ignored-column", path, { column, suggestion }, location));
  });

  const needed = specs.filter(
    (spec) =>
      !columns.has(spec.field) &&
      (spec.required ||
        (table.name === "completions" &&
          ((spec.field === "date" && columns.has("component")) ||
            (spec.field === "component" && columns.has("date"))))),
  );
  for (const spec of needed) {
    const suggestion = suggestColumn(spec, ignored);
    diagnostics.push(
      tableDiagnostic(
        "csv-missing-column",
        [table.name, table.header.index],
        {
          field: spec.field,
          ignored: ignored.slice(0, MAX_LISTED),
          more: Math.max(0, ignored.length - MAX_LISTED),
          suggestion,
        },
        {
          table: table.name,
          row: table.header.index + 1,
          ...(table.header.line === undefined ? {} : { line: table.header.line }),
        },
      ),
    );
  }
  return { columns, ignored, mappedFound, diagnostics };
}
