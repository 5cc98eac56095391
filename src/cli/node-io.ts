/**
 * The file system side of the command line's `CliIo`, for `bin.ts`: the one other module that
 * touches `node:fs`, kept apart from the bin so that tests can read real files (`/dev/zero`)
 * through it without starting the program.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ReadFileResult } from "./io.js";

/** Read in slices of this size when the size is not known beforehand (a pipe, `/dev/zero`). */
const SLICE = 64 * 1024;

/**
 * Reads a file's bytes, never more than `maxBytes + 1` of them: a regular file larger than the
 * limit is refused from its size without reading it, and anything else (a pipe, a device) is
 * read until it ends or passes the limit, so that `/dev/zero` ends too. Never throws.
 *
 * @example
 * readFileCapped("programme.json", 16 * 1024 * 1024); //=> { ok: true, bytes: Uint8Array [...] }
 * readFileCapped("/dev/zero", 1024); //=> { ok: false, reason: "too-large" }
 */
export function readFileCapped(path: string, maxBytes: number): ReadFileResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: "is-directory" };
    if (stat.isFile() && stat.size > maxBytes) return { ok: false, reason: "too-large" };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // A regular file is read in one slice of its size; the next read confirms the end.
      const want = Math.min(stat.isFile() ? stat.size + 1 : SLICE, maxBytes + 1 - total);
      const buffer = Buffer.allocUnsafe(Math.max(1, want));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { ok: false, reason: "too-large" };
      chunks.push(buffer.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT") return { ok: false, reason: "not-found" };
    if (code === "EISDIR") return { ok: false, reason: "is-directory" };
    return { ok: false, reason: "unreadable", detail: typeof code === "string" ? code : "?" };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing was written, so a failed close loses nothing.
      }
    }
  }
}
