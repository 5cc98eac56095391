/**
 * The command line's output edge: every byte it writes to stdout or stderr passes through
 * `escapeLine` or `escapeControls`, so no id, name, title, column header, file name or command name
 * from an input can drive the terminal (clear the screen, set the window title, hide or reorder
 * text) or forge a line of its own. Escaping here, and not at each place a value is printed, means
 * a new message cannot forget it.
 */

/**
 * The characters a terminal acts on or that change what a reader sees without being seen:
 * - C0 controls except the line feed (U+0000–U+0009, U+000B–U+001F; the carriage return too,
 *   since it lets a value overwrite its own line), DEL and the C1 controls (U+007F–U+009F, where
 *   U+009B is a one-character CSI);
 * - the bidirectional controls of "Trojan Source" (CVE-2021-42574): U+061C, U+200E, U+200F,
 *   U+202A–U+202E, U+2066–U+2069;
 * - the line and paragraph separators U+2028 and U+2029, which some terminals break lines on;
 * - the invisible characters that make two different ids look the same: the soft hyphen U+00AD,
 *   the zero width space U+200B, the word joiner U+2060 and the byte order mark U+FEFF. The zero
 *   width (non-)joiners U+200C and U+200D stay: Persian and Indic names and emoji need them.
 *
 * The line feed is handled apart: see `escapeLine` and `escapeControls`.
 */
const UNSAFE_CLASS =
  "\\u0000-\\u0009\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF";
const unsafe = new RegExp(`[${UNSAFE_CLASS}]`, "g");
const unsafeInLine = new RegExp(`[\\n${UNSAFE_CLASS}]`, "g");

const escapeOne = (c: string): string =>
  `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * One line of output with every terminal control, bidirectional control, invisible character
 * and line feed written as a visible `\uXXXX`. Lines are what the command line writes: a line feed
 * inside one can only come from the data (a name, a title, a koffer label, a CSV cell or a file
 * name may hold one), where it would let the data forge a line of the output ("programme.json:
 * valid") below its own.
 *
 * @example
 * escapeLine("Sanne\n  Karel 15 van 15"); //=> "Sanne\\u000A  Karel 15 van 15"
 * escapeLine("p-\u001b[2J"); //=> "p-\\u001B[2J"
 */
export function escapeLine(line: string): string {
  return line.replace(unsafeInLine, escapeOne);
}

/**
 * A block of text the command line wrote itself (the help, JSON, an HTML document), whose line
 * feeds are its own: `escapeLine` but for the line feed. In `JSON.stringify` output a line feed
 * from the data is already the escape `\n`, and the other characters escaped here can only stand
 * inside strings, so escaped JSON still parses to exactly the same value; the same `\uXXXX` form
 * is a JSON string escape.
 *
 * @example
 * escapeControls("p-\u001b[2J"); //=> "p-\\u001B[2J"
 * escapeControls("p-josé\n"); //=> "p-josé\n"
 * JSON.parse(escapeControls(JSON.stringify("a\u202Eb"))); //=> "a\u202Eb"
 */
export function escapeControls(text: string): string {
  return text.replace(unsafe, escapeOne);
}
