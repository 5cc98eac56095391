import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { componentFormats } from "../../src/programme/schema/component.js";
import type { ComponentInput, Programme } from "../../src/programme/types.js";
import { parseParticipant, validateProgramme } from "../../src/programme/validate.js";
import { planToTarget } from "../../src/stars/plan.js";
import { computeStatement } from "../../src/stars/statement.js";
import { dateBetween } from "../arbitraries/statement.js";

/**
 * rules A10.7 for the planner (issue 14): on random programmes with random optional policies —
 * every kind of category cap, the elective rules, "cover every learning line" with up to 40
 * lines, a yearly minimum and targets up to 1,000 — `planToTarget` returns without throwing,
 * within its documented bounds: at most 1,000,000 cells in the dynamic programme's table, at most
 * `searchBudget` plans measured, and a memory growth far below what the unbounded search took
 * (gigabytes). The bounds are written out, not imported, so a change to them shows here.
 */
const TABLE_CELLS = 1_000_000;
const MEMORY_CEILING_MB = 256;

const YEARS = [2025, 2026, 2027] as const;
/** Component ids per programme: editions draw from one pool, so ids recur across years. */
const POOL = 200;

/** Each optional rule is on in half the programmes, so some are loose enough for high targets. */
const HALF = { nil: null, freq: 2 } as const;

const componentArb = (lines: number) =>
  fc.record({
    stars: fc.integer({ min: 1, max: 3 }),
    hours: fc.option(
      fc.integer({ min: 1, max: 40 }).map((h) => h / 2),
      { nil: undefined },
    ),
    format: fc.constantFrom(...componentFormats),
    lines: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, lines - 1) }), {
      maxLength: lines === 0 ? 0 : 2,
    }),
    repeatable: fc.boolean(),
  });

/**
 * A raw programme of one to three editions, each up to 30 components or (large) up to 130, so a
 * window can hold more than 1,000 stars; and a participant, an as-of date and a budget.
 */
const caseArb = fc
  .record({
    lines: fc.integer({ min: 0, max: 40 }),
    years: fc.integer({ min: 1, max: 3 }),
    kind: fc.constantFrom("fixed", "rolling"),
    target: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1_000 })),
    capExtra: fc.option(fc.integer({ min: 0, max: 50 }), HALF),
    minCount: fc.option(fc.integer({ min: 0, max: 20 }), HALF),
    maxCountExtra: fc.option(fc.integer({ min: 0, max: 20 }), HALF),
    maxStars: fc.option(fc.integer({ min: 0, max: 200 }), HALF),
    cover: fc.boolean(),
    minimumPerYear: fc.option(fc.integer({ min: 0, max: 60 }), HALF),
    formatCaps: fc.oneof(
      fc.constant<{ format: (typeof componentFormats)[number]; maxStars: number }[]>([]),
      fc.uniqueArray(
        fc.record({
          format: fc.constantFrom(...componentFormats),
          maxStars: fc.integer({ min: 0, max: 300 }),
        }),
        { selector: (c) => c.format, maxLength: 5 },
      ),
    ),
    lineCaps: fc.oneof(
      fc.constant<{ line: number; maxStars: number }[]>([]),
      fc.uniqueArray(fc.record({ line: fc.nat(39), maxStars: fc.integer({ min: 0, max: 100 }) }), {
        selector: (c) => c.line,
        maxLength: 6,
      }),
    ),
    bonusCap: fc.option(fc.integer({ min: 0, max: 5 }), HALF),
    mandatoryRate: fc.integer({ min: 0, max: 3 }),
    large: fc.boolean(),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      editions: fc.tuple(
        ...YEARS.slice(0, shape.years).map(() =>
          fc.uniqueArray(
            fc.record({ id: fc.nat(POOL - 1), c: componentArb(shape.lines), m: fc.nat(9) }),
            {
              selector: (c) => c.id,
              minLength: shape.large ? 60 : 1,
              maxLength: shape.large ? 130 : 30,
            },
          ),
        ),
      ),
      completions: fc.array(
        fc.record({ id: fc.nat(POOL - 1), date: dateBetween("2025-01-01", "2027-12-31") }),
        { maxLength: 12 },
      ),
      asOf: dateBetween("2025-01-01", "2027-12-31"),
      budget: fc.integer({ min: 1, max: 2_000 }),
    }),
  )
  .map(({ shape, editions, completions, asOf, budget }) => {
    const lineIds = Array.from({ length: shape.lines }, (_, i) => `l${i}`);
    const input = {
      formatVersion: 1,
      id: "random-plan",
      name: "Random plan",
      learningLines: lineIds.map((id) => ({ id, name: id })),
      policy: {
        startYear: 2025,
        window: { kind: shape.kind, years: shape.years },
        target: shape.target,
        cap: shape.capExtra === null ? null : Math.min(1_000, shape.target + shape.capExtra),
        electives: {
          minCount: shape.minCount,
          maxCount:
            shape.maxCountExtra === null ? null : (shape.minCount ?? 0) + shape.maxCountExtra,
          maxStars: shape.maxStars,
          coverEveryLearningLine: shape.cover,
        },
        minimumPerYear: shape.minimumPerYear,
        categoryCaps: [
          ...shape.formatCaps.map((c) => ({ kind: "format", ...c })),
          ...shape.lineCaps
            .filter((c) => c.line < shape.lines)
            .map((c) => ({
              kind: "learning-line",
              learningLine: `l${c.line}`,
              maxStars: c.maxStars,
            })),
          ...(shape.bonusCap === null ? [] : [{ kind: "bonus", maxStars: shape.bonusCap }]),
        ],
      },
      editions: editions.map((components, y) => ({
        year: YEARS[y],
        components: components.map(
          ({ id, c, m }): ComponentInput => ({
            id: `c${id}`,
            title: `Component ${id}`,
            stars: c.stars as 1 | 2 | 3,
            ...(c.hours === undefined ? {} : { hours: c.hours }),
            requirement: m < shape.mandatoryRate ? "mandatory" : "elective",
            format: c.format,
            learningLines: c.lines.map((l) => `l${l}`),
            repeatable: c.repeatable,
          }),
        ),
      })),
    };
    return { input, completions, asOf, budget };
  });

/**
 * The programme, validated by the library. A target or yearly minimum no window can reach is an
 * error, so it is lowered once to what validation says is reachable (the design stays random,
 * the target stays as high as the catalogue allows); anything still invalid is left out.
 */
function validProgramme(input: { policy: Record<string, unknown> }): Programme | null {
  const first = validateProgramme(input);
  if (first.ok) return first.value;
  const policy = { ...input.policy };
  for (const d of first.diagnostics) {
    if (d.code === "target-unreachable")
      policy.target = Math.max(1, Math.min(policy.target as number, d.params.reachable));
    if (d.code === "minimum-per-year-unreachable")
      policy.minimumPerYear = Math.min(policy.minimumPerYear as number, d.params.reachable);
  }
  if (typeof policy.cap === "number") policy.cap = Math.max(policy.cap, policy.target as number);
  const second = validateProgramme({ ...input, policy });
  return second.ok ? second.value : null;
}

describe("rules A10.7: the planner returns within its bounds on any validated programme", () => {
  test.prop([caseArb], { numRuns: 50 })(
    "rules A10.7: planToTarget stays within its table, its budget and a memory ceiling",
    ({ input, completions, asOf, budget }) => {
      const programme = validProgramme(input);
      fc.pre(programme !== null);
      const participant = parseParticipant({
        id: "p-random",
        groups: [],
        completions: completions.map((c) => ({ component: `c${c.id}`, date: c.date })),
      });
      const before = process.memoryUsage();
      const plan = planToTarget(programme, participant, asOf, { searchBudget: budget });
      const after = process.memoryUsage();
      const grown = Math.max(
        after.rss - before.rss,
        after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers),
      );
      expect(grown / 2 ** 20).toBeLessThan(MEMORY_CEILING_MB);
      expect(plan.diagnostics).toEqual([]);
      expect(plan.search.budget).toBe(budget);
      expect(plan.search.evaluated).toBeLessThanOrEqual(budget);
      expect(plan.search.cells).toBeLessThanOrEqual(TABLE_CELLS);
      // Whatever bound it met, the plan says what following it gives.
      const followed = computeStatement(
        programme,
        {
          ...participant,
          completions: [
            ...participant.completions.filter((c) => c.date <= asOf),
            ...plan.items.map((i) => ({
              component: i.component,
              date: i.date,
              status: "approved" as const,
            })),
          ],
        },
        plan.measuredOn,
      );
      expect(plan.countedAfter).toBe(followed.totals.counted);
      expect(plan.reached).toBe(followed.totals.counted >= followed.totals.target);
    },
    // Each run searches with a budget of up to 2,000 plans; the whole property takes some 8 s.
    60_000,
  );
});
