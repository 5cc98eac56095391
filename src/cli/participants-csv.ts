/**
 * Participants from spreadsheets (see docs/cli.md, "Participants as CSV"): one file with a line
 * per completion, and optionally one with a line per trainer or kartrekker role and one with a
 * line per exemption. The files become participant objects as JSON would give them, which
 * `validateParticipants` then checks like any other input; the CLI only turns spreadsheet habits
 * (Dutch column names and dates, `goedgekeurd`) into the library's format and remembers which
 * line every item came from, so that a diagnostic can point at the cell.
 */
import type { Path } from "../diagnostics/diagnostic.js";
import { type ColumnSpec, type Columns, cellOf, mapColumns, textIn } from "./columns.js";
import type { CsvRecord, CsvTable } from "./csv.js";
import { type CliProblem, cliProblem, type SourceLocation } from "./messages.js";

const participantColumn: ColumnSpec = {
  name: "participant",
  aliases: ["medewerker", "deelnemer", "id"],
  required: true,
};

/** The columns of the completions file: one line per completion (or per participant without any). */
export const completionColumns: readonly ColumnSpec[] = [
  participantColumn,
  { name: "name", aliases: ["naam"] },
  { name: "groups", aliases: ["group", "groepen", "groep"] },
  { name: "startDate", aliases: ["start date", "startdatum", "in dienst"] },
  { name: "component", aliases: ["onderdeel"] },
  { name: "date", aliases: ["datum"] },
  { name: "status" },
  { name: "participantScore", aliases: ["participant score", "score deelnemer"] },
  { name: "effectScore", aliases: ["effect score", "score effect"] },
];

/** The columns of the roles file: one line per role on a theme in a year. */
export const roleColumns: readonly ColumnSpec[] = [
  participantColumn,
  { name: "theme", aliases: ["thema"], required: true },
  { name: "role", aliases: ["rol"], required: true },
  { name: "year", aliases: ["jaar"], required: true },
];

/** The columns of the exemptions file: one line per period of leave or other exemption. */
export const exemptionColumns: readonly ColumnSpec[] = [
  participantColumn,
  { name: "from", aliases: ["van", "vanaf"], required: true },
  { name: "to", aliases: ["tot", "tot en met", "t/m"], required: true },
  { name: "reason", aliases: ["reden"] },
  { name: "status" },
];

/** Where one item of a participant came from: its file, line and the file's columns. */
interface Origin {
  readonly file: string;
  readonly record: CsvRecord;
  readonly columns: Columns;
}

/**
 * Where each participant built from CSV came from, by participant index: the first line that
 * named them and the line of every completion, role and exemption.
 *
 * @example
 * locateInCsv(origins, [0, "completions", 2, "date"]); //=> { file: "p.csv", line: 4, column: 24 }
 */
export interface ParticipantOrigin {
  readonly self: Origin;
  /** The line that gave each participant-level field (name, groups, startDate). */
  readonly fields: ReadonlyMap<string, Origin>;
  readonly completions: readonly Origin[];
  readonly roles: readonly Origin[];
  readonly exemptions: readonly Origin[];
}

/**
 * What reading the participant files gave: participant objects still to be validated, where each
 * came from, and warnings (ignored columns); or the problems that stopped it.
 *
 * @example
 * const result: ParticipantsCsv = readParticipantsCsv(table);
 */
export type ParticipantsCsv =
  | {
      readonly ok: true;
      readonly participants: readonly unknown[];
      readonly origins: readonly ParticipantOrigin[];
      readonly warnings: readonly CliProblem[];
    }
  | { readonly ok: false; readonly problems: readonly CliProblem[] };

const statusWords: ReadonlyMap<string, string> = new Map([
  ["approved", "approved"],
  ["goedgekeurd", "approved"],
  ["pending", "pending"],
  ["in behandeling", "pending"],
  ["aangevraagd", "pending"],
  ["rejected", "rejected"],
  ["afgewezen", "rejected"],
]);

/**
 * A date as the library wants it (`YYYY-MM-DD`). A Dutch spreadsheet shows and exports dates as
 * `D-M-YYYY` (also with `/` or `.`): those are rewritten; anything else is passed on unchanged,
 * so that validation reports it as it was written.
 *
 * @example
 * csvDate("4-2-2025"); //=> "2025-02-04"
 * csvDate("2025-02-04"); //=> "2025-02-04"
 */
export function csvDate(text: string): string {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dutch === null) return text;
  const [, day, month, year] = dutch as unknown as [string, string, string, string];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** A whole number when the text is one; otherwise the text, for validation to report. */
function csvInteger(text: string): number | string {
  return /^[+-]?\d+$/.test(text) ? Number(text) : text;
}

function csvStatus(text: string): string {
  return statusWords.get(text.toLowerCase().replace(/\s+/g, " ")) ?? text;
}

/** Group ids in one cell, separated by `,`, `;` or `|`. */
function csvGroups(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((g) => g.trim())
    .filter((g) => g !== "");
}

interface Builder {
  readonly id: string;
  name?: string;
  groups?: string[];
  startDate?: string;
  readonly completions: unknown[];
  readonly roles: unknown[];
  readonly exemptions: unknown[];
  readonly origin: {
    readonly self: Origin;
    readonly fields: Map<string, Origin>;
    readonly completions: Origin[];
    readonly roles: Origin[];
    readonly exemptions: Origin[];
  };
}

function locationOf(origin: Origin, column?: string): SourceLocation {
  const cell = column === undefined ? undefined : cellOf(origin.record, origin.columns, column);
  return {
    file: origin.file,
    line: cell?.line ?? origin.record.line,
    ...(cell?.column === undefined ? {} : { column: cell.column }),
  };
}

/**
 * Reads participants from the completions table and, when given, the roles and exemptions
 * tables. Participants come in the order the completions file first names them. Values that
 * cannot be read as the library's format are passed on as text, so that `validateParticipants`
 * reports them with their cell (see `locateInCsv`). A file naming more than `maxParticipants`
 * participants stops at the line that passes it (`too-many-participants`), before their objects
 * are built.
 *
 * @example
 * const result = readParticipantsCsv(completions, { roles });
 * if (result.ok) validateParticipants(result.participants, programme);
 */
export function readParticipantsCsv(
  completions: CsvTable,
  extra: { readonly roles?: CsvTable; readonly exemptions?: CsvTable } = {},
  maxParticipants: number = Number.POSITIVE_INFINITY,
): ParticipantsCsv {
  const problems: CliProblem[] = [];
  /** The table's columns; its records are read only when its header is usable (`ok`). */
  const mapped = (table: CsvTable, specs: readonly ColumnSpec[]) => {
    const result = mapColumns(table, specs);
    problems.push(...result.problems);
    const ok = !result.problems.some((p) => p.severity === "error");
    return { columns: result.columns, records: ok ? table.records : [] };
  };
  const builders = new Map<string, Builder>();

  /** The participant id of a line, or a problem when the cell is blank. */
  const idOf = (origin: Origin): string | undefined => {
    const id = textIn(origin.record, origin.columns, "participant");
    if (id === undefined) {
      problems.push(
        cliProblem(
          "csv-missing-value",
          { column: "participant" },
          locationOf(origin, "participant"),
        ),
      );
    }
    return id;
  };
  /** Sets a participant-level field, or reports a line that disagrees with an earlier one. */
  const agree = (b: Builder, origin: Origin, column: string, value: string, earlier?: string) => {
    if (earlier === undefined) b.origin.fields.set(column, origin);
    if (earlier === undefined || earlier === value) return true;
    problems.push(
      cliProblem(
        "csv-conflicting-value",
        { participant: b.id, column, value, earlier },
        locationOf(origin, column),
      ),
    );
    return false;
  };

  const { columns, records } = mapped(completions, completionColumns);
  for (const record of records) {
    const origin: Origin = { file: completions.file, record, columns };
    const id = idOf(origin);
    if (id === undefined) continue;
    let b = builders.get(id);
    if (b === undefined) {
      if (builders.size >= maxParticipants) {
        const where = locationOf(origin, "participant");
        const problem = cliProblem("too-many-participants", { limit: maxParticipants }, where);
        return { ok: false, problems: [problem] };
      }
      b = {
        id,
        completions: [],
        roles: [],
        exemptions: [],
        origin: { self: origin, fields: new Map(), completions: [], roles: [], exemptions: [] },
      };
      builders.set(id, b);
    }
    const value = (name: string) => textIn(record, columns, name);
    const name = value("name");
    if (name !== undefined && agree(b, origin, "name", name, b.name)) b.name = name;
    const groups = value("groups");
    if (groups !== undefined) {
      const list = csvGroups(groups);
      if (agree(b, origin, "groups", list.join(", "), b.groups?.join(", "))) b.groups = list;
    }
    const start = value("startDate");
    if (start !== undefined && agree(b, origin, "startDate", csvDate(start), b.startDate)) {
      b.startDate = csvDate(start);
    }

    const component = value("component");
    const date = value("date");
    const status = value("status");
    const participantScore = value("participantScore");
    const effectScore = value("effectScore");
    // A line with none of these only introduces a participant (one without completions yet).
    if ([component, date, status, participantScore, effectScore].every((v) => v === undefined)) {
      continue;
    }
    const evaluation = {
      ...(participantScore === undefined ? {} : { participantScore: csvInteger(participantScore) }),
      ...(effectScore === undefined ? {} : { effectScore: csvInteger(effectScore) }),
    };
    b.completions.push({
      ...(component === undefined ? {} : { component }),
      ...(date === undefined ? {} : { date: csvDate(date) }),
      ...(status === undefined ? {} : { status: csvStatus(status) }),
      ...(Object.keys(evaluation).length === 0 ? {} : { evaluation }),
    });
    b.origin.completions.push(origin);
  }

  /** Reads the lines of a roles or exemptions table into the participants they name. */
  const attach = (
    table: CsvTable,
    specs: readonly ColumnSpec[],
    list: "roles" | "exemptions",
    build: (value: (name: string) => string | undefined) => unknown,
  ) => {
    const { columns: tableColumns, records: tableRecords } = mapped(table, specs);
    for (const record of tableRecords) {
      const origin: Origin = { file: table.file, record, columns: tableColumns };
      const id = idOf(origin);
      if (id === undefined) continue;
      const b = builders.get(id);
      if (b === undefined) {
        problems.push(
          cliProblem(
            "csv-unknown-participant",
            { participant: id, file: completions.file },
            locationOf(origin, "participant"),
          ),
        );
        continue;
      }
      b[list].push(build((name) => textIn(record, tableColumns, name)));
      b.origin[list].push(origin);
    }
  };
  if (extra.roles !== undefined) {
    attach(extra.roles, roleColumns, "roles", (value) => {
      const [theme, role, year] = [value("theme"), value("role"), value("year")];
      return {
        ...(theme === undefined ? {} : { theme }),
        ...(role === undefined ? {} : { role: role.toLowerCase() }),
        ...(year === undefined ? {} : { year: csvInteger(year) }),
      };
    });
  }
  if (extra.exemptions !== undefined) {
    attach(extra.exemptions, exemptionColumns, "exemptions", (value) => {
      const [from, to, reason, status] = [
        value("from"),
        value("to"),
        value("reason"),
        value("status"),
      ];
      return {
        ...(from === undefined ? {} : { from: csvDate(from) }),
        ...(to === undefined ? {} : { to: csvDate(to) }),
        ...(reason === undefined ? {} : { reason }),
        ...(status === undefined ? {} : { status: csvStatus(status) }),
      };
    });
  }

  if (problems.some((p) => p.severity === "error")) return { ok: false, problems };
  const participants: unknown[] = [];
  const origins: ParticipantOrigin[] = [];
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
  return { ok: true, participants, origins, warnings: problems };
}

/** The CSV column of each field of a completion, role or exemption. */
const fieldColumns: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  completions: { component: "component", date: "date", status: "status" },
  roles: { theme: "theme", role: "role", year: "year" },
  exemptions: { from: "from", to: "to", reason: "reason", status: "status" },
};

/**
 * The file, line and column a diagnostic of `validateParticipants` points at, for participants
 * read by `readParticipantsCsv`; `undefined` when the path leads nowhere known.
 *
 * @example
 * locateInCsv(origins, [1, "completions", 0, "date"]);
 * //=> the "date" cell of the line of participant 1's first completion
 */
export function locateInCsv(
  origins: readonly ParticipantOrigin[],
  path: Path,
): SourceLocation | undefined {
  const [index, field, item, sub, leaf] = path;
  if (typeof index !== "number") return undefined;
  const origin = origins[index];
  if (origin === undefined) return undefined;
  if (field === "completions" || field === "roles" || field === "exemptions") {
    const itemOrigin = typeof item === "number" ? origin[field][item] : undefined;
    if (itemOrigin === undefined) return locationOf(origin.self);
    if (field === "completions" && sub === "evaluation") {
      return locationOf(
        itemOrigin,
        leaf === "effectScore"
          ? "effectScore"
          : leaf === "participantScore"
            ? "participantScore"
            : undefined,
      );
    }
    const column =
      typeof sub === "string" && Object.hasOwn(fieldColumns[field] ?? {}, sub)
        ? fieldColumns[field]?.[sub]
        : undefined;
    return locationOf(itemOrigin, column);
  }
  const column =
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
