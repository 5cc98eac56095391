/**
 * Every word the koffer charts write, in Dutch and English. Typed per locale, so a missing
 * translation fails to compile. Numbers arrive already written for the locale.
 */
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";

/**
 * The figure a comparison chart draws: the decided team score or the mean of the sheets.
 *
 * @example
 * kofferTeamsChart(template, comparison, { locale: "nl", figure: "mean" satisfies KofferChartFigure });
 */
export type KofferChartFigure = "teamScore" | "mean";

export interface ChartText {
  readonly points: string;
  readonly pointsOf: (count: number, text: string) => string;
  // The strip chart
  readonly stripTitle: (templateName: string) => string;
  readonly stripSubtitle: (valid: number, received: number, text: (n: number) => string) => string;
  readonly dot: (count: number, countText: string, values: string) => string;
  readonly highest: string;
  readonly lowest: string;
  readonly highestScore: (names: string) => string;
  readonly lowestScore: (names: string) => string;
  readonly teamScore: string;
  readonly mean: string;
  readonly median: string;
  readonly oneSheet: string;
  readonly sameSheets: string;
  readonly noSheets: string;
  readonly range: (low: string, high: string) => string;
  readonly stripRow: (parts: {
    label: string;
    n: string;
    nCount: number;
    highest: string;
    lowest: string;
    mean: string;
    median: string;
    teamScore: string | null;
  }) => string;
  // The comparisons
  readonly figureName: { readonly [F in KofferChartFigure]: string };
  readonly roundsTitle: (figure: string) => string;
  readonly roundsSubtitle: (months: number, monthsText: string, dates: string | null) => string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
  readonly noData: string;
  readonly roundsRow: (label: string, before: string, after: string, change: string) => string;
  readonly teamsTitle: (figure: string) => string;
  readonly teamsSubtitle: (shown: number, total: number, text: (n: number) => string) => string;
  readonly teamsRow: (label: string, figures: string) => string;
  readonly teamValue: (team: string, value: string) => string;
  readonly and: string;
}

export const chartText: { readonly [L in Locale]: ChartText } = /* @__PURE__ */ deepFreeze({
  nl: {
    points: "punten",
    pointsOf: (n, text) => `${text} ${n === 1 ? "punt" : "punten"}`,
    stripTitle: (name) => `Punten per categorie: ${name}`,
    stripSubtitle: (valid, received, text) =>
      valid === received
        ? `${text(valid)} ${valid === 1 ? "vel" : "vellen"} geteld`
        : `${text(valid)} ${valid === 1 ? "vel" : "vellen"} geteld, ${text(received)} ontvangen, ${text(received - valid)} weggelaten`,
    dot: (n, countText, values) => `${countText} ${n === 1 ? "vel" : "vellen"} met ${values}`,
    highest: "hoogste score",
    lowest: "laagste score",
    highestScore: (names) => (names === "" ? "hoogste score" : `hoogste score: ${names}`),
    lowestScore: (names) => (names === "" ? "laagste score" : `laagste score: ${names}`),
    teamScore: "teamscore",
    mean: "gemiddelde",
    median: "mediaan",
    oneSheet: "één vel",
    sameSheets: "getal = aantal vellen met die punten",
    noSheets: "geen geldige vellen",
    range: (low, high) => `${low} tot ${high}`,
    stripRow: (p) =>
      p.nCount === 0
        ? `${p.label}: geen geldige vellen.`
        : `${p.label}: ${p.n} ${p.nCount === 1 ? "vel" : "vellen"}, hoogste ${p.highest}, laagste ${p.lowest}, gemiddelde ${p.mean}, mediaan ${p.median}${p.teamScore === null ? "" : `, teamscore ${p.teamScore}`}.`,
    figureName: { teamScore: "teamscore", mean: "gemiddelde" },
    roundsTitle: (figure) => `Twee rondes vergeleken: ${figure} per categorie`,
    roundsSubtitle: (months, text, dates) =>
      `${dates === null ? "" : `${dates}, `}${text} ${months === 1 ? "maand" : "maanden"} ertussen`,
    before: "eerdere ronde",
    after: "latere ronde",
    change: "verschil",
    noData: "geen gegevens",
    roundsRow: (label, before, after, change) =>
      `${label}: ${before}, daarna ${after} (verschil ${change}).`,
    teamsTitle: (figure) => `Teams naast elkaar: ${figure} per categorie`,
    teamsSubtitle: (shown, total, text) =>
      shown === total
        ? `${text(total)} ${total === 1 ? "team" : "teams"}`
        : `${text(shown)} van de ${text(total)} teams getoond`,
    teamsRow: (label, figures) => `${label}: ${figures}.`,
    teamValue: (team, value) => `${team} ${value}`,
    and: "en",
  },
  en: {
    points: "points",
    pointsOf: (n, text) => `${text} ${n === 1 ? "point" : "points"}`,
    stripTitle: (name) => `Points per category: ${name}`,
    stripSubtitle: (valid, received, text) =>
      valid === received
        ? `${text(valid)} ${valid === 1 ? "sheet" : "sheets"} counted`
        : `${text(valid)} ${valid === 1 ? "sheet" : "sheets"} counted, ${text(received)} received, ${text(received - valid)} left out`,
    dot: (n, countText, values) => `${countText} ${n === 1 ? "sheet" : "sheets"} with ${values}`,
    highest: "highest score",
    lowest: "lowest score",
    highestScore: (names) => (names === "" ? "highest score" : `highest score: ${names}`),
    lowestScore: (names) => (names === "" ? "lowest score" : `lowest score: ${names}`),
    teamScore: "team score",
    mean: "mean",
    median: "median",
    oneSheet: "one sheet",
    sameSheets: "number = sheets with those points",
    noSheets: "no valid sheets",
    range: (low, high) => `${low} to ${high}`,
    stripRow: (p) =>
      p.nCount === 0
        ? `${p.label}: no valid sheets.`
        : `${p.label}: ${p.n} ${p.nCount === 1 ? "sheet" : "sheets"}, highest ${p.highest}, lowest ${p.lowest}, mean ${p.mean}, median ${p.median}${p.teamScore === null ? "" : `, team score ${p.teamScore}`}.`,
    figureName: { teamScore: "team score", mean: "mean" },
    roundsTitle: (figure) => `Two rounds compared: ${figure} per category`,
    roundsSubtitle: (months, text, dates) =>
      `${dates === null ? "" : `${dates}, `}${text} ${months === 1 ? "month" : "months"} apart`,
    before: "earlier round",
    after: "later round",
    change: "change",
    noData: "no data",
    roundsRow: (label, before, after, change) =>
      `${label}: ${before}, then ${after} (change ${change}).`,
    teamsTitle: (figure) => `Teams side by side: ${figure} per category`,
    teamsSubtitle: (shown, total, text) =>
      shown === total
        ? `${text(total)} ${total === 1 ? "team" : "teams"}`
        : `${text(shown)} of the ${text(total)} teams shown`,
    teamsRow: (label, figures) => `${label}: ${figures}.`,
    teamValue: (team, value) => `${team} ${value}`,
    and: "and",
  },
});
