import { describe, expectTypeOf, it } from "vitest";
import {
  type ApprovalStatus,
  completionsFromXapi,
  type XapiDiagnostic,
  type XapiImport,
  type XapiImportOptions,
} from "../../src/index.js";

describe("xAPI import types", () => {
  it("the result is plain data; diagnostics narrow on code", () => {
    const result = completionsFromXapi([], { timeZone: "Europe/Amsterdam", components: {} });
    expectTypeOf(result).toEqualTypeOf<XapiImport>();
    expectTypeOf(result.timeZone).toEqualTypeOf<string | null>();
    expectTypeOf(result.participants[0]?.completions[0]?.status).toEqualTypeOf<
      ApprovalStatus | undefined
    >();
    const d = {} as XapiDiagnostic;
    if (d.code === "unknown-activity")
      expectTypeOf(d.params.suggestion).toEqualTypeOf<string | null>();
    if (d.code === "invalid-timestamp") expectTypeOf(d.params.noOffset).toBeBoolean();
  });

  it("the time zone and the component mapping are required; a status is one of three", () => {
    // @ts-expect-error no time zone
    const noZone: XapiImportOptions = { components: {} };
    // @ts-expect-error no component mapping
    const noComponents: XapiImportOptions = { timeZone: "Europe/Amsterdam" };
    // @ts-expect-error not an approval status
    const badStatus: XapiImportOptions = { timeZone: "UTC", components: {}, status: "done" };
    const withMap: XapiImportOptions = {
      timeZone: "UTC",
      components: new Map([["https://x.nl/a", "a"]]),
      participants: { "anouk@bieb.nl": "p-anouk" },
      verbs: ["http://adlnet.gov/expapi/verbs/completed"],
      status: "approved",
    };
    expectTypeOf([noZone, noComponents, badStatus, withMap]).toBeArray();
  });
});
