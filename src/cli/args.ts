/**
 * Hand-written argument parsing: a command, its files, and a handful of options, written as
 * `--name value` or `--name=value`, anywhere on the line; `--` ends the options.
 */
import type { Locale } from "../i18n/types.js";
import { readTableDate } from "../tables/cells.js";
import type { DateOrder } from "../tables/diagnostics.js";
import { MAX_SIZE_LIMIT_MIB } from "./load.js";
import { type CliProblem, cliProblem } from "./messages.js";

/**
 * The commands of the `sterrenprogramma` bin.
 *
 * @example
 * const command: Command = "validate";
 */
export type Command = "validate" | "statements" | "report" | "koffer";

/** The commands with their positional arguments, as `--help` and the problems name them. */
export const commandArguments: { readonly [C in Command]: readonly string[] } = {
  validate: ["<programme.json>"],
  statements: ["<programme.json>", "<participants.json|.csv>"],
  report: ["<programme.json>", "<participants.json|.csv>"],
  koffer: ["<template.json|example-id>", "<sheets.csv|.json>"],
};

const commands = Object.keys(commandArguments) as Command[];
const isCommand = (word: string): word is Command => (commands as string[]).includes(word);

interface OptionSpec {
  readonly value: boolean;
  /** The commands it belongs to; `null` for every command. */
  readonly commands: readonly Command[] | null;
  /** Whether it may be given more than once (`--column`), each value kept. */
  readonly repeatable?: boolean;
}

const options: ReadonlyMap<string, OptionSpec> = new Map<string, OptionSpec>([
  ["--help", { value: false, commands: null }],
  ["--version", { value: false, commands: null }],
  ["--lang", { value: true, commands: null }],
  ["--json", { value: false, commands: null }],
  ["--max-size", { value: true, commands: null }],
  ["--as-of", { value: true, commands: ["statements", "report"] }],
  ["--explain", { value: false, commands: ["statements"] }],
  ["--html", { value: false, commands: ["statements", "report"] }],
  ["--csv", { value: false, commands: ["statements", "report", "koffer"] }],
  ["--roles", { value: true, commands: ["statements", "report"] }],
  ["--exemptions", { value: true, commands: ["statements", "report"] }],
  ["--column", { value: true, commands: ["statements", "report"], repeatable: true }],
  ["--date-order", { value: true, commands: ["statements", "report"] }],
]);
const shortOptions: ReadonlyMap<string, string> = new Map([
  ["-h", "--help"],
  ["-V", "--version"],
]);

/**
 * What the command line asks for.
 *
 * @example
 * const args: CliArgs = { kind: "run", command: "validate", files: ["p.json"], lang: "nl",
 *   json: false, explain: false };
 */
export type CliArgs =
  | { readonly kind: "help"; readonly lang: Locale }
  | { readonly kind: "version"; readonly lang: Locale }
  | {
      readonly kind: "run";
      readonly command: Command;
      readonly files: readonly string[];
      readonly lang: Locale;
      readonly json: boolean;
      readonly explain: boolean;
      /** `--html`: the statements or the report as one HTML document on stdout. */
      readonly html?: boolean;
      /** `--csv`: the statements, the report or the team aggregate as CSV for Excel on stdout. */
      readonly csv?: boolean;
      /** `--max-size`: the most MiB an input file may hold; absent for the default. */
      readonly maxSize?: number;
      readonly asOf?: string;
      readonly roles?: string;
      readonly exemptions?: string;
      /** `--column field=name`, repeatable: the export's own column names, by field. */
      readonly columns?: Readonly<Record<string, string>>;
      /** `--date-order`: how to read `06/07/2026` in the CSV files and `--as-of`. */
      readonly dateOrder?: DateOrder;
    };

/**
 * The outcome of parsing: the arguments, or every problem with them. `lang` is the language to
 * report them in, `null` when `--lang` itself was wrong (then both languages are shown).
 *
 * @example
 * const result: ArgsResult = parseArgs(["validate"]);
 */
export type ArgsResult =
  | { readonly ok: true; readonly args: CliArgs }
  | { readonly ok: false; readonly lang: Locale | null; readonly problems: readonly CliProblem[] };

/**
 * Parses the arguments after the program name. `--help` and `--version` win over everything
 * else; otherwise every problem is reported at once (unknown command or option, an option of
 * another command, a missing value or file, a missing or impossible `--as-of`).
 *
 * @example
 * parseArgs(["statements", "p.json", "m.csv", "--as-of", "2026-06-30", "--lang=en"]);
 * //=> { ok: true, args: { kind: "run", command: "statements", files: ["p.json", "m.csv"],
 * //     lang: "en", json: false, explain: false, asOf: "2026-06-30" } }
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const problems: CliProblem[] = [];
  const given = new Map<string, string | true>();
  const positionals: string[] = [];
  /** The values of the repeatable options, in the order given. */
  const repeated: { readonly name: string; readonly value: string }[] = [];
  let ended = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (ended || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      ended = true;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = shortOptions.get(written) ?? written;
    const spec = options.get(name);
    if (spec === undefined) {
      problems.push(cliProblem("unknown-option", { option: written, command: null }));
      continue;
    }
    let value: string | true = true;
    if (spec.value) {
      const next = argv[i + 1];
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (next !== undefined && !(next.startsWith("-") && next !== "-")) {
        value = next;
        i++;
      } else {
        problems.push(cliProblem("missing-option-value", { option: name }));
        continue;
      }
    } else if (eq !== -1) {
      problems.push(cliProblem("unexpected-option-value", { option: name }));
      continue;
    }
    if (given.has(name) && spec.repeatable !== true) {
      problems.push(cliProblem("repeated-option", { option: name }));
    }
    given.set(name, value);
    if (spec.repeatable === true && typeof value === "string") {
      repeated.push({ name, value });
    }
  }

  const langValue = given.get("--lang");
  let lang: Locale | null = "nl";
  if (langValue === "nl" || langValue === "en") lang = langValue;
  else if (typeof langValue === "string") {
    lang = null;
    problems.push(cliProblem("invalid-lang", { value: langValue }));
  }
  if (given.has("--help")) return { ok: true, args: { kind: "help", lang: lang ?? "nl" } };
  if (given.has("--version")) return { ok: true, args: { kind: "version", lang: lang ?? "nl" } };

  const [word, ...files] = positionals;
  if (word === "help") return { ok: true, args: { kind: "help", lang: lang ?? "nl" } };
  if (word === undefined) {
    problems.push(cliProblem("no-command", {}));
    return { ok: false, lang, problems };
  }
  if (!isCommand(word)) {
    problems.push(cliProblem("unknown-command", { command: word }));
    return { ok: false, lang, problems };
  }
  const command = word;
  for (const name of given.keys()) {
    const allowed = options.get(name)?.commands;
    if (allowed != null && !allowed.includes(command)) {
      problems.push(cliProblem("unknown-option", { option: name, command }));
    }
  }
  const expected = commandArguments[command];
  for (const argument of expected.slice(files.length)) {
    problems.push(cliProblem("missing-argument", { command, argument }));
  }
  if (files.length > expected.length) {
    problems.push(
      cliProblem("too-many-arguments", { command, extra: files.slice(expected.length) }),
    );
  }
  const text = (name: string) => {
    const v = given.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const dateOrderText = text("--date-order");
  if (
    dateOrderText !== undefined &&
    dateOrderText !== "day-first" &&
    dateOrderText !== "month-first"
  ) {
    problems.push(cliProblem("invalid-date-order", { value: dateOrderText }));
  }
  const dateOrder: DateOrder | undefined =
    dateOrderText === "day-first" || dateOrderText === "month-first" ? dateOrderText : undefined;
  // The same reader as the cells of a CSV file: 2026-06-30, 30-06-2026, an Excel serial date.
  const asOfText = text("--as-of");
  let asOf: string | undefined;
  if (command === "statements" || command === "report") {
    if (asOfText === undefined) problems.push(cliProblem("missing-as-of", { command }));
    else {
      const read = readTableDate(asOfText, dateOrder === undefined ? {} : { dateOrder });
      if (read.ok) asOf = read.value;
      else {
        const detail = read.diagnostics[0]?.message;
        problems.push(
          cliProblem("invalid-as-of", {
            value: asOfText,
            ...(detail === undefined ? {} : { detail }),
          }),
        );
      }
    }
  }
  const columns = columnOption(repeated, problems);
  const outputForms = ["--json", "--html", "--csv"].filter((name) => given.has(name));
  if (outputForms.length > 1) {
    problems.push(cliProblem("conflicting-options", { options: outputForms }));
  }
  const maxSizeText = text("--max-size");
  const maxSize = maxSizeText === undefined ? undefined : Number(maxSizeText);
  if (
    maxSizeText !== undefined &&
    !(/^[1-9][0-9]{0,3}$/.test(maxSizeText) && Number(maxSizeText) <= MAX_SIZE_LIMIT_MIB)
  ) {
    problems.push(cliProblem("invalid-max-size", { value: maxSizeText, max: MAX_SIZE_LIMIT_MIB }));
  }
  if (problems.length > 0 || lang === null) return { ok: false, lang, problems };
  const roles = text("--roles");
  const exemptions = text("--exemptions");
  return {
    ok: true,
    args: {
      kind: "run",
      command,
      files,
      lang,
      json: given.has("--json"),
      explain: given.has("--explain"),
      ...(given.has("--html") ? { html: true } : {}),
      ...(given.has("--csv") ? { csv: true } : {}),
      ...(maxSize === undefined ? {} : { maxSize }),
      ...(asOf === undefined ? {} : { asOf }),
      ...(roles === undefined ? {} : { roles }),
      ...(exemptions === undefined ? {} : { exemptions }),
      ...(columns === undefined ? {} : { columns }),
      ...(dateOrder === undefined ? {} : { dateOrder }),
    },
  };
}

/**
 * The `--column field=name` options as the library's `columns` option: a null-prototype object,
 * so a field called `__proto__` is an ordinary key (which the library then reports as no field).
 * A value without `=`, field or name is a problem; so is one field given twice.
 */
function columnOption(
  given: readonly { readonly name: string; readonly value: string }[],
  problems: CliProblem[],
): Readonly<Record<string, string>> | undefined {
  const values = given.filter((g) => g.name === "--column").map((g) => g.value);
  if (values.length === 0) return undefined;
  const columns: Record<string, string> = Object.create(null);
  const seen = new Set<string>();
  for (const value of values) {
    const eq = value.indexOf("=");
    const field = eq === -1 ? "" : value.slice(0, eq).trim();
    const name = eq === -1 ? "" : value.slice(eq + 1).trim();
    if (field === "" || name === "") {
      problems.push(cliProblem("invalid-column-option", { value }));
      continue;
    }
    if (seen.has(field)) {
      problems.push(cliProblem("repeated-option", { option: `--column ${field}` }));
      continue;
    }
    seen.add(field);
    Object.defineProperty(columns, field, { value: name, enumerable: true });
  }
  return columns;
}
