import { failure, toResult, type ValidationResult } from "../diagnostics/result.js";
import { type KofferDiagnostic, kofferDiagnostic } from "./diagnostics.js";
import { describeError, isId, isRecord, readFields, type Sink, typeName } from "./read.js";
import type { KofferTemplate } from "./template.js";

/**
 * One respondent's koffer sheet (koffervel) as `validateSheet` returns it.
 *
 * - `respondent` is the respondent's id, or `null` for an anonymous sheet.
 * - `scores` maps every category id of the template to its points, in the template's category
 *   order. It is a `Map`, so any text (`__proto__`, `constructor`) is an ordinary category id.
 *
 * @example
 * const sheet: KofferSheet = {
 *   respondent: "anna",
 *   scores: new Map([["netwerken", 60], ["samenwerken", 40]]),
 * };
 * sheet.scores.get("netwerken"); //=> 60
 */
export interface KofferSheet {
  readonly respondent: string | null;
  readonly scores: ReadonlyMap<string, number>;
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

/** @internal What reading one sheet gave: the sheet (or `null`), its respondent, its problems. */
export interface SheetReading {
  readonly sheet: KofferSheet | null;
  /** The respondent when the field held a valid id, also when the sheet itself is invalid. */
  readonly respondent: string | null;
  readonly diagnostics: readonly KofferDiagnostic[];
}

const sheetFields = ["respondent", "scores"];

/**
 * @internal Builds a reader for sheets of one template, so that a team's sheets share the
 * template's id set.
 */
export function sheetReader(template: KofferTemplate): (input: unknown) => SheetReading {
  const ids = new Set(template.categories.map((c) => c.id));

  function read(input: unknown, out: Sink): SheetReading {
    const fields = readFields(input, [], sheetFields, ["scores"], out);
    if (fields === null) return { sheet: null, respondent: null, diagnostics: out };

    const named = fields.get("respondent");
    let respondent: string | null = null;
    if (typeof named === "string" && isId(named)) respondent = named;
    else if (named !== undefined && named !== null) {
      out.push(kofferDiagnostic("invalid-respondent", ["respondent"], {}));
    }

    const scores = fields.get("scores");
    if (!fields.has("scores")) return { sheet: null, respondent, diagnostics: out };
    if (!isRecord(scores)) {
      out.push(
        kofferDiagnostic("invalid-type", ["scores"], {
          expected: "object",
          received: typeName(scores),
        }),
      );
      return { sheet: null, respondent, diagnostics: out };
    }

    for (const key of Object.keys(scores)) {
      if (!ids.has(key)) {
        out.push(kofferDiagnostic("unknown-category", ["scores", key], { category: key }));
      }
    }
    const valid = new Map<string, number>();
    for (const { id } of template.categories) {
      const path = ["scores", id];
      const points = Object.hasOwn(scores, id) ? scores[id] : undefined;
      if (points === undefined) {
        out.push(kofferDiagnostic("missing-category", path, { category: id }));
      } else if (typeof points !== "number") {
        out.push(
          kofferDiagnostic("invalid-type", path, {
            expected: "number",
            received: typeName(points),
          }),
        );
      } else {
        const whole = Number.isInteger(points);
        if (!whole) {
          out.push(
            kofferDiagnostic("not-an-integer", path, { category: id, received: String(points) }),
          );
        }
        if (points < 0) {
          out.push(kofferDiagnostic("negative", path, { category: id, received: points }));
        }
        // `+ 0` turns -0 into 0, so that a sheet never reports "-0 points".
        if (whole && points >= 0) valid.set(id, points + 0);
      }
    }

    let total = 0;
    const distinct = new Set<number>();
    for (const points of valid.values()) {
      total += points;
      distinct.add(points);
    }
    // Only a sheet with a tie needs the categories grouped by their points.
    if (distinct.size < valid.size) {
      const byPoints = new Map<number, string[]>();
      for (const [id, points] of valid) {
        const holders = byPoints.get(points);
        if (holders === undefined) byPoints.set(points, [id]);
        else holders.push(id);
      }
      const tied = [...byPoints].filter(([, holders]) => holders.length > 1);
      tied.sort(([a], [b]) => a - b);
      for (const [points, holders] of tied) {
        out.push(kofferDiagnostic("tie", ["scores"], { categories: [...holders].sort(), points }));
      }
    }
    if (total > template.budget) {
      out.push(kofferDiagnostic("over-budget", ["scores"], { total, budget: template.budget }));
    } else if (
      template.budgetRule === "exactly" &&
      total < template.budget &&
      valid.size === template.categories.length
    ) {
      out.push(kofferDiagnostic("under-budget", ["scores"], { total, budget: template.budget }));
    }
    return out.length > 0
      ? { sheet: null, respondent, diagnostics: out }
      : { sheet: { respondent, scores: valid }, respondent, diagnostics: out };
  }

  return (input) => {
    try {
      return read(input, []);
    } catch (error) {
      const detail = describeError(error);
      return {
        sheet: null,
        respondent: null,
        diagnostics: [kofferDiagnostic("unreadable-input", [], { detail })],
      };
    }
  };
}

/**
 * Checks one respondent's sheet against a template (SPEC B2): whole numbers ≥ 0, one entry for
 * every category and none for unknown ones, the total within the budget (`at-most`) or equal to
 * it (`exactly`), and no two categories with the same points. Reports every problem at once;
 * never throws. Paths lead into the input (`["scores", "netwerken"]`).
 *
 * The template must come from `validateTemplate` (or be one of the examples).
 *
 * @example
 * const result = validateSheet(template, { respondent: "anna", scores: { a: 30, b: 30, c: 50 } });
 * if (!result.ok) result.diagnostics.map((d) => d.code); //=> ["over-budget", "tie"]
 * // tie: params { categories: ["a", "b"], points: 30 }; over-budget: { total: 110, budget: 100 }
 */
export function validateSheet(
  template: KofferTemplate,
  input: unknown,
): ValidationResult<KofferSheet, KofferDiagnostic> {
  const { sheet, diagnostics } = sheetReader(template)(input);
  return sheet === null ? failure(diagnostics) : toResult(sheet, diagnostics);
}

/**
 * @internal The rank of each value (1 = largest). Equal values share the best rank ("1224"),
 * which a valid sheet never needs.
 */
export function ranksOf(points: readonly number[]): number[] {
  // 1 + the number of higher scores: equal points share the best rank. A sheet has a dozen
  // categories, and counting beats sorting at that size (an aggregate ranks every sheet).
  const n = points.length;
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const p = points[i] as number;
    let higher = 0;
    for (let j = 0; j < n; j++) if ((points[j] as number) > p) higher++;
    ranks[i] = higher + 1;
  }
  return ranks;
}

/**
 * The ranking a valid sheet implies (SPEC B2): rank 1 for the most points. The result is in the
 * template's category order (not sorted by rank), one entry per category. Equal points — which a
 * valid sheet cannot have — share the best rank.
 *
 * @throws RangeError when the sheet has no points for a category of the template: the sheet was
 * not validated against this template (a programmer error).
 *
 * @example
 * rankSheet(template, sheet);
 * //=> [{ category: "a", points: 10, rank: 3 }, { category: "b", points: 50, rank: 1 },
 * //    { category: "c", points: 40, rank: 2 }]
 */
export function rankSheet(template: KofferTemplate, sheet: KofferSheet): readonly CategoryRank[] {
  const points = template.categories.map(({ id }) => {
    const value = sheet.scores.get(id);
    if (value === undefined) {
      throw new RangeError(
        `rankSheet: the sheet has no points for the category ${JSON.stringify(id)}`,
      );
    }
    return value;
  });
  const ranks = ranksOf(points);
  return template.categories.map(({ id }, i) => ({
    category: id,
    points: points[i] ?? 0,
    rank: ranks[i] ?? 0,
  }));
}
