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
