/**
 * The command line's output edge: every byte it writes to stdout or stderr passes through
 * `escapeControls`, so no id, column header, file name or command name from an input can drive
 * the terminal (clear the screen, set the window title, hide or reorder text). Escaping here, and
 * not at each place a value is printed, means a new message cannot forget it.
 */

/**
 * The characters a terminal acts on or that change what a reader sees without being seen:
 * - C0 controls except the line feed (U+0000–U+0009, U+000B–U+001F; the carriage return too,
 *   since it lets a value overwrite its own line), DEL and the C1 controls (U+007F–U+009F, where
 *   U+009B is a one-character CSI);
 * - the bidirectional controls of "Trojan Source" (CVE-2021-42574): U+061C, U+200E, U+200F,
 *   U+202A–U+202E, U+2066–U+2069;
 * - the line and paragraph separators U+2028 and U+2029, which some terminals break lines on.
 *
 * The line feed stays: the output is made of lines, and no id can hold one (the id pattern's `.`
 * matches no line terminator).
 */
const unsafe =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls is the point.
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escapeOne = (c: string): string =>
  `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The text with every terminal control and bidirectional control written as a visible `\uXXXX`.
 * The same form is a JSON string escape, and in `JSON.stringify` output these characters can only
 * stand inside strings (its line breaks between values are line feeds, which stay), so escaped
 * JSON still parses to exactly the same value; plain text shows the escape as written.
 *
 * @example
 * escapeControls("p-\u001b[2J"); //=> "p-\\u001B[2J"
 * escapeControls("p-josé\n"); //=> "p-josé\n"
 * JSON.parse(escapeControls(JSON.stringify("a\u202Eb"))); //=> "a\u202Eb"
 */
export function escapeControls(text: string): string {
  return text.replace(unsafe, escapeOne);
}
