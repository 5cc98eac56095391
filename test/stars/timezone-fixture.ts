import { pathToFileURL } from "node:url";
import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { computeStatement } from "../../src/stars/statement.js";
import type { Statement } from "../../src/stars/types.js";

/**
 * The computation the time-zone test runs in this process and in child processes with another
 * `TZ` and locale (rules A1: no time zone may ever move a date). Run as a script, it prints
 * `{ zone, statements }` as JSON; `zone` shows which time zone and locale the process really had.
 */

/** As-of dates around year and window boundaries, where a shifted date would show first. */
export const AS_OF_DATES = [
  "2024-12-31",
  "2025-01-01",
  "2025-06-30",
  "2025-12-31",
  "2026-01-01",
  "2026-06-30",
  "2026-12-31",
  "2027-01-01",
] as const;

/** Every example participant's statement at every as-of date. */
export function exampleStatements(): Statement[] {
  const programme = parseProgramme(exampleProgramme);
  const participants = exampleParticipants.map((p) => parseParticipant(p, programme));
  return AS_OF_DATES.flatMap((asOf) =>
    participants.map((p) => computeStatement(programme, p, asOf)),
  );
}

/** What the process's clock and locale look like, to prove the environment was applied. */
export function zoneOfThisProcess() {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  return {
    timeZone: resolved.timeZone,
    locale: resolved.locale,
    offsetJanuary: new Date(2025, 0, 15).getTimezoneOffset(),
    offsetNow: new Date().getTimezoneOffset(),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(
    JSON.stringify({ zone: zoneOfThisProcess(), statements: exampleStatements() }),
  );
}
