/**
 * The command line's own problems (usage, files, JSON, CSV), as data with a message in Dutch and
 * English, like the library's diagnostics. The tables are typed over the params per code, so a
 * code without a Dutch or an English message fails to compile.
 */
import type { Severity } from "../diagnostics/diagnostic.js";
import { joinList, q } from "../i18n/format.js";
import type { LocalizedText, MessageTable } from "../i18n/types.js";
import type {
  TableDiagnostic,
  TableDiagnosticCode,
  TableDiagnosticParams,
  TableName,
} from "../tables/diagnostics.js";

/** The params of every CLI problem code. */
export interface CliProblemParams {
  readonly "no-command": Record<string, never>;
  readonly "unknown-command": { readonly command: string };
  readonly "unknown-option": { readonly option: string; readonly command: string | null };
  readonly "missing-option-value": { readonly option: string };
  readonly "unexpected-option-value": { readonly option: string };
  readonly "repeated-option": { readonly option: string };
  readonly "invalid-lang": { readonly value: string };
  readonly "missing-argument": { readonly command: string; readonly argument: string };
  readonly "too-many-arguments": { readonly command: string; readonly extra: readonly string[] };
  readonly "missing-as-of": { readonly command: string };
  /** `detail`: why the date reader refused it (see `readTableDate`), when it says more. */
  readonly "invalid-as-of": { readonly value: string; readonly detail?: LocalizedText };
  /** `--column` takes `field=column name`. */
  readonly "invalid-column-option": { readonly value: string };
  readonly "invalid-date-order": { readonly value: string };
  readonly "file-not-found": { readonly file: string };
  readonly "file-is-directory": { readonly file: string };
  readonly "file-unreadable": { readonly file: string; readonly detail: string };
  /** `limit` in MiB: the `--max-size` in force. */
  readonly "file-too-large": { readonly file: string; readonly limit: number };
  readonly "invalid-max-size": { readonly value: string; readonly max: number };
  /** `byte` is the first byte that is not UTF-8, written as `0x81`. */
  readonly "encoding-invalid-utf8": { readonly byte: string };
  readonly "encoding-invalid-utf16": Record<string, never>;
  readonly "encoding-nul": Record<string, never>;
  readonly "encoding-windows-1252": { readonly byte: string };
  readonly "output-failed": { readonly stream: string; readonly detail: string };
  /** `found` is the offending character, `null` when the text ends too early. */
  readonly "invalid-json": { readonly found: string | null };
  readonly "empty-file": Record<string, never>;
  readonly "not-a-list": { readonly what: "participants" | "sheets" };
  readonly "csv-no-header": Record<string, never>;
  readonly "csv-too-many-cells": { readonly limit: number };
  readonly "too-many-participants": { readonly limit: number };
  readonly "too-many-sheets": { readonly limit: number };
  readonly "csv-empty-column-name": { readonly index: number };
  readonly "csv-duplicate-column": { readonly column: string };
  readonly "csv-missing-column": { readonly column: string };
  readonly "csv-unknown-column": {
    readonly column: string;
    readonly known: readonly string[];
  };
  readonly "csv-missing-value": { readonly column: string };
  readonly "csv-conflicting-value": {
    readonly participant: string;
    readonly column: string;
    readonly value: string;
    readonly earlier: string;
  };
  readonly "csv-unknown-participant": { readonly participant: string; readonly file: string };
  readonly "csv-only-option": { readonly option: string };
  /** Options that each choose the output's form (`--json`, `--html`, …): at most one may be given. */
  readonly "conflicting-options": { readonly options: readonly string[] };
  readonly "internal-error": { readonly detail: string };
  readonly "unknown-example-template": {
    readonly value: string;
    readonly examples: readonly string[];
  };
}

/** Every CLI problem code. */
export type CliProblemCode = keyof CliProblemParams;

/**
 * Where a problem sits: a file, and when known a 1-based line and character column in it.
 *
 * @example
 * const where: SourceLocation = { file: "participants.csv", line: 4, column: 12 };
 */
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * One problem of the command line: a stable `code`, its `severity`, structured `params`, a
 * message in Dutch and English and, for input problems, where it sits.
 *
 * @example
 * const problem: CliProblem = cliProblem("file-not-found", { file: "x.json" });
 * problem.message.en; //=> 'The file "x.json" does not exist.'
 */
export interface CliProblem {
  /** A CLI code, or the code of a library diagnostic about a table (see `tableProblem`). */
  readonly code: CliProblemCode | TableDiagnosticCode;
  readonly severity: Severity;
  readonly params: CliProblemParams[CliProblemCode] | TableDiagnosticParams[TableDiagnosticCode];
  readonly message: LocalizedText;
  readonly location?: SourceLocation;
}

/**
 * Only this is a warning of the CLI's own: a file read as Windows-1252 is read without loss, but
 * the encoding was a guess the user should be able to see. (An extra spreadsheet column is the
 * library's warning, `csv-ignored-column`, see src/tables.)
 */
const warnings: ReadonlySet<CliProblemCode> = new Set<CliProblemCode>(["encoding-windows-1252"]);

const list = (ids: readonly string[], locale: "nl" | "en") => joinList(ids.map(q), locale);

const nl: MessageTable<CliProblemParams> = {
  "no-command": () => "Geef een opdracht: validate, statements, report of koffer (zie --help).",
  "unknown-command": (p) =>
    `Onbekende opdracht ${q(p.command)}; kies validate, statements, report of koffer (zie --help).`,
  "unknown-option": (p) =>
    p.command === null
      ? `Onbekende optie ${q(p.option)} (zie --help).`
      : `De optie ${q(p.option)} hoort niet bij de opdracht ${q(p.command)} (zie --help).`,
  "missing-option-value": (p) => `De optie ${q(p.option)} heeft een waarde nodig.`,
  "unexpected-option-value": (p) => `De optie ${q(p.option)} neemt geen waarde.`,
  "repeated-option": (p) => `De optie ${q(p.option)} is meer dan eens gegeven.`,
  "invalid-lang": (p) => `Onbekende taal ${q(p.value)}; kies nl of en.`,
  "missing-argument": (p) => `De opdracht ${q(p.command)} mist ${p.argument}.`,
  "too-many-arguments": (p) =>
    `De opdracht ${q(p.command)} krijgt te veel argumenten: ${list(p.extra, "nl")}.`,
  "missing-as-of": (p) =>
    `De opdracht ${q(p.command)} heeft --as-of JJJJ-MM-DD nodig: de datum waarop je de stand wilt weten. Het programma leest de klok niet, dus geef de datum zelf op.`,
  "invalid-as-of": (p) =>
    p.detail === undefined
      ? `${q(p.value)} is geen geldige datum voor --as-of; schrijf bijvoorbeeld 2026-06-30 of 30-06-2026.`
      : `Geen geldige datum voor --as-of: ${p.detail.nl}`,
  "invalid-column-option": (p) =>
    `${q(p.value)} is geen geldige waarde voor --column; schrijf veld=kolomnaam, bijvoorbeeld --column date="Datum afgerond".`,
  "invalid-date-order": (p) =>
    `${q(p.value)} is geen geldige waarde voor --date-order; kies day-first (30-06-2026, de standaard) of month-first (06/30/2026).`,
  "file-not-found": (p) => `Het bestand ${q(p.file)} bestaat niet.`,
  "file-is-directory": (p) => `${q(p.file)} is een map, geen bestand.`,
  "file-unreadable": (p) => `Het bestand ${q(p.file)} kan niet worden gelezen (${p.detail}).`,
  "file-too-large": (p) =>
    `Het bestand ${q(p.file)} is groter dan ${p.limit} MB en wordt niet gelezen; geef een hogere grens met --max-size als het echt zo groot is.`,
  "invalid-max-size": (p) =>
    `${q(p.value)} is geen geldige waarde voor --max-size; geef een heel aantal MB van 1 tot en met ${p.max}.`,
  "encoding-invalid-utf8": (p) =>
    `Byte ${p.byte} op deze regel is geen UTF-8, en het bestand is ook geen Windows-1252 (het bevat elders UTF-8-tekens of een byte die Windows-1252 niet kent); sla het op als UTF-8 (in Excel: "CSV UTF-8").`,
  "encoding-invalid-utf16": () =>
    "Het bestand begint als UTF-16 maar is geen geldige UTF-16; sla het opnieuw op.",
  "encoding-nul": () =>
    'Deze regel bevat een NUL-teken: dit is geen tekstbestand, of UTF-16 zonder byte order mark; sla het op als UTF-8 (in Excel: "CSV UTF-8").',
  "encoding-windows-1252": (p) =>
    `Het bestand is geen UTF-8 (byte ${p.byte} op deze regel) en is gelezen als Windows-1252; klopt een naam niet, sla het dan op als UTF-8 (in Excel: "CSV UTF-8").`,
  "output-failed": (p) =>
    `Schrijven naar ${p.stream} is mislukt (${p.detail}); de uitvoer is niet compleet.`,
  "invalid-json": (p) =>
    `Dit is geen geldige JSON: ${p.found === null ? "de tekst houdt te vroeg op" : `onverwacht teken ${JSON.stringify(p.found)}`}.`,
  "empty-file": () => "Het bestand is leeg.",
  "not-a-list": (p) =>
    `Verwacht een JSON-lijst ([ … ]) van ${p.what === "participants" ? "medewerkers" : "koffervellen"}.`,
  "csv-no-header": () => "Het bestand heeft geen kopregel met kolomnamen.",
  "csv-too-many-cells": (p) =>
    `Bij deze regel heeft het bestand meer dan ${p.limit} cellen, één per 4 bytes van --max-size; geef een hogere --max-size als het echt zo groot is.`,
  "too-many-participants": (p) =>
    `Het bestand heeft meer dan ${p.limit} medewerkers, meer dan de opdrachtregel in één keer verwerkt; splits het bestand.`,
  "too-many-sheets": (p) =>
    `Het bestand heeft meer dan ${p.limit} koffervellen, meer dan de opdrachtregel in één keer verwerkt; een ronde is van één team.`,
  "csv-empty-column-name": (p) => `Kolom ${p.index} heeft geen naam in de kopregel.`,
  "csv-duplicate-column": (p) => `De kolom ${q(p.column)} staat twee keer in de kopregel.`,
  "csv-missing-column": (p) => `De kolom ${q(p.column)} ontbreekt in de kopregel.`,
  "csv-unknown-column": (p) =>
    `Onbekende kolom ${q(p.column)}; bekend zijn ${list(p.known, "nl")}.`,
  "csv-missing-value": (p) => `De kolom ${q(p.column)} is leeg in deze regel.`,
  "csv-conflicting-value": (p) =>
    `Voor ${q(p.participant)} staat in ${q(p.column)} hier ${q(p.value)}, eerder ${q(p.earlier)}.`,
  "csv-unknown-participant": (p) =>
    `De medewerker ${q(p.participant)} staat niet in ${q(p.file)}; voeg daar een regel toe (de kolom component mag leeg blijven).`,
  "csv-only-option": (p) =>
    `De optie ${q(p.option)} hoort bij medewerkers als CSV; in JSON staan rollen en vrijstellingen bij de medewerker zelf.`,
  "conflicting-options": (p) =>
    `De opties ${list(p.options, "nl")} kiezen elk de vorm van de uitvoer; geef er één.`,
  "internal-error": (p) =>
    `Er ging onverwacht iets mis (${p.detail}). Dit is een fout in sterrenprogramma; meld het graag.`,
  "unknown-example-template": (p) =>
    `${q(p.value)} is geen bestand en geen voorbeeldsjabloon; voorbeelden zijn ${list(p.examples, "nl")}.`,
};

const en: MessageTable<CliProblemParams> = {
  "no-command": () => "Give a command: validate, statements, report or koffer (see --help).",
  "unknown-command": (p) =>
    `Unknown command ${q(p.command)}; choose validate, statements, report or koffer (see --help).`,
  "unknown-option": (p) =>
    p.command === null
      ? `Unknown option ${q(p.option)} (see --help).`
      : `The option ${q(p.option)} does not belong to the command ${q(p.command)} (see --help).`,
  "missing-option-value": (p) => `The option ${q(p.option)} needs a value.`,
  "unexpected-option-value": (p) => `The option ${q(p.option)} takes no value.`,
  "repeated-option": (p) => `The option ${q(p.option)} is given more than once.`,
  "invalid-lang": (p) => `Unknown language ${q(p.value)}; choose nl or en.`,
  "missing-argument": (p) => `The command ${q(p.command)} is missing ${p.argument}.`,
  "too-many-arguments": (p) =>
    `The command ${q(p.command)} gets too many arguments: ${list(p.extra, "en")}.`,
  "missing-as-of": (p) =>
    `The command ${q(p.command)} needs --as-of YYYY-MM-DD: the date to compute the standing at. The program does not read the clock, so give the date yourself.`,
  "invalid-as-of": (p) =>
    p.detail === undefined
      ? `${q(p.value)} is not a valid date for --as-of; write for example 2026-06-30 or 30-06-2026.`
      : `Not a valid date for --as-of: ${p.detail.en}`,
  "invalid-column-option": (p) =>
    `${q(p.value)} is not a valid value for --column; write field=column name, for example --column date="Datum afgerond".`,
  "invalid-date-order": (p) =>
    `${q(p.value)} is not a valid value for --date-order; choose day-first (30-06-2026, the default) or month-first (06/30/2026).`,
  "file-not-found": (p) => `The file ${q(p.file)} does not exist.`,
  "file-is-directory": (p) => `${q(p.file)} is a folder, not a file.`,
  "file-unreadable": (p) => `The file ${q(p.file)} cannot be read (${p.detail}).`,
  "file-too-large": (p) =>
    `The file ${q(p.file)} is larger than ${p.limit} MB and is not read; give a higher limit with --max-size if it really is that large.`,
  "invalid-max-size": (p) =>
    `${q(p.value)} is not a valid value for --max-size; give a whole number of MB from 1 to ${p.max}.`,
  "encoding-invalid-utf8": (p) =>
    `Byte ${p.byte} on this line is not UTF-8, and the file is not Windows-1252 either (it holds UTF-8 characters elsewhere, or a byte Windows-1252 does not define); save it as UTF-8 (in Excel: "CSV UTF-8").`,
  "encoding-invalid-utf16": () =>
    "The file starts as UTF-16 but is not valid UTF-16; save it again.",
  "encoding-nul": () =>
    'This line holds a NUL character: this is not a text file, or UTF-16 without a byte order mark; save it as UTF-8 (in Excel: "CSV UTF-8").',
  "encoding-windows-1252": (p) =>
    `The file is not UTF-8 (byte ${p.byte} on this line) and was read as Windows-1252; if a name looks wrong, save it as UTF-8 (in Excel: "CSV UTF-8").`,
  "output-failed": (p) => `Writing to ${p.stream} failed (${p.detail}); the output is incomplete.`,
  "invalid-json": (p) =>
    `This is not valid JSON: ${p.found === null ? "the text ends too early" : `unexpected character ${JSON.stringify(p.found)}`}.`,
  "empty-file": () => "The file is empty.",
  "not-a-list": (p) =>
    `Expected a JSON list ([ … ]) of ${p.what === "participants" ? "participants" : "koffer sheets"}.`,
  "csv-no-header": () => "The file has no header line with column names.",
  "csv-too-many-cells": (p) =>
    `At this line the file has more than ${p.limit} cells, one per 4 bytes of --max-size; give a higher --max-size if it really is that large.`,
  "too-many-participants": (p) =>
    `The file has more than ${p.limit} participants, more than the command line handles at once; split the file.`,
  "too-many-sheets": (p) =>
    `The file has more than ${p.limit} koffer sheets, more than the command line handles at once; a round is one team's.`,
  "csv-empty-column-name": (p) => `Column ${p.index} has no name in the header.`,
  "csv-duplicate-column": (p) => `The column ${q(p.column)} appears twice in the header.`,
  "csv-missing-column": (p) => `The column ${q(p.column)} is missing from the header.`,
  "csv-unknown-column": (p) => `Unknown column ${q(p.column)}; known are ${list(p.known, "en")}.`,
  "csv-missing-value": (p) => `The column ${q(p.column)} is empty on this line.`,
  "csv-conflicting-value": (p) =>
    `For ${q(p.participant)} the column ${q(p.column)} says ${q(p.value)} here, ${q(p.earlier)} before.`,
  "csv-unknown-participant": (p) =>
    `The participant ${q(p.participant)} is not in ${q(p.file)}; add a line there (the component column may stay empty).`,
  "csv-only-option": (p) =>
    `The option ${q(p.option)} goes with participants as CSV; in JSON, roles and exemptions sit in the participant itself.`,
  "conflicting-options": (p) =>
    `The options ${list(p.options, "en")} each choose the form of the output; give one of them.`,
  "internal-error": (p) =>
    `Something went wrong unexpectedly (${p.detail}). This is a bug in sterrenprogramma; please report it.`,
  "unknown-example-template": (p) =>
    `${q(p.value)} is neither a file nor an example template; the examples are ${list(p.examples, "en")}.`,
};

/** The CLI's messages per locale, for tests that check every code has both. */
export const cliMessages = { nl, en } as const;

/**
 * Builds a CLI problem with its messages in both languages.
 *
 * @example
 * cliProblem("invalid-lang", { value: "de" }).message.nl; //=> 'Onbekende taal "de"; kies nl of en.'
 */
export function cliProblem<C extends CliProblemCode>(
  code: C,
  params: CliProblemParams[C],
  location?: SourceLocation,
): CliProblem {
  return {
    code,
    severity: warnings.has(code) ? "warning" : "error",
    params,
    message: { nl: nl[code](params), en: en[code](params) },
    ...(location === undefined ? {} : { location }),
  };
}

/**
 * A library diagnostic about a table as a CLI problem at its file, line and column. The codes the
 * command line had before the library read tables keep their CLI messages (which name
 * `--max-size` and the file); the others carry the library's message.
 *
 * @example
 * tableProblem(d, (table) => (table === "roles" ? "r.csv" : "m.csv"));
 */
export function tableProblem(d: TableDiagnostic, fileOf: (table: TableName) => string): CliProblem {
  const table = d.location?.table ?? (typeof d.path[0] === "string" ? d.path[0] : undefined);
  const known = table === "completions" || table === "roles" || table === "exemptions";
  const location: SourceLocation | undefined = known
    ? {
        file: fileOf(table),
        ...(d.location?.line === undefined ? {} : { line: d.location.line }),
        ...(d.location?.character === undefined ? {} : { column: d.location.character }),
      }
    : undefined;
  switch (d.code) {
    case "csv-too-many-cells":
    case "too-many-participants":
      return cliProblem(d.code, d.params, location);
    case "csv-unknown-participant":
      return cliProblem(
        d.code,
        { participant: d.params.participant, file: fileOf("completions") },
        location,
      );
    default:
      return {
        code: d.code,
        severity: d.severity,
        params: d.params,
        message: d.message,
        ...(location === undefined ? {} : { location }),
      };
  }
}
