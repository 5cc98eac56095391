import { yearStart } from "../dates/calendar-date.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { numberIds } from "../internal/map.js";
import type { CategoryCap, Component, ComponentFormat, Programme } from "../programme/types.js";
import { type ComponentTable, componentTable, sameComponentKey } from "./component-table.js";
import { assertEvaluableProgramme } from "./entry-guards.js";
import type { DuplicateScratch } from "./evaluate-window.js";
import {
  type ApplicableMemo,
  applicableMemo,
  type MandatoryYear,
  mandatoryPlan,
} from "./rules/mandatory.js";
import type { StatementWindow } from "./types.js";

/**
 * A programme indexed once for evaluating many participants: components by year and id, the
 * mandatory components per year, the category caps by category. Build it with `prepareProgramme`;
 * every function that takes a programme also takes a prepared one.
 *
 * @example
 * const prepared = prepareProgramme(programme);
 * for (const p of participants) computeStatement(prepared, p, "2026-06-30");
 */
export interface PreparedProgramme {
  readonly programme: Programme;
  /** @internal */
  readonly byYear: ReadonlyMap<number, ReadonlyMap<string, Component>>;
  /** @internal */
  readonly mandatoryByYear: ReadonlyMap<number, readonly Component[]>;
  /** @internal Components numbered for the hot paths. */
  readonly table: ComponentTable;
  /** @internal Every theme id with its number (its place in `programme.themes`, first one kept). */
  readonly themeNumbers: ReadonlyMap<string, number>;
  /** @internal The mandatory components per edition year with their keys, in year order. */
  readonly mandatoryPlan: ReadonlyMap<number, MandatoryYear>;
  /** @internal Which mandatory components apply to a set of groups (memo; see mandatory.ts). */
  readonly applicableMemo: ApplicableMemo;
  /**
   * @internal 1 for the keys some obligation has (component-table.ts numbering): only their
   * earliest approved dates matter (rules/mandatory.ts).
   */
  readonly obligationKeys: Uint8Array;
  /** @internal The number of obligations over all editions (for per-obligation counters). */
  readonly obligationSlots: number;
  /** @internal */
  readonly formatCaps: ReadonlyMap<ComponentFormat, number>;
  /** @internal */
  readonly lineCaps: ReadonlyMap<string, number>;
  /** @internal Most bonus stars per window (the least of `bonus.maxPerWindow` and a bonus cap), or null. */
  readonly bonusCap: number | null;
  /** @internal Whether any category cap is set (the common case has none: a faster path). */
  readonly hasCategoryCaps: boolean;
  /** @internal The programme's first day: 1 January of the policy's start year. */
  readonly programmeStart: string;
  /** @internal Whether the policy switches on any elective rule (rules A4). */
  readonly hasElectiveRules: boolean;
  /**
   * @internal Fixed windows by as-of date: they depend on the policy and the date only, and a
   * report asks for the same date 100,000 times. A memo of a pure function, invisible outside.
   */
  readonly fixedWindows: Map<string, StatementWindow>;
  /** @internal */
  readonly [preparedBrand]: true;
}

declare const preparedBrand: unique symbol;

/**
 * Stamps an object made by `prepareProgramme` with private fields: the brand that recognises it
 * and the evaluator's scratch arrays (evaluate-window.ts), made on first use. Private fields cannot be
 * forged, read, frozen or removed from outside this class, and they live on the prepared
 * programme itself: no state belongs to a module, and a caller (or a store like immer) that
 * freezes a prepared programme cannot break the evaluation. A base class whose constructor
 * returns its argument makes `super` install the fields on that object.
 */
class Returns {
  constructor(value: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the stamp needs `super` to return `value`
    return value;
  }
}
class PreparedStamp extends Returns {
  #scratch: DuplicateScratch | undefined = undefined;
  static has(value: unknown): boolean {
    return typeof value === "object" && value !== null && #scratch in value;
  }
  static scratchOf(prepared: PreparedProgramme): DuplicateScratch | undefined {
    return (prepared as unknown as PreparedStamp).#scratch;
  }
  static keepScratch(prepared: PreparedProgramme, scratch: DuplicateScratch): void {
    (prepared as unknown as PreparedStamp).#scratch = scratch;
  }
}

/**
 * @internal The evaluator's scratch arrays of a prepared programme, if made yet.
 *
 * @example
 * const scratch = evaluationScratch(prepared) ?? makeScratch(prepared);
 */
export function evaluationScratch(prepared: PreparedProgramme): DuplicateScratch | undefined {
  return PreparedStamp.scratchOf(prepared);
}

/**
 * @internal Keeps the evaluator's scratch arrays with their prepared programme.
 *
 * @example
 * keepEvaluationScratch(prepared, scratch);
 */
export function keepEvaluationScratch(
  prepared: PreparedProgramme,
  scratch: DuplicateScratch,
): void {
  PreparedStamp.keepScratch(prepared, scratch);
}

function minOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * Indexes a validated programme for fast evaluation of many participants. The programme must not
 * be changed afterwards (validated programmes are readonly).
 *
 * @throws TypeError when the programme is not validated data (a programmer error).
 * @example
 * const prepared = prepareProgramme(parseProgramme(json));
 * @function
 */
export const prepareProgramme = /* @__PURE__ */ deepFreeze(function prepareProgramme(
  programme: Programme | PreparedProgramme,
): PreparedProgramme {
  if (isPrepared(programme)) return programme;
  assertEvaluableProgramme(programme);
  const byYear = new Map<number, Map<string, Component>>();
  const mandatoryByYear = new Map<number, Component[]>();
  for (const edition of programme.editions) {
    if (byYear.has(edition.year)) continue; // a duplicate year is a validation error; keep the first
    const components = new Map<string, Component>();
    const mandatory: Component[] = [];
    for (const c of edition.components) {
      if (components.has(c.id)) continue;
      components.set(c.id, c);
      if (c.requirement === "mandatory") mandatory.push(c);
    }
    byYear.set(edition.year, components);
    mandatoryByYear.set(edition.year, mandatory);
  }
  const formatCaps = new Map<ComponentFormat, number>();
  const lineCaps = new Map<string, number>();
  let bonusCap: number | null = programme.policy.bonus.maxPerWindow;
  for (const cap of programme.policy.categoryCaps as readonly CategoryCap[]) {
    if (cap.kind === "format")
      formatCaps.set(cap.format, Math.min(cap.maxStars, formatCaps.get(cap.format) ?? Infinity));
    else if (cap.kind === "learning-line") {
      lineCaps.set(
        cap.learningLine,
        Math.min(cap.maxStars, lineCaps.get(cap.learningLine) ?? Infinity),
      );
    } else bonusCap = minOrNull(bonusCap, cap.maxStars);
  }
  const table = componentTable(byYear);
  const plan = mandatoryPlan(mandatoryByYear, (c, year) =>
    sameComponentKey(table, table.numbers[c.id] as number, year, c),
  );
  const electives = programme.policy.electives;
  let obligationSlots = 0;
  const obligationKeys = new Uint8Array(table.keys);
  for (const edition of plan.values()) {
    obligationSlots += edition.components.length;
    for (const key of edition.keys) if (key >= 0) obligationKeys[key] = 1;
  }
  const result = {
    programme,
    byYear,
    mandatoryByYear,
    table,
    themeNumbers: numberIds(programme.themes),
    mandatoryPlan: plan,
    applicableMemo: applicableMemo(plan),
    obligationKeys,
    obligationSlots,
    formatCaps,
    lineCaps,
    bonusCap,
    hasCategoryCaps: formatCaps.size > 0 || lineCaps.size > 0,
    programmeStart: yearStart(programme.policy.startYear),
    hasElectiveRules:
      electives.minCount !== null ||
      electives.maxCount !== null ||
      electives.maxStars !== null ||
      electives.coverEveryLearningLine,
    fixedWindows: new Map(),
  } as unknown as PreparedProgramme;
  // The stamp's constructor returns `result` itself. Its value is used on purpose: a bundler
  // drops a bare `new` of a class it thinks has no side effects (tsup did, and every statement
  // of the built package threw "Cannot read private member #scratch").
  const stamped = new PreparedStamp(result) as unknown as PreparedProgramme;
  // Frozen so that no caller can swap an index out from under the evaluator; the memos inside
  // (`fixedWindows`, `applicableMemo`) stay writable, and the scratch is a private field.
  return Object.freeze(stamped);
});

/** Whether a value was made by `prepareProgramme`. */
export function isPrepared(value: Programme | PreparedProgramme): value is PreparedProgramme {
  return PreparedStamp.has(value);
}
