import type { LineReason } from "../types.js";

/*
 * rules A7 — duplicates. Of the approved completions of one component in a window (of a component
 * its year's edition makes repeatable: in one year; `sameComponentKey` says which completions are
 * "the same component"), one counts: the one with the most stars, for stars can differ between
 * editions, and the earliest among equals. The others are duplicates. Counting the earliest
 * regardless of stars would let an added completion lower the stars (against rules A10.3).
 */

/**
 * Whether a completion of `stars` on `day` counts instead of one of `bestStars` on `bestDay` (days
 * as `dayKey` numbers): more stars, or as many and an earlier day. With equal stars on one day
 * neither does; the statement then keeps the first in its canonical order, and the totals need no
 * tie-break, for the stars are the same.
 *
 * @example
 * countsInstead(3, dayKey("2026-05-01"), 2, dayKey("2025-03-01")); //=> true (more stars)
 * countsInstead(2, dayKey("2026-05-01"), 2, dayKey("2025-03-01")); //=> false (later)
 */
export function countsInstead(
  stars: number,
  day: number,
  bestStars: number,
  bestDay: number,
): boolean {
  return stars !== bestStars ? stars > bestStars : day < bestDay;
}

/**
 * Whether a line with this reason is the completion that counts for its component (rules A7) —
 * whether or not a cap leaves it stars — so that the component's other completions are duplicates.
 *
 * @example
 * holdsItsComponent("over-cap"); //=> true
 * holdsItsComponent("pending"); //=> false
 */
export function holdsItsComponent(reason: LineReason): boolean {
  return (
    reason === "counted" ||
    reason === "partly-over-cap" ||
    reason === "over-cap" ||
    reason === "partly-over-category-cap" ||
    reason === "over-category-cap"
  );
}
