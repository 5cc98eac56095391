/**
 * Participants from spreadsheet exports (see docs/app-developers.md, "Reading an HR export"): a
 * table with a row per completion, and optionally one with a row per trainer or kartrekker role
 * and one with a row per exemption. The tables become participant objects, which
 * `validateParticipants` then checks like any other input; every diagnostic, the table's own
 * and the validation's, points at its row and cell.
 */
import type { Path } from "../diagnostics/diagnostic.js";
import type { ValidationResult } from "../diagnostics/result.js";
import { schemaDiagnostic } from "../diagnostics/schema-codes.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { nearestName } from "../internal/nearest.js";
import type { ProgrammeDiagnostic } from "../programme/diagnostics.js";
import type { Participant, Programme } from "../programme/types.js";
import { validateParticipants } from "../programme/validate.js";
import { type CellOptions, dateProblem, numberOf, readDateText } from "./cells.js";
import {
  type ColumnMapping,
  MAX_SUGGESTED,
  matchHeader,
  normaliseColumnName,
  participantTableColumns,
  resolveMapping,
  type TableField,
} from "./columns.js";
import { type Row, readTableInput, type Table, type TableInput } from "./delimited.js";
import {
  type DateOrder,
  type TableDiagnostic,
  type TableLocation,
  type TableName,
  tableDiagnostic,
} from "./diagnostics.js";

/**
 * The tables participants are read from. `completions` has a row per completion (a row with an
 * empty component only introduces a participant); `roles` and `exemptions` are optional.
 *
 * @example
 * const tables: ParticipantTables = { completions: csvText, roles: rolesRows };
 */
export interface ParticipantTables {
  readonly completions: TableInput;
  readonly roles?: TableInput;
  readonly exemptions?: TableInput;
}

/**
 * Options of `readParticipantsTable`.
 *
 * @example
 * const options: ReadParticipantsTableOptions = {
 *   columns: { participant: "Personeelsnummer", date: "Datum afgerond" },
 *   dateOrder: "day-first",
 * };
 */
export interface ReadParticipantsTableOptions extends CellOptions {
  /** The export's own column names, by field (see `ColumnMapping`). */
  readonly columns?: ColumnMapping;
  /** The most cells a table may hold (blank rows count); default 4,194,304. */
  readonly maxCells?: number;
  /** The most participants the completions table may name; default 100,000. */
  readonly maxParticipants?: number;
}

/**
 * A diagnostic of `readParticipantsTable`: a table's own (`TableDiagnostic`, path into the
 * tables) or one of validation (`ProgrammeDiagnostic`, path into the participants as read), each
 * with the `location` of its row and cell where known.
 *
 * @example
 * for (const d of result.diagnostics) console.log(d.location?.row, d.message.nl);
 */
export type ParticipantsTableDiagnostic =
  | TableDiagnostic
  | (ProgrammeDiagnostic & { readonly location?: TableLocation });

/**
 * The result of `readParticipantsTable`: the validated participants with any warnings, or every
 * problem found. Plain data throughout.
 *
 * @example
 * const result: ParticipantsTableResult = readParticipantsTable(text, programme);
 */
export type ParticipantsTableResult = ValidationResult<
  readonly Participant[],
  ParticipantsTableDiagnostic
>;

/** The default `maxCells`: one cell per 4 bytes of 16 MiB, as the command line reads. */
const DEFAULT_MAX_CELLS = 4_194_304;
/** The default `maxParticipants`: ten times the staff of all Dutch public libraries together. */
const DEFAULT_MAX_PARTICIPANTS = 100_000;

const statusWords: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  approved: "approved",
  goedgekeurd: "approved",
  pending: "pending",
  "in behandeling": "pending",
  aangevraagd: "pending",
  rejected: "rejected",
  afgewezen: "rejected",
});

function status(text: string): string {
  const key = text.toLowerCase().replace(/\s+/g, " ");
  return Object.hasOwn(statusWords, key) ? (statusWords[key] as string) : text;
}

/** Group ids in one cell, separated by `,`, `;` or `|`. */
function groupsOf(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((g) => g.trim())
    .filter((g) => g !== "");
}

/** Where one item of a participant came from: its table, row and the table's columns. */
interface Origin {
  readonly table: Table;
  readonly row: Row;
  readonly columns: ReadonlyMap<TableField, number>;
}

interface Builder {
  readonly id: string;
  name?: string;
  groups?: string[];
  startDate?: string;
  /** The participant-level cells as written, to compare and to quote. */
  readonly written: Map<TableField, string>;
  readonly completions: unknown[];
  readonly roles: unknown[];
  readonly exemptions: unknown[];
  readonly origin: {
    readonly self: Origin;
    readonly fields: Map<TableField, Origin>;
    readonly completions: Origin[];
    readonly roles: Origin[];
    readonly exemptions: Origin[];
  };
}

/** The location of a row, or of its cell in a field's column. */
function locationOf(origin: Origin, field?: TableField): TableLocation {
  const { table, row } = origin;
  const index = field === undefined ? undefined : origin.columns.get(field);
  const cell = index === undefined ? undefined : row.cells[index];
  const header = index === undefined ? undefined : table.header.cells[index]?.text;
  const line = cell?.line ?? row.line;
  return {
    table: table.name,
    row: row.index + 1,
    ...(index === undefined ? {} : { column: index + 1 }),
    ...(header === undefined || header === "" ? {} : { header }),
    ...(line === undefined ? {} : { line }),
    ...(cell?.character === undefined ? {} : { character: cell.character }),
  };
}

function pathOf(origin: Origin, field?: TableField): Path {
  const index = field === undefined ? undefined : origin.columns.get(field);
  return index === undefined
    ? [origin.table.name, origin.row.index]
    : [origin.table.name, origin.row.index, index];
}

const cellKey = (location: TableLocation) =>
  `${location.table}\u0000${location.row ?? ""}\u0000${location.column ?? ""}`;

/** The field of a completion, role or exemption that each validation path leads to. */
const itemFields: Readonly<Record<string, Readonly<Record<string, TableField>>>> =
  /* @__PURE__ */ deepFreeze({
    completions: { component: "component", date: "date", status: "status" },
    roles: { theme: "theme", role: "role", year: "year" },
    exemptions: { from: "from", to: "to", reason: "reason", status: "status" },
  });

/** The cell a validation diagnostic of a participant points at, or `undefined`. */
function locate(origins: readonly Builder["origin"][], path: Path): TableLocation | undefined {
  const [index, field, item, sub, leaf] = path;
  if (typeof index !== "number") return undefined;
  const origin = origins[index];
  if (origin === undefined) return undefined;
  if (field === "completions" || field === "roles" || field === "exemptions") {
    const itemOrigin = typeof item === "number" ? origin[field][item] : undefined;
    if (itemOrigin === undefined) return locationOf(origin.self);
    if (field === "completions" && sub === "evaluation") {
      const score =
        leaf === "effectScore" || leaf === "participantScore" ? (leaf as TableField) : undefined;
      return locationOf(itemOrigin, score);
    }
    const fields = itemFields[field] ?? {};
    const column = typeof sub === "string" && Object.hasOwn(fields, sub) ? fields[sub] : undefined;
    return locationOf(itemOrigin, column);
  }
  const column: TableField | undefined =
    field === "id"
      ? "participant"
      : field === "name" || field === "groups" || field === "startDate"
        ? field
        : undefined;
  return locationOf(
    (column === undefined ? undefined : origin.fields.get(column)) ?? origin.self,
    column,
  );
}

/**
 * Reads participants from spreadsheet exports and validates them, reporting every problem at
 * once with its row and cell. Each table is CSV text (`,`, `;` or tab separated) or rows as a
 * spreadsheet library gives them (cells of text, numbers, true/false or empty). Headers are
 * matched loosely (case, spaces, `_`, `-`; Dutch names too: `medewerker`, `onderdeel`, `datum`),
 * and `options.columns` maps an export's own names (`{ date: "Datum afgerond" }`). A required
 * column that is missing names the columns nothing reads and the one that looks like it; an
 * unknown column is a warning with the nearest known name.
 *
 * Cells are read as spreadsheets write them: dates as `readTableDate` reads them (ISO, day first
 * or with `dateOrder`, Excel date-times and serial dates), scores with a decimal comma, status
 * words in Dutch (`goedgekeurd`, `in behandeling`, `afgewezen`). A date that reads as two days
 * (`06/07/2026`) in a table that also holds a date only month first can be (`6/30/2026`) is an
 * error, never a guess. Every cell error quotes the cell as written.
 *
 * Participants come in the order the completions table first names them; with a `programme`,
 * validation also checks the components, themes and groups they name. More than
 * `maxParticipants` participants stops at the row that passes it.
 *
 * @example
 * const text = "Medewerker;Onderdeel;Datum afgerond\np-anouk;privacy-en-avg;30-6-2026\n";
 * const result = readParticipantsTable(text, programme, { columns: { date: "Datum afgerond" } });
 * if (result.ok) result.value[0]?.completions[0]?.date; //=> "2026-06-30"
 * else for (const d of result.diagnostics) console.log(d.location?.row, d.message.nl);
 * @function
 */
export const readParticipantsTable = /* @__PURE__ */ deepFreeze(function readParticipantsTable(
  tables: TableInput | ParticipantTables,
  programme?: Programme,
  options: ReadParticipantsTableOptions = {},
): ParticipantsTableResult {
  try {
    return read(tables, programme, options);
  } catch (thrown) {
    // A getter or proxy in the input that throws: reported, never thrown on.
    const detail = thrown instanceof Error ? thrown.name : typeof thrown;
    return {
      ok: false,
      diagnostics: [schemaDiagnostic("unreadable-input", [], { detail })],
    };
  }
});

function read(
  tables: TableInput | ParticipantTables,
  programme: Programme | undefined,
  options: ReadParticipantsTableOptions,
): ParticipantsTableResult {
  const order: DateOrder = options.dateOrder === "month-first" ? "month-first" : "day-first";
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const maxParticipants = options.maxParticipants ?? DEFAULT_MAX_PARTICIPANTS;
  const inputs: { readonly [T in TableName]?: unknown } =
    typeof tables === "string" || Array.isArray(tables)
      ? { completions: tables }
      : {
          completions: (tables as ParticipantTables).completions,
          ...((tables as ParticipantTables).roles === undefined
            ? {}
            : { roles: (tables as ParticipantTables).roles }),
          ...((tables as ParticipantTables).exemptions === undefined
            ? {}
            : { exemptions: (tables as ParticipantTables).exemptions }),
        };

  // 1. The option and each table's text and header: a problem here leaves nothing to read.
  const mapping = resolveMapping(options.columns);
  const diagnostics: TableDiagnostic[] = [...mapping.diagnostics];
  const loaded: { table: Table; columns: ReadonlyMap<TableField, number> }[] = [];
  const found = new Set<TableField>();
  for (const name of ["completions", "roles", "exemptions"] as const) {
    if (!Object.hasOwn(inputs, name)) continue;
    const parsed = readTableInput(inputs[name], name, maxCells);
    if (!parsed.ok) {
      for (const d of parsed.diagnostics) diagnostics.push(d);
      continue;
    }
    const match = matchHeader(parsed.table, mapping.mapped);
    for (const d of match.diagnostics) diagnostics.push(d);
    for (const field of match.mappedFound) found.add(field);
    loaded.push({ table: parsed.table, columns: match.columns });
  }
  for (const [field, { key, header }] of mapping.mapped) {
    if (found.has(field)) continue;
    const withField = loaded.filter((r) =>
      participantTableColumns[r.table.name].some((c) => c.field === field),
    );
    if (withField.length === 0) continue;
    const headers = new Map<string, string>();
    for (const r of withField) {
      for (const cell of r.table.header.cells) {
        if (headers.size >= MAX_SUGGESTED) break;
        if (cell.text !== "") headers.set(normaliseColumnName(cell.text), cell.text);
      }
    }
    const near = nearestName(normaliseColumnName(header), headers.keys());
    const suggestion = near === undefined ? null : (headers.get(near) ?? null);
    diagnostics.push(
      tableDiagnostic("csv-mapped-column-not-found", ["columns", key], {
        field: key,
        column: header,
        suggestion,
      }),
    );
  }
  if (diagnostics.some((d) => d.severity === "error")) {
    return { ok: false, diagnostics: errorsFirst(diagnostics) };
  }

  // 2. The rows: participant objects as JSON would give them, each cell's problem at its cell.
  const errorCells = new Set<string>();
  const cellProblem = (d: TableDiagnostic) => {
    diagnostics.push(d);
    if (d.location !== undefined) errorCells.add(cellKey(d.location));
  };
  const builders = new Map<string, Builder>();
  const completions = loaded[0] as (typeof loaded)[number];

  /** Per table: the first date that reads only in the other order, and the ambiguous ones. */
  const ambiguity = new Map<
    TableName,
    {
      evidence?: string;
      dates: { origin: Origin; field: TableField; text: string; date: string; other: string }[];
    }
  >();
  const value = (origin: Origin, field: TableField): string | undefined => {
    const index = origin.columns.get(field);
    const text = index === undefined ? undefined : origin.row.cells[index]?.text.trim();
    return text === undefined || text === "" ? undefined : text;
  };
  const dateIn = (origin: Origin, field: TableField): string | undefined => {
    const text = value(origin, field);
    if (text === undefined) return undefined;
    const reading = readDateText(text, order);
    if (reading.ok) {
      if (reading.otherOrder !== undefined) {
        const entry = ambiguity.get(origin.table.name) ?? { dates: [] };
        entry.dates.push({ origin, field, text, date: reading.date, other: reading.otherOrder });
        ambiguity.set(origin.table.name, entry);
      }
      return reading.date;
    }
    if (reading.code === "csv-wrong-date-order") {
      const entry = ambiguity.get(origin.table.name) ?? { dates: [] };
      entry.evidence ??= text;
      ambiguity.set(origin.table.name, entry);
    }
    const problem = dateProblem(reading, text, order);
    cellProblem(
      tableDiagnostic(
        problem.code,
        pathOf(origin, field),
        problem.params,
        locationOf(origin, field),
      ),
    );
    // Passed on as written: validation's own report of it is left out (the cell has one).
    return text;
  };
  const wholeIn = (origin: Origin, field: TableField): number | string | undefined => {
    const text = value(origin, field);
    if (text === undefined) return undefined;
    const number = numberOf(text);
    if (number !== undefined && Number.isInteger(number)) return number;
    const code = number === undefined ? "csv-invalid-number" : "csv-not-a-whole-number";
    cellProblem(
      tableDiagnostic(code, pathOf(origin, field), { received: text }, locationOf(origin, field)),
    );
    return text;
  };
  const idOf = (origin: Origin): string | undefined => {
    const id = value(origin, "participant");
    if (id === undefined) {
      const at = locationOf(origin, "participant");
      cellProblem(
        tableDiagnostic(
          "csv-missing-value",
          pathOf(origin, "participant"),
          { column: at.header ?? "participant" },
          at,
        ),
      );
    }
    return id;
  };
  /** Sets a participant-level field, or reports a row that disagrees with an earlier one. */
  const agree = (b: Builder, origin: Origin, field: TableField, written: string, same: boolean) => {
    const earlier = b.written.get(field);
    if (earlier === undefined) {
      b.written.set(field, written);
      b.origin.fields.set(field, origin);
      return true;
    }
    if (same) return false;
    const at = locationOf(origin, field);
    cellProblem(
      tableDiagnostic(
        "csv-conflicting-value",
        pathOf(origin, field),
        { participant: b.id, column: at.header ?? field, value: written, earlier },
        at,
      ),
    );
    return false;
  };

  for (const row of completions.table.records) {
    const origin: Origin = { table: completions.table, row, columns: completions.columns };
    const id = idOf(origin);
    if (id === undefined) continue;
    let b = builders.get(id);
    if (b === undefined) {
      if (builders.size >= maxParticipants) {
        const d = tableDiagnostic(
          "too-many-participants",
          pathOf(origin, "participant"),
          { limit: maxParticipants },
          locationOf(origin, "participant"),
        );
        return { ok: false, diagnostics: [d] };
      }
      b = {
        id,
        written: new Map(),
        completions: [],
        roles: [],
        exemptions: [],
        origin: { self: origin, fields: new Map(), completions: [], roles: [], exemptions: [] },
      };
      builders.set(id, b);
    }
    const name = value(origin, "name");
    if (name !== undefined && agree(b, origin, "name", name, name === b.name)) b.name = name;
    const groups = value(origin, "groups");
    if (groups !== undefined) {
      const list = groupsOf(groups);
      const same = list.join(", ") === b.groups?.join(", ");
      if (agree(b, origin, "groups", groups, same)) b.groups = list;
    }
    const startText = value(origin, "startDate");
    if (startText !== undefined) {
      const start = dateIn(origin, "startDate");
      if (start !== undefined && agree(b, origin, "startDate", startText, start === b.startDate)) {
        b.startDate = start;
      }
    }

    const component = value(origin, "component");
    const date = dateIn(origin, "date");
    const statusText = value(origin, "status");
    const participantScore = wholeIn(origin, "participantScore");
    const effectScore = wholeIn(origin, "effectScore");
    // A row with none of these only introduces a participant (one without completions yet).
    if (
      [component, date, statusText, participantScore, effectScore].every((v) => v === undefined)
    ) {
      continue;
    }
    const evaluation = {
      ...(participantScore === undefined ? {} : { participantScore }),
      ...(effectScore === undefined ? {} : { effectScore }),
    };
    b.completions.push({
      ...(component === undefined ? {} : { component }),
      ...(date === undefined ? {} : { date }),
      ...(statusText === undefined ? {} : { status: status(statusText) }),
      ...(participantScore === undefined && effectScore === undefined ? {} : { evaluation }),
    });
    b.origin.completions.push(origin);
  }

  /** Reads the rows of a roles or exemptions table into the participants they name. */
  const attach = (
    entry: (typeof loaded)[number],
    list: "roles" | "exemptions",
    build: (origin: Origin) => unknown,
  ) => {
    for (const row of entry.table.records) {
      const origin: Origin = { table: entry.table, row, columns: entry.columns };
      const id = idOf(origin);
      if (id === undefined) continue;
      const b = builders.get(id);
      if (b === undefined) {
        cellProblem(
          tableDiagnostic(
            "csv-unknown-participant",
            pathOf(origin, "participant"),
            { participant: id },
            locationOf(origin, "participant"),
          ),
        );
        continue;
      }
      b[list].push(build(origin));
      b.origin[list].push(origin);
    }
  };
  for (const entry of loaded.slice(1)) {
    if (entry.table.name === "roles") {
      attach(entry, "roles", (origin) => {
        const [theme, role] = [value(origin, "theme"), value(origin, "role")];
        const year = wholeIn(origin, "year");
        return {
          ...(theme === undefined ? {} : { theme }),
          ...(role === undefined ? {} : { role: role.toLowerCase() }),
          ...(year === undefined ? {} : { year }),
        };
      });
    } else {
      attach(entry, "exemptions", (origin) => {
        const from = dateIn(origin, "from");
        const to = dateIn(origin, "to");
        const [reason, statusText] = [value(origin, "reason"), value(origin, "status")];
        return {
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(reason === undefined ? {} : { reason }),
          ...(statusText === undefined ? {} : { status: status(statusText) }),
        };
      });
    }
  }

  // A table that holds a date only month first (or day first) can be either way: every date in
  // it that reads both ways is then a question, not an answer.
  for (const entry of ambiguity.values()) {
    if (entry.evidence === undefined) continue;
    for (const { origin, field, text, date, other } of entry.dates) {
      const [dayFirst, monthFirst] = order === "day-first" ? [date, other] : [other, date];
      cellProblem(
        tableDiagnostic(
          "csv-ambiguous-date",
          pathOf(origin, field),
          { received: text, dayFirst, monthFirst, evidence: entry.evidence },
          locationOf(origin, field),
        ),
      );
    }
  }

  // 3. Validation, each diagnostic at its cell; a cell the table already reported is not
  // reported twice.
  const participants: unknown[] = [];
  const origins: Builder["origin"][] = [];
  for (const b of builders.values()) {
    participants.push({
      id: b.id,
      ...(b.name === undefined ? {} : { name: b.name }),
      ...(b.groups === undefined ? {} : { groups: b.groups }),
      ...(b.startDate === undefined ? {} : { startDate: b.startDate }),
      completions: b.completions,
      roles: b.roles,
      exemptions: b.exemptions,
    });
    origins.push(b.origin);
  }
  const validated = validateParticipants(participants, programme);
  const located: ParticipantsTableDiagnostic[] = [...diagnostics];
  const all = validated.ok ? validated.warnings : validated.diagnostics;
  for (const d of all) {
    const location = locate(origins, d.path);
    if (
      location !== undefined &&
      location.column !== undefined &&
      errorCells.has(cellKey(location))
    ) {
      continue;
    }
    located.push(location === undefined ? d : { ...d, location });
  }
  const ordered = errorsFirst(located);
  if (!validated.ok || ordered.some((d) => d.severity === "error")) {
    return { ok: false, diagnostics: ordered };
  }
  return { ok: true, value: validated.value, warnings: ordered };
}

/** Errors before warnings, each in the order found (table by table, row by row). */
function errorsFirst<D extends { readonly severity: string }>(diagnostics: readonly D[]): D[] {
  return [
    ...diagnostics.filter((d) => d.severity === "error"),
    ...diagnostics.filter((d) => d.severity !== "error"),
  ];
}
