import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

const root = join(import.meta.dirname, "..", "..");

/** A shipped file's text, to put into the in-memory file system. */
export function shipped(path: string): string {
  return readFileSync(join(root, path), "utf8");
}

/** What one run gave: the exit code and everything written to each stream. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI against files held in memory; a path ending in "/" is a folder. */
export function runWith(argv: readonly string[], files: Record<string, string> = {}): Outcome {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: (path) => {
      if (path.endsWith("/")) return { ok: false, reason: "is-directory" };
      if (!Object.hasOwn(files, path)) return { ok: false, reason: "not-found" };
      return { ok: true, text: files[path] as string };
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = run(argv, io, { version: "9.8.7" });
  return { code, stdout, stderr };
}
