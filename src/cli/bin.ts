#!/usr/bin/env node
/**
 * The `sterrenprogramma` executable: the one file of the command line that touches the process
 * (with `node-io.ts` for the file system). Everything else is `run`, which gets them injected.
 * The `#!` line above is the bin's: the build keeps it at the top of dist/cli.js and makes that
 * file executable; dist/cli.js imports the library from the same chunks as dist/index.js.
 */
// Bundled into dist/cli.js at build time, so the bin never looks for the file at run time.
import packageJson from "../../package.json" with { type: "json" };
import { parseArgs } from "./args.js";
import { type CliProblem, cliProblem } from "./messages.js";
import { readFileCapped } from "./node-io.js";
import { exitCodes } from "./programme-commands.js";
import { problemLines } from "./render.js";
import { run } from "./run.js";
import { escapeLine } from "./terminal.js";

const argv = process.argv.slice(2);
const parsed = parseArgs(argv);
const lang = parsed.ok ? parsed.args.lang : (parsed.lang ?? "nl");

/** Ends the process with exit 3 and one line on stderr, in the chosen language, never a trace. */
function die(problem: CliProblem): never {
  try {
    process.stderr.write(`${problemLines([problem], lang).map(escapeLine).join("\n")}\n`);
  } catch {
    // stderr itself is gone: the exit code is all that is left to say it.
  }
  process.exit(exitCodes.bug);
}

const detailOf = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : error instanceof Error ? error.name : typeof error;
};

for (const [name, stream] of [
  ["stdout", process.stdout],
  ["stderr", process.stderr],
] as const) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) closes the pipe: it has what it wanted, so end
    // quietly with the code the run ended with.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? exitCodes.ok);
    // Writing stderr's line to a broken stderr would fail again; the exit code says it.
    if (name === "stderr") process.exit(exitCodes.bug);
    die(cliProblem("output-failed", { stream: name, detail: detailOf(error) }));
  });
}

// `run` catches its own errors; this is for whatever escapes it (a stream, the module loader).
process.on("uncaughtException", (error) => {
  die(cliProblem("internal-error", { detail: detailOf(error) }));
});

process.exitCode = run(
  argv,
  {
    readFile: readFileCapped,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { version: packageJson.version },
);
