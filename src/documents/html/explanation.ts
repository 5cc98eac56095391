/**
 * The statement's explanation (`explainStatementLines`) as HTML. The text is the library's own, in
 * the reader's language, so the document says exactly what the command line and an app say; only
 * its shape changes: the sections (separated by an empty line) become sections, a section's first
 * line before its items (`- …`) a heading, the items a list, anything else a paragraph.
 */
import { escapeMarkup } from "../escape.js";

const ITEM = "- ";

/** Splits explanation lines into sections at the empty lines. */
function sections(lines: readonly string[]): string[][] {
  const result: string[][] = [[]];
  for (const line of lines) {
    if (line === "") result.push([]);
    else result[result.length - 1]?.push(line);
  }
  return result.filter((s) => s.length > 0);
}

/**
 * One section as HTML: when it has list items, a heading from its first line (a closing colon
 * dropped, since the heading stands on its own) and the items as a list; other lines as
 * paragraphs. A section without items is paragraphs only. Every text is escaped.
 */
function sectionHtml(section: readonly string[]): string {
  const out: string[] = ['<section class="explanation-part">'];
  const [first, ...rest] = section;
  let body: readonly string[] = section;
  if (first !== undefined && !first.startsWith(ITEM) && rest.some((l) => l.startsWith(ITEM))) {
    out.push(`<h3>${escapeMarkup(first.replace(/:\s*$/, ""))}</h3>`);
    body = rest;
  }
  let inList = false;
  for (const line of body) {
    const isItem = line.startsWith(ITEM);
    if (isItem && !inList) out.push("<ul>");
    if (!isItem && inList) out.push("</ul>");
    inList = isItem;
    out.push(
      isItem ? `<li>${escapeMarkup(line.slice(ITEM.length))}</li>` : `<p>${escapeMarkup(line)}</p>`,
    );
  }
  if (inList) out.push("</ul>");
  out.push("</section>");
  return out.join("\n");
}

/** The explanation lines as HTML sections, in their order. */
export function explanationHtml(lines: readonly string[]): string {
  return sections(lines).map(sectionHtml).join("\n");
}
