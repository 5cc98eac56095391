/**
 * Where `npm run demo` puts the documents it makes (the statement HTML, the report page, a koffer
 * chart): one new temporary folder per run, made on first use, so a run never overwrites another
 * run's files or anything of the user's. The library itself writes no files: its documents are
 * strings, and this is the demo's edge where they become files.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let folder: string | undefined;

/** The run's temporary folder (`…/sterrenprogramma-XXXXXX`), made the first time it is asked for. */
export function documentsFolder(): string {
  folder ??= mkdtempSync(join(tmpdir(), "sterrenprogramma-"));
  return folder;
}

/** Writes a document as UTF-8 into the run's folder under a fixed file name; returns its path. */
export function writeDocument(fileName: string, text: string): string {
  const path = join(documentsFolder(), fileName);
  writeFileSync(path, text, "utf8");
  return path;
}
