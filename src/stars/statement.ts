import { deepFreeze } from "../internal/deep-freeze.js";
import type { Participant, Programme } from "../programme/types.js";
import { assertEvaluableParticipant } from "./entry-guards.js";
import { evaluateWindow } from "./evaluate-window.js";
import { type PreparedProgramme, prepareProgramme } from "./prepare.js";
import { historyOf } from "./rules/history.js";
import { windowFor } from "./rules/window.js";
import type { Statement } from "./types.js";

/**
 * A participant's star statement at an as-of date (rules A2–A8): the window, one line per
 * completion with its stars, counted stars and reason, the bonus for trainers and kartrekkers,
 * carried-over stars, exemptions, the target, the totals, the mandatory obligations, the policy's
 * elective rules and yearly minimum, a status, and the earlier windows.
 *
 * Pure: the same programme, participant and date give a deep-equal statement on any machine, and
 * the order of completions and roles in the input does not matter. Takes validated data (see
 * `validateProgramme`, `validateParticipant`); a participant that does not fit the programme is
 * explained line by line, never dropped. For many participants, pass a `prepareProgramme` result.
 *
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` calendar date from 1900-01-01 on, or its
 * window would end after 9999-12-31 (a programmer error; every date of the supported range
 * 1900–2999 is fine).
 * @throws TypeError when the programme or the participant is not validated data: the message
 * names the first field that validation would have refused (a programmer error).
 * @example
 * import { computeStatement, parseParticipant, parseProgramme } from "sterrenprogramma";
 *
 * const programme = parseProgramme(programmeJson);
 * const statement = computeStatement(programme, parseParticipant(participantJson, programme), "2026-06-30");
 * console.log(`${statement.totals.counted}/${statement.totals.target} stars, ${statement.status}`);
 * @function
 */
export const computeStatement = /* @__PURE__ */ deepFreeze(function computeStatement(
  programme: Programme | PreparedProgramme,
  participant: Participant,
  asOf: string,
): Statement {
  const prepared = prepareProgramme(programme);
  assertEvaluableParticipant(participant);
  const window = windowFor(prepared, participant, asOf);
  const { history, carry } = historyOf(prepared, participant, window);
  return evaluateWindow(prepared, participant, window, asOf, carry, history);
});
