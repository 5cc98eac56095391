/**
 * How much a validator agrees to read. zod reports every problem of every item, so a list of a
 * million empty completions (3 MB of JSON) once cost 50 s and 2.7 GB before the first diagnostic
 * came back, and the diagnostics of a single participant overflowed the call stack. Counting the
 * values first, with a limit, bounds both: an input above the limit is refused with one
 * `input-too-large` diagnostic and never handed to zod (docs/decisions.md, "Hostile input").
 */

/**
 * The most values one participant may hold: every object, list and scalar counts one. A working
 * life of forty years with fifty completions a year is about 12,000; this leaves room for eight
 * times that.
 */
export const MAX_PARTICIPANT_VALUES = 100_000;

/**
 * The most values one programme may hold. A component is about 15 values, so this is 60,000
 * components: a hundred editions of 600.
 */
export const MAX_PROGRAMME_VALUES = 1_000_000;

/**
 * Whether `input` holds more than `limit` values (objects, lists and scalars, each counted once
 * per place it appears). Reads own enumerable keys only, with an explicit stack, and stops as soon
 * as the count passes the limit, so its own work is O(limit) whatever the input (a cyclic value
 * simply passes the limit). Reading may throw (a hostile getter or proxy): the caller's guard
 * turns that into `unreadable-input`.
 *
 * @internal
 * @example
 * holdsMoreValuesThan({ a: [1, 2] }, 3); //=> true (the object, the list and two numbers)
 */
export function holdsMoreValuesThan(input: unknown, limit: number): boolean {
  const stack: unknown[] = [input];
  let count = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > limit) return true;
    if (typeof value !== "object" || value === null) continue;
    if (Array.isArray(value)) {
      // A list longer than what is left can be refused without reading it.
      if (count + value.length > limit) return true;
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
    } else {
      const keys = Object.keys(value);
      if (count + keys.length > limit) return true;
      for (const key of keys) stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}
