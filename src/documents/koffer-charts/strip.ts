import { wholeNumber } from "../../i18n/format.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { CategoryFigures, TeamAggregate } from "../../koffer/aggregate.js";
import type { KofferSheet } from "../../koffer/sheet.js";
import { checkTemplate, type KofferTemplate } from "../../koffer/template.js";
import { expectResult } from "../guards.js";
import { boundedTemplate } from "./bounded-template.js";
import { forEachCountedSheet, teamScorePoints } from "./points.js";
import {
  at,
  axis,
  chartWidth,
  colours,
  esc,
  figure,
  formatNumber,
  type LegendItem,
  legend,
  niceAxis,
  plotLeft,
  plotWidth,
  rowLabel,
  rowsTop,
  someNames,
  svgDocument,
} from "./svg.js";
import { chartText } from "./text.js";

/**
 * What `kofferStripChart` draws: a team aggregate, the very list of sheets it was made from, and
 * optionally the team score to mark.
 *
 * @example
 * const data: KofferStripChartData = {
 *   aggregate: aggregateSheets(template, sheets),
 *   sheets, // the same list
 *   teamScore, // validateTeamScore(…).value, or proposeTeamScore(…).value.sheet
 * };
 */
export interface KofferStripChartData {
  /** From `aggregateSheets(template, sheets)`. */
  readonly aggregate: TeamAggregate;
  /** The list given to `aggregateSheets`, as it was: the sheets it left out are skipped. */
  readonly sheets: readonly unknown[];
  /** The team score to mark: the one the team decided, or a proposal's `sheet`. */
  readonly teamScore?: KofferSheet | undefined;
}

/**
 * Options of the koffer charts.
 *
 * @example
 * const options: KofferChartOptions = { locale: "en" };
 */
export interface KofferChartOptions {
  /** The language of every word in the chart; numbers are written as its readers write them. */
  readonly locale: Locale;
}

/**
 * The most dot positions per category row: values that fall within 2 units of the axis (of 480)
 * share one dot, which shows how many sheets it stands for. With an axis of at most 240 points
 * (any budget up to 200) every distinct value keeps a dot of its own.
 *
 * @example
 * // However many sheets: a row of the strip chart holds at most this many dots.
 * svg.match(/class="koffer-sheets/g)?.length ?? 0; // ≤ stripBins × the number of categories
 */
export const stripBins = 241;
const binWidth = plotWidth / (stripBins - 1);
const rowHeight = 60;

/** A dot's radius by how many sheets it stands for: a bigger dot for more sheets, in four steps. */
function radius(count: number): number {
  return count === 1 ? 4 : count < 4 ? 5 : count < 10 ? 6 : 7;
}

/** Throws when the aggregate is not this template's (a programmer error). */
function checkAggregate(template: KofferTemplate, aggregate: TeamAggregate): void {
  const { categories } = aggregate;
  const same =
    aggregate.templateId === template.id &&
    Array.isArray(categories) &&
    categories.length === template.categories.length &&
    categories.every((c, j) => c.category === template.categories[j]?.id);
  if (!same) throw new TypeError("aggregate: not made by aggregateSheets from this template");
}

/**
 * The team's points per category as a strip chart (rules B3, the verzamelkoffer made visible), as a
 * standalone SVG document: per category one row, a dot for every sheet's points, the **highest**
 * and the **lowest** score marked (in colour, with their value below), the **mean** (triangle) and
 * the **median** (tick) under the line and, when given, the **team score** as a black bar with its
 * value. A legend explains the marks; `<title>` and `<desc>` give the chart an accessible name
 * and a text version of every row. Categories are named by their labels.
 *
 * **Many sheets stay a small file.** Sheets with equal points share one dot, larger for more
 * sheets, with their number above it; values closer than 2 units of the 480-unit axis share a dot
 * too, so a row holds at most `stripBins` (241) dots however many sheets there are: 10,000 sheets
 * of 20 categories with a budget of a million stay under 1 MB, a team of five on the example
 * connectie koffer (8 categories) takes about 17 kB.
 *
 * Pure and deterministic: the same input gives the same text, on any machine. All text from the
 * data (labels, the template's name, respondents in tooltips) is escaped and shortened for
 * display, the full text in a tooltip.
 *
 * @throws TypeError when the aggregate is not from `aggregateSheets` for this template, when
 * `sheets` is not the list it was made from, or when the team score is not a valid sheet of this
 * template (programmer errors).
 *
 * @example
 * import { aggregateSheets, proposeTeamScore } from "sterrenprogramma/koffer";
 * import { kofferStripChart } from "sterrenprogramma/documents";
 *
 * const aggregate = aggregateSheets(template, sheets);
 * const sums = aggregate.categories.map((c) => (c.mean === null ? null : c.sum));
 * const proposal = proposeTeamScore(template, sums);
 * const svg = kofferStripChart(
 *   template,
 *   { aggregate, sheets, teamScore: proposal.ok ? proposal.value.sheet : undefined },
 *   { locale: "nl" },
 * );
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); //=> true
 * @function
 */
export const kofferStripChart = /* @__PURE__ */ deepFreeze(function kofferStripChart(
  template: KofferTemplate,
  data: KofferStripChartData,
  options: KofferChartOptions,
): string {
  checkTemplate(template);
  // Texts cut once here, so no text of any length can make the chart large (see maxChartText).
  template = boundedTemplate(template);
  expectResult(data, "kofferStripChart: data", "{ aggregate: aggregateSheets(…), sheets }", {
    aggregate: "object",
    sheets: "list",
  });
  expectResult(data.aggregate, "kofferStripChart: data.aggregate", "aggregateSheets", {
    categories: "list",
  });
  const locale: Locale = options.locale === "en" ? "en" : "nl";
  const t = chartText[locale];
  const { aggregate, sheets, teamScore } = data;
  checkAggregate(template, aggregate);
  const k = template.categories.length;
  const scores = teamScore === undefined ? null : teamScorePoints(template, teamScore);

  // The axis holds every sheet (the aggregate's maxima) and the team score.
  let largest = 0;
  aggregate.categories.forEach((c, j) => {
    if (c.max !== null)
      largest = Math.max(largest, figure(c.max, `aggregate.categories[${j}].max`));
    if (scores !== null) largest = Math.max(largest, scores[j] as number);
  });
  const { top, ticks } = niceAxis(largest);
  const scale = (value: number) => plotLeft + (value * plotWidth) / top;
  const binOf = (value: number) => Math.round((value * plotWidth) / top / binWidth);

  // One pass over the sheets: per category and bin the number of sheets and the values' span.
  const counts = new Float64Array(k * stripBins);
  const low = new Float64Array(k * stripBins).fill(Number.POSITIVE_INFINITY);
  const high = new Float64Array(k * stripBins).fill(Number.NEGATIVE_INFINITY);
  const sums = new Float64Array(k);
  forEachCountedSheet(template, aggregate, sheets, (points) => {
    for (let j = 0; j < k; j++) {
      const value = points[j] as number;
      const cell = j * stripBins + Math.min(stripBins - 1, binOf(value));
      counts[cell] = (counts[cell] as number) + 1;
      if (value < (low[cell] as number)) low[cell] = value;
      if (value > (high[cell] as number)) high[cell] = value;
      sums[j] = (sums[j] as number) + value;
    }
  });
  aggregate.categories.forEach((c, j) => {
    if (c.sum !== sums[j]) {
      throw new TypeError("sheets: not the list the aggregate was made from (the sums differ)");
    }
  });

  const num = (x: number) => formatNumber(x, locale);
  const pointsText = (x: number) => t.pointsOf(x, num(x));
  const rows: string[] = [];
  const summaries: string[] = [];
  template.categories.forEach((category, j) => {
    const c = aggregate.categories[j] as CategoryFigures;
    const y0 = rowsTop + j * rowHeight;
    const yb = y0 + 26;
    const parts: string[] = [rowLabel(category.label, yb)];
    parts.push(
      `<line x1="${plotLeft}" y1="${yb}" x2="${plotLeft + plotWidth}" y2="${yb}" stroke="${colours.baseline}"/>`,
    );
    const score = scores === null ? null : (scores[j] as number);
    if (score !== null) {
      const x = scale(score);
      const right = x + 40 < chartWidth;
      parts.push(
        `<g class="koffer-team-score" data-value="${score}">`,
        `<title>${esc(`${t.teamScore}: ${pointsText(score)}`)}</title>`,
        `<line x1="${at(x)}" y1="${y0 + 6}" x2="${at(x)}" y2="${y0 + 46}" stroke="${colours.teamScore}" stroke-width="3"/>`,
        `<text x="${at(right ? x + 5 : x - 5)}" y="${y0 + 14}" text-anchor="${right ? "start" : "end"}" font-size="11" font-weight="bold" fill="${colours.teamScore}">${esc(num(score))}</text>`,
        "</g>",
      );
    }
    if (c.n === 0 || c.min === null || c.max === null || c.mean === null || c.median === null) {
      parts.push(
        `<text x="${plotLeft + 8}" y="${yb - 6}" font-style="italic" fill="${colours.muted}">${esc(t.noSheets)}</text>`,
      );
      rows.push(`<g class="koffer-row" data-row="${j}">${parts.join("")}</g>`);
      summaries.push(
        t.stripRow({
          label: category.label,
          n: "0",
          nCount: 0,
          highest: "",
          lowest: "",
          mean: "",
          median: "",
          teamScore: score === null ? null : num(score),
        }),
      );
      return;
    }
    const { min, max, mean, median } = c;
    // Median (a tick) and mean (a triangle) under the line, the mean on top.
    const xMedian = at(scale(figure(median, "median")));
    const xMean = scale(figure(mean, "mean"));
    parts.push(
      `<line class="koffer-median" x1="${xMedian}" y1="${yb + 7}" x2="${xMedian}" y2="${yb + 18}" stroke="${colours.median}" stroke-width="2.5"><title>${esc(`${t.median}: ${num(median)}`)}</title></line>`,
      `<path class="koffer-mean" d="M${at(xMean)} ${yb + 7}L${at(xMean - 5)} ${yb + 15}L${at(xMean + 5)} ${yb + 15}Z" fill="${colours.mean}"><title>${esc(`${t.mean}: ${num(mean)}`)}</title></path>`,
    );
    const highestBin = Math.min(stripBins - 1, binOf(max));
    const lowestBin = Math.min(stripBins - 1, binOf(min));
    const highestNames = someNames(c.highestRespondents, 5, locale);
    const lowestNames = someNames(c.lowestRespondents, 5, locale);
    const dots: string[] = [];
    const counted: string[] = [];
    for (let bin = 0; bin < stripBins; bin++) {
      const cell = j * stripBins + bin;
      const count = counts[cell] as number;
      if (count === 0) continue;
      const lo = low[cell] as number;
      const hi = high[cell] as number;
      const x = at(scale(lo === hi ? lo : (lo + hi) / 2));
      const r = radius(count);
      const isHighest = bin === highestBin;
      const isLowest = bin === lowestBin;
      const values = lo === hi ? pointsText(lo) : t.pointsOf(hi, t.range(num(lo), num(hi)));
      const tooltip = [t.dot(count, wholeNumber(count, locale), values)];
      if (isHighest) tooltip.push(t.highestScore(highestNames));
      if (isLowest) tooltip.push(t.lowestScore(lowestNames));
      // Plain dots take their colours from the group; the extremes set their own. A row where
      // every sheet agrees has one dot, the highest and the lowest score at once: ringed.
      const paint = isHighest
        ? ` fill="${colours.highest}"${isLowest ? ` stroke="${colours.lowest}" stroke-width="2.5"` : ""}`
        : isLowest
          ? ` fill="${colours.lowest}"`
          : "";
      const kind = `koffer-sheets${isHighest ? " koffer-highest" : ""}${isLowest ? " koffer-lowest" : ""}`;
      dots.push(
        `<circle class="${kind}" data-count="${count}" data-value="${lo === hi ? lo : `${lo}-${hi}`}" cx="${x}" cy="${yb}" r="${r}"${paint}><title>${esc(tooltip.join("; "))}</title></circle>`,
      );
      if (count > 1) {
        counted.push(`<text x="${x}" y="${yb - r - 3}">${esc(wholeNumber(count, locale))}</text>`);
      }
    }
    parts.push(
      `<g fill="${colours.sheet}" stroke="#ffffff" stroke-width="1">${dots.join("")}</g>`,
      `<g text-anchor="middle" font-size="10" fill="${colours.text}">${counted.join("")}</g>`,
    );
    // The extremes' values under the row, in their colours.
    const label = (value: number, colour: string) =>
      `<text x="${at(scale(value))}" y="${yb + 30}" text-anchor="middle" font-size="10" fill="${colour}">${esc(num(value))}</text>`;
    parts.push(label(max, colours.highest));
    if (min !== max) parts.push(label(min, colours.lowest));
    rows.push(`<g class="koffer-row" data-row="${j}">${parts.join("")}</g>`);
    summaries.push(
      t.stripRow({
        label: category.label,
        n: wholeNumber(c.n, locale),
        nCount: c.n,
        highest: pointsText(max),
        lowest: pointsText(min),
        mean: num(mean),
        median: num(median),
        teamScore: score === null ? null : num(score),
      }),
    );
  });

  const rowsBottom = rowsTop + k * rowHeight;
  const items: LegendItem[] = [
    { swatch: `<circle r="4" fill="${colours.sheet}"/>`, text: t.oneSheet },
    {
      swatch: `<circle r="6" fill="${colours.sheet}"/><text y="-8" text-anchor="middle" font-size="10" fill="${colours.text}">3</text>`,
      text: t.sameSheets,
    },
    { swatch: `<circle r="5" fill="${colours.highest}"/>`, text: t.highest },
    { swatch: `<circle r="5" fill="${colours.lowest}"/>`, text: t.lowest },
  ];
  if (scores !== null) {
    items.push({
      swatch: `<line y1="-8" y2="8" stroke="${colours.teamScore}" stroke-width="3"/>`,
      text: t.teamScore,
    });
  }
  items.push(
    { swatch: `<path d="M0 -4L-5 4L5 4Z" fill="${colours.mean}"/>`, text: t.mean },
    {
      swatch: `<line y1="-5" y2="6" stroke="${colours.median}" stroke-width="2.5"/>`,
      text: t.median,
    },
  );
  const key = legend(items, rowsBottom + 40);
  const subtitle = t.stripSubtitle(aggregate.counts.valid, aggregate.counts.received, (n) =>
    wholeNumber(n, locale),
  );
  return svgDocument({
    locale,
    kind: "strip",
    title: t.stripTitle(template.name),
    subtitle,
    description: [`${subtitle}.`, ...summaries].join(" "),
    height: rowsBottom + 40 + key.height,
    body: [axis(ticks, rowsTop, rowsBottom, scale, t.points, locale), ...rows, key.svg].join(""),
  });
});
