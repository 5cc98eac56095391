import { count, joinList, joinWith, q } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { ReadingDiagnosticParams } from "../diagnostics.js";

const punten = (n: number) => count(n, "punt", "punten");

const types: Record<string, string> = /* @__PURE__ */ deepFreeze({
  object: "een object",
  array: "een lijst",
  string: "tekst",
  number: "een getal",
  boolean: "ja/nee (boolean)",
  undefined: "niets (undefined)",
  "non-finite number": "een oneindig getal of NaN",
});

const type = (name: string) => (Object.hasOwn(types, name) ? types[name] : name);

/** The Dutch messages of the koffer diagnostics of reading (the aggregate's own: `aggregate-nl.ts`). */
export const nl: MessageTable<ReadingDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "unreadable-input": (p) => `De invoer kon niet gelezen worden (${p.detail}).`,
  "invalid-type": (p) => `Verwacht ${type(p.expected)}, gevonden ${type(p.received)}.`,
  "missing-field": (p) => `Het verplichte veld ${q(p.field)} ontbreekt.`,
  "unknown-field": (p) =>
    `Het veld ${q(p.field)} hoort niet bij het formaat; controleer de spelling.`,
  "invalid-id": (p) =>
    `Een id heeft 1 tot 100 tekens zonder spatie aan het begin of eind; gevonden ${p.received}.`,
  "invalid-respondent": () =>
    "Een respondent heeft 1 tot 100 tekens zonder spatie aan het begin of eind; laat het veld weg voor een anoniem vel.",
  "empty-text": (p) => `Het veld ${q(p.field)} mag niet leeg zijn.`,
  "invalid-value": (p) =>
    `${q(p.field)} is ${joinWith(p.allowed.map(q), "of")}; gevonden ${p.received}.`,
  "invalid-budget": (p) =>
    `Het budget is een heel getal van 1 tot en met ${p.maximum}; gevonden ${p.received}.`,
  "too-few-categories": (p) =>
    `Een koffer heeft minstens ${p.minimum} categorieën; deze heeft er ${p.count}.`,
  "too-many-categories": (p) =>
    `Een koffer heeft hoogstens ${p.maximum} categorieën; deze heeft er ${p.count}.`,
  "duplicate-category": (p) =>
    `De categorie ${q(p.id)} staat er twee keer in (eerst bij categories[${p.firstIndex}]).`,
  "budget-too-small": (p) =>
    `${p.categories} categorieën met allemaal verschillende punten vragen minstens ${p.minimum} punten (0 + 1 + … + ${p.categories - 1}); het budget is ${p.budget}.`,
  "missing-category": (p) => `Het vel geeft geen punten aan de categorie ${p.label}.`,
  "unknown-category": (p) => `De koffer heeft geen categorie ${q(p.category)}.`,
  "not-an-integer": (p) =>
    `De punten voor ${p.label} moeten een heel getal zijn; gevonden ${p.received}.`,
  negative: (p) => `De punten voor ${p.label} mogen niet negatief zijn; gevonden ${p.received}.`,
  tie: (p) =>
    `Twee vakjes mogen niet evenveel punten krijgen: ${joinList(p.labels, "nl")} hebben ${p.categories.length === 2 ? "allebei" : "allemaal"} ${punten(p.points)}.`,
  "over-budget": (p) =>
    `Het vel verdeelt ${punten(p.total)}, meer dan het budget van ${punten(p.budget)}.`,
  "under-budget": (p) =>
    `Het vel verdeelt ${punten(p.total)} in plaats van precies ${punten(p.budget)}.`,
});
