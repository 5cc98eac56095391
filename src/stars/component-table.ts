import type { Component } from "../programme/types.js";

/**
 * Components numbered for the hot paths: every id across editions gets a number, and
 * `components[slot * ids + id]` is the component of that id in the edition of `firstYear + slot`
 * (undefined when that edition does not list it). One map lookup and an array index replace a
 * lookup per year and per id.
 *
 * Keys for "the same component" (rules A7) are numbers too: a component's number when it counts
 * once per window, or `ids + id * years + slot` for a repeatable one, which counts once per year.
 */
export interface ComponentTable {
  /**
   * Each id's number, in a record without a prototype: `numbers[id]` measured faster than a
   * `Map` (docs/decisions.md, "The statement's speed" 1), and without a prototype `__proto__` or
   * `toString` is an own key or nothing. Look up text only: a property key is converted to text.
   */
  readonly numbers: Readonly<Record<string, number>>;
  readonly ids: number;
  readonly firstYear: number;
  readonly years: number;
  readonly components: readonly (Component | undefined)[];
  /** The size of the key space: `ids * (years + 1)`. */
  readonly keys: number;
  /**
   * Per number, the component's title in the latest edition that lists it: what a line says of a
   * completion whose own year's edition does not list the component (people read titles, not ids).
   */
  readonly latestTitles: readonly string[];
}

/** Numbers the components of the editions (by year). */
export function componentTable(
  byYear: ReadonlyMap<number, ReadonlyMap<string, Component>>,
): ComponentTable {
  const numbers: Record<string, number> = Object.create(null);
  let ids = 0;
  const yearsList = [...byYear.keys()];
  const firstYear = yearsList.length === 0 ? 0 : Math.min(...yearsList);
  const years = yearsList.length === 0 ? 1 : Math.max(...yearsList) - firstYear + 1;
  for (const components of byYear.values()) {
    for (const id of components.keys()) if (!Object.hasOwn(numbers, id)) numbers[id] = ids++;
  }
  const components: (Component | undefined)[] = new Array(ids * years).fill(undefined);
  const latestTitles: string[] = new Array(ids).fill("");
  const latestYears: number[] = new Array(ids).fill(-1);
  for (const [year, list] of byYear) {
    for (const [id, component] of list) {
      const number = numbers[id] as number;
      components[(year - firstYear) * ids + number] = component;
      if (year > (latestYears[number] as number)) {
        latestYears[number] = year;
        latestTitles[number] = component.title;
      }
    }
  }
  return {
    numbers,
    ids,
    firstYear,
    years,
    components,
    keys: ids * (years + 1),
    latestTitles,
  };
}

/**
 * The component of number `id` in the edition of `year` (rules A2: a completion earns the stars of
 * its year's edition), or undefined when that edition does not list it.
 */
export function componentInEdition(
  table: ComponentTable,
  id: number,
  year: number,
): Component | undefined {
  const slot = year - table.firstYear;
  return slot >= 0 && slot < table.years ? table.components[slot * table.ids + id] : undefined;
}

/**
 * The key of "the same component" (rules A7) for a completion of number `id` in `year`, whose
 * edition lists it as `component`: the number itself when it counts once per window, a key of its
 * own per year when that edition makes it repeatable (−1 for a year without an edition slot).
 * The statement, the report, the obligations and the plan all key by this one function.
 */
export function sameComponentKey(
  table: ComponentTable,
  id: number,
  year: number,
  component: Component | undefined,
): number {
  if (component?.repeatable !== true) return id;
  const slot = year - table.firstYear;
  return slot >= 0 && slot < table.years ? table.ids + id * table.years + slot : -1;
}
