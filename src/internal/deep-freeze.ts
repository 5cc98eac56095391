/**
 * Freezes a value and everything reachable from its enumerable own properties, then returns it:
 * for the tables and examples a module declares. They are shared by every caller in the process,
 * so a caller that could write to them (`actionStatuses.push("x")`, a severity set to `"warning"`)
 * would change what the library does for everybody else.
 *
 * Call it at the declaration with `/* @__PURE__ *\/` so that an unused table still tree-shakes.
 * A value that is already frozen is taken as deeply frozen and not walked again: that keeps the
 * walk finite on cycles and cheap on shared parts (the example programme holds `defaultPolicy`).
 * `Object.isFrozen` is true for every primitive, which ends the walk at the leaves.
 *
 * @internal
 * @example
 * export const statuses = /* @__PURE__ *\/ deepFreeze(["open", "done"] as const);
 */
export function deepFreeze<const T>(value: T): T {
  if (!Object.isFrozen(value)) {
    // A function's `prototype` is not enumerable, and a function expression's is writable. (Read
    // on any value: it is undefined on the tables, and undefined counts as frozen.)
    deepFreeze((value as { prototype?: unknown }).prototype);
    for (const child of Object.values(Object.freeze(value) as object)) deepFreeze(child);
  }
  return value;
}
