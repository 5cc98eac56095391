import type { Participant } from "../../programme/types.js";
import { type CarryIn, evaluateWindow, NO_HISTORY } from "../evaluate-window.js";
import type { PreparedProgramme } from "../prepare.js";
import type { DateWindow, WindowSummary } from "../types.js";
import { participantPerWindow } from "../window-completions.js";
import { carryInto } from "./carry-over.js";
import { windowsBefore } from "./window.js";

/*
 * rules A8 — history: the participant's earlier windows, each exactly as a statement at that
 * window's last day shows it (rules A10.9): the same bounds, carried-over stars included, the same
 * totals and status. The windows are evaluated oldest first, each carrying into the next (rules A6),
 * each with only the completions its numbers can depend on (window-completions.ts), so a long
 * history costs one sort of the completions, not one pass over all of them per window.
 */

/** No earlier window: one frozen, shared result (the common case). */
const NOTHING_BEFORE: { history: WindowSummary[]; carry: null } = Object.freeze({
  history: NO_HISTORY as WindowSummary[],
  carry: null,
});

/**
 * The earlier windows' summaries, and the surplus the last of them carries into the current
 * window when the policy carries over (rules A6).
 *
 * @internal
 */
export function historyOf(
  prepared: PreparedProgramme,
  participant: Participant,
  window: DateWindow,
): { history: WindowSummary[]; carry: CarryIn | null } {
  const policy = prepared.programme.policy;
  // Nothing lies before the programme's first day: the common case needs no date arithmetic.
  if (window.start <= prepared.programmeStart) return NOTHING_BEFORE;
  const history: WindowSummary[] = [];
  let carry: CarryIn | null = null;
  // Each is the window a statement at its last day would use: the same bounds by construction.
  const windows = windowsBefore(policy, participant, window);
  const readers = participantPerWindow(participant, windows);
  for (let w = 0; w < windows.length; w++) {
    const at = windows[w] as (typeof windows)[number];
    const e = evaluateWindow(prepared, readers[w] as Participant, at, at.end, carry, NO_HISTORY);
    history.push({
      window: { start: at.start, end: at.end, days: at.days },
      totals: e.totals,
      status: e.status,
      reached: e.totals.counted >= e.totals.target,
    });
    carry = carryInto(policy.carryOver, e);
  }
  return { history, carry };
}
