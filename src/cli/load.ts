/** Reading the command line's input files through the injected `CliIo`, as values or problems. */
import { type CsvTable, parseCsv } from "./csv.js";
import type { CliIo } from "./io.js";
import { parseJsonText } from "./json.js";
import { type CliProblem, cliProblem } from "./messages.js";
import { stripBom } from "./text.js";

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
 * A file's text, or a problem naming the file (missing, a folder, unreadable).
 *
 * @example
 * readText(io, "programme.json"); //=> { ok: true, value: "{…}" }
 */
export function readText(io: CliIo, file: string): Loaded<string> {
  const read = io.readFile(file);
  if (read.ok) return { ok: true, value: read.text };
  const problem =
    read.reason === "not-found"
      ? cliProblem("file-not-found", { file })
      : read.reason === "is-directory"
        ? cliProblem("file-is-directory", { file })
        : cliProblem("file-unreadable", { file, detail: read.detail ?? "?" });
  return { ok: false, problems: [problem] };
}

/**
 * A file's JSON value, or the problem (with line and column for a syntax error).
 *
 * @example
 * loadJson(io, "programme.json");
 */
export function loadJson(io: CliIo, file: string): Loaded<unknown> {
  const text = readText(io, file);
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
 * loadCsv(io, "participants.csv");
 */
export function loadCsv(io: CliIo, file: string): Loaded<CsvTable> {
  const text = readText(io, file);
  if (!text.ok) return text;
  const parsed = parseCsv(text.value, file);
  return parsed.ok ? { ok: true, value: parsed.table } : parsed;
}
