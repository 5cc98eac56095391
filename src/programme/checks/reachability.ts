import { getOrCreate } from "../../internal/map.js";
import { semanticDiagnostic } from "../diagnostics.js";
import type { CategoryCap, Component } from "../types.js";
import { designWindows, type YearSpan } from "../window-years.js";
import type { CheckContext, ComponentView, PolicyView } from "./context.js";
import { known } from "./context.js";
import { windowLayout } from "./editions.js";

/** What reachability reads of a component. */
type ReachComponent = Pick<
  Component,
  "id" | "stars" | "requirement" | "format" | "repeatable" | "audience"
>;

/** An edition whose components are all sound for reachability. */
interface ReachEdition {
  readonly year: number;
  readonly index: number;
  readonly components: readonly ReachComponent[];
}

/** What reachability reads of the policy. */
interface ReachPolicy {
  readonly target: number;
  readonly cap: number | null;
  readonly electives: { readonly maxCount: number | null; readonly maxStars: number | null };
  readonly categoryCaps: readonly CategoryCap[];
}

/** The part of a programme reachability is judged on. */
interface ReachProgramme {
  readonly policy: ReachPolicy;
  readonly editions: readonly ReachEdition[];
}

/** One way to earn stars in a window: a component once, or a repeatable one once per edition. */
interface Offer {
  readonly component: ReachComponent;
  readonly year: number;
}

/**
 * What a window offers (rules A7): a non-repeatable component counts once per window, at its
 * highest stars among the window's editions; a repeatable one once per edition (a yearly refresher).
 */
export function offersInWindow(programme: ReachProgramme, span: YearSpan): Offer[] {
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
export function reachableStars(programme: ReachProgramme, offers: readonly Offer[]): number {
  const { electives, categoryCaps } = programme.policy;
  let mandatory = 0;
  const electiveStars: number[] = [];
  const byFormat = new Map<ReachComponent["format"], number>();
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
 * rules A9: a window whose offers cannot reach the target, and mandatory stars above the cap
 * (electives could then never count). Windows with a missing edition are reported as such and
 * not judged on reachability: next year's edition is often simply not written yet. Judged only
 * when the window layout, every edition's year and the policy values it reads are known, and per
 * window only when every component on offer in it is sound in what reachability reads (its stars,
 * requirement, format, audience, repeatability and id): a window with a component of unknown
 * stars cannot be judged, the window beside it can.
 */
export function checkReachability(ctx: CheckContext): void {
  const layout = windowLayout(ctx.programme.policy);
  const policy = reachPolicy(ctx.programme.policy);
  if (layout === undefined || policy === undefined || !ctx.yearsComplete) return;
  const { programme, unsoundYears } = reachProgramme(ctx, policy);
  for (const span of designWindows(layout, [...ctx.editionsByYear.keys()])) {
    let complete = true;
    for (let y = span.start; y <= span.end; y++)
      complete &&= ctx.editionsByYear.has(y) && !unsoundYears.has(y);
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
    if (policy.cap !== null) checkMandatoryAboveCap(ctx, programme, span, policy.cap);
  }
  const minimum = ctx.programme.policy?.minimumPerYear;
  if (typeof minimum === "number") {
    for (const edition of programme.editions) {
      // The first edition of each year, as a sound programme's check reads it.
      if (ctx.editionsByYear.get(edition.year)?.index !== edition.index) continue;
      const reachable = reachableStars(
        programme,
        edition.components.map((component) => ({ component, year: edition.year })),
      );
      if (reachable < minimum) {
        ctx.report(
          semanticDiagnostic("minimum-per-year-unreachable", ["editions", edition.index], {
            year: edition.year,
            reachable,
            minimum,
          }),
        );
      }
    }
  }
}

/** The policy values reachability reads, when all of them are known. */
function reachPolicy(policy: PolicyView | undefined): ReachPolicy | undefined {
  if (policy === undefined) return undefined;
  const { target, cap, electives, categoryCaps } = policy;
  const maxCount = electives?.maxCount;
  const maxStars = electives?.maxStars;
  if (target === undefined || cap === undefined) return undefined;
  if (maxCount === undefined || maxStars === undefined) return undefined;
  // A cap of unknown kind may be a format cap: the whole list must be sound.
  if (categoryCaps === undefined || !known(policy, "categoryCaps")) return undefined;
  return {
    target,
    cap,
    electives: { maxCount, maxStars },
    categoryCaps: categoryCaps as readonly CategoryCap[],
  };
}

/**
 * The editions whose components are all sound for reachability, and the years that have an
 * edition that is not (such a year's windows cannot be judged).
 */
function reachProgramme(
  ctx: CheckContext,
  policy: ReachPolicy,
): { programme: ReachProgramme; unsoundYears: ReadonlySet<number> } {
  const editions: ReachEdition[] = [];
  const unsoundYears = new Set<number>();
  for (const [index, edition] of (ctx.programme.editions ?? []).entries()) {
    const year = edition?.year;
    if (year === undefined) continue; // not reached: the caller asks for every year to be known
    const components =
      edition?.components === undefined ? undefined : soundForReach(edition.components);
    if (components === undefined) unsoundYears.add(year);
    else editions.push({ year, index, components });
  }
  return { programme: { policy, editions }, unsoundYears };
}

/** The components as reachability reads them, or undefined when one of them is not sound. */
function soundForReach(list: readonly (ComponentView | undefined)[]): ReachComponent[] | undefined {
  const out: ReachComponent[] = [];
  for (const component of list) {
    const sound = reachComponent(component);
    if (sound === undefined) return undefined;
    out.push(sound);
  }
  return out;
}

/** A component as reachability reads it, when every field it reads is sound. */
function reachComponent(c: ComponentView | undefined): ReachComponent | undefined {
  if (c === undefined) return undefined;
  const { id, stars, requirement, format, repeatable, audience } = c;
  if (id === undefined || stars === undefined || requirement === undefined) return undefined;
  if (format === undefined || repeatable === undefined || audience === undefined) return undefined;
  if (!known(c, "audience")) return undefined;
  return c as ReachComponent;
}

/**
 * The mandatory stars one participant must earn in a window: per group (and for everyone), a
 * non-repeatable component counts once at the stars of the first edition that makes it mandatory
 * (one completion meets both years, rules A3); a repeatable one counts in every edition.
 */
function checkMandatoryAboveCap(
  ctx: CheckContext,
  programme: ReachProgramme,
  span: YearSpan,
  cap: number,
): void {
  const everyone = new Map<string, number>();
  const perGroup = new Map<string, Map<string, number>>();
  const editions = [...programme.editions]
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
