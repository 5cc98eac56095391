import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { sortSmall } from "../../src/internal/sort-small.js";

/**
 * `sortSmall` (insertion sort for the short lists of a statement: roles, exemptions, bonus
 * periods; rules A10.2 needs their order to be total and stable) against the oracle
 * `Array.prototype.sort`, which is stable. Records with few distinct keys, so ties are common and
 * stability is tested; lengths on both sides of the insertion limit.
 */
const records = fc.array(fc.record({ key: fc.integer({ min: 0, max: 3 }), id: fc.nat() }), {
  maxLength: 40,
});
const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

test.prop([records])("sortSmall orders like the stable native sort, in place", (items) => {
  const expected = items.slice().sort(byKey);
  const copy = items.slice();
  const result = sortSmall(copy, byKey);
  expect(result).toBe(copy);
  expect(result).toEqual(expected);
});
