import { yearOf, yearStart } from "../dates/calendar-date.js";
import type { Participant, Role, RoleKind } from "../programme/types.js";
import { compareRoles } from "./order.js";
import type { PreparedProgramme } from "./prepare.js";
import type { DateWindow, RoleLine, RoleReason } from "./types.js";

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
  if (participant.roles.length === 0) return { units: [], roles: [] };
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
    date: p.date,
    roles: (kinds[i] as RoleKind[]).sort(),
    stars: bonus.stars,
  }));
  return { units: out, roles };
}

/** The bonus period a role earns in a window, or why it earns none (SPEC A5). */
interface BonusPeriod {
  readonly key: string;
  readonly theme: string | null;
  readonly year: number | null;
  readonly date: string;
}

/**
 * The one rule for whether a role earns a bonus and for which period: the theme must exist, the
 * policy must reward the role, its year must overlap the window, and its period must have begun.
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
  if (!prepared.themeIds.has(role.theme)) return "unknown-theme";
  if (bonus.stars === 0 || !bonus.roles.includes(role.role)) return "role-not-eligible";
  if (role.year < firstYear || role.year > lastYear) return "outside-window";
  const yearFirstDay = yearStart(role.year);
  const date =
    bonus.per === "theme-year" && yearFirstDay > window.start ? yearFirstDay : window.start;
  if (date > asOf) return "after-as-of-date";
  const theme = bonus.per === "window" ? null : role.theme;
  const year = bonus.per === "theme-year" ? role.year : null;
  return { key: `${theme ?? ""}\u0000${year ?? ""}`, theme, year, date };
}

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
  const keys: string[] = [];
  for (const role of roles) {
    const period = bonusPeriodOf(prepared, role, window, asOf, firstYear, lastYear);
    if (typeof period !== "string" && !keys.includes(period.key)) keys.push(period.key);
  }
  return keys.length * prepared.programme.policy.bonus.stars;
}
