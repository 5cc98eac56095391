/**
 * The only window of the command line's core onto the world: reading a file's text and writing
 * to the two output streams. `bin.ts` gives it the real file system and process; tests give it a
 * few strings in memory.
 */

/**
 * What reading a file gave: its text, or why not.
 *
 * @example
 * const read: ReadFileResult = { ok: false, reason: "not-found" };
 */
export type ReadFileResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly reason: "not-found" | "is-directory" | "unreadable";
      /** For `unreadable`: the system's error code, such as `EACCES`. */
      readonly detail?: string;
    };

/**
 * The input and output the command line uses, injected so that `run` stays pure.
 *
 * @example
 * const files = new Map([["programme.json", "{}"]]);
 * const io: CliIo = {
 *   readFile: (path) => {
 *     const text = files.get(path);
 *     return text === undefined ? { ok: false, reason: "not-found" } : { ok: true, text };
 *   },
 *   stdout: (text) => process.stdout.write(text),
 *   stderr: (text) => process.stderr.write(text),
 * };
 */
export interface CliIo {
  /** Reads a file as UTF-8 text. Must not throw. */
  readFile(path: string): ReadFileResult;
  /** Writes text to standard output as given (the core adds the line breaks). */
  stdout(text: string): void;
  /** Writes text to standard error as given. */
  stderr(text: string): void;
}
