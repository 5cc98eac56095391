/**
 * The words of the statement and report documents that are not the library's explanations: titles,
 * labels, column headers and status words, in Dutch and English. Typed per locale, so a label
 * missing in one language fails to compile. Sentences about a statement or a plan are not here:
 * the documents take them from `explainStatementLines` and `planMessages`.
 */
import { joinList, longDate } from "../../i18n/format.js";
import { enStatusWords, nlStatusWords } from "../../i18n/status-words.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { PlanItem, PlanReason } from "../../stars/plan-types.js";
import type { StatementStatus, StatementWindow } from "../../stars/types.js";
import { count, counted } from "../figures.js";

type ItemText = (item: PlanItem) => string;

/** The words of the documents in one language. */
export interface DocumentLabels {
  readonly statement: {
    readonly title: (name: string, asOf: string) => string;
    readonly collectionTitle: (programme: string, asOf: string) => string;
    readonly heading: (name: string) => string;
    readonly noParticipants: string;
    readonly asOf: string;
    readonly window: string;
    readonly windowText: (window: StatementWindow) => string;
    readonly status: string;
    readonly statusWords: { readonly [S in StatementStatus]: string };
    readonly glance: string;
    readonly progress: (counted: number, target: number, percent: number) => string;
    readonly counted: string;
    readonly target: string;
    readonly remaining: string;
    readonly pending: string;
    readonly due: string;
    readonly mandatoryOpen: string;
    readonly mandatoryOpenValue: (outstanding: number, overdue: number) => string;
    readonly stars: (n: number) => string;
    readonly explanation: string;
    readonly plan: string;
    readonly planColumns: {
      readonly from: string;
      readonly component: string;
      readonly edition: string;
      readonly stars: string;
      readonly adds: string;
      readonly hours: string;
      readonly why: string;
    };
    readonly hours: (hours: number | null) => string;
    readonly why: { readonly [R in PlanReason]: ItemText };
    readonly notes: string;
    readonly signatures: readonly [string, string, string];
  };
  readonly report: {
    readonly title: (programme: string, asOf: string) => string;
    readonly heading: string;
    readonly asOf: string;
    readonly participants: string;
    readonly participantsValue: (n: number) => string;
    readonly meanCounted: string;
    readonly statusHeading: string;
    readonly statusColumns: readonly [string, string];
    readonly distribution: string;
    readonly distributionColumns: readonly [string, string];
    readonly distributionOthers: string;
    readonly mandatory: string;
    readonly mandatoryColumns: readonly [string, string, string, string, string, string];
    readonly noMandatory: string;
    readonly participation: {
      readonly themes: string;
      readonly learningLines: string;
      readonly spearheads: string;
    };
    readonly participationColumns: readonly [string, string, string];
    readonly roles: string;
    readonly rolesColumns: readonly [string, string, string];
    readonly trainingReturn: string;
    readonly trainingReturnColumns: readonly [string, string, string, string];
    readonly score: (mean: string | null, n: number) => string;
    readonly none: string;
  };
}

const nlKinds = /* @__PURE__ */ deepFreeze({
  theme: "thema",
  "learning-line": "leerlijn",
  spearhead: "speerpunt",
} as const);
const enKinds = /* @__PURE__ */ deepFreeze({
  theme: "theme",
  "learning-line": "learning line",
  spearhead: "spearhead",
} as const);

/** A name for people, or the id in quotes when the programme gives none. */
const named = (name: string | null | undefined, id: string) => name ?? `"${id}"`;

const nl: DocumentLabels = /* @__PURE__ */ deepFreeze({
  statement: {
    title: (name, asOf) => `Sterrenoverzicht van ${name}, ${longDate(asOf, "nl")}`,
    collectionTitle: (programme, asOf) =>
      `Sterrenoverzichten ${programme}, ${longDate(asOf, "nl")}`,
    heading: (name) => `Sterrenoverzicht van ${name}`,
    noParticipants: "Er zijn geen medewerkers om een sterrenoverzicht van te maken.",
    asOf: "Stand op",
    window: "Periode",
    windowText: (w) =>
      `${longDate(w.start, "nl")} t/m ${longDate(w.end, "nl")} (${
        {
          fixed: "vaste periode",
          rolling: "meeschuivende periode",
          participant: "eigen periode vanaf de start",
        }[w.kind]
      })`,
    status: "Status",
    statusWords: nlStatusWords,
    glance: "In het kort",
    progress: (n, target, percent) =>
      `${n} van de ${counted(target, "ster", "sterren", "nl")} ${n === 1 ? "telt" : "tellen"} mee (${percent}%)`,
    counted: "Telt mee",
    target: "Doel",
    remaining: "Nog te gaan",
    pending: "Kan nog komen (wacht op goedkeuring)",
    due: "Nodig om op schema te liggen",
    mandatoryOpen: "Verplichte onderdelen nog open",
    mandatoryOpenValue: (open, overdue) =>
      overdue === 0
        ? count(open, "nl")
        : `${count(open, "nl")}, waarvan ${count(overdue, "nl")} over tijd`,
    stars: (n) => counted(n, "ster", "sterren", "nl"),
    explanation: "Toelichting",
    plan: "Plan naar het doel",
    planColumns: {
      from: "Vanaf",
      component: "Onderdeel",
      edition: "Editie",
      stars: "Sterren",
      adds: "Erbij",
      hours: "Uren",
      why: "Waarom",
    },
    hours: (h) => (h === null ? "onbekend" : count(h, "nl")),
    why: {
      mandatory: (i) =>
        `verplicht${i.obligations.some((o) => o.overdue) ? ", over tijd" : ""}, uiterlijk ${joinList(
          i.obligations.map((o) => longDate(o.due, "nl")),
          "nl",
        )}`,
      "development-point": (i) =>
        `aandachtspunt ${joinList(
          i.matches.map((m) => `${named(m.name, m.id)} (${nlKinds[m.kind]})`),
          "nl",
        )}`,
      "learning-line": (i) =>
        `dekt leerlijn ${joinList(
          i.learningLines.map((id, k) => named(i.learningLineNames[k], id)),
          "nl",
        )}`,
      target: () => "sterren naar het doel, met de minste uren",
    },
    notes: "Aantekeningen bij het gesprek",
    signatures: ["Besproken op", "Medewerker", "Leidinggevende"],
  },
  report: {
    title: (programme, asOf) => `Organisatierapport ${programme}, ${longDate(asOf, "nl")}`,
    heading: "Organisatierapport",
    asOf: "Stand op",
    participants: "Medewerkers",
    participantsValue: (n) => count(n, "nl"),
    meanCounted: "Gemiddeld aantal sterren dat meetelt",
    statusHeading: "Waar de medewerkers staan",
    statusColumns: ["Status", "Medewerkers"],
    distribution: "Sterren die meetellen",
    distributionColumns: ["Sterren die meetellen", "Medewerkers"],
    distributionOthers: "Bij de andere aantallen sterren: geen medewerkers.",
    mandatory: "Verplichte onderdelen",
    mandatoryColumns: [
      "Onderdeel",
      "Verplichtingen",
      "Afgerond",
      "Waarvan te laat afgerond",
      "Over tijd",
      "Afgerond (%)",
    ],
    noMandatory: "Er zijn geen verplichte onderdelen voor deze medewerkers.",
    participation: {
      themes: "Deelname per thema",
      learningLines: "Deelname per leerlijn",
      spearheads: "Deelname per speerpunt",
    },
    participationColumns: ["Naam", "Medewerkers", "Afrondingen"],
    roles: "Trainers en kartrekkers per thema",
    rolesColumns: ["Thema", "Trainers", "Kartrekkers"],
    trainingReturn: "Trainingsrendement",
    trainingReturnColumns: ["Onderdeel", "Evaluaties", "Score deelnemer", "Effect op het werk"],
    score: (mean, n) =>
      mean === null ? "geen" : `${mean} (${counted(n, "score", "scores", "nl")})`,
    none: "Geen.",
  },
});

const en: DocumentLabels = /* @__PURE__ */ deepFreeze({
  statement: {
    title: (name, asOf) => `Star statement of ${name}, ${longDate(asOf, "en")}`,
    collectionTitle: (programme, asOf) => `Star statements ${programme}, ${longDate(asOf, "en")}`,
    heading: (name) => `Star statement of ${name}`,
    noParticipants: "There are no participants to make a star statement of.",
    asOf: "As of",
    window: "Window",
    windowText: (w) =>
      `${longDate(w.start, "en")} to ${longDate(w.end, "en")} (${
        {
          fixed: "fixed window",
          rolling: "rolling window",
          participant: "own window from the start date",
        }[w.kind]
      })`,
    status: "Status",
    statusWords: enStatusWords,
    glance: "At a glance",
    progress: (n, target, percent) =>
      `${n} of ${counted(target, "star", "stars", "en")} counted (${percent}%)`,
    counted: "Counted",
    target: "Target",
    remaining: "Still to go",
    pending: "May still come (awaiting approval)",
    due: "Needed to be on track",
    mandatoryOpen: "Mandatory components still open",
    mandatoryOpenValue: (open, overdue) =>
      overdue === 0
        ? count(open, "en")
        : `${count(open, "en")}, ${count(overdue, "en")} of them overdue`,
    stars: (n) => counted(n, "star", "stars", "en"),
    explanation: "Explanation",
    plan: "Plan to reach the target",
    planColumns: {
      from: "From",
      component: "Component",
      edition: "Edition",
      stars: "Stars",
      adds: "Adds",
      hours: "Hours",
      why: "Why",
    },
    hours: (h) => (h === null ? "unknown" : count(h, "en")),
    why: {
      mandatory: (i) =>
        `mandatory${i.obligations.some((o) => o.overdue) ? ", overdue" : ""}, due ${joinList(
          i.obligations.map((o) => longDate(o.due, "en")),
          "en",
        )}`,
      "development-point": (i) =>
        `development point ${joinList(
          i.matches.map((m) => `${named(m.name, m.id)} (${enKinds[m.kind]})`),
          "en",
        )}`,
      "learning-line": (i) =>
        `covers learning line ${joinList(
          i.learningLines.map((id, k) => named(i.learningLineNames[k], id)),
          "en",
        )}`,
      target: () => "stars towards the target, at the fewest hours",
    },
    notes: "Notes on the conversation",
    signatures: ["Discussed on", "Participant", "Manager"],
  },
  report: {
    title: (programme, asOf) => `Organisation report ${programme}, ${longDate(asOf, "en")}`,
    heading: "Organisation report",
    asOf: "As of",
    participants: "Participants",
    participantsValue: (n) => count(n, "en"),
    meanCounted: "Mean counted stars",
    statusHeading: "Where participants stand",
    statusColumns: ["Status", "Participants"],
    distribution: "Counted stars",
    distributionColumns: ["Counted stars", "Participants"],
    distributionOthers: "Other numbers of stars: no participants.",
    mandatory: "Mandatory components",
    mandatoryColumns: [
      "Component",
      "Obligations",
      "Met",
      "Of which completed late",
      "Overdue",
      "Met (%)",
    ],
    noMandatory: "No mandatory component applies to these participants.",
    participation: {
      themes: "Participation by theme",
      learningLines: "Participation by learning line",
      spearheads: "Participation by spearhead",
    },
    participationColumns: ["Name", "Participants", "Completions"],
    roles: "Trainers and kartrekkers by theme",
    rolesColumns: ["Theme", "Trainers", "Kartrekkers"],
    trainingReturn: "Training return",
    trainingReturnColumns: ["Component", "Evaluations", "Participant score", "Effect at work"],
    score: (mean, n) =>
      mean === null ? "none" : `${mean} (${counted(n, "score", "scores", "en")})`,
    none: "None.",
  },
});

/** The documents' words per locale. */
export const documentLabels: { readonly [L in Locale]: DocumentLabels } =
  /* @__PURE__ */ deepFreeze({ nl, en });
