/**
 * The floor: a hand-written, allocation-free loop that computes what the benchmark compares —
 * `statement.totals`, `statement.status` and `statement.mandatory.outstanding` — for the DEFAULT
 * policy only (fixed windows from `startYear`, one window cap, a bonus per theme-year, mandatory
 * components due at the end of their edition; no category caps, carry-over, pro-rating,
 * exemptions, elective rules or yearly minimum). It follows the engine's rules (evaluate.ts,
 * bonus.ts, mandatory.ts) but keeps only the numbers: no lines, no reasons, no explanations.
 *
 * It reads the participant's completions the way the fastest code measured reads them, the way the
 * library does (docs/decisions.md, "The statement's speed"): a first loop that only touches each
 * completion's date and id, so the processor fetches them in parallel, and the ids looked up in a
 * record without a prototype rather than a `Map`. Each made this loop faster too (together about
 * 17%): a floor that left them out would not be the least any code pays for the job.
 *
 * Two shortcuts are exact, not approximations:
 * - With one cap and nothing else taking stars away, cutting at the cap in date order (bonus first
 *   on its day) counts `min(cap, earned)` stars in total: each step takes `min(stars, capLeft)`,
 *   so the running total is always `min(cap, running earned)`. The order decides which lines are
 *   over the cap, which the floor does not report; so it needs no sort.
 * - Of the approved completions of one key (a component; a repeatable one per year), the one with
 *   the most stars counts (the earliest among equals): for the totals only the most stars matter.
 *   Of the pending ones, the earliest counts once when no approved one does; equal dates of one key
 *   are the same component in the same edition, so they have the same stars.
 */
import { dayNumber, yearEnd, yearStart } from "../src/dates/calendar-date.js";
import type { Participant, Programme, StatementStatus } from "../src/index.js";

/** The floor's numbers for one participant. */
export interface FloorResult {
  earned: number;
  counted: number;
  surplus: number;
  pending: number;
  target: number;
  remaining: number;
  progress: number;
  status: StatementStatus;
  outstanding: number;
}

/** A mandatory component of one edition, with its audience as a bit mask of groups. */
interface Mandatory {
  readonly id: number;
  readonly repeatable: boolean;
  /** 0 = everyone. */
  readonly audience: number;
}

/** The window at one as-of date, computed once and reused while the date stays the same. */
interface WindowAt {
  readonly asOf: string;
  readonly start: string;
  readonly end: string;
  readonly days: number;
  readonly elapsedDays: number;
  /** `min(asOf, end)`: mandatory completions must lie in `[start, lastDate]`. */
  readonly lastDate: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly asOfYear: number;
  /** Per year of the window: its last day (the due date) and whether it has passed. */
  readonly yearEnds: readonly string[];
  readonly overdue: readonly boolean[];
}

/**
 * The floor's index of a programme, built once outside the timing. Components are numbered by id
 * across editions; `stars[slot * ids + id]` is a component's stars in the edition of
 * `firstEdition + slot` (0 = not listed). The scratch arrays are stamped with a generation number
 * per call, so nothing is cleared or allocated per participant.
 */
export interface FloorIndex {
  readonly startYear: number;
  readonly windowYears: number;
  readonly target: number;
  readonly cap: number;
  readonly bonusStars: number;
  readonly trainerBonus: boolean;
  readonly kartrekkerBonus: boolean;
  /** Each component id's number, in a record without a prototype: the lookup the loop uses. */
  readonly idNumbers: Readonly<Record<string, number>>;
  /** What the read-ahead loop read last (kept so that the reads are not dropped). */
  touched: number;
  readonly ids: number;
  readonly firstEdition: number;
  readonly editionYears: number;
  readonly stars: Uint8Array;
  readonly repeatable: Uint8Array;
  readonly mandatory: readonly (readonly Mandatory[])[];
  readonly themeOf: ReadonlyMap<string, number>;
  readonly groupBit: ReadonlyMap<string, number>;
  // Scratch, per participant (generation-stamped).
  generation: number;
  readonly bestStamp: Uint32Array;
  readonly bestStars: Uint8Array;
  readonly pendingStamp: Uint32Array;
  readonly pendingStars: Uint8Array;
  readonly pendingDate: string[];
  readonly pendingKeys: Int32Array;
  readonly approvedStamp: Uint32Array;
  readonly approvedYearStamp: Uint32Array;
  readonly bonusUnits: Int32Array;
  window: WindowAt | undefined;
  readonly out: FloorResult;
}

/** The largest number of completions one call can hold in its scratch list. */
const MAX_PENDING = 4096;

/** Builds the floor's index of a programme with the default policy; throws for any other policy. */
export function buildFloorIndex(programme: Programme): FloorIndex {
  const policy = programme.policy;
  if (
    policy.window.kind !== "fixed" ||
    policy.carryOver !== 0 ||
    policy.proRate ||
    policy.mandatoryDue !== "edition-end" ||
    policy.bonus.per !== "theme-year" ||
    policy.bonus.maxPerWindow !== null ||
    policy.minimumPerYear !== null ||
    policy.categoryCaps.length > 0 ||
    policy.exemptions !== "ignore" ||
    policy.electives.minCount !== null ||
    policy.electives.maxCount !== null ||
    policy.electives.maxStars !== null ||
    policy.electives.coverEveryLearningLine
  )
    throw new Error("the floor handles the default policy only");

  const idOf = new Map<string, number>();
  for (const e of programme.editions)
    for (const c of e.components) if (!idOf.has(c.id)) idOf.set(c.id, idOf.size);
  const ids = idOf.size;
  const years = programme.editions.map((e) => e.year);
  const firstEdition = Math.min(...years);
  const editionYears = Math.max(...years) - firstEdition + 1;
  const stars = new Uint8Array(editionYears * ids);
  const repeatable = new Uint8Array(editionYears * ids);
  const groupBit = new Map<string, number>();
  const bitOf = (group: string): number => {
    let bit = groupBit.get(group);
    if (bit === undefined) {
      if (groupBit.size >= 31) throw new Error("the floor handles at most 31 groups");
      bit = 1 << groupBit.size;
      groupBit.set(group, bit);
    }
    return bit;
  };
  for (const g of programme.groups) bitOf(g.id);
  const mandatory: Mandatory[][] = Array.from({ length: editionYears }, () => []);
  const seenYear = new Set<number>();
  for (const e of programme.editions) {
    if (seenYear.has(e.year)) continue; // as prepareProgramme: the first edition of a year
    seenYear.add(e.year);
    const slot = e.year - firstEdition;
    const seen = new Set<string>();
    for (const c of e.components) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const id = idOf.get(c.id) as number;
      stars[slot * ids + id] = c.stars;
      repeatable[slot * ids + id] = c.repeatable ? 1 : 0;
      if (c.requirement === "mandatory") {
        let audience = 0;
        for (const g of c.audience) audience |= bitOf(g);
        (mandatory[slot] as Mandatory[]).push({ id, repeatable: c.repeatable, audience });
      }
    }
  }
  const keys = ids * (editionYears + 1);
  return {
    startYear: policy.startYear,
    windowYears: policy.window.years,
    target: policy.target,
    cap: policy.cap ?? Number.POSITIVE_INFINITY,
    bonusStars: policy.bonus.stars,
    trainerBonus: policy.bonus.roles.includes("trainer"),
    kartrekkerBonus: policy.bonus.roles.includes("kartrekker"),
    idNumbers: Object.assign(Object.create(null), Object.fromEntries(idOf)),
    touched: 0,
    ids,
    firstEdition,
    editionYears,
    stars,
    repeatable,
    mandatory,
    themeOf: new Map(programme.themes.map((t, i) => [t.id, i])),
    groupBit,
    generation: 0,
    bestStamp: new Uint32Array(keys),
    bestStars: new Uint8Array(keys),
    pendingStamp: new Uint32Array(keys),
    pendingStars: new Uint8Array(keys),
    pendingDate: new Array<string>(keys).fill(""),
    pendingKeys: new Int32Array(MAX_PENDING),
    approvedStamp: new Uint32Array(ids),
    approvedYearStamp: new Uint32Array(ids * editionYears),
    bonusUnits: new Int32Array(MAX_PENDING),
    window: undefined,
    out: {
      earned: 0,
      counted: 0,
      surplus: 0,
      pending: 0,
      target: 0,
      remaining: 0,
      progress: 0,
      status: "behind",
      outstanding: 0,
    },
  };
}

function windowAt(index: FloorIndex, asOf: string): WindowAt {
  const asOfYear = yearOfDate(asOf);
  const k = Math.max(0, Math.floor((asOfYear - index.startYear) / index.windowYears));
  const firstYear = index.startYear + k * index.windowYears;
  const lastYear = firstYear + index.windowYears - 1;
  const start = yearStart(firstYear);
  const end = yearEnd(lastYear);
  const days = dayNumber(end) - dayNumber(start) + 1;
  const elapsedDays = Math.min(days, Math.max(0, dayNumber(asOf) - dayNumber(start) + 1));
  const lastDate = asOf < end ? asOf : end;
  const yearEnds: string[] = [];
  const overdue: boolean[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    yearEnds.push(yearEnd(year));
    overdue.push(asOf > yearEnd(year));
  }
  return {
    asOf,
    start,
    end,
    days,
    elapsedDays,
    lastDate,
    firstYear,
    lastYear,
    asOfYear,
    yearEnds,
    overdue,
  };
}

/** The year of a `YYYY-MM-DD` date, without allocating. */
function yearOfDate(d: string): number {
  return (
    (d.charCodeAt(0) - 48) * 1000 +
    (d.charCodeAt(1) - 48) * 100 +
    (d.charCodeAt(2) - 48) * 10 +
    (d.charCodeAt(3) - 48)
  );
}

/**
 * The totals, status and outstanding mandatory components of one participant at an as-of date,
 * as `computeStatement` gives them under the default policy. Returns `index.out`, which the next
 * call overwrites: copy what you keep.
 */
export function floorTotals(
  index: FloorIndex,
  participant: Participant,
  asOf: string,
): FloorResult {
  let w = index.window;
  if (w === undefined || w.asOf !== asOf) {
    w = windowAt(index, asOf);
    index.window = w;
  }
  const gen = ++index.generation;
  const { ids, firstEdition, editionYears, stars, repeatable, idNumbers } = index;
  const { bestStamp, bestStars, pendingStamp, pendingStars, pendingDate, pendingKeys } = index;
  const { approvedStamp, approvedYearStamp } = index;
  const { start, lastDate } = w;
  let earned = 0;
  let pendingCount = 0;

  const completions = participant.completions;
  let touched = 0;
  for (let i = 0; i < completions.length; i++) {
    const c = completions[i] as Participant["completions"][number];
    touched += c.date.length + c.component.length;
  }
  index.touched = touched;
  for (let i = 0; i < completions.length; i++) {
    const c = completions[i] as Participant["completions"][number];
    const date = c.date;
    // Outside the window, or after the as-of date: nothing (for the totals and the mandatory).
    if (date < start || date > lastDate) continue;
    const status = c.status;
    if (status === "rejected") continue;
    const id = idNumbers[c.component];
    if (id === undefined) continue; // unknown everywhere
    const year = yearOfDate(date);
    const slot = year - firstEdition;
    // A mandatory obligation is met by any approved completion of the id in the window, listed
    // in its year's edition or not (mandatory.ts).
    if (status === "approved") {
      approvedStamp[id] = gen;
      if (slot >= 0 && slot < editionYears) approvedYearStamp[slot * ids + id] = gen;
    }
    if (slot < 0 || slot >= editionYears) continue; // no edition that year: unknown-component
    const at = slot * ids + id;
    const s = stars[at] as number;
    if (s === 0) continue; // not in the edition of its year: unknown-component
    const key = repeatable[at] === 1 ? (slot + 1) * ids + id : id;
    if (status === "approved") {
      if (bestStamp[key] !== gen) {
        bestStamp[key] = gen;
        bestStars[key] = s;
        earned += s;
      } else if (s > (bestStars[key] as number)) {
        earned += s - (bestStars[key] as number);
        bestStars[key] = s;
      }
    } else if (pendingStamp[key] !== gen) {
      pendingStamp[key] = gen;
      pendingStars[key] = s;
      pendingDate[key] = date;
      if (pendingCount < MAX_PENDING) pendingKeys[pendingCount++] = key;
    } else if (s > (pendingStars[key] as number)) {
      // The pending completion with the most stars (rules A7 amended).
      pendingStars[key] = s;
      pendingDate[key] = date;
    }
  }
  // What approval would add: above the stars already counted for the key.
  let pending = 0;
  for (let i = 0; i < pendingCount; i++) {
    const key = pendingKeys[i] as number;
    const earns = bestStamp[key] === gen ? (bestStars[key] as number) : 0;
    if ((pendingStars[key] as number) > earns) pending += (pendingStars[key] as number) - earns;
  }

  // Bonus: one per known theme and year of the window, for an eligible role, once its year has
  // begun at the as-of date (bonus.ts).
  const roles = participant.roles;
  if (roles.length > 0 && index.bonusStars > 0) {
    const units = index.bonusUnits;
    let unitCount = 0;
    for (let i = 0; i < roles.length; i++) {
      const r = roles[i] as Participant["roles"][number];
      const year = r.year;
      if (year < w.firstYear || year > w.lastYear || year > w.asOfYear) continue;
      if (r.role === "trainer" ? !index.trainerBonus : !index.kartrekkerBonus) continue;
      const theme = index.themeOf.get(r.theme);
      if (theme === undefined) continue;
      const unit = theme * 10000 + year;
      let seen = false;
      for (let j = 0; j < unitCount; j++) {
        if (units[j] === unit) {
          seen = true;
          break;
        }
      }
      if (seen || unitCount >= MAX_PENDING) continue;
      units[unitCount++] = unit;
      earned += index.bonusStars;
    }
  }

  // Mandatory: the obligations of the window's editions that apply to the participant's groups.
  let groups = 0;
  for (let i = 0; i < participant.groups.length; i++)
    groups |= index.groupBit.get(participant.groups[i] as string) ?? 0;
  let outstanding = 0;
  let overdue = 0;
  const startDate = participant.startDate;
  for (let year = w.firstYear; year <= w.lastYear; year++) {
    const slot = year - firstEdition;
    if (slot < 0 || slot >= editionYears) continue;
    const list = index.mandatory[slot] as readonly Mandatory[];
    if (list.length === 0) continue;
    if (startDate !== undefined && (w.yearEnds[year - w.firstYear] as string) < startDate) continue;
    const late = w.overdue[year - w.firstYear] === true;
    for (let i = 0; i < list.length; i++) {
      const m = list[i] as Mandatory;
      if (m.audience !== 0 && (m.audience & groups) === 0) continue;
      const met = m.repeatable
        ? approvedYearStamp[slot * ids + m.id] === gen
        : approvedStamp[m.id] === gen;
      if (!met) {
        outstanding++;
        if (late) overdue++;
      }
    }
  }

  const target = index.target;
  const counted = Math.min(earned, index.cap);
  const out = index.out;
  out.earned = earned;
  out.counted = counted;
  out.surplus = earned - counted;
  out.pending = pending;
  out.target = target;
  out.remaining = target > counted ? target - counted : 0;
  out.progress = target === 0 ? 1 : Math.min(1, counted / target);
  out.outstanding = outstanding;
  out.status =
    counted >= target && outstanding === 0
      ? "complete"
      : counted < (w.elapsedDays <= 1 ? 0 : Math.floor((target * w.elapsedDays) / w.days)) ||
          overdue > 0
        ? "behind"
        : "on-track";
  return out;
}
