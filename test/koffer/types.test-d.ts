import { describe, expectTypeOf, it } from "vitest";
import type { MessageTable } from "../../src/i18n/types.js";
import type { ReadingDiagnosticParams } from "../../src/koffer/diagnostics.js";
import { aggregateEn } from "../../src/koffer/i18n/aggregate-en.js";
import { en } from "../../src/koffer/i18n/en.js";
import { nl } from "../../src/koffer/i18n/nl.js";
import {
  type ActionPlan,
  aggregateSheets,
  type Concordance,
  type KofferDiagnostic,
  type KofferDiagnosticParams,
  type KofferPlanDiagnostic,
  type KofferSheet,
  type KofferTemplate,
  proposeTeamScore,
  type StepExamplesCompleteness,
  type StrengthsAndGaps,
  stepExamplesCompleteness,
  strengthsAndGaps,
  type TeamAggregate,
  type TeamScoreProposal,
  validateActionPlan,
  validateSheet,
  validateTeamScore,
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
    const incomplete: MessageTable<ReadingDiagnosticParams> = withoutTie;
    void incomplete;
    expectTypeOf(en).toEqualTypeOf<MessageTable<ReadingDiagnosticParams>>();
    // The reading tables and the aggregate's own table together cover every koffer code.
    const every: MessageTable<KofferDiagnosticParams> = { ...en, ...aggregateEn };
    void every;
    // @ts-expect-error without the aggregate's table, "duplicate-respondent" has no message
    const withoutAggregate: MessageTable<KofferDiagnosticParams> = { ...en };
    void withoutAggregate;
  });

  it("public data is readonly", () => {
    // @ts-expect-error a template's categories cannot be pushed to
    template.categories.push({ id: "x", label: "X" });
  });

  it("the team score and action plan API is on the entry point, with narrowing results", () => {
    const proposal = proposeTeamScore(template, [1, 2]);
    if (proposal.ok) expectTypeOf(proposal.value).toEqualTypeOf<TeamScoreProposal>();
    else expectTypeOf(proposal.diagnostics).toEqualTypeOf<readonly KofferPlanDiagnostic[]>();
    const decided = validateTeamScore(template, {});
    if (decided.ok) {
      expectTypeOf(decided.value).toEqualTypeOf<KofferSheet>();
      expectTypeOf(strengthsAndGaps(template, decided.value, 2)).toEqualTypeOf<StrengthsAndGaps>();
    }
    const plan = validateActionPlan(template, []);
    if (plan.ok) expectTypeOf(plan.value).toEqualTypeOf<ActionPlan>();
    expectTypeOf(stepExamplesCompleteness(template)).toEqualTypeOf<StepExamplesCompleteness>();
    const d = {} as KofferPlanDiagnostic;
    if (d.code === "lone-action") expectTypeOf(d.params.missing).toEqualTypeOf<"small" | "large">();
  });
});
