import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import { failure as sharedFailure, toResult } from "../../src/diagnostics/result.js";
import { failure, success } from "../../src/koffer/result.js";

type Any = DiagnosticOf<string, unknown>;

// Paths and codes from small alphabets, so that equal paths, prefixes and equal codes are common:
// the cases where the order falls back to the code and then to the order found.
const segment = fc.oneof(fc.constantFrom("scores", "a", "b", "", "\u0000"), fc.nat({ max: 12 }));
const errorDiagnostic = fc.record({
  code: fc.constantFrom("tie", "negative", "missing-field", "unknown-field"),
  severity: fc.constant("error" as const),
  path: fc.array(segment, { maxLength: 3 }),
  params: fc.nat(),
  message: fc.constant({ nl: "…", en: "…" }),
});

/**
 * The koffer's result helpers leave out the severity ordering and the warnings of the shared ones,
 * because every koffer code is an error. On errors alone they must give exactly what the shared
 * ones gave: the same diagnostics (the same objects) in the same order.
 */
describe("the koffer's own results", () => {
  test.prop([fc.array(errorDiagnostic, { maxLength: 12 })])(
    "order errors exactly as the shared failure does",
    (diagnostics: Any[]) => {
      const mine = failure(diagnostics);
      expect(mine).toEqual(sharedFailure(diagnostics));
      mine.diagnostics.forEach((d, i) => {
        expect(d).toBe(sharedFailure(diagnostics).diagnostics[i]);
      });
    },
  );

  it("order by path with indexes as numbers, then code, then as found", () => {
    const d = (code: string, path: (string | number)[], params: number): Any => ({
      code,
      severity: "error",
      path,
      params,
      message: { nl: "", en: "" },
    });
    const found = [
      d("tie", ["scores"], 1),
      d("negative", ["scores", 10], 2),
      d("negative", ["scores", 9], 3),
      d("missing-field", ["scores"], 4),
      d("tie", ["scores"], 5),
    ];
    expect(failure(found).diagnostics.map((x) => x.params)).toEqual([4, 1, 5, 3, 2]);
    expect(found.map((x) => x.params)).toEqual([1, 2, 3, 4, 5]); // the input is not sorted in place
  });

  it("a success is the value with no warnings, as the shared toResult gives it", () => {
    const value = { respondent: null, scores: [] };
    expect(success(value)).toEqual(toResult(value, []));
    expect(success(value)).toEqual({ ok: true, value, warnings: [] });
  });
});
