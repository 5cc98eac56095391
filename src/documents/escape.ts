/**
 * Escaping for the documents: text from the data (names, titles, ids, free text) lands in HTML and
 * SVG only through these functions. Both are XML-safe, so the same text can go into an HTML page, an
 * inline SVG, or a standalone `.svg` file.
 */

/**
 * Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; U+FFFE and U+FFFF;
 * and, with the `u` flag, which reads a surrogate pair as one code point, only lone surrogates),
 * and those HTML calls parse errors (DEL, the C1 controls and the other noncharacters).
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/**
 * The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which would
 * reorder the document's own text after a value ("Trojan Source", CVE-2021-42574). They are
 * dropped: the value then reads in its stored order. The marks U+200E, U+200F and U+061C stay;
 * they order only the characters next to them, as right-to-left names need.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
});

/**
 * Text for HTML or SVG content and attribute values (quoted with `"` or `'`): `& < > " '` become
 * entities, characters XML cannot hold become U+FFFD and bidirectional controls are dropped, so a
 * hostile name can neither open a tag, leave an attribute, make an SVG file unreadable, nor turn
 * the text after it around.
 *
 * @example
 * escapeMarkup('<script>alert("x")</script>'); //=> "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 * @internal
 */
export function escapeMarkup(text: string): string {
  return String(text)
    .replace(BIDI_CONTROLS, "")
    .replace(NOT_XML, "\uFFFD")
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
