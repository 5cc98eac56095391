/**
 * The frame of every HTML document of the library: one self-contained HTML5 file with its style
 * inline, for the screen and for print on A4. No script, no external resource (font, image, style
 * sheet), and a Content Security Policy that forbids both: even text that escaped its escaping
 * could run nothing and fetch nothing.
 */
import type { Locale } from "../../i18n/types.js";
import { escapeMarkup } from "../escape.js";

/**
 * The style of the documents: plain, printable, and the same on screen and on paper. Colour marks
 * only what is also said in words (the status); the charts are SVG, whose fills print even where
 * a browser leaves out background colours.
 */
const STYLE = `:root{color-scheme:light;--ink:#1b1b1f;--muted:#5a5a66;--line:#c9ccd6;--accent:#1f5fa8;--good:#2e7d32;--bad:#b3261e}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--ink);font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:190mm;margin:0 auto;padding:12mm 10mm}
h1{font-size:18pt;line-height:1.2;margin:0 0 2mm}
h2{font-size:13pt;margin:7mm 0 2mm;padding-bottom:1mm;border-bottom:1px solid var(--line)}
h3{font-size:11pt;margin:4mm 0 1mm}
p{margin:1mm 0 2mm}
.kicker{margin:0;color:var(--muted)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:1mm 5mm;margin:3mm 0}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.status{display:inline-block;padding:0 2mm;border:1px solid currentColor;border-radius:2mm;font-weight:600}
.status-complete{color:var(--good)}
.status-on-track{color:var(--accent)}
.status-behind{color:var(--bad)}
.figures{display:grid;grid-template-columns:repeat(3,1fr);gap:2mm;margin:3mm 0;padding:0;list-style:none}
.figures li{padding:2mm 3mm;border:1px solid var(--line);border-radius:2mm}
.figures .label{display:block;color:var(--muted);font-size:9.5pt}
.figures .value{display:block;font-size:13pt;font-weight:600}
table{width:100%;margin:2mm 0 4mm;border-collapse:collapse;font-size:10pt}
th,td{padding:1mm 2mm;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}
.nowrap{white-space:nowrap}
figure{margin:3mm 0}
svg{max-width:100%;height:auto}
.explanation ul{margin:1mm 0 3mm;padding-left:5mm}
.explanation li{margin:.5mm 0}
.notes .ruled{height:8mm;border-bottom:1px solid var(--line)}
.signatures{display:grid;grid-template-columns:repeat(3,1fr);gap:6mm;margin-top:8mm}
.signatures p{margin:0;padding-top:1mm;border-top:1px solid var(--ink);color:var(--muted);font-size:9pt}
@page{size:A4;margin:15mm 14mm}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0}
.participant+.participant{break-before:page;page-break-before:always}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
tr,li,figure,.figures,.facts,.notes,.signatures{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.status,.figures li{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

/**
 * A complete HTML5 document: `lang`, UTF-8, a viewport, a Content Security Policy without scripts
 * or resources, the escaped title and the inline style, around `body` (markup the caller made,
 * every piece of data in it already escaped).
 */
export function htmlDocument(locale: Locale, title: string, body: readonly string[]): string {
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="generator" content="sterrenprogramma">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * One cell of a table: text (escaped here), whether it holds a number (right-aligned) and whether
 * it must stay on one line (a date).
 */
export interface Cell {
  readonly text: string;
  readonly num?: boolean;
  readonly nowrap?: boolean;
}

/**
 * A table with a header row: every text escaped, number cells right-aligned, the header repeated
 * on each printed page.
 */
export function htmlTable(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const cell = (tag: "th" | "td", c: Cell) => {
    const classes = [c.num === true ? "num" : "", c.nowrap === true ? "nowrap" : ""].filter(
      Boolean,
    );
    const classAttribute = classes.length === 0 ? "" : ` class="${classes.join(" ")}"`;
    return `<${tag}${classAttribute}${tag === "th" ? ' scope="col"' : ""}>${escapeMarkup(c.text)}</${tag}>`;
  };
  return [
    "<table>",
    `<thead><tr>${header.map((c) => cell("th", c)).join("")}</tr></thead>`,
    "<tbody>",
    ...rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("")}</tr>`),
    "</tbody>",
    "</table>",
  ].join("\n");
}

/** A paragraph of escaped text. */
export const paragraph = (text: string, className?: string): string =>
  `<p${className === undefined ? "" : ` class="${className}"`}>${escapeMarkup(text)}</p>`;

/** A heading of escaped text. */
export const heading = (level: 1 | 2 | 3, text: string): string =>
  `<h${level}>${escapeMarkup(text)}</h${level}>`;
