import type { Path } from "../diagnostics/diagnostic.js";
import type { ValidationResult } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { type KofferDiagnostic, kofferDiagnostic } from "./diagnostics.js";
import {
  describeValue,
  readChoice,
  readFields,
  readId,
  readText,
  type Sink,
  typeName,
  unreadable,
} from "./read.js";
import { failure, success } from "./result.js";

/**
 * The two koffers (rules B1): `collectie` holds the hard skills (collection, information),
 * `connectie` the soft skills needed for entrepreneurship (ondernemerschap).
 *
 * @example
 * const kind: KofferKind = "connectie";
 */
export type KofferKind = "collectie" | "connectie";

/**
 * How a sheet's points must add up to the budget: `at-most` (the source's "maximaal 100
 * punten", the default) or `exactly`.
 *
 * @example
 * const rule: BudgetRule = "exactly";
 */
export type BudgetRule = "at-most" | "exactly";

/**
 * One box (vakje) on the sheet: an id, a label and optionally a description and an example of a
 * small and a large step (rules B1, B5).
 *
 * @example
 * const category: KofferCategory = {
 *   id: "netwerken",
 *   label: "Netwerken",
 *   smallStep: "Eén nieuwe contactpersoon per maand spreken.",
 *   largeStep: "Een vast netwerkoverleg met lokale ondernemers opzetten.",
 * };
 */
export interface KofferCategory {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly smallStep?: string;
  readonly largeStep?: string;
}

/**
 * A koffer template (rules B1), as `validateTemplate` returns it: the defaults are filled in.
 *
 * @example
 * const template: KofferTemplate = {
 *   id: "mijn-koffer",
 *   kind: "connectie",
 *   name: "Onze connectiekoffer",
 *   categories: [
 *     { id: "netwerken", label: "Netwerken" },
 *     { id: "samenwerken", label: "Samenwerken" },
 *   ],
 *   budget: 100,
 *   budgetRule: "at-most",
 * };
 */
export interface KofferTemplate {
  readonly id: string;
  readonly kind: KofferKind;
  readonly name: string;
  /** The boxes on the sheet, in the order the sheet shows them; at least 2. */
  readonly categories: readonly KofferCategory[];
  /** The points a respondent hands out: a whole number from 1 to `maxBudget` (default 100). */
  readonly budget: number;
  /** Default `at-most`. */
  readonly budgetRule: BudgetRule;
}

/**
 * A template as it may be written (JSON-friendly): `budget` and `budgetRule` may be left out.
 *
 * @example
 * const input: KofferTemplateInput = {
 *   id: "k",
 *   kind: "collectie",
 *   name: "Collectie",
 *   categories: [{ id: "a", label: "A" }, { id: "b", label: "B" }],
 * };
 */
export interface KofferTemplateInput {
  readonly id: string;
  readonly kind: KofferKind;
  readonly name: string;
  readonly categories: readonly KofferCategory[];
  readonly budget?: number;
  readonly budgetRule?: BudgetRule;
}

/**
 * The default budget of a template: "Je hebt maximaal 100 punten tot je beschikking."
 *
 * @example
 * defaultBudget; //=> 100
 */
export const defaultBudget = 100;

/**
 * The largest budget a template may have. It keeps every sum of a sheet an exact whole number.
 *
 * @example
 * maxBudget; //=> 1000000
 */
export const maxBudget = 1_000_000;

/**
 * The fewest categories a template may have: with one box there is nothing to rank.
 *
 * @example
 * minCategories; //=> 2
 */
export const minCategories = 2;

/**
 * The most categories a template may have. A sheet is filled in by hand, and the source's koffers
 * have 8 boxes; beyond 20 no one ranks them honestly. It also bounds the team score proposal,
 * whose exact search grows with the fifth power of the number of categories (and does not grow
 * with the budget): at 20 categories it stays within a fraction of a second whatever the means.
 *
 * @example
 * maxCategories; //=> 20
 */
export const maxCategories = 20;

/**
 * The fewest points that k categories with all different scores need: 0 + 1 + … + (k − 1)
 * (rules B1).
 *
 * @example
 * minimumBudget(14); //=> 91
 * minimumBudget(15); //=> 105
 * @function
 */
export const minimumBudget = /* @__PURE__ */ deepFreeze(function minimumBudget(
  categories: number,
): number {
  return (categories * (categories - 1)) / 2;
});

const kinds: readonly KofferKind[] = /* @__PURE__ */ deepFreeze(["collectie", "connectie"]);
const budgetRules: readonly BudgetRule[] = /* @__PURE__ */ deepFreeze(["at-most", "exactly"]);
const templateFields = /* @__PURE__ */ deepFreeze([
  "id",
  "kind",
  "name",
  "categories",
  "budget",
  "budgetRule",
]);
const categoryFields = /* @__PURE__ */ deepFreeze([
  "id",
  "label",
  "description",
  "smallStep",
  "largeStep",
]);
const optionalTexts = /* @__PURE__ */ deepFreeze([
  "description",
  "smallStep",
  "largeStep",
] as const);

/** A category, or just its id when the id is sound but something else is not. */
function readCategory(value: unknown, path: Path, out: Sink): KofferCategory | string | null {
  const fields = readFields(value, path, categoryFields, ["id", "label"], out);
  if (fields === null) return null;
  const before = out.length;
  const [rawId, rawLabel, ...rawTexts] = fields;
  const id = readId(rawId, [...path, "id"], out);
  const label = readText(rawLabel, [...path, "label"], "label", out);
  const texts: { description?: string; smallStep?: string; largeStep?: string } = {};
  optionalTexts.forEach((key, i) => {
    const text = readText(rawTexts[i], [...path, key], key, out);
    if (text !== null) texts[key] = text;
  });
  if (id === null || label === null || out.length > before) return id;
  return { id, label, ...texts };
}

function readBudget(budget: unknown, out: Sink): number | null {
  if (budget === undefined) return defaultBudget;
  if (
    typeof budget === "number" &&
    Number.isInteger(budget) &&
    budget >= 1 &&
    budget <= maxBudget
  ) {
    return budget;
  }
  out.push(
    kofferDiagnostic("invalid-budget", ["budget"], {
      received: describeValue(budget),
      maximum: maxBudget,
    }),
  );
  return null;
}

function readTemplate(input: unknown, out: Sink): KofferTemplate | null {
  const fields = readFields(input, [], templateFields, ["id", "kind", "name", "categories"], out);
  if (fields === null) return null;
  const [rawId, rawKind, rawName, list, rawBudget, rawRule] = fields;
  const id = readId(rawId, ["id"], out);
  const kind = rawKind === undefined ? null : readChoice(rawKind, ["kind"], "kind", kinds, out);
  const name = readText(rawName, ["name"], "name", out);
  const budget = readBudget(rawBudget, out);
  const budgetRule =
    rawRule === undefined
      ? "at-most"
      : readChoice(rawRule, ["budgetRule"], "budgetRule", budgetRules, out);

  const categories: KofferCategory[] = [];
  if (list !== undefined && !Array.isArray(list)) {
    out.push(
      kofferDiagnostic("invalid-type", ["categories"], {
        expected: "array",
        received: typeName(list),
      }),
    );
  } else if (Array.isArray(list)) {
    const firstIndex = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const category = readCategory(list[i], ["categories", i], out);
      if (category === null) continue;
      const categoryId = typeof category === "string" ? category : category.id;
      const first = firstIndex.get(categoryId);
      if (first === undefined) firstIndex.set(categoryId, i);
      else {
        out.push(
          kofferDiagnostic("duplicate-category", ["categories", i, "id"], {
            id: categoryId,
            firstIndex: first,
          }),
        );
      }
      if (typeof category !== "string") categories.push(category);
    }
    if (list.length < minCategories) {
      out.push(
        kofferDiagnostic("too-few-categories", ["categories"], {
          count: list.length,
          minimum: minCategories,
        }),
      );
    }
    if (list.length > maxCategories) {
      out.push(
        kofferDiagnostic("too-many-categories", ["categories"], {
          count: list.length,
          maximum: maxCategories,
        }),
      );
    }
    if (budget !== null && minimumBudget(list.length) > budget) {
      out.push(
        kofferDiagnostic("budget-too-small", ["categories"], {
          categories: list.length,
          minimum: minimumBudget(list.length),
          budget,
        }),
      );
    }
  }
  if (
    out.length > 0 ||
    id === null ||
    kind === null ||
    name === null ||
    budget === null ||
    budgetRule === null
  ) {
    return null;
  }
  return { id, kind, name, categories, budget, budgetRule };
}

/**
 * Checks a koffer template written by an organisation (rules B1) and fills in its defaults
 * (`budget` 100, `budgetRule` `"at-most"`). Reports every problem at once; never throws, also
 * when reading the input throws (`unreadable-input`). A template has 2 to `maxCategories` (20)
 * categories (`too-few-categories`, `too-many-categories`). Category ids are data: `__proto__`,
 * `constructor` or `toString` are ordinary ids.
 *
 * @example
 * const result = validateTemplate(JSON.parse(text));
 * if (result.ok) result.value.budget; //=> 100 when the JSON leaves it out
 * else for (const d of result.diagnostics) console.log(d.message.nl);
 *
 * validateTemplate({ ...exampleConnectieTemplate, budget: 20 }).ok;
 * //=> false: 8 categories need 0 + 1 + … + 7 = 28 points ("budget-too-small")
 * @function
 */
export const validateTemplate = /* @__PURE__ */ deepFreeze(function validateTemplate(
  input: unknown,
): ValidationResult<KofferTemplate, KofferDiagnostic> {
  const out: Sink = [];
  try {
    const template = readTemplate(input, out);
    return template === null ? failure(out) : success(template);
  } catch (error) {
    return failure([unreadable(error)]);
  }
});

/**
 * @internal Throws a `TypeError` naming the first field of `template` that `validateTemplate`
 * would not have returned as it is (its defaults left out count too). The functions that take a
 * validated template trust it for speed; junk from plain JavaScript (a template without a budget)
 * must fail loudly there, not give a silent wrong answer. O(k), once per call.
 *
 * @example
 * checkTemplate({ ...template, budget: undefined }); // TypeError: template.budget: required
 */
export function checkTemplate(template: KofferTemplate): void {
  const result = validateTemplate(template);
  const [first] = result.ok ? [] : result.diagnostics;
  // Valid, but a default filled in: the field was missing.
  const missing = result.ok
    ? (["budget", "budgetRule"] as const).find((key) => result.value[key] !== template[key])
    : undefined;
  if (first || missing) {
    const path = ["template", ...(first ? first.path : [missing])].join(".");
    // Never echo a huge value: a message quotes at most a field name or a short value.
    throw new TypeError(`${path}: ${first ? first.message.en : "required"}`.slice(0, 200));
  }
}
