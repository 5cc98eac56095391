import { decimal, joinList, longDate, q } from "../i18n/format.js";
import type { Locale } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { DevelopmentPoint } from "../programme/types.js";
import type {
  Plan,
  PlanItem,
  PlanMatch,
  PlanReason,
  PlanUnavailable,
  PlanUnmetRule,
} from "./plan-types.js";

/**
 * Every piece of text of a plan's explanation in one language (rules A8). Typed so that a locale
 * without a message for some reason or rule fails to compile.
 *
 * @example
 * const messages: PlanMessages = planMessages.en;
 * messages.heading(plan); //=> "Plan for Sanne Bakker as of 30 June 2026 (window 1 January 2025 to 31 December 2026)"
 */
export interface PlanMessages {
  readonly heading: (plan: Plan) => string;
  /** The outcome: already there, reaches the target, or how close the best plan gets. */
  readonly alreadyReached: (plan: Plan) => string;
  readonly reaches: (plan: Plan) => string;
  readonly unreachable: (plan: Plan) => string;
  /** One suggested component with why it was chosen. */
  readonly item: { readonly [R in PlanReason]: (item: PlanItem) => string };
  readonly totals: (plan: Plan) => string;
  /** A mandatory component no remaining edition offers. */
  readonly unavailable: (u: PlanUnavailable) => string;
  /** Obligations still open beyond the unavailable ones. */
  readonly unmetObligations: (n: number) => string;
  readonly unmetRule: { readonly [R in PlanUnmetRule]: () => string };
  /** Said when the search could not prove optimality within its budget. */
  readonly notExact: () => string;
}

const nlDate = (iso: string) => longDate(iso, "nl");
const enDate = (iso: string) => longDate(iso, "en");
const nlStars = (n: number) => `${n} ${n === 1 ? "ster" : "sterren"}`;
const enStars = (n: number) => `${n} ${n === 1 ? "star" : "stars"}`;
const nlHours = (h: number | null) => (h === null ? "duur onbekend" : `${decimal(h, "nl")} uur`);
const enHours = (h: number | null) =>
  h === null ? "duration unknown" : `${decimal(h, "en")} ${h === 1 ? "hour" : "hours"}`;
const nlKinds: Record<DevelopmentPoint["kind"], string> = /* @__PURE__ */ deepFreeze({
  theme: "thema",
  "learning-line": "leerlijn",
  spearhead: "speerpunt",
});
const enKinds: Record<DevelopmentPoint["kind"], string> = /* @__PURE__ */ deepFreeze({
  theme: "theme",
  "learning-line": "learning line",
  spearhead: "spearhead",
});
/** "Klantgerichtheid (speerpunt)", or "onbekend speerpunt "x"" when the programme lacks it. */
const nlMatch = (m: PlanMatch) =>
  m.name === null ? `onbekend ${nlKinds[m.kind]} ${q(m.id)}` : `${m.name} (${nlKinds[m.kind]})`;
const enMatch = (m: PlanMatch) =>
  m.name === null ? `unknown ${enKinds[m.kind]} ${q(m.id)}` : `${m.name} (${enKinds[m.kind]})`;
/** The participant by name, or said in words with the id quoted when they have none. */
const nlWho = (p: Plan) => p.participantName ?? `medewerker ${q(p.participant)}`;
const enWho = (p: Plan) => p.participantName ?? `participant ${q(p.participant)}`;
const nlItem = (i: PlanItem) =>
  `${i.title} (editie ${i.year}, vanaf ${nlDate(i.date)}): ${nlStars(i.stars)}, ${i.adds} erbij, ${nlHours(i.hours)}`;
const enItem = (i: PlanItem) =>
  `${i.title} (${i.year} edition, from ${enDate(i.date)}): ${enStars(i.stars)}, adds ${i.adds}, ${enHours(i.hours)}`;

const nl: PlanMessages = /* @__PURE__ */ deepFreeze({
  heading: (p) =>
    `Plan voor ${nlWho(p)}, stand op ${nlDate(p.asOf)} (periode ${nlDate(p.window.start)} t/m ${nlDate(p.window.end)})`,
  alreadyReached: (p) =>
    `Het doel van ${nlStars(p.target)} is al bereikt${p.unmetObligations === 0 ? "; er hoeft niets meer" : ""}.`,
  reaches: (p) =>
    `Met dit plan komt ${nlWho(p)} van ${p.countedBefore} op ${p.countedAfter} van de ${nlStars(p.target)}: het doel wordt bereikt.`,
  unreachable: (p) =>
    `Het doel van ${nlStars(p.target)} is in deze periode niet meer te halen; het beste plan komt op ${p.countedAfter} (${nlStars(p.shortfall)} tekort).`,
  item: {
    mandatory: (i) =>
      `${nlItem(i)} — verplicht${i.obligations.some((o) => o.overdue) ? ", over tijd" : ""} (uiterlijk ${joinList(
        i.obligations.map((o) => nlDate(o.due)),
        "nl",
      )})`,
    "development-point": (i) =>
      `${nlItem(i)} — past bij ${i.matches.length === 1 ? "het aandachtspunt" : "de aandachtspunten"} ${joinList(
        i.matches.map(nlMatch),
        "nl",
      )}`,
    "learning-line": (i) =>
      `${nlItem(i)} — dekt ${i.learningLineNames.length === 1 ? "de leerlijn" : "de leerlijnen"} ${joinList(i.learningLineNames, "nl")}`,
    target: (i) => `${nlItem(i)} — brengt sterren naar het doel met de minste uren`,
  },
  totals: (p) =>
    `Samen ${p.items.length} ${p.items.length === 1 ? "onderdeel" : "onderdelen"}, ${nlHours(p.hours)}${
      p.unknownHours === 0
        ? ""
        : p.unknownHours === 1
          ? "; van 1 onderdeel is de duur niet bekend"
          : `; van ${p.unknownHours} onderdelen is de duur niet bekend`
    }.`,
  unavailable: (u) =>
    `${u.title} (verplicht in editie ${u.year}, uiterlijk ${nlDate(u.due)}${u.overdue ? ", over tijd" : ""}): niet meer aangeboden, bespreek dit met je leidinggevende.`,
  unmetObligations: (n) =>
    `${n} ander${n === 1 ? " verplicht onderdeel blijft" : "e verplichte onderdelen blijven"} open.`,
  unmetRule: {
    "min-count": () =>
      "De regel voor het minimum aantal onderdelen naar vrije keuze blijft onvervuld.",
    "max-count": () => "Het maximum aantal onderdelen naar vrije keuze wordt overschreden.",
    "max-stars": () =>
      "Het maximum aantal sterren uit onderdelen naar vrije keuze wordt overschreden.",
    "cover-every-learning-line": () => "Niet elke leerlijn kan nog aan bod komen.",
    "yearly-minimum": () => "Het minimum aantal sterren per jaar wordt niet in elk jaar gehaald.",
  },
  notExact: () =>
    "Let op: de zoekruimte was te groot om dit plan als beste te bewijzen (zie docs/plans.md).",
});

const en: PlanMessages = /* @__PURE__ */ deepFreeze({
  heading: (p) =>
    `Plan for ${enWho(p)} as of ${enDate(p.asOf)} (window ${enDate(p.window.start)} to ${enDate(p.window.end)})`,
  alreadyReached: (p) =>
    `The target of ${enStars(p.target)} is reached already${p.unmetObligations === 0 ? "; nothing is left to do" : ""}.`,
  reaches: (p) =>
    `With this plan ${enWho(p)} goes from ${p.countedBefore} to ${p.countedAfter} of ${enStars(p.target)}: the target is reached.`,
  unreachable: (p) =>
    `The target of ${enStars(p.target)} can no longer be reached in this window; the best plan reaches ${p.countedAfter} (${enStars(p.shortfall)} short).`,
  item: {
    mandatory: (i) =>
      `${enItem(i)} — mandatory${i.obligations.some((o) => o.overdue) ? ", overdue" : ""} (due ${joinList(
        i.obligations.map((o) => enDate(o.due)),
        "en",
      )})`,
    "development-point": (i) =>
      `${enItem(i)} — matches the development ${i.matches.length === 1 ? "point" : "points"} ${joinList(
        i.matches.map(enMatch),
        "en",
      )}`,
    "learning-line": (i) =>
      `${enItem(i)} — covers the learning ${i.learningLineNames.length === 1 ? "line" : "lines"} ${joinList(i.learningLineNames, "en")}`,
    target: (i) => `${enItem(i)} — brings stars towards the target at the fewest hours`,
  },
  totals: (p) =>
    `In all ${p.items.length} ${p.items.length === 1 ? "component" : "components"}, ${enHours(p.hours)}${
      p.unknownHours === 0
        ? ""
        : p.unknownHours === 1
          ? "; 1 component has no duration"
          : `; ${p.unknownHours} components have no duration`
    }.`,
  unavailable: (u) =>
    `${u.title} (mandatory in the ${u.year} edition, due ${enDate(u.due)}${u.overdue ? ", overdue" : ""}): no longer on offer, discuss with your manager.`,
  unmetObligations: (n) =>
    `${n} other mandatory ${n === 1 ? "component stays" : "components stay"} open.`,
  unmetRule: {
    "min-count": () => "The minimum number of electives stays unmet.",
    "max-count": () => "The maximum number of electives is exceeded.",
    "max-stars": () => "The maximum stars from electives is exceeded.",
    "cover-every-learning-line": () => "Not every learning line can still be covered.",
    "yearly-minimum": () => "The yearly minimum of stars is not met in every year.",
  },
  notExact: () =>
    "Note: the search space was too large to prove this plan the best (see docs/plans.md).",
});

/**
 * The plan messages per locale.
 *
 * @example
 * planMessages.nl.item.target(item); //=> "Intervisie (editie 2026, vanaf 30 juni 2026): 2 sterren, 2 erbij, 6 uur — …"
 */
export const planMessages: { readonly [L in Locale]: PlanMessages } = /* @__PURE__ */ deepFreeze({
  nl,
  en,
});

/**
 * A plan as readable lines in Dutch or English (rules A8): the heading, the outcome, one line per
 * suggested component with why it was chosen, the totals, what stays unmet and any warning
 * about the options.
 *
 * @example
 * import { explainPlan, planToTarget } from "sterrenprogramma";
 *
 * console.log(explainPlan(planToTarget(programme, participant, "2026-06-30"), "en"));
 * // Plan for Sanne Bakker as of 30 June 2026 (window 1 January 2025 to 31 December 2026)
 * // With this plan Sanne Bakker goes from 4 to 15 of 15 stars: the target is reached.
 * // …
 * @function
 */
export const explainPlan = /* @__PURE__ */ deepFreeze(function explainPlan(
  plan: Plan,
  locale: Locale = "nl",
): string {
  const m = planMessages[locale];
  const lines = [m.heading(plan)];
  if (plan.items.length === 0 && plan.reached) lines.push(m.alreadyReached(plan));
  else lines.push(plan.reached ? m.reaches(plan) : m.unreachable(plan));
  for (const item of plan.items) lines.push(`- ${m.item[item.reason](item)}`);
  if (plan.items.length > 0) lines.push(m.totals(plan));
  for (const u of plan.unavailable) lines.push(`- ${m.unavailable(u)}`);
  const open = plan.unmetObligations - plan.unavailable.length;
  if (open > 0) lines.push(m.unmetObligations(open));
  for (const rule of plan.unmetRules) lines.push(m.unmetRule[rule]());
  if (!plan.exact) lines.push(m.notExact());
  for (const d of plan.diagnostics) lines.push(d.message[locale]);
  return lines.join("\n");
});
