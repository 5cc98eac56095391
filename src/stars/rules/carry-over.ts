import type { CarryIn } from "../evaluate-window.js";
import type { WindowSummary } from "../types.js";

/*
 * SPEC A6 — carry-over. With a policy's `carryOver` of N, at most N surplus stars of the window
 * directly before come into the current window, where they count first (on its first day, inside
 * the cap). Only that window's own completions and bonus carry: stars carry at most once. Off
 * (N = 0) by default.
 */

/**
 * The stars carried into a window from the window directly before it (its summary, or undefined
 * when there is none), or null when nothing carries.
 *
 * @example
 * carryInto(3, { window, earned: 19, counted: 15, surplus: 4, target: 15, reached: true });
 * //=> { from: window, stars: 3 }
 */
export function carryInto(carryOver: number, before: WindowSummary | undefined): CarryIn | null {
  if (before === undefined) return null;
  const stars = Math.min(carryOver, before.surplus);
  return stars > 0 ? { from: before.window, stars } : null;
}
