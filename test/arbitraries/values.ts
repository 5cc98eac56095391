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
