/**
 * Participants from spreadsheets on the command line (see docs/cli.md, "Participants as CSV"): a
 * thin layer over the library's `readParticipantsTable`, which reads the completions file and
 * the optional roles and exemptions files, validates the participants and points every problem
 * at its cell. Here the files are read and decoded, and the problems are written with their
 * file, line and column.
 */
import type { DiagnosticOf, Path } from "../diagnostics/diagnostic.js";
import type { Participant, Programme } from "../programme/types.js";
import type { ColumnMapping } from "../tables/columns.js";
import type { DateOrder, TableLocation, TableName } from "../tables/diagnostics.js";
import { tableSeverities } from "../tables/diagnostics.js";
import { readParticipantsTable } from "../tables/participants.js";
import { type FileReader, MAX_PARTICIPANTS, maxCsvCells, readText } from "./load.js";
import { type CliProblem, type SourceLocation, tableProblem } from "./messages.js";

/**
 * The files of a statements or report command and how to read the CSV ones: the export's own
 * column names (`--column`) and the order of day and month (`--date-order`).
 *
 * @example
 * const files: CsvParticipantFiles = { participants: "m.csv", roles: "r.csv",
 *   columns: { date: "Datum afgerond" } };
 */
export interface CsvParticipantFiles {
  readonly participants: string;
  readonly roles?: string;
  readonly exemptions?: string;
  readonly columns?: ColumnMapping;
  readonly dateOrder?: DateOrder;
}

type Diagnostic = DiagnosticOf<string, unknown>;

/**
 * What reading participants from CSV gave: the validated participants with their warnings (table
 * warnings as CLI problems, validation warnings with their cell), or the problems to show and
 * the exit code: 2 when a file or its header cannot be read as asked (as before the library read
 * tables), 1 when only values are wrong.
 *
 * @example
 * const read: CsvParticipants = readCsvParticipants(reader, files, programme, text);
 */
export type CsvParticipants =
  | {
      readonly ok: true;
      readonly participants: readonly Participant[];
      readonly problems: readonly CliProblem[];
      readonly diagnostics: readonly Diagnostic[];
      readonly locate: (path: Path) => SourceLocation | undefined;
    }
  | {
      readonly ok: false;
      readonly exit: 1 | 2;
      readonly problems: readonly CliProblem[];
      readonly diagnostics: readonly Diagnostic[];
      readonly locate: (path: Path) => SourceLocation | undefined;
    };

/**
 * The table codes that are wrong values in cells (exit 1, like validation); every other table
 * error means a file or its header could not be read as asked (exit 2).
 */
const valueCodes: ReadonlySet<string> = new Set([
  "csv-invalid-date",
  "csv-impossible-date",
  "csv-ambiguous-date",
  "csv-wrong-date-order",
  "csv-date-out-of-range",
  "csv-invalid-number",
  "csv-not-a-whole-number",
]);

/**
 * Reads the participant files (the completions text already read; roles and exemptions through
 * the reader) and hands them to `readParticipantsTable` with the command's options. A file that
 * cannot be read is a problem of its own; `ok: false` with an empty list of problems never
 * happens.
 *
 * @example
 * const read = readCsvParticipants(context, files, programme, text);
 * if (read.ok) read.participants.length;
 */
export function readCsvParticipants(
  reader: FileReader,
  files: CsvParticipantFiles,
  programme: Programme,
  text: string,
): CsvParticipants {
  const names = new Map<TableName, string>([["completions", files.participants]]);
  const tables: { completions: string; roles?: string; exemptions?: string } = {
    completions: text,
  };
  for (const kind of ["roles", "exemptions"] as const) {
    const file = files[kind];
    if (file === undefined) continue;
    const read = readText(reader, file);
    if (!read.ok) return { ok: false, exit: 2, problems: read.problems, ...noDiagnostics };
    tables[kind] = read.value;
    names.set(kind, file);
  }
  const fileOf = (table: TableName) => names.get(table) ?? files.participants;
  const result = readParticipantsTable(tables, programme, {
    maxCells: maxCsvCells(reader.maxBytes),
    maxParticipants: MAX_PARTICIPANTS,
    ...(files.columns === undefined ? {} : { columns: files.columns }),
    ...(files.dateOrder === undefined ? {} : { dateOrder: files.dateOrder }),
  });
  const all = result.ok ? result.warnings : result.diagnostics;
  const problems: CliProblem[] = [];
  const diagnostics: Diagnostic[] = [];
  const located = new Map<Diagnostic, TableLocation>();
  for (const d of all) {
    if (Object.hasOwn(tableSeverities, d.code)) {
      problems.push(tableProblem(d as Parameters<typeof tableProblem>[0], fileOf));
    } else {
      diagnostics.push(d);
      if (d.location !== undefined) located.set(d, d.location);
    }
  }
  // Validation diagnostics carry their cell; `locate` finds it again by the diagnostic's path.
  const byPath = new Map<string, TableLocation>();
  for (const [d, at] of located) byPath.set(JSON.stringify(d.path), at);
  const locate = (path: Path): SourceLocation | undefined => {
    const at = byPath.get(JSON.stringify(path));
    if (at === undefined) return undefined;
    return {
      file: fileOf(at.table),
      ...(at.line === undefined ? {} : { line: at.line }),
      ...(at.character === undefined ? {} : { column: at.character }),
    };
  };
  // The diagnostics as validation gives them: without the library's `location` field.
  const plain = diagnostics.map((d) => {
    const { location: _, ...rest } = d as Diagnostic & { location?: unknown };
    return rest as Diagnostic;
  });
  if (result.ok) {
    return { ok: true, participants: result.value, problems, diagnostics: plain, locate };
  }
  const structural = problems.some((p) => p.severity === "error" && !valueCodes.has(p.code));
  return { ok: false, exit: structural ? 2 : 1, problems, diagnostics: plain, locate };
}

const noDiagnostics = { diagnostics: [], locate: () => undefined } as const;
