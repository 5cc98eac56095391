import type { CarryIn } from "../evaluate-window.js";
import type { Statement } from "../types.js";

/*
 * rules A6 — carry-over. With a policy's `carryOver` of N, at most N surplus stars of the window
 * directly before come into the current window, where they count first (on its first day, inside
 * the cap). Only that window's own completions and bonus carry: stars carry at most once. The
 * window before is evaluated as a statement at its last day would be — with what it carried in
 * itself — so a chain of windows carries as each of them said at its end. Nothing carries from a
 * window that ended before the participant started (it is not in the history). Off (N = 0) by
 * default.
 */

/**
 * The stars carried out of a window (its statement at its last day) into the next one, or null
 * when nothing carries.
 *
 * @example
 * carryInto(3, statementAtEnd); // surplus 4 of its own → { from: { start, end, days }, stars: 3 }
 */
export function carryInto(
  carryOver: number,
  before: Pick<Statement, "window" | "totals" | "carryOver">,
): CarryIn | null {
  if (carryOver === 0) return null;
  // Carried-in stars that did not fit are surplus too, but they carry at most once.
  const carriedSurplus =
    before.carryOver === null ? 0 : before.carryOver.stars - before.carryOver.counted;
  const stars = Math.min(carryOver, before.totals.surplus - carriedSurplus);
  const { start, end, days } = before.window;
  return stars > 0 ? { from: { start, end, days }, stars } : null;
}
