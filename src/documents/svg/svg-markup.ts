/**
 * The parts every chart of the statement and report documents shares: the root element with its
 * accessible name, coordinates written the same on every machine, and text that is always escaped.
 */
import { escapeMarkup } from "../escape.js";

/**
 * A coordinate with at most one decimal, as `String` writes it (never the machine's locale): 12.5,
 * 40, -3.2. Rounding keeps the output short and identical everywhere.
 */
export function num(x: number): string {
  const rounded = Math.round(x * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The font the charts write in: the system's sans-serif, so no font file is ever fetched. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/**
 * A standalone SVG document (namespace, `viewBox`, size) that is also fit to inline in HTML:
 * `role="img"` with the title as its accessible name, a `<title>` and a `<desc>`, then the body.
 * Title and description are escaped here.
 */
export function svgRoot(
  width: number,
  height: number,
  title: string,
  description: string,
  body: readonly string[],
): string {
  const name = escapeMarkup(title);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${name}" font-family="${FONT}" font-size="11">`,
    `<title>${name}</title>`,
    `<desc>${escapeMarkup(description)}</desc>`,
    ...body,
    "</svg>",
  ].join("\n");
}

/**
 * A `<text>` element at (x, y) with escaped content; `anchor` is the `text-anchor`, `extra` more
 * attributes written as given (never data).
 */
export function svgText(
  x: number,
  y: number,
  content: string,
  anchor: "start" | "middle" | "end" = "start",
  extra = "",
): string {
  const anchorAttribute = anchor === "start" ? "" : ` text-anchor="${anchor}"`;
  return `<text x="${num(x)}" y="${num(y)}"${anchorAttribute}${extra === "" ? "" : ` ${extra}`}>${escapeMarkup(content)}</text>`;
}

/**
 * Text cut to at most `max` characters (code points, so a pair is never split), with "…" when cut,
 * at the last space when one is near the end, so no word is cut in two: a chart cannot measure
 * text, so long titles are shortened by length and given whole in a `<title>` beside them.
 */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(0, max - 1)).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space >= cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
