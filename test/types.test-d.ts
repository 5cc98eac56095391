import { describe, expectTypeOf, it } from "vitest";
import type {
  Component,
  DiagnosticOf,
  Programme,
  ProgrammeDiagnostic,
  ProgrammeValidation,
  StarPolicy,
} from "../src/index.js";
import { formatDiagnostic, validateProgramme } from "../src/index.js";

describe("public types", () => {
  it("a validation result narrows on ok", () => {
    const result = validateProgramme({});
    expectTypeOf(result).toEqualTypeOf<ProgrammeValidation>();
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<Programme>();
      // @ts-expect-error a successful result has no `diagnostics`
      void result.diagnostics;
    } else {
      expectTypeOf(result.diagnostics).toEqualTypeOf<readonly ProgrammeDiagnostic[]>();
    }
  });

  it("diagnostics are a union keyed by code, with typed params", () => {
    const d = {} as ProgrammeDiagnostic;
    if (d.code === "target-unreachable") {
      expectTypeOf(d.params.reachable).toEqualTypeOf<number>();
    }
    if (d.code === "duplicate-id") {
      expectTypeOf(d.params.kind).toEqualTypeOf<
        "theme" | "learning-line" | "spearhead" | "group" | "component" | "participant" | "edition"
      >();
    }
    expectTypeOf(d).toMatchTypeOf<DiagnosticOf<string, unknown>>();
    expectTypeOf(formatDiagnostic).parameter(1).toEqualTypeOf<"nl" | "en" | undefined>();
  });

  it("validated data is deeply readonly and defaults are resolved", () => {
    const c = {} as Component;
    expectTypeOf(c.stars).toEqualTypeOf<1 | 2 | 3>();
    const write = (component: Component) => {
      // @ts-expect-error stars cannot be written
      component.stars = 2;
    };
    void write;
    expectTypeOf(c.learningLines).toEqualTypeOf<readonly string[]>();
    const policy = {} as StarPolicy;
    expectTypeOf(policy.startYear).toEqualTypeOf<number>();
    expectTypeOf(policy.cap).toEqualTypeOf<number | null>();
    expectTypeOf(policy.window.kind).toEqualTypeOf<"fixed" | "rolling" | "participant">();
  });
});
