/** The commands on a programme: `validate`, `statements` and `report`. */
import type { DiagnosticOf, Path } from "../diagnostics/diagnostic.js";
import type { Locale } from "../i18n/types.js";
import type { Participant, Programme } from "../programme/types.js";
import { validateParticipants, validateProgramme } from "../programme/validate.js";
import { explainStatement } from "../stars/explain.js";
import { prepareProgramme } from "../stars/prepare.js";
import { organisationReport } from "../stars/report.js";
import { computeStatement } from "../stars/statement.js";
import type { CsvTable } from "./csv.js";
import { parseCsv } from "./csv.js";
import type { CliIo } from "./io.js";
import { parseJsonText } from "./json.js";
import {
  type FileReader,
  isCsv,
  loadCsv,
  loadJson,
  MAX_PARTICIPANTS,
  maxCsvCells,
  readText,
} from "./load.js";
import { type CliProblem, cliProblem, type SourceLocation } from "./messages.js";
import { locateInCsv, readParticipantsCsv } from "./participants-csv.js";
import {
  alignTable,
  diagnosticJson,
  diagnosticLine,
  formatNumber,
  problemLines,
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
  readonly out: (line: string) => void;
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
    context.out(JSON.stringify({ ok: false, file, errors, diagnostics: list }, null, 2));
  } else {
    context.err(
      context.lang === "nl"
        ? `${file}: ongeldig, ${errors} fout(en)`
        : `${file}: invalid, ${errors} error(s)`,
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
    context.out(JSON.stringify({ ok: result.ok, file, errors, warnings, diagnostics }, null, 2));
  } else {
    const summary =
      context.lang === "nl"
        ? `${file}: ${result.ok ? "geldig" : "ONGELDIG"}, ${errors} fout(en), ${warnings} waarschuwing(en)`
        : `${file}: ${result.ok ? "valid" : "INVALID"}, ${errors} error(s), ${warnings} warning(s)`;
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
export interface ParticipantFiles {
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
  let locate: (path: Path) => SourceLocation | undefined = () => undefined;
  if (isCsv(files.participants, text.value)) {
    const main = parseCsv(text.value, files.participants, maxCsvCells(context.maxBytes));
    if (!main.ok) return fail(report(context, main.problems) ?? exitCodes.usage);
    const extra: { roles?: CsvTable; exemptions?: CsvTable } = {};
    for (const kind of ["roles", "exemptions"] as const) {
      const file = files[kind];
      if (file === undefined) continue;
      const table = loadCsv(context, file);
      if (!table.ok) return fail(report(context, table.problems) ?? exitCodes.usage);
      extra[kind] = table.value;
    }
    const read = readParticipantsCsv(main.table, extra, MAX_PARTICIPANTS);
    if (!read.ok) return fail(report(context, read.problems) ?? exitCodes.usage);
    report(context, read.warnings);
    input = read.participants;
    locate = (path) => locateInCsv(read.origins, path);
  } else {
    const options = (["roles", "exemptions"] as const).filter((k) => files[k] !== undefined);
    if (options.length > 0) {
      const problems = options.map((k) => cliProblem("csv-only-option", { option: `--${k}` }));
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

const statusWords = {
  nl: { complete: "klaar", "on-track": "op schema", behind: "achter" },
  en: { complete: "complete", "on-track": "on track", behind: "behind" },
} as const;

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
    context.out(JSON.stringify({ ok: true, asOf, warnings: loaded.warnings, statements }, null, 2));
    return exitCodes.ok;
  }
  const { lang } = context;
  const nl = lang === "nl";
  context.out(nl ? `Sterrenoverzichten op ${asOf}` : `Star statements at ${asOf}`);
  const rows = statements.map((s) => [
    s.participant,
    `${s.totals.counted}/${s.totals.target}`,
    statusWords[lang][s.status],
    String(s.mandatory.outstanding),
  ]);
  const head = nl
    ? ["medewerker", "sterren", "status", "verplicht open"]
    : ["participant", "stars", "status", "mandatory open"];
  for (const line of alignTable([head, ...rows])) context.out(`  ${line}`);
  if (explain) {
    for (const s of statements) {
      context.out("");
      context.out(explainStatement(s, lang));
    }
  }
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
    context.out(JSON.stringify({ ok: true, asOf, warnings: loaded.warnings, report }, null, 2));
    return exitCodes.ok;
  }
  const { lang } = context;
  const nl = lang === "nl";
  const n = (x: number | null, digits = 1) => formatNumber(x, lang, digits);
  const say = context.out;
  const { status } = report;
  say(
    nl
      ? `Organisatierapport op ${asOf}: ${report.participants} medewerker(s)`
      : `Organisation report at ${asOf}: ${report.participants} participant(s)`,
  );
  say(
    nl
      ? `  ${status.complete} klaar, ${status["on-track"]} op schema, ${status.behind} achter; gemiddeld ${n(report.meanCounted)} sterren geteld`
      : `  ${status.complete} complete, ${status["on-track"]} on track, ${status.behind} behind; ${n(report.meanCounted)} stars counted on average`,
  );
  say(nl ? "  Geteld (sterren: medewerkers):" : "  Counted (stars: participants):");
  say(`    ${report.countedDistribution.map((b) => `${b.stars}: ${b.participants}`).join(", ")}`);
  say(nl ? "  Verplichte onderdelen, afgerond:" : "  Mandatory components, completed:");
  for (const m of report.mandatory) {
    const late = nl
      ? `${m.late} te laat, ${m.overdue} over tijd`
      : `${m.late} late, ${m.overdue} overdue`;
    say(
      `    ${String(Math.round(m.rate * 100)).padStart(3)}%  ${m.title} (${m.completed}/${m.required}; ${late})`,
    );
  }
  const participation = [
    [nl ? "thema" : "theme", report.participation.themes],
    [nl ? "leerlijn" : "learning line", report.participation.learningLines],
    [nl ? "speerpunt" : "spearhead", report.participation.spearheads],
  ] as const;
  for (const [title, list] of participation) {
    say(nl ? `  Deelname per ${title}:` : `  Participation by ${title}:`);
    for (const p of list) {
      say(
        nl
          ? `    ${p.name}: ${p.participants} medewerker(s), ${p.completions} afronding(en)`
          : `    ${p.name}: ${p.participants} participant(s), ${p.completions} completion(s)`,
      );
    }
  }
  say(nl ? "  Trainers en kartrekkers per thema:" : "  Trainers and kartrekkers by theme:");
  for (const r of report.roles) {
    say(`    ${r.name}: ${r.trainers} trainer(s), ${r.kartrekkers} kartrekker(s)`);
  }
  say(
    nl
      ? "  Trainingsrendement (gemiddelde score deelnemer / effect):"
      : "  Training return (mean participant score / effect):",
  );
  for (const r of report.trainingReturn) {
    say(
      `    ${n(r.participantScore.mean)} / ${n(r.effectScore.mean)}  ${r.title} (n=${r.evaluations})`,
    );
  }
  return exitCodes.ok;
}
