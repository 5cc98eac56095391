import { yearOf, yearStart } from "../dates/calendar-date.js";
import type { Participant, Role, RoleKind } from "../programme/types.js";
import { compareRoles } from "./order.js";
import type { PreparedProgramme } from "./prepare.js";
import type { DateWindow, RoleLine, RoleReason } from "./types.js";

/** No bonus units: one frozen, shared empty list (the common case; nobody adds to it). */
const NO_UNITS: BonusUnit[] = Object.freeze([]) as unknown as BonusUnit[];

/** One bonus period with the roles that earn it, before the caps. */
export interface BonusUnit {
  readonly theme: string | null;
  readonly year: number | null;
  readonly date: string;
  readonly roles: readonly RoleKind[];
  readonly stars: number;
}

/**
 * The bonus stars of trainers and kartrekkers in a window (SPEC A5). One bonus per period — a
 * theme in a year, a theme in the window, or the window — however many roles earn it; the bonus
 * takes its place in the date order on the first day of its period inside the window. Every role
 * of the input gets a line saying whether it earns the bonus, shares it, or why not.
 */
export function bonusFor(
  prepared: PreparedProgramme,
  participant: Pick<Participant, "roles">,
  window: DateWindow,
  asOf: string,
): { units: BonusUnit[]; roles: RoleLine[] } {
  if (participant.roles.length === 0) return { units: NO_UNITS, roles: [] };
  const { bonus } = prepared.programme.policy;
  const firstYear = yearOf(window.start);
  const lastYear = yearOf(window.end);
  // A participant holds a handful of roles: arrays beat maps and sets at this size.
  const periods: BonusPeriod[] = [];
  const kinds: RoleKind[][] = [];
  const roles: RoleLine[] = [];
  for (const role of participant.roles.length > 1
    ? participant.roles.slice().sort(compareRoles)
    : participant.roles) {
    const period = bonusPeriodOf(prepared, role, window, asOf, firstYear, lastYear);
    if (typeof period === "string") {
      roles.push({ role, reason: period });
      continue;
    }
    const at = periods.findIndex((p) => p.key === period.key);
    if (at >= 0) {
      const held = kinds[at] as RoleKind[];
      if (!held.includes(role.role)) held.push(role.role);
      roles.push({ role, reason: "same-bonus" });
    } else {
      periods.push(period);
      kinds.push([role.role]);
      roles.push({ role, reason: "bonus" });
    }
  }
  const out: BonusUnit[] = periods.map((p, i) => ({
    theme: p.theme,
    year: p.year,
    date: p.startsWithYear ? yearStart(p.year as number) : window.start,
    roles: (kinds[i] as RoleKind[]).sort(),
    stars: bonus.stars,
  }));
  return { units: out, roles };
}

/** The bonus period a role earns in a window, or why it earns none (SPEC A5). */
interface BonusPeriod {
  /** The same number for roles that share one bonus. */
  readonly key: number;
  readonly theme: string | null;
  readonly year: number | null;
  /** The period's first day inside the window: its year's 1 January, or the window's start. */
  readonly startsWithYear: boolean;
}

/**
 * The one rule for whether a role earns a bonus and for which period: the theme must exist, the
 * policy must reward the role, its year must overlap the window, and its period must have begun.
 * Periods are numbered (theme number and year), so no text is built per role.
 */
function bonusPeriodOf(
  prepared: PreparedProgramme,
  role: Role,
  window: DateWindow,
  asOf: string,
  firstYear: number,
  lastYear: number,
): BonusPeriod | Exclude<RoleReason, "bonus" | "same-bonus"> {
  const { bonus } = prepared.programme.policy;
  const theme = prepared.themeNumbers.get(role.theme);
  if (theme === undefined) return "unknown-theme";
  if (bonus.stars === 0 || !bonus.roles.includes(role.role)) return "role-not-eligible";
  if (role.year < firstYear || role.year > lastYear) return "outside-window";
  // A theme-year bonus starts on its year's 1 January, or on the window's first day when the
  // window starts inside that year; any other bonus on the window's first day.
  const startsWithYear = bonus.per === "theme-year" && role.year > firstYear;
  if (startsWithYear ? role.year > yearOf(asOf) : window.start > asOf) return "after-as-of-date";
  if (bonus.per === "window") return { key: -1, theme: null, year: null, startsWithYear };
  if (bonus.per === "theme-window")
    return { key: theme, theme: role.theme, year: null, startsWithYear };
  return {
    key: theme * YEARS + (role.year - firstYear),
    theme: role.theme,
    year: role.year,
    startsWithYear,
  };
}

/** More years than any window spans: theme-year keys stay distinct. */
const YEARS = 10_000;

/**
 * The bonus stars a participant earns in a window before any cap: the same periods as `bonusFor`,
 * counted without building lines (for the organisation report).
 */
export function bonusStarsFor(
  prepared: PreparedProgramme,
  roles: readonly Role[],
  window: DateWindow,
  asOf: string,
): number {
  if (roles.length === 0) return 0;
  const firstYear = yearOf(window.start);
  const lastYear = yearOf(window.end);
  const keys: number[] = [];
  for (const role of roles) {
    const period = bonusPeriodOf(prepared, role, window, asOf, firstYear, lastYear);
    if (typeof period !== "string" && !keys.includes(period.key)) keys.push(period.key);
  }
  return keys.length * prepared.programme.policy.bonus.stars;
}
