/** The `--help` text, in Dutch and English. */
import type { Locale } from "../i18n/types.js";

const nl = `sterrenprogramma — het sterrenprogramma en de teamkoffer op de opdrachtregel

Gebruik:
  sterrenprogramma validate <programme.json> [--json]
  sterrenprogramma statements <programme.json> <participants.json|.csv> --as-of JJJJ-MM-DD
                   [--explain] [--roles rollen.csv] [--exemptions vrijstellingen.csv] [--json | --html | --csv]
  sterrenprogramma report <programme.json> <participants.json|.csv> --as-of JJJJ-MM-DD
                   [--roles rollen.csv] [--exemptions vrijstellingen.csv] [--json | --html | --csv]
  sterrenprogramma koffer <template.json|voorbeeld-connectie|voorbeeld-collectie> <sheets.csv|.json> [--json | --csv]

Opties:
  --as-of JJJJ-MM-DD  de datum van de stand (verplicht bij statements en report; de klok wordt niet gelezen);
                      ook 30-06-2026, 30/6/2026 of een Excel-serienummer, zoals in de CSV-cellen
  --explain           elk sterrenoverzicht volledig uitleggen
  --roles BESTAND     trainers en kartrekkers als CSV (bij medewerkers als CSV)
  --exemptions BESTAND vrijstellingen als CSV (bij medewerkers als CSV)
  --column VELD=KOLOM de kolom van een veld in een export met eigen kolomnamen, bijvoorbeeld
                      --column date="Datum afgerond" (te herhalen; bij medewerkers als CSV)
  --date-order day-first|month-first
                      hoe 06/07/2026 gelezen wordt: dag eerst (standaard, 6 juli) of maand eerst
  --json              uitvoer als JSON op stdout
  --html              één HTML-document op stdout, klaar om te printen: bij statements elk overzicht
                      met het plan naar het doel, bij report de pagina met grafieken
  --csv               een CSV voor Excel op stdout (UTF-8, ; en decimale komma; met --lang en , en punt):
                      bij statements een regel per medewerker (met --explain: per afronding en bonus),
                      bij report een regel per cijfer, bij koffer een regel per categorie
  --max-size MB       de grootste invoer die gelezen wordt, in MB (standaard 16, hoogstens 500)
  --lang nl|en        taal van de meldingen (standaard nl)
  -h, --help          deze hulp
  -V, --version       de versie

CSV: scheidingsteken ; , of tab (gekozen op de kopregel); UTF-8, UTF-16 met BOM of Windows-1252.
Datums: 2026-06-30, 30-06-2026, 30/06/2026, 2026-06-30 00:00:00 of een Excel-serienummer (46203).
Zie docs/cli.md voor de kolommen.

Afsluitcodes:
  0  klaar (er kunnen waarschuwingen zijn)
  1  ongeldige invoer: het programma, een medewerker, het koffersjabloon of geen geldig vel
  2  verkeerd gebruik, of een bestand dat niet gelezen kan worden (ontbreekt, te groot, geen tekst,
     foute JSON of CSV)
  3  onverwachte fout: de uitvoer kon niet worden geschreven, of een fout in sterrenprogramma`;

const en = `sterrenprogramma — the star programme and the team koffer on the command line

Usage:
  sterrenprogramma validate <programme.json> [--json]
  sterrenprogramma statements <programme.json> <participants.json|.csv> --as-of YYYY-MM-DD
                   [--explain] [--roles roles.csv] [--exemptions exemptions.csv] [--json | --html | --csv]
  sterrenprogramma report <programme.json> <participants.json|.csv> --as-of YYYY-MM-DD
                   [--roles roles.csv] [--exemptions exemptions.csv] [--json | --html | --csv]
  sterrenprogramma koffer <template.json|voorbeeld-connectie|voorbeeld-collectie> <sheets.csv|.json> [--json | --csv]

Options:
  --as-of YYYY-MM-DD  the date to compute at (required for statements and report; the clock is never read);
                      also 30-06-2026, 30/6/2026 or an Excel serial date, as in the CSV cells
  --explain           explain every star statement in full
  --roles FILE        trainers and kartrekkers as CSV (with participants as CSV)
  --exemptions FILE   exemptions as CSV (with participants as CSV)
  --column FIELD=NAME the column of a field in an export with its own column names, for example
                      --column date="Datum afgerond" (repeatable; with participants as CSV)
  --date-order day-first|month-first
                      how to read 06/07/2026: day first (the default, 6 July) or month first
  --json              output as JSON on stdout
  --html              one print-ready HTML document on stdout: with statements every statement and
                      its plan to reach the target, with report the page with charts
  --csv               a CSV for Excel on stdout (UTF-8; with --lang en , and a decimal point, else ;
                      and a decimal comma): with statements a row per participant (with --explain per
                      completion and bonus), with report a row per figure, with koffer a row per category
  --max-size MB       the largest input file read, in MB (default 16, at most 500)
  --lang nl|en        language of the messages (default nl)
  -h, --help          this help
  -V, --version       the version

CSV: delimiter ; , or tab (chosen from the header line); UTF-8, UTF-16 with a BOM or Windows-1252.
Dates: 2026-06-30, 30-06-2026, 30/06/2026, 2026-06-30 00:00:00 or an Excel serial date (46203).
See docs/cli.md for the columns.

Exit codes:
  0  done (there may be warnings)
  1  invalid input: the programme, a participant, the koffer template, or no valid sheet
  2  wrong usage, or a file that cannot be read (missing, too large, not text, bad JSON or CSV)
  3  unexpected error: the output could not be written, or a bug in sterrenprogramma`;

/**
 * The help text in one language.
 *
 * @example
 * helpText("en").startsWith("sterrenprogramma"); //=> true
 */
export function helpText(locale: Locale): string {
  return locale === "nl" ? nl : en;
}
