import { getOrCreate } from "../../internal/map.js";
import { semanticDiagnostic } from "../diagnostics.js";
import type { Component, ComponentFormat, Programme } from "../types.js";
import { designWindows, type YearSpan } from "../window-years.js";
import type { CheckContext } from "./context.js";

/** One way to earn stars in a window: a component once, or a repeatable one once per edition. */
interface Offer {
  readonly component: Component;
  readonly year: number;
}

/**
 * What a window offers (SPEC A7): a non-repeatable component counts once per window, at its
 * highest stars among the window's editions; a repeatable one once per edition (a yearly refresher).
 */
export function offersInWindow(programme: Programme, span: YearSpan): Offer[] {
  const once = new Map<string, Offer>();
  const repeated: Offer[] = [];
  for (const edition of programme.editions) {
    if (edition.year < span.start || edition.year > span.end) continue;
    for (const component of edition.components) {
      if (component.repeatable) {
        repeated.push({ component, year: edition.year });
        continue;
      }
      const best = once.get(component.id);
      if (best === undefined || component.stars > best.component.stars) {
        once.set(component.id, { component, year: edition.year });
      }
    }
  }
  return [...once.values(), ...repeated];
}

/**
 * An upper bound on the stars anyone can earn from a window's offers, without bonus: the least of
 * (a) all mandatory stars plus the electives the elective rules allow, and (b) the stars per
 * format after the format caps. Learning-line caps are left out, so the bound may be high, never low.
 */
export function reachableStars(programme: Programme, offers: readonly Offer[]): number {
  const { electives, categoryCaps } = programme.policy;
  let mandatory = 0;
  const electiveStars: number[] = [];
  const byFormat = new Map<ComponentFormat, number>();
  for (const { component } of offers) {
    if (component.requirement === "mandatory") mandatory += component.stars;
    else electiveStars.push(component.stars);
    byFormat.set(component.format, (byFormat.get(component.format) ?? 0) + component.stars);
  }
  electiveStars.sort((a, b) => b - a);
  const counted =
    electives.maxCount === null ? electiveStars : electiveStars.slice(0, electives.maxCount);
  let electiveSum = counted.reduce((a, b) => a + b, 0);
  if (electives.maxStars !== null) electiveSum = Math.min(electiveSum, electives.maxStars);
  const byRules = mandatory + electiveSum;

  let byFormats = 0;
  for (const [format, stars] of byFormat) {
    const cap = categoryCaps.find((c) => c.kind === "format" && c.format === format);
    byFormats += cap === undefined ? stars : Math.min(stars, cap.maxStars);
  }
  return Math.min(byRules, byFormats);
}

/**
 * SPEC A9: a window whose offers cannot reach the target, and mandatory stars above the cap
 * (electives could then never count). Windows with a missing edition are reported as such and
 * not judged on reachability: next year's edition is often simply not written yet.
 */
export function checkReachability(ctx: CheckContext): void {
  const programme = ctx.programme;
  const { policy } = programme;
  for (const span of designWindows(policy, [...ctx.editionsByYear.keys()])) {
    let complete = true;
    for (let y = span.start; y <= span.end; y++) complete &&= ctx.editionsByYear.has(y);
    if (!complete) continue;
    const offers = offersInWindow(programme, span);
    const reachable = reachableStars(programme, offers);
    if (reachable < policy.target) {
      ctx.report(
        semanticDiagnostic("target-unreachable", ["editions"], {
          windowStart: span.start,
          windowEnd: span.end,
          reachable,
          target: policy.target,
        }),
      );
    }
    if (policy.cap !== null) checkMandatoryAboveCap(ctx, span, policy.cap);
  }
  if (policy.minimumPerYear !== null) {
    for (const [year, { edition, index }] of ctx.editionsByYear) {
      const reachable = reachableStars(
        programme,
        edition.components.map((component) => ({ component, year })),
      );
      if (reachable < policy.minimumPerYear) {
        ctx.report(
          semanticDiagnostic("minimum-per-year-unreachable", ["editions", index], {
            year,
            reachable,
            minimum: policy.minimumPerYear,
          }),
        );
      }
    }
  }
}

/**
 * The mandatory stars one participant must earn in a window: per group (and for everyone), a
 * non-repeatable component counts once at the stars of the first edition that makes it mandatory
 * (one completion meets both years, SPEC A3); a repeatable one counts in every edition.
 */
function checkMandatoryAboveCap(ctx: CheckContext, span: YearSpan, cap: number): void {
  const everyone = new Map<string, number>();
  const perGroup = new Map<string, Map<string, number>>();
  const editions = [...ctx.programme.editions]
    .filter((e) => e.year >= span.start && e.year <= span.end)
    .sort((a, b) => a.year - b.year);
  for (const edition of editions) {
    for (const c of edition.components) {
      if (c.requirement !== "mandatory") continue;
      const key = c.repeatable ? `${c.id}\u0000${edition.year}` : c.id;
      const targets =
        c.audience.length === 0
          ? [everyone]
          : c.audience.map((g) => getOrCreate(perGroup, g, () => new Map<string, number>()));
      for (const target of targets) if (!target.has(key)) target.set(key, c.stars);
    }
  }
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const base = sum(everyone);
  const report = (group: string | null, mandatoryStars: number) =>
    ctx.report(
      semanticDiagnostic("mandatory-above-cap", ["editions"], {
        windowStart: span.start,
        windowEnd: span.end,
        group,
        mandatoryStars,
        cap,
      }),
    );
  if (base > cap) {
    report(null, base);
    return;
  }
  for (const group of [...perGroup.keys()].sort()) {
    const own = perGroup.get(group) ?? new Map<string, number>();
    let total = base;
    for (const [key, stars] of own) if (!everyone.has(key)) total += stars;
    if (total > cap) report(group, total);
  }
}
