/** Reading the command line's input files through the injected `CliIo`, as values or problems. */
import { type CsvTable, parseCsv } from "./csv.js";
import { decodeBytes } from "./decode.js";
import type { CliIo } from "./io.js";
import { parseJsonText } from "./json.js";
import { type CliProblem, cliProblem } from "./messages.js";
import { stripBom } from "./text.js";

/**
 * The most MiB `--max-size` accepts: V8 cannot hold a string of more than 2^29 − 24 characters
 * (24 short of 512 MiB), so a larger file could never become text.
 *
 * @example
 * parseArgs(["validate", "p.json", "--max-size", String(MAX_SIZE_LIMIT_MIB + 1)]).ok; //=> false
 */
export const MAX_SIZE_LIMIT_MIB = 500;

/**
 * The default `--max-size`, in MiB. A participants CSV takes 30 to 50 bytes of memory per byte of
 * file from reading to the last statement (measured on 16 MiB, 5,000 participants: 0.6 GB peak,
 * 0.9 GB for `statements --json`), so 16 MiB stays within Node's default heap even on a small
 * machine. A large library organisation (700 staff, 30 completions a year each) writes about
 * 1.5 MiB a year.
 *
 * @example
 * DEFAULT_MAX_SIZE_MIB * MIB; //=> 16777216 bytes
 */
export const DEFAULT_MAX_SIZE_MIB = 16;

/**
 * Bytes in one MiB, the unit of `--max-size`.
 *
 * @example
 * 2 * MIB; //=> 2097152
 */
export const MIB = 1024 * 1024;

/**
 * The most cells a CSV file may hold: one per 4 bytes of the size limit (4 Mi cells at the
 * default). A cell costs about 30–150 bytes of memory however short its text, so a file of
 * one-character cells would otherwise cost 75 times its size; real exports average 9 bytes a
 * cell (koffer sheets about 3, but a round has tens of them, not millions).
 *
 * @example
 * maxCsvCells(16 * MIB); //=> 4194304
 */
export function maxCsvCells(maxBytes: number): number {
  return Math.floor(maxBytes / 4);
}

/**
 * The most participants `statements` and `report` take: ten times the staff of all Dutch public
 * libraries together (about 10,000). Each statement takes a few kilobytes, so this bounds the
 * memory of what the command computes and prints, whatever the file's size.
 *
 * @example
 * readParticipantsCsv(table, {}, MAX_PARTICIPANTS);
 */
export const MAX_PARTICIPANTS = 100_000;

/**
 * The most koffer sheets `koffer` takes. A round is one team's, tens of sheets; every sheet left
 * out carries its diagnostics, so 3,000,000 empty sheets (9 MB of JSON) ran for minutes in
 * gigabytes. 100,000 keeps the same bound as for participants.
 *
 * @example
 * sheets.length > MAX_SHEETS; //=> false for any real round
 */
export const MAX_SHEETS = 100_000;

/**
 * How the commands read files: the injected `io`, the most bytes a file may hold, and where the
 * warnings about a file (its encoding) go.
 *
 * @example
 * const reader: FileReader = { io, maxBytes: 32 * MIB, warn: (problems) => {} };
 */
export interface FileReader {
  readonly io: CliIo;
  readonly maxBytes: number;
  readonly warn: (problems: readonly CliProblem[]) => void;
}

/**
 * A value read from a file, or the problems that stopped it.
 *
 * @example
 * const loaded: Loaded<string> = { ok: true, value: "{}" };
 */
export type Loaded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly CliProblem[] };

/**
 * A file's text, decoded without loss (UTF-8, UTF-16 with a byte order mark or Windows-1252, see
 * `decodeBytes`), or a problem naming the file (missing, a folder, unreadable, too large, not
 * text). A warning about the encoding goes to `reader.warn`.
 *
 * @example
 * readText(reader, "programme.json"); //=> { ok: true, value: "{…}" }
 */
export function readText(reader: FileReader, file: string): Loaded<string> {
  const { maxBytes } = reader;
  const read = reader.io.readFile(file, maxBytes);
  // The io promises the limit; checking it again costs nothing and keeps the promise here.
  if (read.ok && read.bytes.length <= maxBytes) {
    const decoded = decodeBytes(read.bytes, file);
    if (!decoded.ok) return decoded;
    if (decoded.warnings.length > 0) reader.warn(decoded.warnings);
    return { ok: true, value: decoded.text };
  }
  const reason = read.ok ? "too-large" : read.reason;
  const problem =
    reason === "not-found"
      ? cliProblem("file-not-found", { file })
      : reason === "is-directory"
        ? cliProblem("file-is-directory", { file })
        : reason === "too-large"
          ? cliProblem("file-too-large", { file, limit: Math.floor(maxBytes / MIB) })
          : cliProblem("file-unreadable", { file, detail: (!read.ok && read.detail) || "?" });
  return { ok: false, problems: [problem] };
}

/**
 * A file's JSON value, or the problem (with line and column for a syntax error).
 *
 * @example
 * loadJson(reader, "programme.json");
 */
export function loadJson(reader: FileReader, file: string): Loaded<unknown> {
  const text = readText(reader, file);
  if (!text.ok) return text;
  const parsed = parseJsonText(text.value, file);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, problems: [parsed.problem] };
}

/**
 * Whether an input file is CSV: by its extension (`.csv`, `.json`), otherwise by its content
 * (JSON starts with `[` or `{`).
 *
 * @example
 * isCsv("deelnemers.CSV", ""); //=> true
 * isCsv("export.txt", "medewerker;onderdeel"); //=> true
 */
export function isCsv(file: string, text: string): boolean {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) return true;
  if (lower.endsWith(".json")) return false;
  return !/^\s*[[{]/.test(stripBom(text));
}

/**
 * A file's CSV table, or the problems.
 *
 * @example
 * loadCsv(reader, "participants.csv");
 */
export function loadCsv(reader: FileReader, file: string): Loaded<CsvTable> {
  const text = readText(reader, file);
  if (!text.ok) return text;
  const parsed = parseCsv(text.value, file, maxCsvCells(reader.maxBytes));
  return parsed.ok ? { ok: true, value: parsed.table } : parsed;
}
