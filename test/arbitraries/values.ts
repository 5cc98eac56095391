import { fc } from "@fast-check/vitest";

/** Any JS value fast-check can think of: boxed values, null-prototype objects, sparse arrays, -0… */
export const anyValue = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withBigInt: true,
  withDate: true,
});

/**
 * Dates the date rules are most easily wrong on: impossible days, leap days, the supported range's
 * edges (1900–2999), padding and missing zeros.
 */
export const edgeDates: readonly string[] = [
  "2026-13-01",
  "2026-02-29",
  "2024-02-29",
  "2026-02-30",
  "1899-12-31",
  "1900-01-01",
  "2999-12-31",
  "3000-01-01",
  " 2026-01-01",
  "2026-01-01 ",
  "2026-1-01",
  "2026-1-1",
  "2026-6-30",
  "26-01-01",
];

/** The keys that attack prototypes when a reader copies them onto a plain object. */
export const prototypeKeys: readonly string[] = [
  "__proto__",
  "constructor",
  "toString",
  "prototype",
];

/**
 * JSON-like trees a few levels deep whose object keys are the prototype-attacking keys and a
 * format's own `fieldKeys`, so hostile objects sit exactly where a reader looks for its fields.
 * Leaves are small JSON values, plus `leaves` when given (a format's own words, say).
 */
export function hostileJsonTree(
  fieldKeys: readonly string[],
  options: { leaves?: fc.Arbitrary<unknown>; maxKeys?: number; maxLength?: number } = {},
): fc.Arbitrary<unknown> {
  const { leaves, maxKeys = 5, maxLength = 4 } = options;
  const keys = fc.constantFrom(...prototypeKeys, ...fieldKeys);
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }),
      ...(leaves === undefined ? [] : [leaves]),
      fc.array(tie("value"), { maxLength }),
      fc.dictionary(keys, tie("value"), { maxKeys }),
    ),
  })).value;
}
