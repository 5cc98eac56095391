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
  --lang nl|en        taal van de meldingen (standaard nl)
  -h, --help          deze hulp
  -V, --version       de versie

CSV: scheidingsteken ; of , (gekozen op de kopregel). Zie docs/cli.md voor de kolommen.
Afsluitcodes: 0 klaar, 1 ongeldige invoer (meldingen), 2 verkeerd gebruik of onleesbaar bestand.`;

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
  --lang nl|en        language of the messages (default nl)
  -h, --help          this help
  -V, --version       the version

CSV: delimiter ; or , (chosen from the header line). See docs/cli.md for the columns.
Exit codes: 0 done, 1 invalid input (diagnostics), 2 wrong usage or unreadable file.`;

/**
 * The help text in one language.
 *
 * @example
 * helpText("en").startsWith("sterrenprogramma"); //=> true
 */
export function helpText(locale: Locale): string {
  return locale === "nl" ? nl : en;
}
