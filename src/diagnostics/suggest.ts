import { nearestName } from "../internal/nearest.js";

/**
 * The most distinct unknown names one validation looks for a suggestion for. A file with a
 * hundred different misspellings has a bigger problem than spelling; past this, diagnostics come
 * without a suggestion (docs/decisions.md, "Validation all at once").
 */
export const MAX_SUGGESTED_NAMES = 100;

/**
 * The most candidate characters one validation compares, over all its names. One comparison
 * costs at most seven steps per candidate character (`nearestName` computes a band of width 7),
 * so this bounds the whole search to a few million steps, whatever the input.
 */
export const SUGGESTION_BUDGET = 1_000_000;

/**
 * The known names one kind of unknown name is compared with: ids first, then names or titles,
 * which point at their id (a suggestion is always something the user can write in the file).
 */
export interface CandidateList {
  readonly names: readonly string[];
  /** The id a name or title stands for; an id stands for itself and is not in here. */
  readonly idOf: ReadonlyMap<string, string>;
  /** The characters a search over `names` costs from the budget. */
  readonly cost: number;
}

/**
 * Builds the candidates from entries with an id and, where they have one, a name or title. An
 * exact name (a component's title where its id belongs) finds its id at no cost.
 */
export function candidateList(
  entries: Iterable<{ readonly id: string; readonly name?: string | undefined }>,
): CandidateList {
  const ids = new Set<string>();
  const idOf = new Map<string, string>();
  const all: { id: string; name?: string | undefined }[] = [];
  for (const entry of entries) {
    all.push(entry);
    ids.add(entry.id);
  }
  const names: string[] = [...ids];
  for (const { id, name } of all) {
    if (name === undefined || ids.has(name) || idOf.has(name)) continue;
    idOf.set(name, id);
    names.push(name);
  }
  let cost = 0;
  for (const name of names) cost += name.length;
  return { names, idOf, cost };
}

/**
 * "Did you mean …?" for one validation: memoised per kind of name and bounded in total (at most
 * `MAX_SUGGESTED_NAMES` distinct names, at most `SUGGESTION_BUDGET` candidate characters), so a
 * list of 100,000 rows with the same misspelt component costs one search, and a hostile file with
 * many distinct misspellings costs a bounded amount. Each scope's candidates are built on first
 * use only: a validation that finds nothing unknown builds nothing.
 *
 * @internal
 */
export class Suggester {
  private readonly memo = new Map<string, Map<string, string | undefined>>();
  private readonly lists = new Map<string, CandidateList>();
  private names = 0;
  private budget = SUGGESTION_BUDGET;

  /**
   * The known name nearest to `name` among the scope's candidates, as the id to write; undefined
   * when none is near or the bounds are spent.
   */
  suggest(scope: string, name: string, candidates: () => CandidateList): string | undefined {
    let memo = this.memo.get(scope);
    if (memo === undefined) {
      memo = new Map();
      this.memo.set(scope, memo);
    } else if (memo.has(name)) {
      return memo.get(name);
    }
    if (this.names >= MAX_SUGGESTED_NAMES) return undefined;
    this.names++;
    let list = this.lists.get(scope);
    if (list === undefined) {
      list = candidates();
      this.lists.set(scope, list);
    }
    let found = list.idOf.get(name);
    if (found === undefined && list.cost <= this.budget) {
      this.budget -= list.cost;
      const nearest = nearestName(name, list.names);
      found = nearest === undefined ? undefined : (list.idOf.get(nearest) ?? nearest);
    }
    // A name that only differs from its suggestion in nothing helps nobody.
    if (found === name) found = undefined;
    memo.set(name, found);
    return found;
  }
}
