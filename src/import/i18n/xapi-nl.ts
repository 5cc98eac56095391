import { longDate, q, wholeNumber } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { XapiDiagnosticParams } from "../xapi-diagnostics.js";

/** "1 statement", "2 statements": a count with its noun in the right number. */
function count(n: number, one: string, many: string): string {
  return `${wholeNumber(n, "nl")} ${n === 1 ? one : many}`;
}

/** A thing by its name, with the id a person needs to fix the mapping: `"Naam" (id)`. */
function named(name: string | null | undefined, id: string): string {
  return name ? `${q(name)} (${id})` : q(id);
}

const expectations: Record<string, string> = /* @__PURE__ */ deepFreeze({
  object: "een object",
  mapping: "een object of Map van tekst naar een id",
  "verb-list": "een lijst van 1 tot 100 werkwoord-IRI's",
  status: '"approved", "pending" of "rejected"',
});

const received: Record<string, string> = /* @__PURE__ */ deepFreeze({
  undefined: "niets",
  string: "tekst",
  number: "een getal",
  boolean: "true/false",
  object: "een object zonder lijst statements",
  array: "een lijst",
  null: "null",
});

/** The Dutch messages of the xAPI import diagnostics. */
export const xapiNl: MessageTable<XapiDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "unreadable-input": (p) => `De invoer kon niet worden gelezen: ${p.detail}`,
  "invalid-input": (p) =>
    `Verwacht een lijst xAPI-statements of een LRS-pagina met een lijst "statements"; gevonden ${received[p.received] ?? p.received}.`,
  "too-many-statements": (p) =>
    `Dit zijn ${count(p.count, "statement", "statements")}; één keer inlezen gaat tot ${wholeNumber(p.limit, "nl")}. Er is niets ingelezen: splits de export, bijvoorbeeld per maand.`,
  "more-statements": (p) =>
    `Het LRS heeft nog meer statements (vervolgpagina ${q(p.more)}). Haal alle pagina's op en lees ze samen in, anders ontbreken voltooiingen.`,
  "unknown-option": (p) =>
    `De optie ${q(p.option)} bestaat niet${p.suggestion === null ? "." : `; bedoel je ${q(p.suggestion)}?`}`,
  "missing-option": (p) =>
    p.option === "timeZone"
      ? 'De optie "timeZone" ontbreekt: geef de tijdzone van de organisatie, bijvoorbeeld "Europe/Amsterdam".'
      : p.option === "components"
        ? 'De optie "components" ontbreekt: geef per activiteit (haar IRI) het onderdeel waar ze bij hoort.'
        : `De optie ${q(p.option)} ontbreekt.`,
  "invalid-option": (p) =>
    p.option === "options"
      ? "De opties moeten een object zijn."
      : `De optie ${q(p.option)} moet ${expectations[p.expected] ?? p.expected} zijn.`,
  "mapping-too-large": (p) =>
    `De koppeling ${q(p.option)} heeft ${count(p.count, "regel", "regels")}; er kunnen er hoogstens ${wholeNumber(p.limit, "nl")} in.`,
  "invalid-mapping-entry": (p) =>
    p.problem === "invalid-key"
      ? `De koppeling ${q(p.option)} heeft een sleutel die geen tekst is of leeg is.`
      : p.problem === "duplicate-key"
        ? `In de koppeling ${q(p.option)} staat ${q(p.key)} al eerder, met een ander id (hoofdletters en "mailto:" tellen niet mee).`
        : `In de koppeling ${q(p.option)} hoort bij ${q(p.key)} geen geldig id: een id telt 1 tot 100 tekens zonder spatie aan begin of eind.`,
  "invalid-time-zone": (p) =>
    `${q(p.received)} is geen tijdzone die deze JavaScript-omgeving kent. Geef een IANA-naam, zoals "Europe/Amsterdam" of "Europe/Brussels".`,
  "invalid-statement": (p) => {
    switch (p.problem) {
      case "not-an-object":
        return "Dit is geen xAPI-statement: het is geen object.";
      case "missing":
        return `Het veld ${p.field} ontbreekt.`;
      case "not-text":
        return `Het veld ${p.field} moet tekst zijn.`;
      case "not-object":
        return `Het veld ${p.field} moet een object zijn.`;
      case "not-an-activity":
        return "Het object van een voltooiing moet een activiteit zijn, geen persoon, groep of statement.";
      case "not-a-statement-ref":
        return 'Een statement dat een ander ongeldig verklaart (voided), moet daarnaar verwijzen met objectType "StatementRef".';
    }
  },
  "invalid-actor": (p) => {
    switch (p.problem) {
      case "no-identifier":
        return "De actor heeft geen identificatie: mbox, mbox_sha1sum, openid of een account met homePage en name.";
      case "several-identifiers":
        return "De actor heeft meer dan één identificatie; xAPI staat er precies één toe.";
      case "group":
        return "De actor is een groep. Een voltooiing hoort bij één deelnemer, dus deze is niet ingelezen.";
      case "not-an-id":
        return 'De actor geeft geen geldig deelnemer-id (1 tot 100 tekens zonder spatie aan begin of eind); neem hem op in de koppeling "participants".';
    }
  },
  "unknown-actor": (p) =>
    p.needsMapping
      ? `${named(p.name, p.actor)} is alleen bekend via een mbox_sha1sum of openid; zonder koppeling "participants" hoort daar geen deelnemer bij. ${count(p.count, "voltooiing is", "voltooiingen zijn")} niet ingelezen.`
      : `${named(p.name, p.actor)} staat niet in de koppeling "participants": ${count(p.count, "voltooiing is", "voltooiingen zijn")} niet ingelezen.`,
  "unknown-activity": (p) =>
    `De activiteit ${named(p.name?.nl, p.activity)} staat niet in de koppeling "components": ${count(p.count, "voltooiing is", "voltooiingen zijn")} niet ingelezen.${p.suggestion === null ? "" : ` Bedoel je ${q(p.suggestion)}?`}`,
  "other-verb": (p) =>
    `${count(p.count, "statement", "statements")} met het werkwoord ${named(p.display?.nl, p.verb)} ${p.count === 1 ? "telt" : "tellen"} niet als voltooiing en ${p.count === 1 ? "is" : "zijn"} overgeslagen.`,
  "missing-timestamp": () =>
    "Deze voltooiing heeft geen timestamp en dus geen datum; ze is niet ingelezen.",
  "invalid-timestamp": (p) =>
    p.noOffset
      ? `De timestamp ${q(p.received)} zegt niet in welke tijdzone hij staat (Z of bijvoorbeeld +02:00), dus de datum is niet zeker; de voltooiing is niet ingelezen.`
      : `De timestamp ${q(p.received)} is geen datum en tijd volgens ISO 8601, zoals "2026-06-30T14:05:00Z"; de voltooiing is niet ingelezen.`,
  "date-out-of-range": (p) =>
    `De datum ${longDate(p.received, "nl")} valt buiten de datums die sterrenprogramma ondersteunt (${longDate(p.first, "nl")} tot en met ${longDate(p.last, "nl")}).`,
  voided: (p) =>
    `Dit statement is ongeldig verklaard door het statement bij [${p.voidedBy}]; het telt niet.`,
  "duplicate-statement": (p) =>
    `Dit statement (id ${q(p.id)}) staat er al eerder in, bij [${p.firstIndex}]; het telt één keer.`,
  "contradicting-result": (p) =>
    p.field === "completion"
      ? `Het werkwoord zegt dat de activiteit is voltooid, maar het resultaat zegt "completion": false; de voltooiing is niet ingelezen.`
      : `Het werkwoord zegt dat de deelnemer is geslaagd, maar het resultaat zegt "success": false; de voltooiing is niet ingelezen.`,
});
