/**
 * Turning a file's bytes into text without losing a character in silence. Spreadsheet programs
 * write CSV in three encodings: UTF-8 (Excel's "CSV UTF-8", with a byte order mark; most other
 * programs, without), UTF-16 with a byte order mark (Excel's "Unicode text") and Windows-1252
 * (Dutch Excel's "CSV (puntkomma)"). Decoding Windows-1252 as UTF-8 would turn `é` and `ë` into
 * the same replacement character, so `p-josé` and `p-josë` would become one person.
 */
import { type CliProblem, cliProblem } from "./messages.js";

/**
 * The text of a file, with the encoding it was read in and any warning about it; or the problem
 * that stopped it.
 *
 * @example
 * const decoded: Decoded = decodeBytes(new Uint8Array([0x69, 0x64]), "a.csv");
 */
export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
      readonly warnings: readonly CliProblem[];
    }
  | { readonly ok: false; readonly problems: readonly CliProblem[] };

/**
 * Windows-1252 for 0x80–0x9F; the other bytes are their own code points (ASCII and Latin-1). The
 * five bytes Windows-1252 leaves undefined are 0. Written out because Node's
 * `TextDecoder("windows-1252")` decodes this range as Latin-1 C1 controls.
 */
const cp1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * The character Windows-1252 gives a byte, or `undefined` for the five bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D): a file holding one of them is not Windows-1252.
 *
 * @example
 * windows1252Char(0x80); //=> "€"
 * windows1252Char(0xeb); //=> "ë"
 * windows1252Char(0x81); //=> undefined
 */
export function windows1252Char(byte: number): string | undefined {
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte);
  const code = cp1252High[byte - 0x80] ?? 0;
  return code === 0 ? undefined : String.fromCharCode(code);
}

/**
 * The 1-based line of a byte offset: a CRLF pair, a lone LF and a lone CR each end a line, as in
 * the CSV reader. Only ASCII bytes are line breaks in every encoding read here but UTF-16.
 *
 * @example
 * lineOfByte(new Uint8Array([0x61, 0x0a, 0x62]), 2); //=> 2
 */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * The length of the well-formed UTF-8 sequence at `i` (1–4), or 0 when the bytes there are not
 * UTF-8 (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut short).
 */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * What a scan of bytes without a byte order mark found: the first byte that is not UTF-8 (-1 if
 * none), whether any multi-byte UTF-8 sequence was well formed, and the first byte Windows-1252
 * does not define (-1 if none).
 */
function scan(bytes: Uint8Array): { invalid: number; multiByte: boolean; undefined1252: number } {
  let invalid = -1;
  let multiByte = false;
  let undefined1252 = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (undefined1252 === -1 && windows1252Char(b) === undefined) undefined1252 = i;
    const length = utf8Length(bytes, i);
    if (length === 0) {
      if (invalid === -1) invalid = i;
      i++;
    } else {
      multiByte = true;
      // Windows-1252 reads every byte on its own, so the continuation bytes count too.
      for (let k = 1; k < length && undefined1252 === -1; k++) {
        if (windows1252Char(bytes[i + k] ?? 0) === undefined) undefined1252 = i + k;
      }
      i += length;
    }
  }
  return { invalid, multiByte, undefined1252 };
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices, so a large file never builds one character at a time into a rope of strings.
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + chunk);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? (cp1252High[b - 0x80] ?? 0xfffd) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

function decodeUtf16(bytes: Uint8Array, file: string, encoding: "utf-16le" | "utf-16be"): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return noNul(text, file, encoding, []);
  } catch {
    return { ok: false, problems: [cliProblem("encoding-invalid-utf16", {}, { file })] };
  }
}

/** A NUL character is never in a CSV or JSON text: the file is binary, or UTF-16 without a BOM. */
function noNul(
  text: string,
  file: string,
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252",
  warnings: readonly CliProblem[],
): Decoded {
  const at = text.indexOf("\u0000");
  if (at === -1) return { ok: true, text, encoding, warnings };
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
  }
  return { ok: false, problems: [cliProblem("encoding-nul", {}, { file, line })] };
}

/**
 * Decodes a file's bytes, never lossily in silence:
 * - a UTF-16 byte order mark (LE or BE) → UTF-16, which must be well formed;
 * - a UTF-8 byte order mark → UTF-8, which must be well formed (an error names the line);
 * - otherwise UTF-8 when every byte sequence is well formed;
 * - otherwise Windows-1252, with a warning naming the first line that is not UTF-8, when no byte
 *   is one Windows-1252 leaves undefined and no multi-byte UTF-8 sequence is well formed (a file
 *   that has both is broken UTF-8: an error naming the line).
 *
 * A NUL character is an error in every encoding: no CSV or JSON text holds one.
 *
 * @example
 * const decoded = decodeBytes(new Uint8Array([0x70, 0x2d, 0x6a, 0x6f, 0x73, 0xe9]), "m.csv");
 * decoded.ok && decoded.text; //=> "p-josé"
 * decoded.ok && decoded.encoding; //=> "windows-1252"
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, file, "utf-16le");
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, file, "utf-16be");
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const found = scan(bytes);
  // TextDecoder drops a leading BOM itself.
  if (found.invalid === -1) return noNul(new TextDecoder("utf-8").decode(bytes), file, "utf-8", []);
  const invalidAt = { file, line: lineOfByte(bytes, found.invalid) };
  const byte = hex(bytes[found.invalid] ?? 0);
  if (bom || found.multiByte || found.undefined1252 !== -1) {
    return { ok: false, problems: [cliProblem("encoding-invalid-utf8", { byte }, invalidAt)] };
  }
  const warning = cliProblem("encoding-windows-1252", { byte }, invalidAt);
  return noNul(decodeWindows1252(bytes), file, "windows-1252", [warning]);
}
