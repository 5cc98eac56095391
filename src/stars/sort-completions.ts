import type { Completion } from "../programme/types.js";
import { compareReadCompletions } from "./entry-guards.js";

/** Room for sorting, reused from sort to sort (one per prepared programme). */
export interface SortScratch {
  keys: Int32Array;
  order: Int32Array;
}

/** An empty sort scratch. */
export function sortScratch(): SortScratch {
  return { keys: new Int32Array(65), order: new Int32Array(64) };
}

/** Completions numbered below this fit beside their day in one sort key. */
const INDEX_SPAN = 512;
/** `key >> DAY_SHIFT` is the key's day. */
const DAY_SHIFT = 9;
/** Days below this (years before 4096) leave room for the index in a 31-bit whole number. */
const DAY_SPAN = 1 << 21;

/**
 * The canonical order (`compareCompletions`: date, then component id, status and scores) of a
 * participant's completions, as their input indices: `order[k]` is the index of the k-th.
 * `days[i]` must be `compactDay(completions[i].date)`: the caller reads every date anyway.
 *
 * Each completion becomes one small whole number, `day × 512 + index`, so sorting moves numbers
 * in a typed array and compares them with `<`: no comparator calls and no object moves, which
 * dominate `Array.prototype.sort` for the few dozen completions of a participant. The index keeps
 * equal dates in input order; only runs of one date (rare) are then put in canonical order with
 * `compareCompletions`. Lists too long for the index, or years from 4096, take the plain sort,
 * which is just as exact. The result lives in the scratch until the next sort.
 *
 * @internal
 */
export function canonicalOrder(
  participant: unknown,
  completions: readonly Completion[],
  days: Int32Array,
  n: number,
  scratch: SortScratch,
): Int32Array {
  if (scratch.order.length < n) {
    const size = Math.max(n, scratch.order.length * 2);
    scratch.order = new Int32Array(size);
    scratch.keys = new Int32Array(size + 1);
  }
  const { keys, order } = scratch;
  if (n >= INDEX_SPAN) return plainOrder(participant, completions, days, n, order);
  // Insertion sort of plain numbers, each inserted as it is made: for n ≲ 50 it beats the native
  // sort's call overhead, and it is linear for input already in date order (as HR systems usually
  // list completions). keys[0] is a sentinel below every key, so the loop needs no bounds test.
  keys[0] = -1;
  for (let i = 0; i < n; i++) {
    const day = days[i] as number;
    if (day >= DAY_SPAN) return plainOrder(participant, completions, days, n, order);
    const key = day * INDEX_SPAN + i;
    let j = i;
    let before = keys[j] as number;
    while (before > key) {
      keys[j + 1] = before;
      before = keys[--j] as number;
    }
    keys[j + 1] = key;
  }
  let runs = false;
  for (let k = 0; k < n; k++) {
    const key = keys[k + 1] as number;
    order[k] = key & (INDEX_SPAN - 1);
    // Same day as the key before (the sentinel's day, -1, is no day).
    if (key >> DAY_SHIFT === (keys[k] as number) >> DAY_SHIFT) runs = true;
  }
  if (!runs) return order;
  // Runs of one date are in input order: put each in canonical order.
  let runStart = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && days[order[k] as number] === days[order[runStart] as number]) continue;
    if (k - runStart > 1) sortRun(participant, completions, order, runStart, k);
    runStart = k;
  }
  return order;
}

/** Sorts `order[from, to)` in place by `compareCompletions` (insertion sort: runs are short). */
function sortRun(
  participant: unknown,
  completions: readonly Completion[],
  order: Int32Array,
  from: number,
  to: number,
): void {
  for (let k = from + 1; k < to; k++) {
    const index = order[k] as number;
    const item = completions[index] as Completion;
    let j = k - 1;
    while (
      j >= from &&
      compareReadCompletions(participant, completions[order[j] as number] as Completion, item) > 0
    ) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = index;
  }
}

function plainOrder(
  participant: unknown,
  completions: readonly Completion[],
  days: Int32Array,
  n: number,
  order: Int32Array,
): Int32Array {
  const indices = Array.from({ length: n }, (_, i) => i);
  indices.sort(
    (a, b) =>
      (days[a] as number) - (days[b] as number) ||
      compareReadCompletions(
        participant,
        completions[a] as Completion,
        completions[b] as Completion,
      ),
  );
  for (let k = 0; k < n; k++) order[k] = indices[k] as number;
  return order;
}
