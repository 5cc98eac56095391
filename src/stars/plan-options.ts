import { diagnosticFactory } from "../diagnostics/diagnostic.js";
import type {
  PlanOptionDiagnostic,
  PlanOptionDiagnosticParams,
  PlanOptions,
} from "./plan-types.js";

/**
 * The options of `planToTarget`, read like data (docs/plans.md §11): a budget can come from a
 * configuration file or a form as easily as from code, so a bad one is a warning on the plan, with
 * a documented replacement, never a search without end (`NaN` compares false with every count,
 * so it once meant "no budget").
 */

/** The budget when none is given. */
export const DEFAULT_SEARCH_BUDGET = 20_000;

/**
 * The largest budget. A search may do 1,000 steps of work per plan of its budget (a step took
 * 0.1–0.3 µs here), so the largest budget ends within about a minute. More would no longer be a
 * budget.
 */
export const MAX_SEARCH_BUDGET = 200_000;

const diagnostic = /* @__PURE__ */ diagnosticFactory<PlanOptionDiagnosticParams>({
  severity: { "invalid-search-budget": "warning" },
  messages: {
    nl: {
      "invalid-search-budget": ({ given, used }) =>
        `Het zoekbudget ${given} is geen geheel getal van 1 tot en met 200.000; het plan is gezocht met een budget van ${used}.`,
    },
    en: {
      "invalid-search-budget": ({ given, used }) =>
        `The search budget ${given} is not a whole number from 1 to 200,000; the plan was searched with a budget of ${used}.`,
    },
  },
});

/** The budget in force and the warning when the option was not a valid budget. */
export function searchBudgetOf(options: PlanOptions): {
  budget: number;
  diagnostics: PlanOptionDiagnostic[];
} {
  const given: unknown = options.searchBudget;
  if (given === undefined) return { budget: DEFAULT_SEARCH_BUDGET, diagnostics: [] };
  if (
    typeof given === "number" &&
    Number.isInteger(given) &&
    given >= 1 &&
    given <= MAX_SEARCH_BUDGET
  )
    return { budget: given, diagnostics: [] };
  const used =
    typeof given !== "number" || Number.isNaN(given)
      ? DEFAULT_SEARCH_BUDGET
      : Math.min(MAX_SEARCH_BUDGET, Math.max(1, Math.floor(given)));
  // A number is shown as JavaScript writes it; anything else only by its type, so a huge or
  // hostile value is never echoed (and `NaN` and `Infinity`, which JSON cannot hold, are text).
  const text = typeof given === "number" ? String(given) : `(${typeof given})`;
  return {
    budget: used,
    diagnostics: [diagnostic("invalid-search-budget", ["searchBudget"], { given: text, used })],
  };
}
