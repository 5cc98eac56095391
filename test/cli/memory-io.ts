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

/**
 * Runs the CLI against files held in memory: text (written as UTF-8) or bytes as given. A path
 * ending in "/" is a folder. Like the bin, the reader refuses a file above the size limit.
 */
export function runWith(
  argv: readonly string[],
  files: Record<string, string | Uint8Array> = {},
): Outcome {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    readFile: (path, maxBytes) => {
      if (path.endsWith("/")) return { ok: false, reason: "is-directory" };
      if (!Object.hasOwn(files, path)) return { ok: false, reason: "not-found" };
      const file = files[path] as string | Uint8Array;
      const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
      return bytes.length > maxBytes ? { ok: false, reason: "too-large" } : { ok: true, bytes };
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
