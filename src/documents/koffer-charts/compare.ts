import { longDate, wholeNumber } from "../../i18n/format.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type {
  CategoryAcrossTeams,
  CategoryChange,
  RoundComparison,
  TeamsComparison,
} from "../../koffer/compare.js";
import { checkTemplate, type KofferTemplate } from "../../koffer/template.js";
import { expectResult } from "../guards.js";
import { boundedTemplate } from "./bounded-template.js";
import {
  at,
  axis,
  bounded,
  chartWidth,
  colours,
  esc,
  figure,
  formatChange,
  formatNumber,
  type LegendItem,
  legend,
  niceAxis,
  plotLeft,
  plotWidth,
  rowLabel,
  rowsTop,
  shorten,
  svgDocument,
} from "./svg.js";
import { chartText, type KofferChartFigure } from "./text.js";

export type { KofferChartFigure } from "./text.js";

/**
 * Options of `kofferRoundsChart`.
 *
 * @example
 * const options: KofferRoundsChartOptions = {
 *   locale: "nl",
 *   figure: "mean",
 *   before: "2025-09-15",
 *   after: "2026-03-16",
 * };
 */
export interface KofferRoundsChartOptions {
  readonly locale: Locale;
  /**
   * What to compare: the decided team score or the mean of the sheets. Default: the team score
   * when both rounds have one, else the mean.
   */
  readonly figure?: KofferChartFigure | undefined;
  /** The earlier round's date (`YYYY-MM-DD`), written in the legend as "15 september 2025". */
  readonly before?: string | undefined;
  /** The later round's date. */
  readonly after?: string | undefined;
}

/**
 * Options of `kofferTeamsChart`.
 *
 * @example
 * const options: KofferTeamsChartOptions = { locale: "en", figure: "teamScore" };
 */
export interface KofferTeamsChartOptions {
  readonly locale: Locale;
  /**
   * What to compare: the decided team score or the mean of the sheets. Default: the team score
   * when every team has one, else the mean.
   */
  readonly figure?: KofferChartFigure | undefined;
}

/**
 * The most teams `kofferTeamsChart` draws side by side; the subtitle says how many more there were.
 * Beyond a score of bars per category a chart no longer compares anything, and the file would
 * grow with the number of teams.
 *
 * @example
 * if (comparison.teams.length > maxChartTeams) console.log("draw the teams in groups");
 */
export const maxChartTeams = 20;

/** The template's categories by id, for the comparisons' rows; an id outside it is a bug. */
function rowsById<T extends { readonly category: string }>(
  template: KofferTemplate,
  rows: readonly T[],
  what: string,
): Map<string, T> {
  if (!Array.isArray(rows)) throw new TypeError(`${what}.categories: must be an array`);
  const ids = new Set(template.categories.map((c) => c.id));
  const byId = new Map<string, T>();
  for (const row of rows) {
    if (!ids.has(row.category)) {
      throw new TypeError(`${what}: a category that is not in this template; not made from it`);
    }
    byId.set(row.category, row);
  }
  return byId;
}

const roundsRowHeight = 44;
/** The x of the change column's right edge. */
const changeRight = chartWidth - 16;

/**
 * Two rounds of a team compared (rules B6, re-evaluation), as a standalone SVG document: per
 * category a pair of bars, the earlier round (light) above the later one (dark), each with its
 * value, and the change (later − earlier, "+6", "−2", "0") in a column on the right. It draws the
 * decided **team score**, or the **mean** of the sheets (`figure`; by default the team score when
 * both rounds have one). A category a round has no figure for says "geen gegevens" / "no data".
 * The legend names the rounds by their dates when `before` and `after` are given.
 *
 * Pure and deterministic; all text from the data is escaped. Categories are named by the
 * template's labels, in its order.
 *
 * @throws TypeError when the comparison is not from `compareRounds` for this template.
 *
 * @example
 * import { compareRounds } from "sterrenprogramma/koffer";
 * import { kofferRoundsChart } from "sterrenprogramma/documents";
 *
 * const result = compareRounds(september, march);
 * if (result.ok) {
 *   const svg = kofferRoundsChart(template, result.value, {
 *     locale: "nl",
 *     before: september.date,
 *     after: march.date,
 *   });
 *   // "Twee rondes vergeleken: teamscore per categorie", bars for 15 september 2025 and
 *   // 16 maart 2026, and the change per category
 * }
 * @function
 */
export const kofferRoundsChart = /* @__PURE__ */ deepFreeze(function kofferRoundsChart(
  template: KofferTemplate,
  comparison: RoundComparison,
  options: KofferRoundsChartOptions,
): string {
  checkTemplate(template);
  // Texts cut once here, so no text of any length can make the chart large (see maxChartText).
  template = boundedTemplate(template);
  expectResult(comparison, "kofferRoundsChart: comparison", "compareRounds", {
    categories: "list",
  });
  if (comparison.templateId !== template.id) {
    throw new TypeError("comparison: not made by compareRounds from this template");
  }
  const locale: Locale = options.locale === "en" ? "en" : "nl";
  const t = chartText[locale];
  const byId = rowsById(template, comparison.categories, "comparison");
  const chosen: KofferChartFigure =
    options.figure ??
    (template.categories.every((c) => byId.get(c.id)?.teamScore != null) ? "teamScore" : "mean");
  const changeOf = (row: CategoryChange | undefined) =>
    (chosen === "teamScore" ? row?.teamScore : row?.mean) ?? null;

  let largest = 0;
  for (const { id } of template.categories) {
    const change = changeOf(byId.get(id));
    if (change === null) continue;
    largest = Math.max(largest, figure(change.before, "before"), figure(change.after, "after"));
  }
  const { top, ticks } = niceAxis(largest);
  const scale = (value: number) => plotLeft + (value * plotWidth) / top;
  const num = (x: number) => formatNumber(x, locale);

  const rows: string[] = [];
  const summaries: string[] = [];
  template.categories.forEach((category, j) => {
    const y0 = rowsTop + j * roundsRowHeight;
    const yMid = y0 + 21;
    const parts: string[] = [rowLabel(category.label, yMid)];
    const change = changeOf(byId.get(category.id));
    if (change === null) {
      parts.push(
        `<text x="${plotLeft + 8}" y="${yMid + 4}" font-style="italic" fill="${colours.muted}">${esc(t.noData)}</text>`,
      );
      summaries.push(`${category.label}: ${t.noData}.`);
    } else {
      const bar = (value: number, y: number, colour: string, kind: string) => {
        const end = scale(value);
        return (
          `<rect class="koffer-${kind}" data-value="${value}" x="${plotLeft}" y="${y}" width="${at(end - plotLeft)}" height="12" fill="${colour}"><title>${esc(`${kind === "before" ? t.before : t.after}: ${num(value)}`)}</title></rect>` +
          `<text x="${at(end + 4)}" y="${y + 10}" font-size="10" fill="${colours.text}">${esc(num(value))}</text>`
        );
      };
      const difference = change.after - change.before;
      parts.push(
        bar(change.before, y0 + 8, colours.before, "before"),
        bar(change.after, y0 + 22, colours.after, "after"),
        `<text class="koffer-change" x="${changeRight}" y="${yMid + 4}" text-anchor="end" font-weight="bold" fill="${colours.text}">${esc(formatChange(difference, locale))}</text>`,
      );
      summaries.push(
        t.roundsRow(
          category.label,
          num(change.before),
          num(change.after),
          formatChange(difference, locale),
        ),
      );
    }
    rows.push(`<g class="koffer-row" data-row="${j}">${parts.join("")}</g>`);
  });

  const rowsBottom = rowsTop + template.categories.length * roundsRowHeight;
  const beforeName = options.before === undefined ? t.before : longDate(options.before, locale);
  const afterName = options.after === undefined ? t.after : longDate(options.after, locale);
  const items: LegendItem[] = [
    {
      swatch: `<rect x="-6" y="-6" width="12" height="12" fill="${colours.before}"/>`,
      text: beforeName,
    },
    {
      swatch: `<rect x="-6" y="-6" width="12" height="12" fill="${colours.after}"/>`,
      text: afterName,
    },
  ];
  const key = legend(items, rowsBottom + 40);
  const months = figure(comparison.months, "comparison.months");
  const dates =
    options.before === undefined || options.after === undefined
      ? null
      : `${beforeName} ${t.and} ${afterName}`;
  const subtitle = t.roundsSubtitle(months, wholeNumber(months, locale), dates);
  const title = t.roundsTitle(t.figureName[chosen]);
  return svgDocument({
    locale,
    kind: "rounds",
    title,
    subtitle,
    description: [`${subtitle}.`, ...summaries].join(" "),
    height: rowsBottom + 40 + key.height,
    body: [
      `<text x="${changeRight}" y="${rowsTop - 2}" text-anchor="end" font-size="11" fill="${colours.muted}">${esc(t.change)}</text>`,
      axis(ticks, rowsTop, rowsBottom, scale, t.figureName[chosen], locale),
      ...rows,
      key.svg,
    ].join(""),
  });
});

const teamBar = 10;
const teamGap = 3;

/**
 * Several teams' koffers side by side (rules B6: "teams presenteren hun koffer aan elkaar"), as a
 * standalone SVG document: per category a group of bars, one per team in the comparison's order
 * (by name) and in the team's colour from the legend, each with its value. It draws the decided
 * **team score**, or the **mean** of the sheets (`figure`; by default the team score when every
 * team has one). A team without that figure gets "–" in its place. Colours repeat after eight
 * teams; then every bar also carries its team's name. At most `maxChartTeams` (20) teams are
 * drawn, the first by name; the subtitle then says how many of how many are shown.
 *
 * Pure and deterministic; all text from the data (team names, labels) is escaped and shortened
 * for display. Categories are named by the template's labels, in its order.
 *
 * @throws TypeError when the comparison is not from `compareTeams` for this template.
 *
 * @example
 * import { compareTeams } from "sterrenprogramma/koffer";
 * import { kofferTeamsChart } from "sterrenprogramma/documents";
 *
 * const result = compareTeams([
 *   { team: "Jeugd", aggregate: youth, teamScore: youthScore },
 *   { team: "Volwassenen", aggregate: adults, teamScore: adultsScore },
 * ]);
 * if (result.ok) {
 *   const svg = kofferTeamsChart(template, result.value, { locale: "en" });
 *   // "Teams side by side: team score per category", two bars per category
 * }
 * @function
 */
export const kofferTeamsChart = /* @__PURE__ */ deepFreeze(function kofferTeamsChart(
  template: KofferTemplate,
  comparison: TeamsComparison,
  options: KofferTeamsChartOptions,
): string {
  checkTemplate(template);
  // Texts cut once here, so no text of any length can make the chart large (see maxChartText).
  template = boundedTemplate(template);
  const locale: Locale = options.locale === "en" ? "en" : "nl";
  const t = chartText[locale];
  expectResult(comparison, "kofferTeamsChart: comparison", "compareTeams", {
    teams: "list",
    categories: "list",
  });
  const byId = rowsById(template, comparison.categories, "comparison");
  const total = comparison.teams.length;
  const teams = comparison.teams.slice(0, maxChartTeams).map(bounded);
  const shown = teams.length;
  for (const row of byId.values()) {
    if (!Array.isArray(row.teams) || row.teams.length !== total) {
      throw new TypeError(
        "comparison: a category without one entry per team; not from compareTeams",
      );
    }
  }
  const chosen: KofferChartFigure =
    options.figure ??
    (shown > 0 &&
    template.categories.every((c) => byId.get(c.id)?.teams.every((f) => f.teamScore !== null))
      ? "teamScore"
      : "mean");

  const figureOf = (row: CategoryAcrossTeams | undefined, i: number) => {
    const entry = row?.teams[i];
    return (chosen === "teamScore" ? entry?.teamScore : entry?.mean) ?? null;
  };
  let largest = 0;
  for (const { id } of template.categories) {
    for (let i = 0; i < shown; i++) {
      const value = figureOf(byId.get(id), i);
      if (value !== null) largest = Math.max(largest, figure(value, "comparison value"));
    }
  }
  const { top, ticks } = niceAxis(largest);
  const scale = (value: number) => plotLeft + (value * plotWidth) / top;
  const num = (x: number) => formatNumber(x, locale);
  const named = shown > colours.teams.length;
  const colourOf = (i: number) => colours.teams[i % colours.teams.length] as string;
  const rowHeight = Math.max(1, shown) * (teamBar + teamGap) + 14;

  const rows: string[] = [];
  const summaries: string[] = [];
  template.categories.forEach((category, j) => {
    const y0 = rowsTop + j * rowHeight;
    const parts: string[] = [rowLabel(category.label, y0 + rowHeight / 2 - 2)];
    const row = byId.get(category.id);
    const said: string[] = [];
    teams.forEach((team, i) => {
      const y = y0 + 7 + i * (teamBar + teamGap);
      const value = figureOf(row, i);
      const prefix = named ? `${shorten(team, 24)} ` : "";
      if (value === null) {
        parts.push(
          `<text x="${plotLeft + 4}" y="${y + 9}" font-size="10" fill="${colours.muted}">${esc(`${prefix}–`)}</text>`,
        );
        said.push(t.teamValue(team, t.noData));
        return;
      }
      const end = scale(value);
      parts.push(
        `<rect class="koffer-team" data-team="${i}" data-value="${value}" x="${plotLeft}" y="${y}" width="${at(end - plotLeft)}" height="${teamBar}" fill="${colourOf(i)}"><title>${esc(`${team}: ${num(value)}`)}</title></rect>`,
        `<text x="${at(end + 4)}" y="${y + 9}" font-size="10" fill="${colours.text}">${esc(prefix + num(value))}</text>`,
      );
      said.push(t.teamValue(team, num(value)));
    });
    if (shown === 0) {
      parts.push(
        `<text x="${plotLeft + 8}" y="${y0 + rowHeight / 2 + 2}" font-style="italic" fill="${colours.muted}">${esc(t.noData)}</text>`,
      );
      said.push(t.noData);
    }
    rows.push(`<g class="koffer-row" data-row="${j}">${parts.join("")}</g>`);
    summaries.push(t.teamsRow(category.label, said.join(", ")));
  });

  const rowsBottom = rowsTop + template.categories.length * rowHeight;
  const key = legend(
    teams.map((team, i) => ({
      swatch: `<rect x="-6" y="-6" width="12" height="12" fill="${colourOf(i)}"/>`,
      text: team,
    })),
    rowsBottom + 40,
  );
  const subtitle = t.teamsSubtitle(shown, total, (n) => wholeNumber(n, locale));
  const title = t.teamsTitle(t.figureName[chosen]);
  return svgDocument({
    locale,
    kind: "teams",
    title,
    subtitle,
    description: [`${subtitle}.`, ...summaries].join(" "),
    height: rowsBottom + 40 + key.height,
    body: [
      axis(ticks, rowsTop, rowsBottom, scale, t.figureName[chosen], locale),
      ...rows,
      key.svg,
    ].join(""),
  });
});
