/**
 * "Did you mean …?": the known name nearest to an unknown one, for diagnostics that suggest a fix
 * (a misspelt field, theme or column). Hostile but valid input cannot make it slow: names longer
 * than `MAX_NAME` are never compared, a name is compared only with candidates whose length is
 * within the distance, and the edit distance is computed in a band of width 2·max + 1 and given up
 * as soon as a whole row is beyond it, so one call costs at most candidates × MAX_NAME² steps. Callers that suggest for many unknown names
 * bound how many they ask for (see their docs).
 */

/** Names longer than this get no suggestion: ids are at most 100 characters. */
const MAX_NAME = 100;

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours) between `a` and `b`, or `max + 1` when it is above `max`. Case is ignored: "Hours"
 * is one step from nothing, not five.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s === t) return 0;
  const width = t.length + 1;
  // Three rows: the one before the previous (for swaps), the previous, and the current.
  let before = new Array<number>(width).fill(max + 1);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(max + 1);
  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(t.length, i + max);
    current.fill(max + 1);
    current[0] = i;
    let best = i <= max ? i : max + 1;
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[t.length] as number, max + 1);
}

/**
 * The candidate nearest to `name` within a distance of about a third of its length (at least 1,
 * at most 3), or `undefined` when none is that near or the name is too long to compare. Of equally
 * near candidates the first in the list wins, so the answer is deterministic.
 *
 * @example
 * nearestName("hour", ["date", "hours", "component"]); //=> "hours"
 * nearestName("xyz", ["date", "hours"]); //=> undefined
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length === 0 || name.length > MAX_NAME) return undefined;
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let found: string | undefined;
  let foundDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === name || candidate.length > MAX_NAME) continue;
    const d = editDistance(name, candidate, foundDistance - 1);
    if (d < foundDistance) {
      found = candidate;
      foundDistance = d;
      if (d === 0) break; // differs only in case: nothing is nearer
    }
  }
  return found;
}
