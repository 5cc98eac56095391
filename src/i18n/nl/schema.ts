import type { SchemaDiagnosticParams } from "../../diagnostics/schema-codes.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { joinList, q, wholeNumber } from "../format.js";
import type { MessageTable } from "../types.js";

const expectedNl: Record<string, string> = /* @__PURE__ */ deepFreeze({
  string: "tekst",
  number: "een getal",
  int: "een geheel getal",
  boolean: "true of false",
  object: "een object",
  array: "een lijst",
  null: "null",
});

const receivedNl: Record<string, string> = /* @__PURE__ */ deepFreeze({
  undefined: "niets",
  string: "tekst",
  number: "een getal",
  boolean: "true/false",
  object: "een object",
  array: "een lijst",
  null: "null",
  "non-finite number": "een oneindig getal",
});

const origins: Record<string, string> = /* @__PURE__ */ deepFreeze({
  number: "Het getal",
  int: "Het getal",
  string: "De tekst",
  array: "De lijst",
});

/** The unit of a length, in the number it follows: "1 item", "2 items", "1 teken", "2 tekens". */
function unit(origin: string, n: number): string {
  if (origin === "array") return n === 1 ? " item lang" : " items lang";
  return origin === "string" ? (n === 1 ? " teken lang" : " tekens lang") : "";
}

/** A list found as "array(3)" (see `describeValue`) in words; anything else as it is. */
function found(received: string): string {
  const items = /^array\((\d+)\)$/.exec(received)?.[1];
  if (items === undefined) return received;
  return items === "0"
    ? "een lege lijst"
    : `een lijst van ${items} ${items === "1" ? "item" : "items"}`;
}

export const nl: MessageTable<SchemaDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "missing-field": (p) => `Het verplichte veld ${q(p.field)} ontbreekt.`,
  "unknown-field": (p) =>
    p.suggestion === null
      ? `Het veld ${q(p.field)} hoort niet bij het formaat; controleer de spelling.`
      : `Het veld ${q(p.field)} hoort niet bij het formaat; bedoel je ${q(p.suggestion)}?`,
  "invalid-type": (p) =>
    `Verwacht ${expectedNl[p.expected] ?? p.expected}, gevonden ${receivedNl[p.received] ?? p.received}.`,
  "not-an-integer": (p) => `Verwacht een geheel getal, gevonden ${p.received}.`,
  "too-small": (p) =>
    `${origins[p.origin] ?? "De waarde"} moet ${p.inclusive ? "minstens" : "meer dan"} ${p.minimum}${unit(p.origin, p.minimum)} zijn; gevonden ${found(p.received)}.`,
  "too-big": (p) =>
    `${origins[p.origin] ?? "De waarde"} mag ${p.inclusive ? "hoogstens" : "minder dan"} ${p.maximum}${unit(p.origin, p.maximum)} zijn; gevonden ${found(p.received)}.`,
  "invalid-value": (p) =>
    `Verwacht een van ${joinList(
      p.allowed.map((v) => JSON.stringify(v)),
      "nl",
    )}; gevonden ${p.received}.`,
  "invalid-date": (p) =>
    `Verwacht een kalenderdatum als JJJJ-MM-DD (bijv. "2025-03-31"); gevonden ${p.received}.`,
  "date-out-of-range": (p) =>
    `De datum ${p.received} valt buiten de datums die sterrenprogramma ondersteunt (${p.first} tot en met ${p.last}).`,
  "invalid-id": (p) =>
    `Een id telt 1 tot 100 tekens zonder spatie aan begin of eind; gevonden ${p.received}.`,
  "empty-text": () => "Deze tekst mag niet leeg zijn.",
  "stars-out-of-range": (p) => `Een onderdeel is 1, 2 of 3 sterren waard; gevonden ${p.received}.`,
  "unsupported-format-version": (p) =>
    `Deze versie van sterrenprogramma leest formatVersion ${joinList(p.supported, "nl")}; gevonden ${p.received}.`,
  "invalid-shape": (p) => `De waarde past niet in het formaat (${p.detail}).`,
  "unreadable-input": (p) => `De invoer kon niet gelezen worden (${p.detail}).`,
  "input-too-large": (p) =>
    `${p.of === "programme" ? "Dit programma" : "Deze deelnemer"} bevat meer dan ${wholeNumber(p.limit, "nl")} waarden; zo veel leest de validatie niet.`,
});
