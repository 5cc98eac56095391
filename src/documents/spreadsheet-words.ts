/**
 * The words of the spreadsheet tables of statements and the organisation report: column headers,
 * kinds of line, reasons and statuses as short cell texts, in Dutch and English. Typed per locale,
 * so a word missing in one language fails to compile. The status of a statement is the word the
 * explanations use, from src/i18n/status-words.ts (the statement messages would bring every
 * explanation text into an app that only exports a spreadsheet: about 6.5 kB min+gzip).
 */
import { joinList, longDate, q } from "../i18n/format.js";
import { enStatusWords, nlStatusWords } from "../i18n/status-words.js";
import type { Locale } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { ApprovalStatus, RoleKind } from "../programme/types.js";
import type { LineReason, StatementStatus } from "../stars/types.js";

/** The words of the spreadsheet tables in one language. */
export interface SpreadsheetWords {
  readonly statements: readonly string[];
  readonly lines: readonly string[];
  readonly statusWords: { readonly [S in StatementStatus]: string };
  readonly kinds: {
    readonly completion: string;
    readonly bonus: string;
    readonly carryOver: string;
  };
  readonly approval: { readonly [S in ApprovalStatus]: string };
  readonly reasons: { readonly [R in LineReason]: string };
  readonly unknownComponent: (id: string) => string;
  readonly bonus: (roles: readonly RoleKind[], theme: string | null, year: number | null) => string;
  readonly carryOver: (start: string, end: string) => string;
  readonly report: {
    readonly header: readonly [string, string, string, string];
    readonly summary: string;
    readonly asOf: string;
    readonly participants: string;
    readonly meanCounted: string;
    readonly status: string;
    readonly countedStars: string;
    readonly stars: (n: number) => string;
    readonly mandatory: string;
    readonly required: string;
    readonly completed: string;
    readonly late: string;
    readonly overdue: string;
    readonly ratePercent: string;
    readonly themes: string;
    readonly learningLines: string;
    readonly spearheads: string;
    readonly completions: string;
    readonly roles: string;
    readonly trainers: string;
    readonly kartrekkers: string;
    readonly trainingReturn: string;
    readonly evaluations: string;
    readonly participantScore: string;
    readonly participantScores: string;
    readonly effectScore: string;
    readonly effectScores: string;
  };
}

const nl: SpreadsheetWords = /* @__PURE__ */ deepFreeze({
  statements: [
    "Medewerker",
    "Id",
    "Peildatum",
    "Periode van",
    "Periode tot en met",
    "Status",
    "Telt mee",
    "Doel",
    "Nog te gaan",
    "Voortgang (%)",
    "Verdiend",
    "Boven het maximum",
    "Wacht op goedkeuring",
    "Nodig om op schema te liggen",
    "Verplichte onderdelen",
    "Verplicht afgerond",
    "Verplicht open",
    "Verplicht over tijd",
  ],
  statusWords: nlStatusWords,
  lines: [
    "Medewerker",
    "Id",
    "Datum",
    "Soort",
    "Onderdeel",
    "Status",
    "Sterren",
    "Telt mee",
    "Reden",
  ],
  kinds: { completion: "afronding", bonus: "bonus", carryOver: "meegenomen" },
  approval: { approved: "goedgekeurd", pending: "wacht op goedkeuring", rejected: "afgewezen" },
  reasons: {
    counted: "telt mee",
    "partly-over-cap": "telt deels mee: het maximum van de periode is bereikt",
    "over-cap": "telt niet mee: het maximum van de periode is bereikt",
    "partly-over-category-cap": "telt deels mee: het maximum voor dit soort onderdelen is bereikt",
    "over-category-cap": "telt niet mee: het maximum voor dit soort onderdelen is bereikt",
    duplicate: "telt niet mee: hetzelfde onderdeel telt al mee",
    "outside-window": "telt niet mee: buiten de periode",
    "after-as-of-date": "telt nog niet mee: na de peildatum",
    "unknown-component": "telt niet mee: onbekend onderdeel",
    pending: "telt nog niet mee: wacht op goedkeuring",
    rejected: "telt niet mee: afgewezen",
  },
  unknownComponent: (id) => `Onbekend onderdeel ${q(id)}`,
  bonus: (roles, theme, year) =>
    `Bonus voor ${joinList(roles, "nl")}${theme === null ? "" : ` van het thema ${theme}`}${
      year === null ? "" : ` in ${year}`
    }`,
  carryOver: (start, end) =>
    `Meegenomen uit de periode ${longDate(start, "nl")} t/m ${longDate(end, "nl")}`,
  report: {
    header: ["Rubriek", "Wat", "Maat", "Waarde"],
    summary: "Overzicht",
    asOf: "peildatum",
    participants: "medewerkers",
    meanCounted: "gemiddeld aantal sterren dat meetelt",
    status: "Status",
    countedStars: "Sterren die meetellen",
    stars: (n) => `${n} ${n === 1 ? "ster" : "sterren"}`,
    mandatory: "Verplichte onderdelen",
    required: "verplicht",
    completed: "afgerond",
    late: "te laat afgerond",
    overdue: "over tijd",
    ratePercent: "afgerond (%)",
    themes: "Deelname per thema",
    learningLines: "Deelname per leerlijn",
    spearheads: "Deelname per speerpunt",
    completions: "afrondingen",
    roles: "Trainers en kartrekkers per thema",
    trainers: "trainers",
    kartrekkers: "kartrekkers",
    trainingReturn: "Trainingsrendement",
    evaluations: "evaluaties",
    participantScore: "gemiddelde score van de deelnemers",
    participantScores: "scores van de deelnemers",
    effectScore: "gemiddelde effectscore",
    effectScores: "effectscores",
  },
});

const en: SpreadsheetWords = /* @__PURE__ */ deepFreeze({
  statements: [
    "Participant",
    "Id",
    "As of",
    "Window from",
    "Window to",
    "Status",
    "Counted",
    "Target",
    "Remaining",
    "Progress (%)",
    "Earned",
    "Over the cap",
    "Pending approval",
    "Due to be on track",
    "Mandatory components",
    "Mandatory completed",
    "Mandatory outstanding",
    "Mandatory overdue",
  ],
  statusWords: enStatusWords,
  lines: ["Participant", "Id", "Date", "Kind", "Component", "Status", "Stars", "Counted", "Reason"],
  kinds: { completion: "completion", bonus: "bonus", carryOver: "carried over" },
  approval: { approved: "approved", pending: "pending approval", rejected: "rejected" },
  reasons: {
    counted: "counted",
    "partly-over-cap": "partly counted: the window's cap is reached",
    "over-cap": "not counted: the window's cap is reached",
    "partly-over-category-cap": "partly counted: the cap for this kind of component is reached",
    "over-category-cap": "not counted: the cap for this kind of component is reached",
    duplicate: "not counted: the same component counts already",
    "outside-window": "not counted: outside the window",
    "after-as-of-date": "not counted yet: after the as-of date",
    "unknown-component": "not counted: unknown component",
    pending: "not counted yet: pending approval",
    rejected: "not counted: rejected",
  },
  unknownComponent: (id) => `Unknown component ${q(id)}`,
  bonus: (roles, theme, year) =>
    `Bonus for ${joinList(roles, "en")}${theme === null ? "" : ` of the theme ${theme}`}${
      year === null ? "" : ` in ${year}`
    }`,
  carryOver: (start, end) =>
    `Carried over from the window ${longDate(start, "en")} to ${longDate(end, "en")}`,
  report: {
    header: ["Section", "Item", "Measure", "Value"],
    summary: "Summary",
    asOf: "as of",
    participants: "participants",
    meanCounted: "mean counted stars",
    status: "Status",
    countedStars: "Counted stars",
    stars: (n) => `${n} ${n === 1 ? "star" : "stars"}`,
    mandatory: "Mandatory components",
    required: "required",
    completed: "completed",
    late: "completed late",
    overdue: "overdue",
    ratePercent: "completed (%)",
    themes: "Participation by theme",
    learningLines: "Participation by learning line",
    spearheads: "Participation by spearhead",
    completions: "completions",
    roles: "Trainers and kartrekkers by theme",
    trainers: "trainers",
    kartrekkers: "kartrekkers",
    trainingReturn: "Training return",
    evaluations: "evaluations",
    participantScore: "mean participant score",
    participantScores: "participant scores",
    effectScore: "mean effect score",
    effectScores: "effect scores",
  },
});

/** @internal The spreadsheet words of a locale (English for anything but `nl`). */
export function spreadsheetWords(locale: Locale): SpreadsheetWords {
  return locale === "nl" ? nl : en;
}
