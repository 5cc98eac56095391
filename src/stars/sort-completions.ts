import type { Completion } from "../programme/types.js";
import { compareCompletions } from "./order.js";

/**
 * The completions in canonical order (`compareCompletions`: by date, then component id, status and
 * scores), sorted fast for the statement's hot path.
 *
 * Each completion becomes one number, `YYYYMMDD × 2^16 + its index`, so sorting moves numbers in a
 * typed array and compares them with `<`: no comparator calls and no object moves, which dominate
 * `Array.prototype.sort` for the few dozen completions of a participant. The index keeps equal
 * dates in input order; only runs of equal dates (rare) are then put in canonical order with
 * `compareCompletions`. Input already in order (an HR system usually lists completions by date) is
 * returned as it is after one linear check.
 *
 * The keys live in a caller's scratch (one per prepared programme), grown when needed: a sort runs
 * to completion before anything else can use it, and the keys never leave this module.
 *
 * @internal
 */
export function sortCompletions(
  completions: readonly Completion[],
  scratch: SortScratch,
): readonly Completion[] {
  const n = completions.length;
  if (n < 2) return completions;
  // More completions than the index part can number: the plain sort, which is just as exact.
  if (n >= INDEX_SPAN) return completions.slice().sort(compareCompletions);
  if (scratch.keys.length < n)
    scratch.keys = new Float64Array(Math.max(n, scratch.keys.length * 2));
  const keys = scratch.keys;
  let inOrder = true;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const day = dateKey((completions[i] as Completion).date);
    keys[i] = day * INDEX_SPAN + i;
    if (day < previous) inOrder = false;
    previous = day;
  }
  if (inOrder && tiesInOrder(completions, keys, n)) return completions;

  // Insertion sort of plain numbers: for n ≲ 50 it beats the native sort's call overhead.
  for (let i = 1; i < n; i++) {
    const key = keys[i] as number;
    let j = i - 1;
    while (j >= 0 && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      j--;
    }
    keys[j + 1] = key;
  }
  const out = new Array<Completion>(n);
  for (let i = 0; i < n; i++) out[i] = completions[(keys[i] as number) % INDEX_SPAN] as Completion;
  // Runs of one date are in input order: put each in canonical order.
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && dayOf(keys[i] as number) === dayOf(keys[runStart] as number)) continue;
    if (i - runStart > 1) sortRun(out, runStart, i);
    runStart = i;
  }
  return out;
}

/** The index part of a key: completions are numbered below 2^16. */
const INDEX_SPAN = 65_536;

function dayOf(key: number): number {
  return Math.floor(key / INDEX_SPAN);
}

/** Whether every run of equal dates (the keys are in date order) is in canonical order. */
function tiesInOrder(completions: readonly Completion[], keys: Float64Array, n: number): boolean {
  for (let i = 1; i < n; i++) {
    if (
      dayOf(keys[i] as number) === dayOf(keys[i - 1] as number) &&
      compareCompletions(completions[i - 1] as Completion, completions[i] as Completion) > 0
    )
      return false;
  }
  return true;
}

/** Sorts `out[from, to)` in place by `compareCompletions` (insertion sort: runs are short). */
function sortRun(out: Completion[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const item = out[i] as Completion;
    let j = i - 1;
    while (j >= from && compareCompletions(out[j] as Completion, item) > 0) {
      out[j + 1] = out[j] as Completion;
      j--;
    }
    out[j + 1] = item;
  }
}

/** Room for the sort keys, reused from sort to sort. */
export interface SortScratch {
  keys: Float64Array;
}

/** A `YYYY-MM-DD` date as the whole number YYYYMMDD, read digit by digit (same order as the text). */
function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 10_000_000 +
    (date.charCodeAt(1) - 48) * 1_000_000 +
    (date.charCodeAt(2) - 48) * 100_000 +
    (date.charCodeAt(3) - 48) * 10_000 +
    (date.charCodeAt(5) - 48) * 1_000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}
