/** The commands on a programme: `validate`, `statements` and `report`. */
import type { DiagnosticOf, Path } from "../diagnostics/diagnostic.js";
import { reportDocument } from "../documents/html/report-document.js";
import { statementsDocument } from "../documents/html/statement-document.js";
import { reportTable } from "../documents/report-rows.js";
import { statementLinesTable, statementsTable } from "../documents/statement-rows.js";
import type { Locale } from "../i18n/types.js";
import type { Participant, Programme } from "../programme/types.js";
import { validateParticipants, validateProgramme } from "../programme/validate.js";
import { planToTarget } from "../stars/plan.js";
import { prepareProgramme } from "../stars/prepare.js";
import { organisationReport } from "../stars/report.js";
import { computeStatement } from "../stars/statement.js";
import { writeCsv } from "./csv-output.js";
import type { CliIo } from "./io.js";
import { parseJsonText } from "./json.js";
import { type FileReader, isCsv, loadJson, MAX_PARTICIPANTS, readText } from "./load.js";
import { type CliProblem, cliProblem, type SourceLocation } from "./messages.js";
import { type CsvParticipantFiles, readCsvParticipants } from "./participants-csv.js";
import {
  diagnosticJson,
  diagnosticLine,
  problemLines,
  reportText,
  statementsText,
} from "./render.js";

/**
 * Where a command reads (with the size limit, see `FileReader`) and writes, one line at a time,
 * and how it was asked to.
 *
 * @example
 * const context: CommandContext = { io, maxBytes: 32 * MIB, warn: () => {}, lang: "nl",
 *   json: false, out: (l) => {}, err: (l) => {} };
 */
export interface CommandContext extends FileReader {
  readonly io: CliIo;
  readonly lang: Locale;
  readonly json: boolean;
  /** `--html`: the statements (with their plans) or the report as one HTML document on stdout. */
  readonly html?: boolean;
  /** `--csv`: the statements (or their lines, with `--explain`) or the report as CSV on stdout. */
  readonly csv?: boolean;
  /** Writes one line to stdout; a line feed inside it is data and shows as `\u000A`. */
  readonly out: (line: string) => void;
  /** Writes text the command line made itself (JSON, HTML), whose line feeds are its own. */
  readonly outBlock: (text: string) => void;
  /** Writes one line to stderr, as `out`. */
  readonly err: (line: string) => void;
}

/**
 * Exit codes: 0 done, 1 the input is invalid (diagnostics), 2 usage or unreadable input, 3 an
 * unexpected error (the output could not be written, or a bug).
 */
export const exitCodes = { ok: 0, invalid: 1, usage: 2, bug: 3 } as const;

type Diagnostic = DiagnosticOf<string, unknown>;

/** Writes problems to stderr; returns 2 when any is an error, else `undefined` (go on). */
function report(context: CommandContext, problems: readonly CliProblem[]): number | undefined {
  for (const line of problemLines(problems, context.lang)) context.err(line);
  return problems.some((p) => p.severity === "error") ? exitCodes.usage : undefined;
}

/** Writes the diagnostics of an invalid input and returns 1. */
function invalid(
  context: CommandContext,
  file: string,
  diagnostics: readonly Diagnostic[],
  locate: (path: Path) => SourceLocation | undefined = () => undefined,
): number {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (context.json) {
    const list = diagnostics.map((d) => diagnosticJson(d, locate(d.path)));
    context.outBlock(JSON.stringify({ ok: false, file, errors, diagnostics: list }, null, 2));
  } else {
    context.err(
      context.lang === "nl"
        ? `${file}: ongeldig, ${errors} ${errors === 1 ? "fout" : "fouten"}`
        : `${file}: invalid, ${errors} ${errors === 1 ? "error" : "errors"}`,
    );
    for (const d of diagnostics)
      context.err(`  ${diagnosticLine(d, context.lang, locate(d.path))}`);
  }
  return exitCodes.invalid;
}

/**
 * `sterrenprogramma validate <programme.json>`: every diagnostic of the programme, in the chosen
 * language or as JSON. Exit 1 when there are errors, 0 when only warnings or none.
 *
 * @example
 * runValidate(context, "examples/data/programme.json"); //=> 0
 */
export function runValidate(context: CommandContext, file: string): number {
  const loaded = loadJson(context, file);
  if (!loaded.ok) return report(context, loaded.problems) ?? exitCodes.usage;
  const result = validateProgramme(loaded.value);
  const diagnostics = result.ok ? result.warnings : result.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (context.json) {
    context.outBlock(
      JSON.stringify({ ok: result.ok, file, errors, warnings, diagnostics }, null, 2),
    );
  } else {
    const summary =
      context.lang === "nl"
        ? `${file}: ${result.ok ? "geldig" : "ONGELDIG"}, ${errors} ${errors === 1 ? "fout" : "fouten"}, ${warnings} ${warnings === 1 ? "waarschuwing" : "waarschuwingen"}`
        : `${file}: ${result.ok ? "valid" : "INVALID"}, ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
    context.out(summary);
    for (const d of diagnostics) context.out(`  ${diagnosticLine(d, context.lang)}`);
  }
  return result.ok ? exitCodes.ok : exitCodes.invalid;
}

/**
 * The files a statements or report command reads.
 *
 * @example
 * const files: ParticipantFiles = { programme: "p.json", participants: "m.csv", roles: "r.csv" };
 */
export interface ParticipantFiles extends CsvParticipantFiles {
  readonly programme: string;
  readonly participants: string;
  readonly roles?: string;
  readonly exemptions?: string;
}

type Loaded =
  | {
      readonly ok: true;
      readonly programme: Programme;
      readonly participants: readonly Participant[];
      readonly warnings: readonly unknown[];
    }
  | { readonly ok: false; readonly exit: number };

/** Loads and validates the programme and the participants (JSON or CSV), reporting on the way. */
function loadParticipants(context: CommandContext, files: ParticipantFiles): Loaded {
  const fail = (exit: number): Loaded => ({ ok: false, exit });
  const programmeJson = loadJson(context, files.programme);
  if (!programmeJson.ok) return fail(report(context, programmeJson.problems) ?? exitCodes.usage);
  const programmeResult = validateProgramme(programmeJson.value);
  if (!programmeResult.ok) {
    return fail(invalid(context, files.programme, programmeResult.diagnostics));
  }
  const programme = programmeResult.value;

  const text = readText(context, files.participants);
  if (!text.ok) return fail(report(context, text.problems) ?? exitCodes.usage);
  let input: unknown;
  // JSON participants have no cells to point at.
  const locate: (path: Path) => SourceLocation | undefined = () => undefined;
  if (isCsv(files.participants, text.value)) {
    // The library reads, validates and locates (src/tables/participants.ts).
    const read = readCsvParticipants(context, files, programme, text.value);
    report(context, read.problems);
    if (!read.ok) {
      if (read.diagnostics.some((d) => d.severity === "error")) {
        invalid(context, files.participants, read.diagnostics, read.locate);
      } else if (!context.json) {
        for (const d of read.diagnostics) {
          context.err(diagnosticLine(d, context.lang, read.locate(d.path)));
        }
      }
      return fail(read.exit);
    }
    const warnings = read.diagnostics.map((d) => diagnosticJson(d, read.locate(d.path)));
    if (!context.json) {
      for (const d of read.diagnostics) {
        context.err(diagnosticLine(d, context.lang, read.locate(d.path)));
      }
    }
    return { ok: true, programme, participants: read.participants, warnings };
  } else {
    const options = (["roles", "exemptions", "columns"] as const)
      .filter((k) => files[k] !== undefined)
      .map((k) => (k === "columns" ? "--column" : `--${k}`));
    if (options.length > 0) {
      const problems = options.map((option) => cliProblem("csv-only-option", { option }));
      return fail(report(context, problems) ?? exitCodes.usage);
    }
    const parsed = parseJsonText(text.value, files.participants);
    if (!parsed.ok) return fail(report(context, [parsed.problem]) ?? exitCodes.usage);
    if (!Array.isArray(parsed.value)) {
      const problem = cliProblem(
        "not-a-list",
        { what: "participants" },
        { file: files.participants },
      );
      return fail(report(context, [problem]) ?? exitCodes.usage);
    }
    input = parsed.value;
  }
  // Before validation, whose diagnostics for a million empty entries would cost gigabytes.
  const count = (input as readonly unknown[]).length;
  if (count > MAX_PARTICIPANTS) {
    const problem = cliProblem(
      "too-many-participants",
      { limit: MAX_PARTICIPANTS },
      { file: files.participants },
    );
    return fail(report(context, [problem]) ?? exitCodes.usage);
  }
  const result = validateParticipants(input, programme);
  if (!result.ok) return fail(invalid(context, files.participants, result.diagnostics, locate));
  const warnings = result.warnings.map((d) => diagnosticJson(d, locate(d.path)));
  if (!context.json) {
    for (const d of result.warnings) {
      context.err(diagnosticLine(d, context.lang, locate(d.path)));
    }
  }
  return { ok: true, programme, participants: result.value, warnings };
}

/**
 * `sterrenprogramma statements`: each participant's star statement at the as-of date, one line
 * each (with `explain`, the full explanation), or every statement as JSON.
 *
 * @example
 * runStatements(context, { programme: "p.json", participants: "m.csv" }, "2026-06-30", false);
 */
export function runStatements(
  context: CommandContext,
  files: ParticipantFiles,
  asOf: string,
  explain: boolean,
): number {
  const loaded = loadParticipants(context, files);
  if (!loaded.ok) return loaded.exit;
  const prepared = prepareProgramme(loaded.programme);
  const statements = loaded.participants.map((p) => computeStatement(prepared, p, asOf));
  if (context.json) {
    context.outBlock(
      JSON.stringify({ ok: true, asOf, warnings: loaded.warnings, statements }, null, 2),
    );
    return exitCodes.ok;
  }
  if (context.html === true) {
    const pages = statements.map((statement, i) => {
      const participant = loaded.participants[i] as Participant;
      return { statement, plan: planToTarget(prepared, participant, asOf) };
    });
    const html = statementsDocument(loaded.programme, pages, { locale: context.lang });
    context.outBlock(html.replace(/\n$/, ""));
    return exitCodes.ok;
  }
  if (context.csv === true) {
    const table = explain ? statementLinesTable : statementsTable;
    writeCsv(context.io, context.lang, table(statements, { locale: context.lang }));
    return exitCodes.ok;
  }
  for (const line of statementsText(statements, asOf, context.lang, explain)) context.out(line);
  return exitCodes.ok;
}

/**
 * `sterrenprogramma report`: the organisation report at the as-of date, as text or JSON.
 *
 * @example
 * runReport(context, { programme: "p.json", participants: "m.json" }, "2026-06-30");
 */
export function runReport(context: CommandContext, files: ParticipantFiles, asOf: string): number {
  const loaded = loadParticipants(context, files);
  if (!loaded.ok) return loaded.exit;
  const report = organisationReport(prepareProgramme(loaded.programme), loaded.participants, asOf);
  if (context.json) {
    context.outBlock(
      JSON.stringify({ ok: true, asOf, warnings: loaded.warnings, report }, null, 2),
    );
    return exitCodes.ok;
  }
  if (context.html === true) {
    const html = reportDocument(loaded.programme, report, { locale: context.lang });
    context.outBlock(html.replace(/\n$/, ""));
    return exitCodes.ok;
  }
  if (context.csv === true) {
    writeCsv(context.io, context.lang, reportTable(report, { locale: context.lang }));
    return exitCodes.ok;
  }
  for (const line of reportText(report, context.lang)) context.out(line);
  return exitCodes.ok;
}
