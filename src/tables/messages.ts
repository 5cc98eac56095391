/**
 * The messages of reading a table, in Dutch and English. Cell values are quoted exactly as
 * written; dates the reader made of them are written out in words ("30 juni 2026").
 */
import { joinList, longDate, q } from "../i18n/format.js";
import type { Locale, MessageTable } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { TableDiagnosticParams } from "./diagnostics.js";

const typesNl: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  object: "een object",
  array: "een lijst",
  string: "tekst",
  number: "een getal",
  boolean: "waar/onwaar",
  undefined: "niets",
  null: "null",
  date: "een Date-object (geef een datum als tekst of als Excel-serienummer)",
  function: "een functie",
  bigint: "een bigint",
  symbol: "een symbol",
});

const typesEn: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  boolean: "true/false",
  undefined: "nothing",
  null: "null",
  date: "a Date object (give a date as text or as an Excel serial number)",
  function: "a function",
  bigint: "a bigint",
  symbol: "a symbol",
});

const typeName = (name: string, locale: Locale) => {
  const table = locale === "nl" ? typesNl : typesEn;
  return Object.hasOwn(table, name) ? (table[name] as string) : name;
};

const list = (items: readonly string[], locale: Locale) => joinList(items.map(q), locale);

/** The Dutch messages of the table codes. */
export const nl: MessageTable<TableDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "csv-not-a-table": (p) =>
    `Een tabel is CSV-tekst of een lijst van rijen; gevonden ${typeName(p.received, "nl")}.`,
  "csv-invalid-row": (p) =>
    `Een rij is een lijst van cellen; gevonden ${typeName(p.received, "nl")}.`,
  "csv-invalid-cell": (p) =>
    `Een cel is tekst, een getal, waar/onwaar of leeg; gevonden ${typeName(p.received, "nl")}.`,
  "csv-unterminated-quote": () =>
    "Een aanhalingsteken opent hier een veld dat nergens wordt gesloten.",
  "csv-text-after-quote": () =>
    "Na het sluitende aanhalingsteken volgt tekst; verwacht een scheidingsteken of een nieuwe regel.",
  "csv-stray-quote": () =>
    'Een aanhalingsteken midden in een veld zonder aanhalingstekens; zet het hele veld tussen aanhalingstekens en schrijf " als "".',
  "csv-too-many-fields": (p) =>
    `Deze regel heeft ${p.received} velden, de kopregel maar ${p.expected}.`,
  "csv-no-header": () => "De tabel heeft geen kopregel met kolomnamen.",
  "csv-too-many-cells": (p) =>
    `Bij deze regel heeft de tabel meer dan ${p.limit} cellen, meer dan de lezer neemt (maxCells).`,
  "csv-empty-column-name": (p) => `Kolom ${p.index} heeft geen naam in de kopregel.`,
  "csv-duplicate-column": (p) =>
    `De kolom ${q(p.column)} staat twee keer in de kopregel (als ${q(p.field)}).`,
  "csv-missing-column": (p) => {
    const base = `De kolom ${q(p.field)} ontbreekt in de kopregel.`;
    if (p.ignored.length === 0) return base;
    const more = p.more === 0 ? "" : ` en nog ${p.more === 1 ? "1 kolom" : `${p.more} kolommen`}`;
    const ignored =
      p.ignored.length === 1 && p.more === 0
        ? ` Niet gelezen is de kolom ${list(p.ignored, "nl")}`
        : ` Niet gelezen zijn de kolommen ${p.more === 0 ? list(p.ignored, "nl") : p.ignored.map(q).join(", ")}${more}`;
    const link = (column: string) =>
      `koppel de kolom met de optie columns (op de opdrachtregel: --column ${p.field}="${column}")`;
    return p.suggestion === null
      ? `${base}${ignored}; ${link("…")}.`
      : `${base}${ignored}. Bedoel je ${q(p.suggestion)}? Dan: ${link(p.suggestion)}.`;
  },
  "csv-ignored-column": (p) =>
    `De kolom ${q(p.column)} is onbekend en wordt overgeslagen.${p.suggestion === null ? "" : ` Bedoel je ${q(p.suggestion)}?`}`,
  "csv-unknown-column-field": (p) =>
    `${q(p.field)} is geen veld van de tabellen; bekend zijn ${list(p.known, "nl")}.${p.suggestion === null ? "" : ` Bedoel je ${q(p.suggestion)}?`}`,
  "csv-invalid-column-option": (p) => `Geef voor ${q(p.field)} de naam van een kolom (tekst).`,
  "csv-mapped-column-not-found": (p) =>
    `De kolom ${q(p.column)} voor ${q(p.field)} staat in geen kopregel van een tabel met dat veld.${p.suggestion === null ? "" : ` Bedoel je ${q(p.suggestion)}?`}`,
  "csv-field-mapped-twice": (p) =>
    `Het veld ${q(p.field)} is gekoppeld aan de kolommen ${list(p.columns, "nl")}; geef er één.`,
  "csv-column-mapped-twice": (p) =>
    `De kolom ${q(p.column)} is gekoppeld aan ${list(p.fields, "nl")}; een kolom hoort bij één veld.`,
  "csv-missing-value": (p) => `De kolom ${q(p.column)} is leeg in deze regel.`,
  "csv-conflicting-value": (p) =>
    `Voor ${q(p.participant)} staat in ${q(p.column)} hier ${q(p.value)}, eerder ${q(p.earlier)}.`,
  "csv-unknown-participant": (p) =>
    `De medewerker ${q(p.participant)} staat niet in de tabel met afrondingen; voeg daar een regel toe (de kolom component mag leeg blijven).`,
  "too-many-participants": (p) =>
    `De tabel heeft meer dan ${p.limit} medewerkers, meer dan de lezer neemt (maxParticipants).`,
  "csv-invalid-date": (p) => {
    switch (p.reason) {
      case "year":
        return `${q(p.received)} is een jaartal, geen datum; schrijf de hele datum, bijvoorbeeld 2026-06-30 of 30-06-2026.`;
      case "time-zone":
        return `${q(p.received)} is een tijdstip met een tijdzone, en welke dag dat is hangt af van waar je bent; schrijf de datum zelf, bijvoorbeeld 2026-06-30.`;
      case "excel-leap-day":
        return `${q(p.received)} is in Excel 29 februari 1900, een dag die nooit bestond (Excel telt 1900 ten onrechte als schrikkeljaar); schrijf de datum zelf.`;
      default:
        return `${q(p.received)} is geen datum; schrijf bijvoorbeeld 2026-06-30 of 30-06-2026.`;
    }
  },
  "csv-impossible-date": (p) =>
    `${q(p.received)} is geen bestaande dag; controleer de dag en de maand.`,
  "csv-ambiguous-date": (p) =>
    `${q(p.received)} kan ${longDate(p.dayFirst, "nl")} zijn (dag eerst) of ${longDate(p.monthFirst, "nl")} (maand eerst), en in deze tabel staat ook ${q(p.evidence)}, dat alleen met de maand eerst een datum is. Schrijf de datum als JJJJ-MM-DD, of geef de volgorde op met de optie dateOrder (op de opdrachtregel: --date-order).`,
  "csv-wrong-date-order": (p) =>
    p.order === "day-first"
      ? `${q(p.received)} is geen datum met de dag eerst, zoals Nederlandse en Vlaamse spreadsheets schrijven; met de maand eerst is het ${longDate(p.date, "nl")}. Schrijft de export de maand eerst, geef dan dateOrder "month-first" (op de opdrachtregel: --date-order month-first).`
      : `${q(p.received)} is geen datum met de maand eerst; met de dag eerst is het ${longDate(p.date, "nl")}. Schrijft de export de dag eerst, laat dan dateOrder weg of geef "day-first".`,
  "csv-date-out-of-range": (p) =>
    `${q(p.received)} valt buiten de datums die sterrenprogramma ondersteunt (${longDate(p.first, "nl")} tot en met ${longDate(p.last, "nl")}).`,
  "csv-invalid-number": (p) => `${q(p.received)} is geen getal.`,
  "csv-not-a-whole-number": (p) => `${q(p.received)} is geen geheel getal.`,
});

/** The English messages of the table codes. */
export const en: MessageTable<TableDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "csv-not-a-table": (p) =>
    `A table is CSV text or a list of rows; found ${typeName(p.received, "en")}.`,
  "csv-invalid-row": (p) => `A row is a list of cells; found ${typeName(p.received, "en")}.`,
  "csv-invalid-cell": (p) =>
    `A cell is text, a number, true/false or empty; found ${typeName(p.received, "en")}.`,
  "csv-unterminated-quote": () => "A quote opens a field here that is never closed.",
  "csv-text-after-quote": () =>
    "Text follows the closing quote; expected a delimiter or a new line.",
  "csv-stray-quote": () =>
    'A quote in the middle of an unquoted field; quote the whole field and write " as "".',
  "csv-too-many-fields": (p) =>
    `This line has ${p.received} fields, the header only ${p.expected}.`,
  "csv-no-header": () => "The table has no header row with column names.",
  "csv-too-many-cells": (p) =>
    `At this line the table has more than ${p.limit} cells, more than the reader takes (maxCells).`,
  "csv-empty-column-name": (p) => `Column ${p.index} has no name in the header.`,
  "csv-duplicate-column": (p) =>
    `The column ${q(p.column)} appears twice in the header (as ${q(p.field)}).`,
  "csv-missing-column": (p) => {
    const base = `The column ${q(p.field)} is missing from the header.`;
    if (p.ignored.length === 0) return base;
    const more = p.more === 0 ? "" : ` and ${p.more} more`;
    const ignored =
      p.ignored.length === 1 && p.more === 0
        ? ` Not read is the column ${list(p.ignored, "en")}`
        : ` Not read are the columns ${p.more === 0 ? list(p.ignored, "en") : p.ignored.map(q).join(", ")}${more}`;
    const link = (column: string) =>
      `map the column with the columns option (on the command line: --column ${p.field}="${column}")`;
    return p.suggestion === null
      ? `${base}${ignored}; ${link("…")}.`
      : `${base}${ignored}. Did you mean ${q(p.suggestion)}? Then ${link(p.suggestion)}.`;
  },
  "csv-ignored-column": (p) =>
    `The column ${q(p.column)} is unknown and is skipped.${p.suggestion === null ? "" : ` Did you mean ${q(p.suggestion)}?`}`,
  "csv-unknown-column-field": (p) =>
    `${q(p.field)} is not a field of the tables; known are ${list(p.known, "en")}.${p.suggestion === null ? "" : ` Did you mean ${q(p.suggestion)}?`}`,
  "csv-invalid-column-option": (p) => `Give the name of a column (text) for ${q(p.field)}.`,
  "csv-mapped-column-not-found": (p) =>
    `The column ${q(p.column)} for ${q(p.field)} is in no header of a table with that field.${p.suggestion === null ? "" : ` Did you mean ${q(p.suggestion)}?`}`,
  "csv-field-mapped-twice": (p) =>
    `The field ${q(p.field)} is mapped to the columns ${list(p.columns, "en")}; give one.`,
  "csv-column-mapped-twice": (p) =>
    `The column ${q(p.column)} is mapped to ${list(p.fields, "en")}; a column belongs to one field.`,
  "csv-missing-value": (p) => `The column ${q(p.column)} is empty on this line.`,
  "csv-conflicting-value": (p) =>
    `For ${q(p.participant)} the column ${q(p.column)} says ${q(p.value)} here, ${q(p.earlier)} before.`,
  "csv-unknown-participant": (p) =>
    `The participant ${q(p.participant)} is not in the completions table; add a row there (the component column may stay empty).`,
  "too-many-participants": (p) =>
    `The table has more than ${p.limit} participants, more than the reader takes (maxParticipants).`,
  "csv-invalid-date": (p) => {
    switch (p.reason) {
      case "year":
        return `${q(p.received)} is a year, not a date; write the whole date, for example 2026-06-30 or 30-06-2026.`;
      case "time-zone":
        return `${q(p.received)} is a moment with a time zone, and which day that is depends on where you are; write the date itself, for example 2026-06-30.`;
      case "excel-leap-day":
        return `${q(p.received)} is 29 February 1900 in Excel, a day that never was (Excel wrongly counts 1900 as a leap year); write the date itself.`;
      default:
        return `${q(p.received)} is not a date; write for example 2026-06-30 or 30-06-2026.`;
    }
  },
  "csv-impossible-date": (p) =>
    `${q(p.received)} is not a day that exists; check the day and the month.`,
  "csv-ambiguous-date": (p) =>
    `${q(p.received)} can be ${longDate(p.dayFirst, "en")} (day first) or ${longDate(p.monthFirst, "en")} (month first), and this table also holds ${q(p.evidence)}, which is a date only month first. Write the date as YYYY-MM-DD, or give the order with the dateOrder option (on the command line: --date-order).`,
  "csv-wrong-date-order": (p) =>
    p.order === "day-first"
      ? `${q(p.received)} is not a date with the day first, as Dutch and Flemish spreadsheets write it; month first it is ${longDate(p.date, "en")}. If the export writes the month first, give dateOrder "month-first" (on the command line: --date-order month-first).`
      : `${q(p.received)} is not a date with the month first; day first it is ${longDate(p.date, "en")}. If the export writes the day first, leave dateOrder out or give "day-first".`,
  "csv-date-out-of-range": (p) =>
    `${q(p.received)} lies outside the dates sterrenprogramma supports (${longDate(p.first, "en")} to ${longDate(p.last, "en")}).`,
  "csv-invalid-number": (p) => `${q(p.received)} is not a number.`,
  "csv-not-a-whole-number": (p) => `${q(p.received)} is not a whole number.`,
});
