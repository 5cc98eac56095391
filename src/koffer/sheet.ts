import type { ValidationResult } from "../diagnostics/result.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { type KofferDiagnostic, kofferDiagnostic } from "./diagnostics.js";
import { isId, isRecord, readFields, type Sink, typeName, unreadable } from "./read.js";
import { failure, success } from "./result.js";
import { checkTemplate, type KofferTemplate } from "./template.js";

/**
 * A category's points on a sheet.
 *
 * @example
 * const entry: CategoryPoints = { category: "netwerken", points: 60 };
 */
export interface CategoryPoints {
  readonly category: string;
  readonly points: number;
}

/**
 * One respondent's koffer sheet (koffervel) as `validateSheet` returns it: plain JSON data, so it
 * can be stored and read back as it is (rules C).
 *
 * - `respondent` is the respondent's id, or `null` for an anonymous sheet.
 * - `scores` holds every category of the template with its points, in the template's category
 *   order. A list rather than an object keyed by id, so that any text (`__proto__`,
 *   `constructor`, `"2"`) is an ordinary category id and the order is the template's, whatever
 *   the ids look like (an object would put ids such as `"2"` first).
 *
 * @example
 * const sheet: KofferSheet = {
 *   respondent: "anna",
 *   scores: [
 *     { category: "netwerken", points: 60 },
 *     { category: "samenwerken", points: 40 },
 *   ],
 * };
 * sheet.scores.find((s) => s.category === "netwerken")?.points; //=> 60
 * // As the input form of validateSheet and validateTeamScore:
 * Object.fromEntries(sheet.scores.map((s) => [s.category, s.points])); //=> { netwerken: 60, samenwerken: 40 }
 */
export interface KofferSheet {
  readonly respondent: string | null;
  readonly scores: readonly CategoryPoints[];
}

/**
 * A sheet as it may be written (JSON-friendly): `scores` is a plain object from category id to
 * points; only its own enumerable keys are read. Leave `respondent` out (or `null`) for an
 * anonymous sheet.
 *
 * @example
 * const input: KofferSheetInput = { respondent: "anna", scores: { netwerken: 60, samenwerken: 40 } };
 */
export interface KofferSheetInput {
  readonly respondent?: string | null;
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * A category's place on one sheet: its points and its rank (1 = most points).
 *
 * @example
 * const rank: CategoryRank = { category: "netwerken", points: 60, rank: 1 };
 */
export interface CategoryRank {
  readonly category: string;
  readonly points: number;
  readonly rank: number;
}

/** @internal What reading one sheet gave: its respondent and its problems (none: valid). */
export interface SheetReading {
  /** The respondent when the field held a valid id, also when the sheet itself is invalid. */
  readonly respondent: string | null;
  readonly diagnostics: readonly KofferDiagnostic[];
}

const sheetFields = /* @__PURE__ */ deepFreeze(["respondent", "scores"]);

/** Whether two key lists are equal, in order. */
function sameKeys(keys: readonly string[], expected: readonly string[]): boolean {
  if (keys.length !== expected.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== expected[i]) return false;
  return true;
}
const noProblems: readonly KofferDiagnostic[] = /* @__PURE__ */ deepFreeze([]);

/** @internal What reading a template's sheets needs, built once per template. */
export interface SheetReader {
  readonly ids: readonly string[];
  /** The categories' labels, in the order of `ids`: messages name categories as people know them. */
  readonly labels: readonly string[];
  readonly known: ReadonlySet<string>;
  readonly budget: number;
  readonly exactly: boolean;
  /** One sink for every sheet, copied only when a sheet has problems: most sheets have none. */
  readonly out: Sink;
}

/** @internal The reader for sheets of one template, so that a team's sheets share its id list. */
export function sheetReader(template: KofferTemplate): SheetReader {
  const ids = template.categories.map((c) => c.id);
  const exactly = template.budgetRule === "exactly";
  const labels = template.categories.map((c) => c.label);
  return { ids, labels, known: new Set(ids), budget: template.budget, exactly, out: [] };
}

/**
 * @internal Reads one sheet: writes its points into `points` and their ranks into `ranks`, both
 * in template order (an unreadable score is `NaN`), so that the team aggregate needs no object per
 * sheet: a valid sheet costs one small reading and no diagnostic, path or `Map`. Plain functions
 * over a context rather than closures made per template: V8 then keeps what it learnt about them
 * from one aggregate to the next.
 */
export function readSheet(
  reader: SheetReader,
  input: unknown,
  points: Float64Array,
  ranks: Float64Array,
): SheetReading {
  const { out } = reader;
  if (out.length > 0) out.length = 0;
  try {
    const respondent = readInto(reader, input, points, ranks, out);
    return { respondent, diagnostics: out.length === 0 ? noProblems : out.slice() };
  } catch (error) {
    return { respondent: null, diagnostics: [unreadable(error)] };
  }
}

function readInto(
  { ids, labels, known, budget, exactly }: SheetReader,
  input: unknown,
  points: Float64Array,
  ranks: Float64Array,
  out: Sink,
): string | null {
  const k = ids.length;
  // The usual sheet, `{ respondent, scores }` in that order with scores set, skips the general
  // field reader (which reports what is unusual).
  let named: unknown;
  let scores: unknown;
  if (isRecord(input) && sameKeys(Object.keys(input), sheetFields)) {
    named = input.respondent;
    scores = input.scores;
  }
  if (scores === undefined)
    [named, scores] = readFields(input, [], sheetFields, ["scores"], out) ?? [];
  let respondent: string | null = null;
  if (typeof named === "string" && isId(named)) respondent = named;
  else if (named !== undefined && named !== null) {
    out.push(kofferDiagnostic("invalid-respondent", ["respondent"], {}));
  }
  if (scores === undefined) return respondent;
  if (!isRecord(scores)) {
    out.push(
      kofferDiagnostic("invalid-type", ["scores"], {
        expected: "object",
        received: typeName(scores),
      }),
    );
    return respondent;
  }

  // Sheets are usually written in template order: then no key needs a set lookup, and every
  // id is known to be an own key.
  const keys = Object.keys(scores);
  let inOrder = keys.length === k;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j] as string;
    if (key === ids[j]) continue;
    inOrder = false;
    if (!known.has(key)) {
      out.push(kofferDiagnostic("unknown-category", ["scores", key], { category: key }));
    }
  }
  // In template order, the values come in one call, not one keyed load per category (which V8
  // cannot cache across a dozen names): the keys are exactly the ids, so these are their values.
  // A getter that deletes a key while they are read leaves fewer: then each is read by name.
  const values = inOrder ? Object.values(scores) : undefined;
  if (values?.length !== k) inOrder = false;
  let total = 0;
  let count = 0;
  for (let j = 0; j < k; j++) {
    const id = ids[j] as string;
    // Own keys only: an inherited member (`toString`, `__proto__`) is not a score.
    const value = inOrder
      ? (values as unknown[])[j]
      : Object.hasOwn(scores, id)
        ? scores[id]
        : undefined;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) {
      // `+ 0` turns -0 into 0, so that a sheet never reports "-0 points".
      points[j] = value + 0;
      total += value;
      count++;
      continue;
    }
    points[j] = Number.NaN;
    const label = labels[j] as string;
    if (value === undefined) {
      out.push(kofferDiagnostic("missing-category", ["scores", id], { category: id, label }));
    } else if (typeof value !== "number") {
      out.push(
        kofferDiagnostic("invalid-type", ["scores", id], {
          expected: "number",
          received: typeName(value),
        }),
      );
    } else {
      if (!Number.isInteger(value)) {
        out.push(
          kofferDiagnostic("not-an-integer", ["scores", id], {
            category: id,
            label,
            received: String(value),
          }),
        );
      }
      if (value < 0) {
        out.push(
          kofferDiagnostic("negative", ["scores", id], {
            category: id,
            label,
            received: value,
          }),
        );
      }
    }
  }

  // Only a sheet with a tie (or an unreadable score) needs its points sorted: one `tie` per
  // value that two or more categories share, by value (`NaN`, unreadable, equals nothing).
  if (rankInto(points, ranks)) {
    const sorted = points.slice().sort();
    sorted.forEach((p, i) => {
      if (p !== sorted[i - 1] || p === sorted[i - 2]) return;
      const categories = ids.filter((_, j) => points[j] === p).sort();
      // Each label beside its id (ids are unique in a template): the message names the labels.
      out.push(
        kofferDiagnostic("tie", ["scores"], {
          categories,
          labels: categories.map((id) => labels[ids.indexOf(id)] as string),
          points: p,
        }),
      );
    });
  }
  if (total > budget) {
    out.push(kofferDiagnostic("over-budget", ["scores"], { total, budget }));
  } else if (exactly && total < budget && count === k) {
    out.push(kofferDiagnostic("under-budget", ["scores"], { total, budget }));
  }
  return respondent;
}

/**
 * Checks one respondent's sheet against a template (rules B2): whole numbers ≥ 0, one entry for
 * every category and none for unknown ones, the total within the budget (`at-most`) or equal to
 * it (`exactly`), and no two categories with the same points. Reports every problem at once;
 * never throws on its input, also when reading it throws (a revoked proxy, a getter):
 * `unreadable-input`. Paths lead into the input (`["scores", "netwerken"]`).
 *
 * The template must come from `validateTemplate` (or be one of the examples): any other value is
 * a programmer error, thrown as a `TypeError` that names the field (`template.budget: missing`).
 *
 * @example
 * const result = validateSheet(template, { respondent: "anna", scores: { a: 30, b: 30, c: 50 } });
 * if (!result.ok) result.diagnostics.map((d) => d.code); //=> ["over-budget", "tie"]
 * // tie: params { categories: ["a", "b"], points: 30 }; over-budget: { total: 110, budget: 100 }
 * @function
 */
export const validateSheet = /* @__PURE__ */ deepFreeze(function validateSheet(
  template: KofferTemplate,
  input: unknown,
): ValidationResult<KofferSheet, KofferDiagnostic> {
  checkTemplate(template);
  const k = template.categories.length;
  const points = new Float64Array(k);
  const reader = sheetReader(template);
  const { respondent, diagnostics } = readSheet(reader, input, points, new Float64Array(k));
  if (diagnostics.length > 0) return failure(diagnostics);
  const scores = template.categories.map(({ id }, j) => ({
    category: id,
    points: points[j] as number,
  }));
  return success({ respondent, scores });
});

/**
 * @internal Writes the rank of each value into `ranks`: 1 + the number of larger values, so equal
 * values share the best rank ("1224"), which a valid sheet never needs; `NaN` is never larger and
 * gets rank 1. Returns `false` when the ranks are 1…n, which is exactly when the values are
 * distinct numbers; `true` means a tie or a `NaN`. Counting with `+(a > b)` has no branch to
 * mispredict: an aggregate ranks every sheet, and at a dozen categories this beats sorting.
 */
export function rankInto(points: ArrayLike<number>, ranks: { [i: number]: number }): boolean {
  const n = points.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = points[i] as number;
    let rank = 1;
    for (let j = 0; j < n; j++) rank += +((points[j] as number) > p);
    ranks[i] = rank;
    total += rank;
  }
  return total !== (n * (n + 1)) / 2;
}

/** @internal The rank of each value (1 = largest), as `rankInto` gives it. */
export function ranksOf(points: readonly number[]): number[] {
  const ranks = new Array<number>(points.length);
  rankInto(points, ranks);
  return ranks;
}

/**
 * The ranking a valid sheet implies (rules B2): rank 1 for the most points. The result is in the
 * template's category order (not sorted by rank), one entry per category. Equal points — which a
 * valid sheet cannot have — share the best rank.
 *
 * @throws RangeError when the sheet has no points for a category of the template: the sheet was
 * not validated against this template (a programmer error). TypeError when the template does not
 * come from `validateTemplate` or a score is not a whole number ≥ 0.
 *
 * @example
 * rankSheet(template, sheet);
 * //=> [{ category: "a", points: 10, rank: 3 }, { category: "b", points: 50, rank: 1 },
 * //    { category: "c", points: 40, rank: 2 }]
 * @function
 */
export const rankSheet = /* @__PURE__ */ deepFreeze(function rankSheet(
  template: KofferTemplate,
  sheet: KofferSheet,
): readonly CategoryRank[] {
  checkTemplate(template);
  const points = pointsOf(
    sheet,
    template.categories.map(({ id }) => id),
  );
  const ranks = ranksOf(points);
  return template.categories.map(({ id }, i) => ({
    category: id,
    points: points[i] ?? 0,
    rank: ranks[i] ?? 0,
  }));
});

/**
 * @internal The points of a validated sheet for the categories `ids`, in that order. A sheet with
 * more or fewer categories or without one of them (`RangeError`: it belongs to another template)
 * or with anything but a whole number ≥ 0 (`TypeError`: it was not validated) is a programmer
 * error, not a silent wrong rank. As many entries as ids, each id found, means no id twice.
 *
 * @example
 * pointsOf(sheet, ["a", "b"]); //=> [60, 40]
 */
export function pointsOf(sheet: KofferSheet, ids: readonly string[]): number[] {
  const { scores } = sheet;
  return ids.map((id) => {
    // Not a list (a `Map` from before 0.2): `find` is missing, a TypeError.
    const entry = scores.find((s) => s.category === id);
    const value = scores.length === ids.length ? entry?.points : undefined;
    if (Number.isInteger(value) && (value as number) >= 0) return value as number;
    throw new (value === undefined ? RangeError : TypeError)(
      `sheet.scores has no whole number ≥ 0 for the category ${JSON.stringify(id)}`.slice(0, 200),
    );
  });
}
