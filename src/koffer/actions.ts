import type { Path } from "../diagnostics/diagnostic.js";
import type { ValidationResult } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { kofferDiagnostic } from "./diagnostics.js";
import {
  readChoice,
  readFields,
  readId,
  readText,
  type Sink,
  typeName,
  unreadable,
} from "./read.js";
import { failure, success } from "./result.js";
import {
  type KofferPlanDiagnostic,
  type PlanDiagnostic,
  planDiagnostic,
} from "./team-score-action-plan-diagnostics.js";
import { checkTemplate, type KofferTemplate } from "./template.js";

/**
 * Where an action point stands (rules B5). An action point without a status is `open`.
 *
 * @example
 * const status: ActionStatus = "in-progress";
 */
export type ActionStatus = "open" | "in-progress" | "done";

/**
 * The statuses of an action point, in the order a point moves through them.
 *
 * @example
 * actionStatuses; //=> ["open", "in-progress", "done"]
 */
export const actionStatuses: readonly ActionStatus[] = /* @__PURE__ */ deepFreeze([
  "open",
  "in-progress",
  "done",
]);

/**
 * One action point on the handle label: a text (not blank) and a status.
 *
 * @example
 * const point: ActionPoint = { text: "Twee nieuwe partners spreken.", status: "open" };
 */
export interface ActionPoint {
  readonly text: string;
  readonly status: ActionStatus;
}

/**
 * A pair of action points for one category (usually a gap): "maak steeds paren van een klein en
 * een groot actiepunt" (rules B5).
 *
 * @example
 * const pair: ActionPair = {
 *   category: "netwerken",
 *   small: { text: "Op de gemeentelijke bijeenkomst twee mensen aanspreken.", status: "done" },
 *   large: { text: "Een vast overleg met de scholen in de wijk opzetten.", status: "open" },
 * };
 */
export interface ActionPair {
  readonly category: string;
  readonly small: ActionPoint;
  readonly large: ActionPoint;
}

/**
 * A team's action plan: its action pairs, in the team's order. A category may have several pairs.
 *
 * @example
 * const plan: ActionPlan = [pair];
 */
export type ActionPlan = readonly ActionPair[];

/**
 * An action pair as it may be written (JSON-friendly): a `status` may be left out (`open`).
 *
 * @example
 * const input: ActionPairInput = {
 *   category: "netwerken",
 *   small: { text: "Twee mensen aanspreken." },
 *   large: { text: "Een netwerkoverleg opzetten.", status: "in-progress" },
 * };
 */
export interface ActionPairInput {
  readonly category: string;
  readonly small: { readonly text: string; readonly status?: ActionStatus };
  readonly large: { readonly text: string; readonly status?: ActionStatus };
}

function readPoint(value: unknown, path: Path, out: Sink): ActionPoint | null {
  const before = out.length;
  const fields = readFields(value, path, ["text", "status"], ["text"], out);
  if (fields === null) return null;
  const [rawText, rawStatus] = fields;
  const text = readText(rawText, [...path, "text"], "text", out);
  const status =
    rawStatus === undefined
      ? "open"
      : readChoice(rawStatus, [...path, "status"], "status", actionStatuses, out);
  return text === null || status === null || out.length > before ? null : { text, status };
}

/**
 * Checks a team's action plan (rules B5): a list of pairs `{ category, small, large }`, each
 * action `{ text, status? }`. Refuses a lone small or large action (`lone-action`, naming the
 * missing one), blank text (`empty-text`), an unknown category (`unknown-category`), a status
 * other than `open`, `in-progress` or `done` (`invalid-value`), unknown fields and wrong types
 * (`unknown-field`, `invalid-type`, also when the plan is not a list). Reports every problem at
 * once; never throws on its input, also when reading it throws (`unreadable-input`). Paths lead
 * into the input (`[2, "large", "text"]`); missing statuses become `open`; category ids are data
 * (`__proto__` is an ordinary id). The template must come from `validateTemplate` (a `TypeError`
 * naming the field otherwise).
 *
 * @example
 * const result = validateActionPlan(template, [
 *   { category: "netwerken", small: { text: "Twee mensen aanspreken." } },
 * ]);
 * result.ok || result.diagnostics.map((d) => [d.code, d.path]);
 * //=> [["lone-action", [0, "large"]]]
 * @function
 */
export const validateActionPlan = /* @__PURE__ */ deepFreeze(function validateActionPlan(
  template: KofferTemplate,
  input: unknown,
): ValidationResult<ActionPlan, KofferPlanDiagnostic> {
  checkTemplate(template);
  const out: Sink = [];
  const own: PlanDiagnostic[] = [];
  try {
    if (!Array.isArray(input)) {
      out.push(
        kofferDiagnostic("invalid-type", [], { expected: "array", received: typeName(input) }),
      );
      return failure(out);
    }
    const ids = new Set(template.categories.map((c) => c.id));
    const plan: ActionPair[] = [];
    for (let i = 0; i < input.length; i++) {
      const fields = readFields(input[i], [i], ["category", "small", "large"], ["category"], out);
      if (fields === null) continue;
      const [rawCategory, rawSmall, rawLarge] = fields;
      const category = readId(rawCategory, [i, "category"], out);
      if (category !== null && !ids.has(category)) {
        out.push(kofferDiagnostic("unknown-category", [i, "category"], { category }));
      }
      const hasSmall = rawSmall !== undefined;
      const hasLarge = rawLarge !== undefined;
      if (hasSmall !== hasLarge) {
        const missing = hasSmall ? "large" : "small";
        // The label only on this error path: at most 20 categories to look through.
        own.push(
          planDiagnostic("lone-action", [i, missing], {
            category,
            label: template.categories.find((c) => c.id === category)?.label ?? null,
            missing,
          }),
        );
      } else if (!hasSmall) {
        out.push(kofferDiagnostic("missing-field", [i, "small"], { field: "small" }));
        out.push(kofferDiagnostic("missing-field", [i, "large"], { field: "large" }));
      }
      const small = hasSmall ? readPoint(rawSmall, [i, "small"], out) : null;
      const large = hasLarge ? readPoint(rawLarge, [i, "large"], out) : null;
      if (category !== null && small !== null && large !== null) {
        plan.push({ category, small, large });
      }
    }
    const all: KofferPlanDiagnostic[] = [...out, ...own];
    return all.length > 0 ? failure(all) : success<ActionPlan, KofferPlanDiagnostic>(plan);
  } catch (error) {
    return failure([unreadable(error)]);
  }
});

/**
 * An example of a small or a large step for a category, recorded by the team (rules B5: "noem bij
 * elke categorie een voorbeeld van een kleine en een grote stap"). Blank text counts as absent.
 *
 * @example
 * const recorded: RecordedStepExample = { category: "netwerken", largeStep: "Een netwerkoverleg." };
 */
export interface RecordedStepExample {
  readonly category: string;
  readonly smallStep?: string;
  readonly largeStep?: string;
}

/**
 * Whether one category has an example of a small and of a large step, from the template or the
 * team.
 *
 * @example
 * const row: CategoryStepExamples = { category: "netwerken", small: true, large: false };
 */
export interface CategoryStepExamples {
  readonly category: string;
  readonly small: boolean;
  readonly large: boolean;
}

/**
 * The outcome of `stepExamplesCompleteness`.
 *
 * @example
 * const check: StepExamplesCompleteness = stepExamplesCompleteness(template);
 * if (!check.complete) console.log(check.incomplete);
 */
export interface StepExamplesCompleteness {
  /** Every category has both a small and a large step example. */
  readonly complete: boolean;
  /** One entry per category, in the template's order. */
  readonly categories: readonly CategoryStepExamples[];
  /** The ids of the categories that lack a small or a large step example, in template order. */
  readonly incomplete: readonly string[];
}

const present = (text: unknown) => typeof text === "string" && text.trim() !== "";

/**
 * For every category of a template, whether an example of a small and of a large step exists,
 * in the template itself (`smallStep`, `largeStep`) or among the examples the team recorded
 * (rules B5), and which categories lack either. Blank texts do not count; recorded examples for
 * categories the template does not have are ignored. Category ids are data (matched with a `Set`,
 * so `__proto__` is an ordinary id). Does not change its inputs. Reads every recorded example
 * once: O(examples + categories).
 *
 * @throws TypeError when the template does not come from `validateTemplate` (a programmer error;
 * the message names the field), or `recorded` is not a list of examples as `validateActionPlan`
 * gives them (JavaScript's own TypeError, e.g. "recorded is not iterable").
 *
 * @example
 * // a has both steps in the template, b none, c only a small one
 * const check = stepExamplesCompleteness(template, [
 *   { category: "b", smallStep: "Eén klant bellen.", largeStep: "Een klantpanel starten." },
 * ]);
 * check.incomplete; //=> ["c"]
 * check.categories[2]; //=> { category: "c", small: true, large: false }
 * @function
 */
export const stepExamplesCompleteness = /* @__PURE__ */ deepFreeze(
  function stepExamplesCompleteness(
    template: KofferTemplate,
    recorded: readonly RecordedStepExample[] = [],
  ): StepExamplesCompleteness {
    checkTemplate(template);
    // Which categories the team gave a small or a large step, in one pass: O(records + k).
    const small = new Set<string>();
    const large = new Set<string>();
    for (const { category, smallStep, largeStep } of recorded) {
      if (present(smallStep)) small.add(category);
      if (present(largeStep)) large.add(category);
    }
    const categories = template.categories.map(({ id, smallStep, largeStep }) => ({
      category: id,
      small: present(smallStep) || small.has(id),
      large: present(largeStep) || large.has(id),
    }));
    const incomplete = categories.filter((c) => !(c.small && c.large)).map((c) => c.category);
    return { complete: incomplete.length === 0, categories, incomplete };
  },
);
