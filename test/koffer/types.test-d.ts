import { describe, expectTypeOf, it } from "vitest";
import type { MessageTable } from "../../src/i18n/types.js";
import { en } from "../../src/koffer/i18n/en.js";
import { nl } from "../../src/koffer/i18n/nl.js";
import {
  aggregateSheets,
  type Concordance,
  type KofferDiagnostic,
  type KofferDiagnosticParams,
  type KofferSheet,
  type KofferTemplate,
  type TeamAggregate,
  validateSheet,
  validateTemplate,
} from "../../src/koffer/index.js";

declare const template: KofferTemplate;

describe("koffer types", () => {
  it("validation results narrow on ok", () => {
    const t = validateTemplate({});
    if (t.ok) expectTypeOf(t.value).toEqualTypeOf<KofferTemplate>();
    else expectTypeOf(t.diagnostics).toEqualTypeOf<readonly KofferDiagnostic[]>();
    const s = validateSheet(template, {});
    if (s.ok) expectTypeOf(s.value).toEqualTypeOf<KofferSheet>();
    expectTypeOf(aggregateSheets(template, [])).toEqualTypeOf<TeamAggregate>();
  });

  it("diagnostics are a union keyed by code, with typed params", () => {
    const d = {} as KofferDiagnostic;
    if (d.code === "tie") expectTypeOf(d.params.categories).toEqualTypeOf<readonly string[]>();
    if (d.code === "budget-too-small") expectTypeOf(d.params.minimum).toBeNumber();
  });

  it("Kendall's W narrows on null", () => {
    const c = {} as Concordance;
    if (c.w === null)
      expectTypeOf(c.reason).toEqualTypeOf<"too-few-sheets" | "too-few-categories">();
    else expectTypeOf(c.chiSquare).toBeNumber();
  });

  it("a message table without a code does not compile", () => {
    const { tie: _nl, ...withoutTie } = nl;
    // @ts-expect-error "tie" has no Dutch message
    const incomplete: MessageTable<KofferDiagnosticParams> = withoutTie;
    void incomplete;
    expectTypeOf(en).toEqualTypeOf<MessageTable<KofferDiagnosticParams>>();
  });

  it("public data is readonly", () => {
    // @ts-expect-error a template's categories cannot be pushed to
    template.categories.push({ id: "x", label: "X" });
  });
});
