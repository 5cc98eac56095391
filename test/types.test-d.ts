import { describe, expectTypeOf, it } from "vitest";
import { nl } from "../src/i18n/nl/programme.js";
import type { MessageTable } from "../src/i18n/types.js";
import type {
  Component,
  DiagnosticOf,
  Programme,
  ProgrammeDiagnostic,
  ProgrammeValidation,
  StarPolicy,
} from "../src/index.js";
import { formatDiagnostic, validateProgramme } from "../src/index.js";
import type { ProgrammeDiagnosticParams } from "../src/programme/diagnostics.js";

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

describe("message tables", () => {
  it("a table that lacks a code's message does not compile", () => {
    const { "cap-below-target": _dropped, ...rest } = nl;
    // @ts-expect-error "cap-below-target" has no message, so this is not a complete table
    const incomplete: MessageTable<ProgrammeDiagnosticParams> = rest;
    void incomplete;
  });

  it("a message may only read the params its code has", () => {
    const table: Pick<MessageTable<ProgrammeDiagnosticParams>, "cap-below-target"> = {
      // @ts-expect-error "cap-below-target" has no param "year"
      "cap-below-target": (p) => `${p.year}`,
    };
    void table;
  });
});
