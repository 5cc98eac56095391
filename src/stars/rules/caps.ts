import { yearOf } from "../../dates/calendar-date.js";
import type { Component } from "../../programme/types.js";
import type { PreparedProgramme } from "../prepare.js";
import type { BonusLine } from "../types.js";
import type { BonusUnit } from "./bonus.js";

/*
 * rules A6 — the cap. Stars count in date order until the window's cap (and any category cap: per
 * format, per learning line, on bonus stars) is reached; what does not fit is surplus, shown but
 * not counted. A 3-star completion that arrives at 14 of 15 counts 1 and leaves 2 surplus.
 * Carried-over stars count first (on the window's first day), and on each day the bonus comes
 * before that day's completions.
 */

type CapReason = BonusLine["reason"];

/** The caps in force while counting in date order (rules A6): the window cap and the category caps. */
export class CapCounter {
  private capLeft: number;
  private bonusLeft: number;
  private readonly formatLeft: Map<string, number> | undefined;
  private readonly lineLeft: Map<string, number> | undefined;

  constructor(prepared: PreparedProgramme) {
    this.capLeft = prepared.programme.policy.cap ?? Number.POSITIVE_INFINITY;
    this.bonusLeft = prepared.bonusCap ?? Number.POSITIVE_INFINITY;
    if (prepared.hasCategoryCaps) {
      this.formatLeft = new Map(prepared.formatCaps);
      this.lineLeft = new Map(prepared.lineCaps);
    }
  }

  /** The outcome of the last `take` (kept on the counter so counting allocates nothing). */
  counted = 0;
  reason: CapReason = "counted";

  /**
   * Counts a completion's stars (`take` for a component). Without category caps only the window
   * cap can cut, which needs no lookups: the common case, once per counting line.
   */
  takeCompletion(component: Component): void {
    if (this.formatLeft !== undefined) {
      this.take(component.stars, component);
      return;
    }
    const stars = component.stars;
    const counted = Math.min(stars, this.capLeft);
    this.capLeft -= counted;
    this.counted = counted;
    this.reason = counted === stars ? "counted" : counted === 0 ? "over-cap" : "partly-over-cap";
  }

  /** Counts one event's stars: how many count (`counted`), and why not all of them if not (`reason`). */
  take(stars: number, kind: "carry" | "bonus" | Component): void {
    let category = Number.POSITIVE_INFINITY;
    if (kind === "bonus") category = this.bonusLeft;
    else if (kind !== "carry" && this.formatLeft !== undefined && this.lineLeft !== undefined) {
      category = this.formatLeft.get(kind.format) ?? category;
      for (const line of kind.learningLines)
        category = Math.min(category, this.lineLeft.get(line) ?? category);
    }
    const limit = Math.min(category, this.capLeft);
    const counted = Math.min(stars, limit);
    // When both the window cap and a category cap bind, the window cap is named: it is the one
    // the participant is measured against.
    const reason: CapReason =
      counted === stars
        ? "counted"
        : this.capLeft <= category
          ? counted === 0
            ? "over-cap"
            : "partly-over-cap"
          : counted === 0
            ? "over-category-cap"
            : "partly-over-category-cap";
    this.capLeft -= counted;
    if (kind === "bonus") this.bonusLeft -= counted;
    else if (kind !== "carry" && this.formatLeft !== undefined && this.lineLeft !== undefined) {
      const f = this.formatLeft.get(kind.format);
      if (f !== undefined) this.formatLeft.set(kind.format, f - counted);
      for (const line of kind.learningLines) {
        const l = this.lineLeft.get(line);
        if (l !== undefined) this.lineLeft.set(line, l - counted);
      }
    }
    this.counted = counted;
    this.reason = reason;
  }
}

/**
 * The counted stars when counting does not depend on the date order (no category caps, no yearly
 * minimum): one window cap, with the bonus as its own capped category, counts the same whatever
 * the order. The report's fast path (report-totals.ts) uses it; `CapCounter` is the reference.
 *
 * @example
 * countedAtCap(15, null, 13, 2, 1); //=> 15 (16 earned, 1 surplus)
 */
export function countedAtCap(
  cap: number | null,
  bonusCap: number | null,
  completionStars: number,
  bonusStars: number,
  carried: number,
): number {
  const bonus = bonusCap === null ? bonusStars : Math.min(bonusStars, bonusCap);
  const uncapped = completionStars + bonus + carried;
  return cap === null ? uncapped : Math.min(cap, uncapped);
}

/** Bonus units in date order, then by theme: the order they take their place at the caps. */
export function compareUnits(a: BonusUnit, b: BonusUnit): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : (a.theme ?? "") < (b.theme ?? "")
        ? -1
        : (a.theme ?? "") > (b.theme ?? "")
          ? 1
          : 0;
}

/**
 * Counts the bonus units from `from` on whose date is not after `until` (all when null) at the
 * caps, adding their lines; returns where the queue stops.
 */
export function takeBonus(
  queue: readonly BonusUnit[],
  from: number,
  until: string | null,
  caps: CapCounter,
  out: BonusLine[],
  countedByYear: Map<number, number> | undefined,
): number {
  let b = from;
  while (b < queue.length && (until === null || (queue[b] as BonusUnit).date <= until)) {
    const unit = queue[b++] as BonusUnit;
    caps.take(unit.stars, "bonus");
    out.push({
      theme: unit.theme,
      themeName: unit.themeName,
      year: unit.year,
      date: unit.date,
      roles: unit.roles,
      stars: unit.stars,
      counted: caps.counted,
      reason: caps.reason,
    });
    if (countedByYear !== undefined) addTo(countedByYear, yearOf(unit.date), caps.counted);
  }
  return b;
}

export function addTo(map: Map<number, number>, key: number, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
