/**
 * The drawing kit of the koffer charts: numbers written the same on every machine, text escaped and
 * shortened, a nice value axis, the SVG frame (title, description, legend) and the colours. Private
 * to the charts; nothing here knows the koffer.
 */
import { wholeNumber } from "../../i18n/format.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { escapeMarkup } from "../escape.js";

/** The width of every koffer chart, in SVG user units (px at 100 %). */
export const chartWidth = 800;
/** Where the value axis starts: the category labels stand left of it, right-aligned. */
export const plotLeft = 210;
/** The length of the value axis. */
export const plotWidth = 480;
/** The first category row starts below the title and the subtitle. */
export const rowsTop = 64;

/**
 * The colours. Okabe–Ito's palette, which readers with any common colour vision deficiency can
 * tell apart; every mark also differs in shape or place, so no meaning rests on colour alone.
 */
export const colours = /* @__PURE__ */ deepFreeze({
  text: "#1f2933",
  muted: "#52606d",
  grid: "#e4e7eb",
  baseline: "#9aa5b1",
  sheet: "#7b8794",
  highest: "#d55e00",
  lowest: "#0072b2",
  teamScore: "#000000",
  mean: "#009e73",
  median: "#cc79a7",
  before: "#9ecae1",
  after: "#0072b2",
  teams: ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7f7f7f", "#000000"],
} as const);

/**
 * A coordinate as SVG text: at most two decimals, no exponent, no `-0`, the same on every machine.
 * Coordinates are never large (the chart is a few thousand units high at most).
 */
export function at(x: number): string {
  return String(Number(x.toFixed(2)) + 0);
}

/**
 * A number as a reader of the locale writes it, rounded to at most `digits` decimals: "18,5" and
 * "1.000" in Dutch, "18.5" and "1,000" in English; a whole number has no decimals ("18", not
 * "18,0"). Negative numbers take the minus sign U+2212. Never depends on the machine's locale.
 */
export function formatNumber(x: number, locale: Locale, digits = 1): string {
  const rounded = Number(Math.abs(x).toFixed(digits));
  const [whole = "0", fraction] = rounded.toFixed(digits).split(".");
  const trimmed = fraction?.replace(/0+$/, "") ?? "";
  const text =
    wholeNumber(Number(whole), locale) +
    (trimmed === "" ? "" : (locale === "nl" ? "," : ".") + trimmed);
  return x < 0 && rounded !== 0 ? `\u2212${text}` : text;
}

/** A change with its sign: "+6", "−2,5", "0". */
export function formatChange(x: number, locale: Locale): string {
  const text = formatNumber(x, locale);
  return text.startsWith("\u2212") || text === "0" ? text : `+${text}`;
}

/** Text for SVG content or an attribute value (see `escapeMarkup`). */
export const esc = escapeMarkup;

/**
 * Text shortened to at most `max` characters (code points, so a pair is never split), with "…"
 * when it was longer: a label of any length keeps its row readable; the full text goes into a
 * `<title>` tooltip beside it.
 */
export function shorten(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}

/**
 * An estimate of the width of text at 12 px in a sans-serif font, for laying out the legend
 * without a browser (0.6 em a character is generous for most fonts).
 */
export function textWidth(text: string, size = 12): number {
  return Array.from(text).length * size * 0.6;
}

/**
 * The value axis: 0 to the smallest multiple of a step of 1, 2 or 5 × 10^e that holds `max`, in
 * at most 5 steps. `max` is a finite number ≥ 0; 0 gives the axis 0–1. The loop ends: the step
 * grows tenfold every third turn, and 330 turns pass the largest double.
 */
export function niceAxis(max: number): { readonly top: number; readonly ticks: readonly number[] } {
  const target = Math.max(max, 1);
  let step = 1;
  for (let turn = 0; Math.ceil(target / step) > 5 && turn < 330; turn++) {
    step = ([2, 5, 10][turn % 3] as number) * 10 ** Math.floor(turn / 3);
  }
  const steps = Math.ceil(target / step);
  const ticks: number[] = [];
  for (let i = 0; i <= steps; i++) ticks.push(i * step);
  return { top: steps * step, ticks };
}

/** Checks that a figure read from a result is a finite number ≥ 0; anything else is a bug. */
export function figure(value: number, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`${what}: not a finite number ≥ 0 (not a result of the koffer engine)`);
  }
  return value;
}

/** One entry of a legend: a swatch (an SVG fragment drawn around (0, 0)) and its text. */
export interface LegendItem {
  readonly swatch: string;
  readonly text: string;
}

/**
 * The legend, laid out left to right and wrapped at the chart's width. Returns the SVG and the
 * height it takes.
 */
export function legend(items: readonly LegendItem[], top: number): { svg: string; height: number } {
  const parts: string[] = [];
  let x = 16;
  let y = top + 10;
  for (const item of items) {
    const text = shorten(item.text, 40);
    const width = 22 + textWidth(text) + 18;
    if (x > 16 && x + width > chartWidth - 16) {
      x = 16;
      y += 22;
    }
    parts.push(
      `<g transform="translate(${at(x + 8)} ${at(y)})">${item.swatch}</g>`,
      `<text x="${at(x + 22)}" y="${at(y + 4)}" fill="${colours.text}">${esc(text)}</text>`,
    );
    x += width;
  }
  const height = y - top + 16;
  return {
    svg: `<g class="koffer-legend">${parts.join("")}</g>`,
    height,
  };
}

/**
 * The standalone SVG document around a chart's body: namespace, size, `role="img"` with the title
 * as its accessible name and a description, a white background (also for a dark page or a
 * screenshot), a visible title and subtitle. Presentation attributes only, no `<style>`: an SVG
 * put inline in an HTML page must not restyle that page.
 */
export function svgDocument(parts: {
  readonly locale: Locale;
  readonly kind: string;
  readonly title: string;
  readonly subtitle: string;
  readonly description: string;
  readonly height: number;
  readonly body: string;
}): string {
  const { locale, kind, title, subtitle, description, body } = parts;
  const height = at(parts.height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="koffer-chart koffer-chart-${kind}"`,
    ` width="${chartWidth}" height="${height}" viewBox="0 0 ${chartWidth} ${height}"`,
    ` role="img" lang="${locale}" xml:lang="${locale}"`,
    ` font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    `<desc>${esc(description)}</desc>`,
    `<rect width="${chartWidth}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="bold" fill="${colours.text}">${esc(shorten(title, 72))}</text>`,
    `<text x="16" y="46" fill="${colours.muted}">${esc(shorten(subtitle, 120))}</text>`,
    body,
    "</svg>",
  ].join("");
}

/**
 * A category's label left of its row, right-aligned against the axis, shortened to fit; the full
 * label is its tooltip.
 */
export function rowLabel(label: string, y: number): string {
  return (
    `<text x="${plotLeft - 12}" y="${at(y + 4)}" text-anchor="end" fill="${colours.text}">` +
    `<title>${esc(label)}</title>${esc(shorten(label, 30))}</text>`
  );
}

/** The grid lines of the value axis across the rows, and the tick labels and axis name below. */
export function axis(
  ticks: readonly number[],
  top: number,
  bottom: number,
  scale: (value: number) => number,
  name: string,
  locale: Locale,
): string {
  const parts: string[] = [];
  for (const tick of ticks) {
    const x = at(scale(tick));
    parts.push(
      `<line x1="${x}" y1="${at(top)}" x2="${x}" y2="${at(bottom)}" stroke="${colours.grid}"/>`,
      `<text x="${x}" y="${at(bottom + 14)}" text-anchor="middle" font-size="11" fill="${colours.muted}">${esc(formatNumber(tick, locale))}</text>`,
    );
  }
  parts.push(
    `<text x="${at(plotLeft + plotWidth / 2)}" y="${at(bottom + 30)}" text-anchor="middle" font-size="11" fill="${colours.muted}">${esc(name)}</text>`,
  );
  return `<g class="koffer-axis">${parts.join("")}</g>`;
}

/** A list of names for a sentence, at most `max` of them, then "en 4 anderen" / "and 4 others". */
export function someNames(names: readonly string[], max: number, locale: Locale): string {
  const shown = names.slice(0, max).map((name) => shorten(name, 40));
  const rest = names.length - shown.length;
  if (rest > 0) {
    shown.push(
      locale === "nl"
        ? `${wholeNumber(rest, locale)} ${rest === 1 ? "ander" : "anderen"}`
        : `${wholeNumber(rest, locale)} ${rest === 1 ? "other" : "others"}`,
    );
  }
  if (shown.length <= 1) return shown.join("");
  const last = shown.pop() as string;
  return `${shown.join(", ")} ${locale === "nl" ? "en" : "and"} ${last}`;
}

/**
 * The most characters (code points) of one text from the data — the template's name, a category
 * label, a team name — anywhere in a chart, its tooltips and description included. A chart names
 * a team once per category, so without a bound a 1 MB team name made a 40 MB chart; with it, the
 * size of a chart follows from its counts (categories, teams, sheets), not from the texts.
 */
export const maxChartText = 200;

/** A text from the data cut to `maxChartText` (see `shorten`). */
export function bounded(text: string): string {
  return text.length <= maxChartText ? text : shorten(text, maxChartText);
}
