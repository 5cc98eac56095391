/** Turning problems, diagnostics and numbers into lines of text for a terminal. */
import { type DiagnosticOf, formatDiagnostic } from "../diagnostics/diagnostic.js";
import { count, decimal, longDate, q } from "../i18n/format.js";
import type { Locale } from "../i18n/types.js";
import { explainStatementLines, statementStatusText } from "../stars/explain.js";
import type { OrganisationReport } from "../stars/report-types.js";
import type { Statement } from "../stars/types.js";
import type { CliProblem, SourceLocation } from "./messages.js";
import { escapeLine } from "./terminal.js";

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
 * Rows as aligned columns: the first column left-aligned, the others right-aligned. Each cell is
 * escaped for the terminal (`escapeLine`) before the columns are measured, so a name with a
 * control character in it takes the width it is shown with.
 *
 * @example
 * alignTable([["a", "1"], ["bcd", "22"]]); //=> ["a     1", "bcd  22"]
 */
export function alignTable(rows: readonly (readonly string[])[]): string[] {
  const shown = rows.map((row) => row.map(escapeLine));
  const widths: number[] = [];
  for (const row of shown) {
    row.forEach((cell, j) => {
      widths[j] = Math.max(widths[j] ?? 0, cell.length);
    });
  }
  return shown.map((row) =>
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

/**
 * A participant as a person reads them: their name, or their id quoted when they have none.
 *
 * @example
 * personName({ participant: "p-x", participantName: null }); //=> '"p-x"'
 */
export function personName(s: Pick<Statement, "participant" | "participantName">): string {
  return s.participantName ?? q(s.participant);
}

/**
 * The text of `statements`: a heading with the as-of date in words, one aligned row per
 * participant (name, counted of target, the status in words, open mandatory components) and,
 * with `explain`, each statement's full explanation after an empty line.
 *
 * @example
 * statementsText(statements, "2026-06-30", "nl", false)[0]; //=> "Sterrenoverzichten, stand op 30 juni 2026"
 */
export function statementsText(
  statements: readonly Statement[],
  asOf: string,
  locale: Locale,
  explain: boolean,
): string[] {
  const nl = locale === "nl";
  const lines = [
    nl
      ? `Sterrenoverzichten, stand op ${longDate(asOf, "nl")}`
      : `Star statements as of ${longDate(asOf, "en")}`,
  ];
  const head = nl
    ? ["medewerker", "sterren", "status", "verplicht open"]
    : ["participant", "stars", "status", "mandatory open"];
  const rows = statements.map((s) => [
    personName(s),
    nl ? `${s.totals.counted} van ${s.totals.target}` : `${s.totals.counted} of ${s.totals.target}`,
    statementStatusText(s.status, locale),
    String(s.mandatory.outstanding),
  ]);
  for (const line of alignTable([head, ...rows])) lines.push(`  ${line}`);
  // Line by line: each line is escaped on its own, so a line feed left inside one would show.
  if (explain) for (const s of statements) lines.push("", ...explainStatementLines(s, locale));
  return lines;
}

/**
 * The text of `report`: the organisation report in Dutch or English, with names and titles, the
 * statuses in words, real plurals and the as-of date in words.
 *
 * @example
 * reportText(report, "en")[0]; //=> "Organisation report as of 30 June 2026: 6 participants"
 */
export function reportText(report: OrganisationReport, locale: Locale): string[] {
  const nl = locale === "nl";
  const n = (x: number | null, digits = 1) => formatNumber(x, locale, digits);
  const people = (k: number) =>
    nl ? count(k, "medewerker", "medewerkers") : count(k, "participant", "participants");
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  const { status } = report;
  const statuses = (["complete", "on-track", "behind"] as const)
    .map((s) => `${status[s]} ${statementStatusText(s, locale)}`)
    .join(", ");
  // The mean as shown decides the plural ("gemiddeld 1 ster" for 0.96 too).
  const mean = n(report.meanCounted);
  say(
    nl
      ? `Organisatierapport, stand op ${longDate(report.asOf, "nl")}: ${people(report.participants)}`
      : `Organisation report as of ${longDate(report.asOf, "en")}: ${people(report.participants)}`,
  );
  say(
    nl
      ? `  ${statuses}; gemiddeld ${mean} ${mean === "1" ? "meetellende ster" : "meetellende sterren"}`
      : `  ${statuses}; ${mean} counted ${mean === "1" ? "star" : "stars"} on average`,
  );
  say(
    nl
      ? "  Meetellende sterren (aantal sterren: aantal medewerkers):"
      : "  Counted stars (number of stars: number of participants):",
  );
  say(`    ${report.countedDistribution.map((b) => `${b.stars}: ${b.participants}`).join(", ")}`);
  say(nl ? "  Verplichte onderdelen, afgerond:" : "  Mandatory components, completed:");
  for (const m of report.mandatory) {
    const detail = nl
      ? `${m.completed} van ${m.required}; ${m.late} te laat afgerond, ${m.overdue} over tijd`
      : `${m.completed} of ${m.required}; ${m.late} completed late, ${m.overdue} overdue`;
    say(`    ${String(Math.round(m.rate * 100)).padStart(3)}%  ${m.title} (${detail})`);
  }
  const participation = [
    [nl ? "thema" : "theme", report.participation.themes],
    [nl ? "leerlijn" : "learning line", report.participation.learningLines],
    [nl ? "speerpunt" : "spearhead", report.participation.spearheads],
  ] as const;
  for (const [title, list] of participation) {
    say(nl ? `  Deelname per ${title}:` : `  Participation by ${title}:`);
    for (const p of list) {
      const completions = nl
        ? count(p.completions, "afronding", "afrondingen")
        : count(p.completions, "completion", "completions");
      say(`    ${p.name}: ${people(p.participants)}, ${completions}`);
    }
  }
  say(nl ? "  Trainers en kartrekkers per thema:" : "  Trainers and kartrekkers by theme:");
  for (const r of report.roles) {
    say(
      `    ${r.name}: ${count(r.trainers, "trainer", "trainers")}, ${count(r.kartrekkers, "kartrekker", "kartrekkers")}`,
    );
  }
  say(
    nl
      ? "  Trainingsrendement (gemiddelde score deelnemer / effect):"
      : "  Training return (mean participant score / effect):",
  );
  for (const r of report.trainingReturn) {
    const evaluations = nl
      ? count(r.evaluations, "evaluatie", "evaluaties")
      : count(r.evaluations, "evaluation", "evaluations");
    say(
      `    ${n(r.participantScore.mean)} / ${n(r.effectScore.mean)}  ${r.title} (${evaluations})`,
    );
  }
  return lines;
}
