/**
 * The only window of the command line's core onto the world: reading a file's text and writing
 * to the two output streams. `bin.ts` gives it the real file system and process; tests give it a
 * few strings in memory.
 */

/**
 * What reading a file gave: its bytes (the core decodes them, see `decodeBytes`), or why not.
 * `too-large`: the file holds more bytes than the reader was allowed to read.
 *
 * @example
 * const read: ReadFileResult = { ok: false, reason: "not-found" };
 */
export type ReadFileResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | {
      readonly ok: false;
      readonly reason: "not-found" | "is-directory" | "unreadable" | "too-large";
      /** For `unreadable`: the system's error code, such as `EACCES`. */
      readonly detail?: string;
    };

/**
 * The input and output the command line uses, injected so that `run` stays pure.
 *
 * @example
 * const files = new Map([["programme.json", new TextEncoder().encode("{}")]]);
 * const io: CliIo = {
 *   readFile: (path, maxBytes) => {
 *     const bytes = files.get(path);
 *     if (bytes === undefined) return { ok: false, reason: "not-found" };
 *     return bytes.length > maxBytes ? { ok: false, reason: "too-large" } : { ok: true, bytes };
 *   },
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 * };
 */
export interface CliIo {
  /**
   * Reads a file's bytes, never more than `maxBytes + 1` of them, so that a huge file or an endless
   * one (`/dev/zero`, a pipe) ends with `too-large` instead of filling the memory. Must not throw.
   */
  readFile(path: string, maxBytes: number): ReadFileResult;
  /** Writes text to standard output as given (the core adds the line breaks and escapes controls). */
  stdout(text: string): void;
  /** Writes text to standard error as given. */
  stderr(text: string): void;
}
