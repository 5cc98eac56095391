import type { Participant } from "../../programme/types.js";
import { type CarryIn, evaluateWindow, NO_HISTORY } from "../evaluate-window.js";
import type { PreparedProgramme } from "../prepare.js";
import type { DateWindow, StatementWindow, WindowSummary } from "../types.js";
import { carryInto } from "./carry-over.js";
import { earlierWindows } from "./window.js";

/*
 * SPEC A8 — history: the participant's earlier windows, each with its totals and whether the
 * target was reached, and the surplus the last of them carries into the current window (A6).
 */

function whole(window: DateWindow): StatementWindow {
  return { kind: "fixed", ...window, elapsedDays: window.days, elapsedFraction: 1 };
}

/** No earlier window: one frozen, shared result (the common case). */
const NOTHING_BEFORE: { history: WindowSummary[]; carry: null } = Object.freeze({
  history: NO_HISTORY as WindowSummary[],
  carry: null,
});

/**
 * The earlier windows' totals, and the surplus carried from the last of them into the current
 * window when the policy carries over (SPEC A6). Carried stars come only from the window directly
 * before and only from its own completions and bonus: stars carry at most once.
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
  const history = earlierWindows(policy, participant, window).map((w): WindowSummary => {
    const e = evaluateWindow(
      prepared,
      participant,
      { ...whole(w), kind: windowKind(prepared) },
      w.end,
      null,
      NO_HISTORY,
    );
    return {
      window: w,
      earned: e.totals.earned,
      counted: e.totals.counted,
      surplus: e.totals.surplus,
      target: e.totals.target,
      reached: e.totals.counted >= e.totals.target,
    };
  });
  return { history, carry: carryInto(policy.carryOver, history[history.length - 1]) };
}

function windowKind(prepared: PreparedProgramme): StatementWindow["kind"] {
  return prepared.programme.policy.window.kind;
}
