/**
 * Small, strict checkers for the documents' markup, written for the tests (no parser dependency):
 * `xmlProblems` for SVG (XML 1.0 well-formedness: one root, balanced tags, quoted unique attributes,
 * only known entities, no character XML forbids) and `htmlProblems` for the HTML documents (the same
 * rules, plus HTML's void elements, the doctype and raw-text `<style>`). Each returns every problem
 * found, so a failing test shows them all.
 */

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the controls is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const VOID = new Set(["meta", "link", "br", "hr", "img", "input", "col", "wbr", "source"]);

interface Options {
  readonly html: boolean;
}

/** Checks text content or an attribute value: no `<`, every `&` an entity. */
function checkText(text: string, at: number, problems: string[], inAttribute: boolean): void {
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    if (!ENTITY.test(text.slice(i))) problems.push(`bare & at ${at + i}`);
  }
  if (inAttribute && text.includes("<")) problems.push(`< in an attribute value at ${at}`);
}

function check(markup: string, options: Options): string[] {
  const problems: string[] = [];
  const unpaired = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(
    markup,
  );
  if (unpaired !== null) problems.push(`lone surrogate at ${unpaired.index}`);
  const bad = NOT_XML.exec(markup);
  if (bad !== null)
    problems.push(`character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  if (options.html) {
    const doctype = /^<!DOCTYPE html>\s*/i.exec(markup);
    if (doctype === null) problems.push("no <!DOCTYPE html>");
    else i = doctype[0].length;
  }
  while (i < markup.length) {
    const lt = markup.indexOf("<", i);
    const textEnd = lt === -1 ? markup.length : lt;
    const text = markup.slice(i, textEnd);
    checkText(text, i, problems, false);
    if (stack.length === 0 && text.trim() !== "") problems.push(`text outside the root at ${i}`);
    if (lt === -1) break;
    if (markup.startsWith("<!--", lt)) {
      const end = markup.indexOf("-->", lt + 4);
      if (end === -1) return [...problems, `unclosed comment at ${lt}`];
      i = end + 3;
      continue;
    }
    if (markup.startsWith("</", lt)) {
      const name = NAME.exec(markup.slice(lt + 2))?.[0];
      const close = markup.indexOf(">", lt);
      if (name === undefined || close === -1) return [...problems, `bad end tag at ${lt}`];
      if (markup.slice(lt + 2 + name.length, close).trim() !== "")
        problems.push(`junk in end tag at ${lt}`);
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? "nothing"}>`);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(markup.slice(lt + 1))?.[0];
    if (name === undefined) return [...problems, `bad < at ${lt}`];
    let j = lt + 1 + name.length;
    const seen = new Set<string>();
    let selfClosing = false;
    for (;;) {
      const space = /^\s*/.exec(markup.slice(j))?.[0].length ?? 0;
      j += space;
      if (markup.startsWith("/>", j)) {
        selfClosing = true;
        j += 2;
        break;
      }
      if (markup.startsWith(">", j)) {
        j += 1;
        break;
      }
      const attribute = NAME.exec(markup.slice(j))?.[0];
      if (attribute === undefined || space === 0)
        return [...problems, `bad attribute in <${name}> at ${j}`];
      if (seen.has(attribute)) problems.push(`repeated attribute ${attribute} at ${j}`);
      seen.add(attribute);
      j += attribute.length;
      const value = /^="([^"]*)"|^='([^']*)'/.exec(markup.slice(j));
      if (value === null) return [...problems, `unquoted value of ${attribute} at ${j}`];
      checkText(value[1] ?? value[2] ?? "", j, problems, true);
      j += value[0].length;
    }
    if (stack.length === 0) roots++;
    const isVoid = options.html && VOID.has(name.toLowerCase());
    if (!selfClosing && !isVoid) {
      if (options.html && (name === "style" || name === "script")) {
        const end = markup.indexOf(`</${name}>`, j);
        if (end === -1) return [...problems, `unclosed <${name}> at ${lt}`];
        j = end;
      }
      stack.push(name);
    }
    i = j;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Every well-formedness problem of an SVG (XML) document; empty when it is well-formed. */
export function xmlProblems(svg: string): string[] {
  return check(svg, { html: false });
}

/** Every problem of an HTML document written in the strict style the library writes. */
export function htmlProblems(html: string): string[] {
  return check(html, { html: true });
}

/** The `<svg>…</svg>` parts of an HTML document, each a standalone SVG. */
export function svgParts(html: string): string[] {
  return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

/** The attributes of every element with the given tag (and class, when given), as numbers or text. */
export function elements(
  markup: string,
  tag: string,
  className?: string,
): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of markup.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, "g"))) {
    const attributes: Record<string, string> = {};
    for (const a of (match[1] ?? "").matchAll(/([-A-Za-z0-9:]+)="([^"]*)"/g)) {
      attributes[a[1] as string] = a[2] as string;
    }
    if (className === undefined || attributes.class === className) found.push(attributes);
  }
  return found;
}

/** The text of the document with tags removed and the entities the library writes decoded. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<style>[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
