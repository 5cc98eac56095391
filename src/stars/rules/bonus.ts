import { yearOf, yearStart } from "../../dates/calendar-date.js";
import { sortSmall } from "../../internal/sort-small.js";
import type { Participant, Role, RoleKind, StarPolicy } from "../../programme/types.js";
import { compareRoles } from "../order.js";
import type { PreparedProgramme } from "../prepare.js";
import type { DateWindow, RoleLine, RoleReason } from "../types.js";

/** No bonus units: one frozen, shared empty list (the common case; nobody adds to it). */
const NO_UNITS: BonusUnit[] = Object.freeze([]) as unknown as BonusUnit[];

/** One bonus period with the roles that earn it, before the caps. */
export interface BonusUnit {
  readonly theme: string | null;
  readonly themeName: string | null;
  readonly year: number | null;
  readonly date: string;
  readonly roles: readonly RoleKind[];
  readonly stars: number;
}

/** No role lines: one frozen, shared empty list (most participants hold no role). */
const NO_ROLES: RoleLine[] = Object.freeze([]) as unknown as RoleLine[];

/**
 * The bonus stars of trainers and kartrekkers in a window (rules A5). One bonus per period — a
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
  if (participant.roles.length === 0) return { units: NO_UNITS, roles: NO_ROLES };
  const { bonus } = prepared.programme.policy;
  const firstYear = yearOf(window.start);
  const lastYear = yearOf(window.end);
  // A participant holds a handful of roles: arrays beat maps and sets at this size.
  const keys: number[] = [];
  const units: BonusUnit[] = [];
  const roles: RoleLine[] = [];
  const sorted =
    participant.roles.length > 1
      ? sortSmall(participant.roles.slice(), compareRoles)
      : participant.roles;
  for (const role of sorted) {
    const key = bonusPeriodOf(prepared, role, window, asOf, firstYear, lastYear);
    // Per role, not per completion: a participant holds a handful of roles.
    const themeName = themeNameOf(prepared, role.theme);
    if (typeof key === "string") {
      roles.push({ role, themeName, reason: key });
      continue;
    }
    const at = keys.indexOf(key);
    if (at >= 0) {
      const held = (units[at] as BonusUnit).roles as RoleKind[];
      if (!held.includes(role.role)) held.push(role.role);
      roles.push({ role, themeName, reason: "same-bonus" });
    } else {
      keys.push(key);
      const startsWithYear = periodStartsWithYear(bonus.per, role, firstYear);
      const perWindow = bonus.per === "window";
      units.push({
        theme: perWindow ? null : role.theme,
        themeName: perWindow ? null : themeName,
        year: bonus.per === "theme-year" ? role.year : null,
        date: startsWithYear ? yearStart(role.year) : window.start,
        roles: [role.role],
        stars: bonus.stars,
      });
      roles.push({ role, themeName, reason: "bonus" });
    }
  }
  for (const unit of units)
    if (unit.roles.length > 1) sortSmall(unit.roles as RoleKind[], compareKinds);
  return { units, roles };
}

/** The name of a theme of the programme, or null when it has none with that id. */
function themeNameOf(prepared: PreparedProgramme, id: string): string | null {
  const number = prepared.themeNumbers.get(id);
  return number === undefined ? null : (prepared.programme.themes[number]?.name ?? null);
}

function compareKinds(a: RoleKind, b: RoleKind): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a role's bonus period starts on its year's 1 January (a theme-year bonus whose year
 * begins inside the window) rather than on the window's first day.
 */
function periodStartsWithYear(
  per: StarPolicy["bonus"]["per"],
  role: Role,
  firstYear: number,
): boolean {
  return per === "theme-year" && role.year > firstYear;
}

/**
 * The one rule for whether a role earns a bonus and for which period: the theme must exist, the
 * policy must reward the role, its year must overlap the window, and its period must have begun.
 * Returns the period as a number — the same for roles that share one bonus, so no text is built
 * per role — or why the role earns none.
 */
function bonusPeriodOf(
  prepared: PreparedProgramme,
  role: Role,
  window: DateWindow,
  asOf: string,
  firstYear: number,
  lastYear: number,
): number | Exclude<RoleReason, "bonus" | "same-bonus"> {
  const { bonus } = prepared.programme.policy;
  const theme = prepared.themeNumbers.get(role.theme);
  if (theme === undefined) return "unknown-theme";
  if (bonus.stars === 0 || !bonus.roles.includes(role.role)) return "role-not-eligible";
  if (role.year < firstYear || role.year > lastYear) return "outside-window";
  // A role earns nothing before its year has begun, whatever the period: a trainer of next year
  // is not a trainer yet, and data about the future must not change a statement about today.
  // Once earned, a theme-year bonus stands on its year's 1 January (or the window's first day
  // when the window starts inside that year), any other bonus on the window's first day.
  if (role.year > yearOf(asOf) || window.start > asOf) return "after-as-of-date";
  if (bonus.per === "window") return 0;
  if (bonus.per === "theme-window") return theme;
  return theme * YEARS + (role.year - firstYear);
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
    const key = bonusPeriodOf(prepared, role, window, asOf, firstYear, lastYear);
    if (typeof key !== "string" && !keys.includes(key)) keys.push(key);
  }
  return keys.length * prepared.programme.policy.bonus.stars;
}
