import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { aggregateSheets, type TeamAggregate } from "../../src/koffer/aggregate.js";
import { kendallW } from "../../src/koffer/concordance.js";
import { type KofferSheet, validateSheet } from "../../src/koffer/sheet.js";
import type { KofferTemplate } from "../../src/koffer/template.js";
import { pointsFor, sheetsOf, teamArbitrary, template } from "./fixtures.js";

/**
 * The team aggregate written the plain way, as the oracle of the fast one (which validates, ranks
 * and counts in typed arrays): every sheet through `validateSheet`, the statistics from sorted
 * copies and the definitions, exact sums in `bigint`.
 */
function referenceAggregate(
  t: KofferTemplate,
  inputs: readonly unknown[],
  anonymous: boolean,
): TeamAggregate {
  const k = t.categories.length;
  const results = inputs.map((input) => validateSheet(t, input));
  const valid = results.flatMap((r, index) => (r.ok ? [{ index, sheet: r.value }] : []));
  const sheetsOfRespondent = (name: string | null) =>
    valid.filter((v) => name !== null && v.sheet.respondent === name).map((v) => v.index);
  const counted: KofferSheet[] = valid
    .filter((v) => sheetsOfRespondent(v.sheet.respondent).length <= 1)
    .map((v) => v.sheet);
  const m = counted.length;

  const leftOut = results.flatMap((r, index) => {
    if (r.ok && sheetsOfRespondent(r.value.respondent).length <= 1) return [];
    const respondent = anonymous ? null : respondentField(inputs[index]);
    // The other sheets a duplicate names are checked apart, in the test.
    if (r.ok) {
      return [{ index, respondent, codes: [["duplicate-respondent", [index, "respondent"]]] }];
    }
    return [
      {
        index,
        respondent,
        codes: r.diagnostics.map((d) => [d.code, [index, ...d.path]]),
      },
    ];
  });

  const ranks = counted.map((s) => {
    const points = t.categories.map((c) => pointsFor(s, c.id) as number);
    return points.map((p) => 1 + points.filter((q) => q > p).length);
  });
  const spreads: bigint[] = [];
  const categories = t.categories.map(({ id, label }, j) => {
    const values = counted.map((s) => pointsFor(s, id) as number);
    const sorted = [...values].sort((a, b) => a - b);
    const sum = values.reduce((a, b) => a + b, 0);
    const bigSum = values.reduce((a, b) => a + BigInt(b), 0n);
    const bigSquares = values.reduce((a, b) => a + BigInt(b) * BigInt(b), 0n);
    const spread = BigInt(m) * bigSquares - bigSum * bigSum;
    spreads.push(spread);
    const rankSum = ranks.reduce((total, row) => total + (row[j] as number), 0);
    const min = sorted[0];
    const max = sorted[m - 1];
    const holding = (v: number | undefined) => counted.filter((s) => pointsFor(s, id) === v);
    const names = (sheets: readonly KofferSheet[]) =>
      anonymous ? [] : sheets.flatMap((s) => (s.respondent === null ? [] : [s.respondent])).sort();
    const half = Math.floor(m / 2);
    return {
      category: id,
      label,
      n: m,
      sum,
      mean: m === 0 ? null : sum / m,
      median:
        m === 0
          ? null
          : m % 2 === 1
            ? (sorted[half] as number)
            : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2,
      min: min ?? null,
      max: max ?? null,
      range: min === undefined || max === undefined ? null : max - min,
      standardDeviation: m === 0 ? null : Math.sqrt(Number(spread) / (m * m)),
      meanRank: m === 0 ? null : rankSum / m,
      bordaPoints: m * k - rankSum,
      highestRespondents: names(holding(max)),
      lowestRespondents: names(holding(min)),
      highestCount: m === 0 ? 0 : holding(max).length,
      lowestCount: m === 0 ? 0 : holding(min).length,
    };
  });
  const discussionOrder = categories
    .map((c, j) => ({ id: c.category, j, spread: spreads[j] as bigint, range: c.range ?? 0 }))
    .sort(
      (a, b) =>
        (b.spread > a.spread ? 1 : b.spread < a.spread ? -1 : 0) || b.range - a.range || a.j - b.j,
    )
    .map((c) => c.id);
  return {
    templateId: t.id,
    anonymous,
    counts: { received: inputs.length, valid: m, leftOut: leftOut.length },
    // Shaped like the library's left-out sheets, with codes and paths instead of diagnostics.
    leftOut: leftOut as unknown as TeamAggregate["leftOut"],
    categories,
    discussionOrder,
    concordance:
      m < 2 ? { w: null, reason: "too-few-sheets", sheets: m, categories: k } : kendallW(ranks),
  };
}

/** The respondent field when it holds a valid id (also on an invalid sheet), else `null`. */
function respondentField(input: unknown): string | null {
  if (typeof input !== "object" || input === null || !Object.hasOwn(input, "respondent"))
    return null;
  const value: unknown = (input as { respondent?: unknown }).respondent;
  return typeof value === "string" && /^\S(?:.{0,98}\S)?$/u.test(value) ? value : null;
}

/** The library's left-out sheets in the oracle's shape: codes and paths, in either order. */
function comparable(aggregate: TeamAggregate, fromLibrary: boolean) {
  const leftOut = aggregate.leftOut.map((s) => {
    const codes = fromLibrary
      ? s.diagnostics.map((d) => [d.code, d.path])
      : (s as unknown as { codes: unknown[] }).codes;
    return {
      index: s.index,
      respondent: s.respondent,
      codes: codes.map((c) => JSON.stringify(c)).sort(),
    };
  });
  return { ...aggregate, leftOut };
}

/** The same sheet with the keys of its scores in reverse order (the reader's other path). */
function reversedKeys(input: unknown): unknown {
  if (typeof input !== "object" || input === null || !("scores" in input)) return input;
  const { scores } = input as { scores: unknown };
  if (typeof scores !== "object" || scores === null || Array.isArray(scores)) return input;
  return { ...input, scores: Object.fromEntries(Object.entries(scores).reverse()) };
}

/** Many sheets of a small budget, so that the median is counted rather than sorted. */
const crowdArbitrary = fc
  .record({
    k: fc.integer({ min: 2, max: 5 }),
    extra: fc.nat({ max: 6 }),
    exactly: fc.boolean(),
  })
  .chain(({ k, extra, exactly }) => {
    const t = template({
      id: "crowd",
      kind: "collectie",
      name: "Crowd",
      categories: Array.from({ length: k }, (_, i) => ({ id: `c${i}`, label: `C${i}` })),
      budget: (k * (k - 1)) / 2 + extra,
      budgetRule: exactly ? "exactly" : "at-most",
    });
    const sheet = fc.record({
      respondent: fc.option(fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), { nil: undefined }),
      scores: fc
        .array(fc.nat({ max: t.budget }), { minLength: k, maxLength: k })
        .map((points) => Object.fromEntries(points.map((p, i) => [`c${i}`, p]))),
    });
    return fc.record({
      template: fc.constant(t),
      inputs: fc.array(sheet, { minLength: 0, maxLength: 60 }),
    });
  });

/**
 * The largest budget and scores near it: m · Σx² passes 2⁵³, so the spread is exact only in
 * `bigint`, and the median is sorted rather than counted.
 */
const largeArbitrary = fc.record({
  template: fc.constant(
    template({
      id: "large",
      kind: "collectie",
      name: "Large",
      categories: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
      budget: 1_000_000,
    }),
  ),
  inputs: fc.array(
    fc
      .tuple(fc.integer({ min: 900_000, max: 999_000 }), fc.nat({ max: 1_000 }))
      .map(([big, small]) => ({ scores: { a: big, b: small } })),
    { minLength: 120, maxLength: 200 },
  ),
});

/** The library's aggregate, after checking it against the reference. */
function expectReferenceFigures(
  t: KofferTemplate,
  inputs: readonly unknown[],
  anonymous: boolean,
): TeamAggregate {
  const aggregate = aggregateSheets(t, inputs, { anonymous });
  expect(comparable(aggregate, true)).toEqual(
    comparable(referenceAggregate(t, inputs, anonymous), false),
  );
  return aggregate;
}

describe("aggregateSheets against a plain reference aggregate", () => {
  test.prop([largeArbitrary], { numRuns: 40 })(
    "large budgets (the spread in bigint, the sorted median)",
    ({ template: t, inputs }) => {
      expectReferenceFigures(t, inputs, false);
    },
  );

  test.prop([teamArbitrary, fc.boolean(), fc.boolean()], { numRuns: 300 })(
    "valid, spoiled and random sheets, keys in template order or reversed, named or anonymous",
    ({ template: t, sheets: drawn }, anonymous, reverse) => {
      const inputs = sheetsOf(t, drawn).map((s) => (reverse ? reversedKeys(s) : s));
      const aggregate = expectReferenceFigures(t, inputs, anonymous);
      for (const sheet of aggregate.leftOut) {
        for (const d of sheet.diagnostics) {
          if (d.code !== "duplicate-respondent") continue;
          const name = (inputs[sheet.index] as { respondent: string }).respondent;
          const others = inputs
            .map((input, i) => ({ i, r: validateSheet(t, input) }))
            .filter(({ i, r }) => i !== sheet.index && r.ok && r.value.respondent === name)
            .map(({ i }) => i);
          expect(d.params.otherSheets).toEqual(others);
        }
      }
    },
  );

  test.prop([crowdArbitrary], { numRuns: 200 })(
    "many sheets of a small budget (the counted median)",
    ({ template: t, inputs }) => {
      expectReferenceFigures(t, inputs, false);
    },
  );
});
