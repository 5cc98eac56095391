/**
 * Reading a JSON file's text for the command line. `JSON.parse` does the work; when it fails, a
 * small scanner finds where, because the engine's own messages differ between Node versions, are
 * English only and sometimes carry no position at all.
 */
import { type CliProblem, cliProblem } from "./messages.js";
import { lineAndColumn, stripBom } from "./text.js";

/**
 * The outcome of reading JSON text: the value, or one problem with its line and column.
 *
 * @example
 * const result: JsonResult = parseJsonText('{"a": 1}', "a.json");
 */
export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: CliProblem };

/**
 * Parses the text of a JSON file (a leading byte order mark is allowed). On a syntax error the
 * problem names the first character that makes the text invalid, with its line and column.
 *
 * @example
 * const result = parseJsonText('{"a": 1,}', "a.json");
 * result.ok || result.problem.location; //=> { file: "a.json", line: 1, column: 9 }
 */
export function parseJsonText(text: string, file: string): JsonResult {
  const body = stripBom(text);
  if (body.trim() === "") return { ok: false, problem: cliProblem("empty-file", {}, { file }) };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    // The scanner agrees with JSON.parse; 0 is only a guard should they ever differ.
    const offset = Math.max(0, firstJsonError(body));
    const found =
      offset >= body.length ? null : String.fromCodePoint(body.codePointAt(offset) ?? 0);
    const where = lineAndColumn(body, Math.min(offset, body.length));
    return { ok: false, problem: cliProblem("invalid-json", { found }, { file, ...where }) };
  }
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/**
 * The offset of the first character that makes `text` invalid JSON (`text.length` when it ends
 * too early), or -1 when it is valid. Iterative, so deep nesting cannot overflow the stack.
 *
 * @example
 * firstJsonError("[1, 2"); //=> 5
 * firstJsonError("[1]"); //=> -1
 */
export function firstJsonError(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: ("[" | "{")[] = [];
  const skipSpace = () => {
    while (i < n && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r"))
      i++;
  };
  /** Reads a string starting at its opening quote; on failure `i` is the offending character. */
  const readString = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return true;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text[i + k])) {
              i += k;
              return false;
            }
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i++;
          return false;
        }
        i += 2;
        continue;
      }
      if (c < " ") return false;
      i++;
    }
    return false;
  };
  const readNumber = (): boolean => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else return false;
    if (text[i] === ".") {
      i++;
      if (!isDigit(text[i])) return false;
      while (isDigit(text[i])) i++;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!isDigit(text[i])) return false;
      while (isDigit(text[i])) i++;
    }
    return true;
  };
  const readWord = (word: string): boolean => {
    for (const c of word) {
      if (text[i] !== c) return false;
      i++;
    }
    return true;
  };
  /** Reads `"key":` inside an object. */
  const readKey = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !readString()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };

  for (;;) {
    skipSpace();
    const c = text[i];
    if (c === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") i++;
      else {
        stack.push("{");
        if (!readKey()) return i;
        continue;
      }
    } else if (c === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") i++;
      else {
        stack.push("[");
        continue;
      }
    } else if (c === '"') {
      if (!readString()) return i;
    } else if (c === "t" || c === "f" || c === "n") {
      if (!readWord(c === "t" ? "true" : c === "f" ? "false" : "null")) return i;
    } else if (c === "-" || isDigit(c)) {
      if (!readNumber()) return i;
    } else {
      return i;
    }
    // After a value: close what it ends, or go on to the next value after a comma.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      const d = text[i];
      if (d === ",") {
        i++;
        if (top === "{" && !readKey()) return i;
        break;
      }
      if ((top === "[" && d === "]") || (top === "{" && d === "}")) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}
