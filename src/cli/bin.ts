/**
 * The `sterrenprogramma` executable: the one file of the command line that touches the process
 * and the file system. Everything else is `run`, which gets them injected.
 */
import { readFileSync } from "node:fs";
// Bundled into dist/cli.js at build time, so the bin never looks for the file at run time.
import packageJson from "../../package.json" with { type: "json" };
import type { ReadFileResult } from "./io.js";
import { run } from "./run.js";

function readFile(path: string): ReadFileResult {
  try {
    return { ok: true, text: readFileSync(path, "utf8") };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT") return { ok: false, reason: "not-found" };
    if (code === "EISDIR") return { ok: false, reason: "is-directory" };
    return { ok: false, reason: "unreadable", detail: typeof code === "string" ? code : "?" };
  }
}

// A reader that stops early (`| head`) closes the pipe: end quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = run(
  process.argv.slice(2),
  {
    readFile,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { version: packageJson.version },
);
