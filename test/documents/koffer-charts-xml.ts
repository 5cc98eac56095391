/**
 * A small, strict XML reader for the tests of the SVG charts: it accepts exactly well-formed XML
 * 1.0 without a DTD (elements, attributes in quotes, the five predefined entities and character
 * references, comments) and throws on anything else — an unclosed or crossed tag, a duplicate
 * attribute, a bare `<` or `&`, a character XML cannot hold, text outside the one root. What it
 * returns is a tiny tree to query marks by name and attribute.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML forbids.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces the references in text or an attribute value; a bare `&` is an error. */
function decode(raw: string, where: number): string {
  return raw.replace(/&([^;]*);|&/g, (match, body: string | undefined, offset: number) => {
    if (body === undefined) throw new SyntaxError(`bare & at ${where + offset}`);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (numeric === null) throw new SyntaxError(`unknown entity ${match} at ${where + offset}`);
    const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
    const char = String.fromCodePoint(code);
    if (NOT_XML.test(char) || (code >= 0xd800 && code <= 0xdfff)) {
      throw new SyntaxError(`reference to a character XML cannot hold at ${where + offset}`);
    }
    return char;
  });
}

/** Parses a whole document with one root element; throws `SyntaxError` when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  const bad = NOT_XML.exec(text);
  if (bad !== null) throw new SyntaxError(`a character XML cannot hold at ${bad.index}`);
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const match = NAME.exec(text);
    if (match === null) return fail("a name expected");
    i += match[0].length;
    return match[0];
  };
  const space = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i] as string)) i++;
  };
  const misc = () => {
    for (;;) {
      space();
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        if (end < 0) fail("unclosed comment");
        i = end + 3;
      } else return;
    }
  };

  function element(): XmlElement {
    if (text[i] !== "<") fail("< expected");
    i++;
    const tag = name();
    const attributes = new Map<string, string>();
    for (;;) {
      const before = i;
      space();
      if (text.startsWith("/>", i)) {
        i += 2;
        return { name: tag, attributes, children: [] };
      }
      if (text[i] === ">") {
        i++;
        break;
      }
      if (i === before) fail("space expected before an attribute");
      const attribute = name();
      space();
      if (text[i] !== "=") fail("= expected");
      i++;
      space();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") return fail("a quoted value expected");
      const end = text.indexOf(quote, i + 1);
      if (end < 0) fail("unclosed attribute value");
      const raw = text.slice(i + 1, end);
      if (raw.includes("<")) fail("< in an attribute value");
      if (attributes.has(attribute)) fail(`duplicate attribute ${attribute}`);
      attributes.set(attribute, decode(raw, i + 1));
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (i >= text.length) fail(`unclosed <${tag}>`);
      if (text.startsWith("</", i)) {
        i += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        space();
        if (text[i] !== ">") fail("> expected");
        i++;
        return { name: tag, attributes, children };
      }
      if (text.startsWith("<!--", i)) {
        misc();
        continue;
      }
      if (text[i] === "<") {
        children.push(element());
        continue;
      }
      const next = text.indexOf("<", i);
      const end = next < 0 ? text.length : next;
      const raw = text.slice(i, end);
      if (raw.includes("]]>")) fail("]]> in text");
      children.push(decode(raw, i));
      i = end;
    }
  }

  misc();
  const root = element();
  misc();
  if (i !== text.length) fail("content after the root element");
  return root;
}

/** Every element below (and including) `root`, in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    out.push(element);
    for (let c = element.children.length - 1; c >= 0; c--) {
      const child = element.children[c];
      if (typeof child !== "string" && child !== undefined) stack.push(child);
    }
  }
  return out;
}

/** The text inside an element, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** The element's own text, without its children's (a `<text>` without its `<title>`). */
export function ownText(element: XmlElement): string {
  return element.children.filter((c) => typeof c === "string").join("");
}

/** The elements that carry a class (`class="a b"` has both a and b). */
export function byClass(root: XmlElement, name: string): XmlElement[] {
  return allElements(root).filter((e) =>
    (e.attributes.get("class") ?? "").split(/\s+/).includes(name),
  );
}

/** The `<title>` child's text of an element (its tooltip), or undefined. */
export function titleOf(element: XmlElement): string | undefined {
  const title = element.children.find(
    (c): c is XmlElement => typeof c !== "string" && c.name === "title",
  );
  return title === undefined ? undefined : textOf(title);
}
