/** The `--help` text, in Dutch and English. */
import type { Locale } from "../i18n/types.js";

const nl = `sterrenprogramma — het sterrenprogramma en de teamkoffer op de opdrachtregel

Gebruik:
  sterrenprogramma validate <programme.json> [--json]
  sterrenprogramma statements <programme.json> <participants.json|.csv> --as-of JJJJ-MM-DD
                   [--explain] [--roles rollen.csv] [--exemptions vrijstellingen.csv] [--json]
  sterrenprogramma report <programme.json> <participants.json|.csv> --as-of JJJJ-MM-DD
                   [--roles rollen.csv] [--exemptions vrijstellingen.csv] [--json]
  sterrenprogramma koffer <template.json|voorbeeld-connectie|voorbeeld-collectie> <sheets.csv|.json> [--json]

Opties:
  --as-of JJJJ-MM-DD  de datum van de stand (verplicht bij statements en report; de klok wordt niet gelezen)
  --explain           elk sterrenoverzicht volledig uitleggen
  --roles BESTAND     trainers en kartrekkers als CSV (bij medewerkers als CSV)
  --exemptions BESTAND vrijstellingen als CSV (bij medewerkers als CSV)
  --json              uitvoer als JSON op stdout
  --max-size MB       de grootste invoer die gelezen wordt, in MB (standaard 16, hoogstens 500)
  --lang nl|en        taal van de meldingen (standaard nl)
  -h, --help          deze hulp
  -V, --version       de versie

CSV: scheidingsteken ; , of tab (gekozen op de kopregel); UTF-8, UTF-16 met BOM of Windows-1252.
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
                   [--explain] [--roles roles.csv] [--exemptions exemptions.csv] [--json]
  sterrenprogramma report <programme.json> <participants.json|.csv> --as-of YYYY-MM-DD
                   [--roles roles.csv] [--exemptions exemptions.csv] [--json]
  sterrenprogramma koffer <template.json|voorbeeld-connectie|voorbeeld-collectie> <sheets.csv|.json> [--json]

Options:
  --as-of YYYY-MM-DD  the date to compute at (required for statements and report; the clock is never read)
  --explain           explain every star statement in full
  --roles FILE        trainers and kartrekkers as CSV (with participants as CSV)
  --exemptions FILE   exemptions as CSV (with participants as CSV)
  --json              output as JSON on stdout
  --max-size MB       the largest input file read, in MB (default 16, at most 500)
  --lang nl|en        language of the messages (default nl)
  -h, --help          this help
  -V, --version       the version

CSV: delimiter ; , or tab (chosen from the header line); UTF-8, UTF-16 with a BOM or Windows-1252.
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
