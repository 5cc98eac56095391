/**
 * The command line's pure core: `run(argv, io)` parses the arguments, reads files through the
 * injected `io`, writes lines to its streams and returns the exit code. It reads no clock, no
 * environment and no file system of its own; `bin.ts` is the only place that touches the process.
 */
import { parseArgs } from "./args.js";
import { helpText } from "./help.js";
import type { CliIo } from "./io.js";
import { runKoffer } from "./koffer-command.js";
import { DEFAULT_MAX_SIZE_MIB, MIB } from "./load.js";
import { cliProblem } from "./messages.js";
import {
  type CommandContext,
  exitCodes,
  runReport,
  runStatements,
  runValidate,
} from "./programme-commands.js";
import { problemLines } from "./render.js";
import { escapeControls, escapeLine } from "./terminal.js";

/**
 * Options of `run`.
 *
 * @example
 * run(["--version"], io, { version: "0.1.0" } satisfies RunOptions); //=> 0
 */
export interface RunOptions {
  /** What `--version` prints; the bin passes the package's version. */
  readonly version: string;
}

/**
 * Runs the `sterrenprogramma` command line on the arguments after the program name. Exit codes:
 * 0 done (warnings allowed), 1 the input is invalid (its diagnostics are shown), 2 wrong usage or
 * an input that cannot be read (missing, too large or not text; bad JSON or CSV), 3 an unexpected
 * error (a bug, or the output could not be written). Never throws: every problem is a message in
 * the chosen language (`--lang`, default Dutch) on stderr, without a stack trace. Everything
 * written passes through `escapeLine` (a line) or `escapeControls` (the help, JSON, HTML), so no
 * input can send the terminal a control sequence or forge a line.
 *
 * @example
 * const code = run(["validate", "programme.json", "--lang", "en"], io, { version: "0.1.0" });
 * // io.stdout got "programme.json: valid, 0 errors, 0 warnings"; code is 0
 */
export function run(argv: readonly string[], io: CliIo, options: RunOptions): number {
  const parsed = parseArgs(argv);
  const lang = parsed.ok ? parsed.args.lang : (parsed.lang ?? "nl");
  const out = (line: string) => io.stdout(`${escapeLine(line)}\n`);
  const err = (line: string) => io.stderr(`${escapeLine(line)}\n`);
  const outBlock = (text: string) => io.stdout(`${escapeControls(text)}\n`);
  try {
    if (!parsed.ok) {
      for (const line of problemLines(parsed.problems, parsed.lang)) err(line);
      return exitCodes.usage;
    }
    const { args } = parsed;
    if (args.kind === "help") {
      outBlock(helpText(args.lang));
      return exitCodes.ok;
    }
    if (args.kind === "version") {
      out(options.version);
      return exitCodes.ok;
    }
    const context: CommandContext = {
      io,
      maxBytes: (args.maxSize ?? DEFAULT_MAX_SIZE_MIB) * MIB,
      warn: (problems) => {
        for (const line of problemLines(problems, args.lang)) err(line);
      },
      lang: args.lang,
      json: args.json,
      ...(args.html === true ? { html: true } : {}),
      ...(args.csv === true ? { csv: true } : {}),
      out,
      outBlock,
      err,
    };
    const [first = "", second = ""] = args.files;
    switch (args.command) {
      case "validate":
        return runValidate(context, first);
      case "koffer":
        return runKoffer(context, first, second);
      case "statements":
      case "report": {
        const files = {
          programme: first,
          participants: second,
          ...(args.roles === undefined ? {} : { roles: args.roles }),
          ...(args.exemptions === undefined ? {} : { exemptions: args.exemptions }),
          ...(args.columns === undefined ? {} : { columns: args.columns }),
          ...(args.dateOrder === undefined ? {} : { dateOrder: args.dateOrder }),
        };
        // parseArgs guarantees the date for these two commands.
        const asOf = args.asOf ?? "";
        return args.command === "report"
          ? runReport(context, files, asOf)
          : runStatements(context, files, asOf, args.explain);
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.name : typeof error;
    for (const line of problemLines([cliProblem("internal-error", { detail })], lang)) err(line);
    return exitCodes.bug;
  }
}
