/**
 * Escaping for the documents: text from the data (names, titles, ids, free text) lands in HTML and
 * SVG only through these functions. Both are XML-safe, so the same text can go into an HTML page, an
 * inline SVG, or a standalone `.svg` file.
 */

/**
 * Characters XML 1.0 does not allow at all: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; and,
 * with the `u` flag (which reads a surrogate pair as one code point), only lone surrogates.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
});

/**
 * Text for HTML or SVG content and attribute values (quoted with `"` or `'`): `& < > " '` become
 * entities, and characters XML cannot hold become U+FFFD, so a hostile name can neither open a tag,
 * leave an attribute, nor make an SVG file unreadable.
 *
 * @example
 * escapeMarkup('<script>alert("x")</script>'); //=> "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 * @internal
 */
export function escapeMarkup(text: string): string {
  return String(text)
    .replace(NOT_XML, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
