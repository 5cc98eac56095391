/**
 * The organisation report's two charts as standalone SVG (rules A8): how many participants have each
 * number of counted stars, and how much of each mandatory component's obligations is met. Pure
 * functions of the report: the same report and locale give the same bytes on every machine.
 */
import { longDate } from "../../i18n/format.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { CountBucket, OrganisationReport } from "../../stars/report-types.js";
import { escapeMarkup } from "../escape.js";
import { count, counted, meanCounted, wholePercent } from "../figures.js";
import { expectResult, REPORT_FIELDS } from "../guards.js";
import { num, shorten, svgRoot, svgText } from "./svg-markup.js";

const COLOURS = /* @__PURE__ */ deepFreeze({
  bar: "#1f5fa8",
  track: "#e3e7ef",
  grid: "#d5d9e2",
  ink: "#1b1b1f",
  muted: "#5a5a66",
  target: "#b3261e",
});

/**
 * The most bars the counted-stars chart draws. A policy without a cap lets one participant count
 * hundreds of stars; beyond this many star counts the bars become ranges ("10–19") of equal width,
 * so the chart stays readable and its size bounded whatever the data.
 */
export const MAX_STAR_BARS = 40;

/**
 * One bar of the counted-stars chart: the participants whose counted stars lie in `[from, to]`.
 *
 * @example
 * const bin: StarBin = { from: 10, to: 19, participants: 3 };
 */
export interface StarBin {
  readonly from: number;
  readonly to: number;
  readonly participants: number;
}

/**
 * The bars of the counted-stars chart: one per star count of `report.countedDistribution`, or,
 * when there are more than `MAX_STAR_BARS` star counts, ranges of equal width (the last one may be
 * shorter). The report document's table shows the same bins.
 */
export function starBins(distribution: readonly CountBucket[]): StarBin[] {
  const width = Math.max(1, Math.ceil(distribution.length / MAX_STAR_BARS));
  const bins: StarBin[] = [];
  for (let i = 0; i < distribution.length; i += width) {
    const slice = distribution.slice(i, i + width);
    bins.push({
      from: slice[0]?.stars ?? 0,
      to: slice[slice.length - 1]?.stars ?? 0,
      participants: slice.reduce((sum, b) => sum + b.participants, 0),
    });
  }
  return bins;
}

/** A range of stars as a reader writes it: "13", or "10–19" for a range. */
export function binLabel(bin: StarBin): string {
  return bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`;
}

interface ChartTexts {
  readonly countedTitle: string;
  readonly countedDescription: (report: OrganisationReport) => string;
  readonly starsAxis: string;
  readonly participantsAxis: string;
  readonly bar: (bin: StarBin) => string;
  readonly target: (stars: number) => string;
  readonly noParticipants: string;
  readonly mandatoryTitle: string;
  readonly mandatoryDescription: (report: OrganisationReport) => string;
  readonly rate: (title: string, completed: number, required: number, percent: number) => string;
  readonly noMandatory: string;
}

const stars = (bin: StarBin, one: string, many: string) =>
  `${binLabel(bin)} ${bin.from === 1 && bin.to === 1 ? one : many}`;

const texts: { readonly [L in Locale]: ChartTexts } = /* @__PURE__ */ deepFreeze({
  nl: {
    countedTitle: "Sterren die meetellen, per medewerker",
    countedDescription: (r) =>
      `Aantal medewerkers per aantal sterren dat meetelt, op ${longDate(r.asOf, "nl")}: ${counted(r.participants, "medewerker", "medewerkers", "nl")}, gemiddeld ${meanCounted(r.meanCounted, "ster", "sterren", "nl")}.`,
    starsAxis: "sterren die meetellen",
    participantsAxis: "medewerkers",
    bar: (b) =>
      `${stars(b, "ster", "sterren")}: ${counted(b.participants, "medewerker", "medewerkers", "nl")}`,
    target: (n) => `doel ${n}`,
    noParticipants: "Geen medewerkers",
    mandatoryTitle: "Verplichte onderdelen: deel van de verplichtingen afgerond",
    mandatoryDescription: (r) =>
      `Per verplicht onderdeel het deel van de verplichtingen dat op ${longDate(r.asOf, "nl")} is afgerond, op tijd of te laat: ${counted(r.mandatory.length, "onderdeel", "onderdelen", "nl")}.`,
    rate: (title, done, required, percent) =>
      `${title}: ${count(done, "nl")} van ${counted(required, "verplichting", "verplichtingen", "nl")} afgerond (${percent}%)`,
    noMandatory: "Geen verplichte onderdelen",
  },
  en: {
    countedTitle: "Counted stars per participant",
    countedDescription: (r) =>
      `Participants by number of counted stars, at ${longDate(r.asOf, "en")}: ${counted(r.participants, "participant", "participants", "en")}, ${meanCounted(r.meanCounted, "star", "stars", "en")} on average.`,
    starsAxis: "counted stars",
    participantsAxis: "participants",
    bar: (b) =>
      `${stars(b, "star", "stars")}: ${counted(b.participants, "participant", "participants", "en")}`,
    target: (n) => `target ${n}`,
    noParticipants: "No participants",
    mandatoryTitle: "Mandatory components: share of obligations met",
    mandatoryDescription: (r) =>
      `For each mandatory component, the share of its obligations met at ${longDate(r.asOf, "en")}, on time or late: ${counted(r.mandatory.length, "component", "components", "en")}.`,
    rate: (title, done, required, percent) =>
      `${title}: ${count(done, "en")} of ${counted(required, "obligation", "obligations", "en")} met (${percent}%)`,
    noMandatory: "No mandatory components",
  },
});

/**
 * The step of the value axis: the least of 1, 2, 5, 10, 20, 50, … that covers `max` in at most
 * five steps. Bounded: 3 × 21 candidates cover every count a report can hold (and more).
 */
function valueStep(max: number): number {
  for (let power = 1, k = 0; k <= 21; k++, power *= 10) {
    for (const m of [1, 2, 5]) if (Math.ceil(max / (m * power)) <= 5) return m * power;
  }
  return max;
}

/**
 * Options of `countedStarsChart`.
 *
 * @example
 * const options: CountedStarsChartOptions = { locale: "en", target: 15 };
 */
export interface CountedStarsChartOptions {
  /** `"nl"` (default) or `"en"`. */
  readonly locale?: Locale;
  /** A target to mark with a line (e.g. `programme.policy.target`); left out when absent or null. */
  readonly target?: number | null;
}

/** The counted-stars chart's frame, in SVG units. */
export const COUNTED_CHART = /* @__PURE__ */ deepFreeze({
  width: 640,
  height: 280,
  left: 48,
  right: 16,
  top: 24,
  bottom: 48,
});

/**
 * The distribution of counted stars as a bar chart in SVG (rules A8): one bar per number of counted
 * stars (ranges when there are more than 40), its height the number of participants, the count
 * above each bar that has any, and the target as a line when given. A standalone SVG document
 * (`xmlns`, `viewBox`, width and height) that can also be inlined in HTML; `role="img"` with an
 * accessible name, a `<title>` and a `<desc>`, and a `<title>` on every bar. Bars have the class
 * `bar`. Pair it with a table of the same figures for readers who cannot see it (the report
 * document does).
 *
 * @param report - an organisation report; it is not changed
 * @param options - the locale (default Dutch) and an optional target to mark
 * @returns the SVG text
 *
 * @example
 * import { organisationReport } from "sterrenprogramma";
 * import { countedStarsChart } from "sterrenprogramma/documents";
 *
 * const svg = countedStarsChart(organisationReport(programme, participants, "2026-06-30"), {
 *   locale: "en",
 *   target: programme.policy.target,
 * });
 * svg.startsWith("<svg"); //=> true
 * @function
 */
export const countedStarsChart = /* @__PURE__ */ deepFreeze(function countedStarsChart(
  report: OrganisationReport,
  options: CountedStarsChartOptions = {},
): string {
  expectResult(report, "countedStarsChart: report", "organisationReport", REPORT_FIELDS);
  const locale = options.locale === "en" ? "en" : "nl";
  const t = texts[locale];
  const { width, height, left, right, top, bottom } = COUNTED_CHART;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const bins = starBins(report.countedDistribution);
  const title = t.countedTitle;
  const description = t.countedDescription(report);
  if (bins.length === 0 || report.participants === 0) {
    return svgRoot(width, height, title, description, [
      svgText(width / 2, height / 2, t.noParticipants, "middle", `fill="${COLOURS.muted}"`),
    ]);
  }
  const most = bins.reduce((m, b) => Math.max(m, b.participants), 0);
  const step = valueStep(Math.max(1, most));
  const scaleTop = step * Math.max(1, Math.ceil(most / step));
  const slot = plotWidth / bins.length;
  const baseline = top + plotHeight;
  const body: string[] = [];

  for (let value = 0; value <= scaleTop; value += step) {
    const y = baseline - (plotHeight * value) / scaleTop;
    body.push(
      `<line x1="${num(left)}" y1="${num(y)}" x2="${num(left + plotWidth)}" y2="${num(y)}" stroke="${COLOURS.grid}" stroke-width="1"/>`,
      svgText(left - 6, y + 4, count(value, locale), "end", `fill="${COLOURS.muted}"`),
    );
  }
  const labelEvery = Math.max(1, Math.ceil(bins.length / 20));
  bins.forEach((bin, i) => {
    const barHeight = (plotHeight * bin.participants) / scaleTop;
    const x = left + i * slot + slot * 0.1;
    const centre = left + i * slot + slot / 2;
    body.push(
      `<rect class="bar" x="${num(x)}" y="${num(baseline - barHeight)}" width="${num(slot * 0.8)}" height="${num(barHeight)}" fill="${COLOURS.bar}"><title>${escapeMarkup(t.bar(bin))}</title></rect>`,
    );
    if (bin.participants > 0) {
      body.push(
        svgText(centre, baseline - barHeight - 4, count(bin.participants, locale), "middle"),
      );
    }
    if (i % labelEvery === 0) {
      body.push(svgText(centre, baseline + 16, binLabel(bin), "middle", `fill="${COLOURS.muted}"`));
    }
  });
  body.push(
    `<line x1="${num(left)}" y1="${num(baseline)}" x2="${num(left + plotWidth)}" y2="${num(baseline)}" stroke="${COLOURS.ink}" stroke-width="1"/>`,
    svgText(left + plotWidth / 2, height - 8, t.starsAxis, "middle", `fill="${COLOURS.muted}"`),
    svgText(
      -(top + plotHeight / 2),
      14,
      t.participantsAxis,
      "middle",
      `transform="rotate(-90)" fill="${COLOURS.muted}"`,
    ),
  );

  const target = options.target;
  if (typeof target === "number" && Number.isFinite(target) && target >= 0) {
    const index = bins.findIndex((b) => target <= b.to);
    const x = index === -1 ? left + plotWidth : left + index * slot;
    const anchor = x > left + plotWidth * 0.8 ? "end" : "start";
    body.push(
      `<line class="target" x1="${num(x)}" y1="${num(top)}" x2="${num(x)}" y2="${num(baseline)}" stroke="${COLOURS.target}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      svgText(
        anchor === "end" ? x - 4 : x + 4,
        top - 8,
        t.target(target),
        anchor,
        `fill="${COLOURS.target}"`,
      ),
    );
  }
  return svgRoot(width, height, title, description, body);
});

/** The mandatory-rates chart's frame, in SVG units: one row per mandatory component. */
export const RATES_CHART = /* @__PURE__ */ deepFreeze({
  width: 640,
  labelWidth: 250,
  barX: 258,
  barWidth: 326,
  top: 10,
  row: 26,
  bar: 16,
  /** The most characters of a title beside its bar; the whole title is in the row's `<title>`. */
  titleLength: 38,
});

/**
 * Options of `mandatoryRatesChart`.
 *
 * @example
 * const options: MandatoryRatesChartOptions = { locale: "en" };
 */
export interface MandatoryRatesChartOptions {
  /** `"nl"` (default) or `"en"`. */
  readonly locale?: Locale;
}

/**
 * The completion rate of every mandatory component as a horizontal bar chart in SVG (rules A8):
 * per component of `report.mandatory` (in the report's order) its title, a bar as long as the share
 * of its obligations that is met (on time or late) and that share as a whole percentage, never
 * "100%" before every obligation is met. Long titles are shortened beside the bar and given whole
 * in the row's `<title>`. A standalone SVG document, also fit to inline in HTML, with `role="img"`,
 * an accessible name, `<title>` and `<desc>`; bars have the class `bar`.
 *
 * @param report - an organisation report; it is not changed
 * @param options - the locale (default Dutch)
 * @returns the SVG text
 *
 * @example
 * import { organisationReport } from "sterrenprogramma";
 * import { mandatoryRatesChart } from "sterrenprogramma/documents";
 *
 * const svg = mandatoryRatesChart(organisationReport(programme, participants, "2026-06-30"));
 * svg.includes("Privacy en AVG aan de balie"); //=> true
 * @function
 */
export const mandatoryRatesChart = /* @__PURE__ */ deepFreeze(function mandatoryRatesChart(
  report: OrganisationReport,
  options: MandatoryRatesChartOptions = {},
): string {
  expectResult(report, "mandatoryRatesChart: report", "organisationReport", REPORT_FIELDS);
  const locale = options.locale === "en" ? "en" : "nl";
  const t = texts[locale];
  const { width, labelWidth, barX, barWidth, top, row, bar, titleLength } = RATES_CHART;
  const title = t.mandatoryTitle;
  const description = t.mandatoryDescription(report);
  const rows = report.mandatory;
  if (rows.length === 0) {
    return svgRoot(width, 48, title, description, [
      svgText(width / 2, 28, t.noMandatory, "middle", `fill="${COLOURS.muted}"`),
    ]);
  }
  const axis = top + rows.length * row;
  const height = axis + 24;
  const body: string[] = [];
  rows.forEach((m, i) => {
    const rate = Number.isFinite(m.rate) ? Math.min(1, Math.max(0, m.rate)) : 0;
    const percent = wholePercent(rate);
    const y = top + i * row;
    body.push(
      "<g>",
      `<title>${escapeMarkup(t.rate(m.title, m.completed, m.required, percent))}</title>`,
      svgText(labelWidth, y + row / 2 + 4, shorten(m.title, titleLength), "end"),
      `<rect x="${num(barX)}" y="${num(y + (row - bar) / 2)}" width="${num(barWidth)}" height="${num(bar)}" fill="${COLOURS.track}"/>`,
      `<rect class="bar" x="${num(barX)}" y="${num(y + (row - bar) / 2)}" width="${num(barWidth * rate)}" height="${num(bar)}" fill="${COLOURS.bar}"/>`,
      svgText(barX + barWidth + 6, y + row / 2 + 4, `${percent}%`),
      "</g>",
    );
  });
  for (const share of [0, 0.5, 1]) {
    const x = barX + barWidth * share;
    body.push(
      `<line x1="${num(x)}" y1="${num(axis)}" x2="${num(x)}" y2="${num(axis + 4)}" stroke="${COLOURS.ink}" stroke-width="1"/>`,
      svgText(x, axis + 16, `${share * 100}%`, "middle", `fill="${COLOURS.muted}"`),
    );
  }
  body.push(
    `<line x1="${num(barX)}" y1="${num(axis)}" x2="${num(barX + barWidth)}" y2="${num(axis)}" stroke="${COLOURS.ink}" stroke-width="1"/>`,
  );
  return svgRoot(width, height, title, description, body);
});
