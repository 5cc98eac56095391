/** Small helpers for the text of input files. */

/**
 * The text without a leading byte order mark, which spreadsheet programs write.
 *
 * @example
 * stripBom("\uFEFFid;naam"); //=> "id;naam"
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The 1-based line and column of an offset in a text. A CRLF pair counts as one line break, and
 * so does a lone CR (old spreadsheet exports).
 *
 * @example
 * lineAndColumn("ab\ncd", 4); //=> { line: 2, column: 2 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
