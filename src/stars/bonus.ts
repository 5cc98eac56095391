import { yearOf, yearStart } from "../dates/calendar-date.js";
import type { Participant, RoleKind } from "../programme/types.js";
import { compareRoles } from "./order.js";
import type { PreparedProgramme } from "./prepare.js";
import type { DateWindow, RoleLine } from "./types.js";

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
  const units = new Map<string, { unit: BonusUnit; roles: Set<RoleKind> }>();
  const roles: RoleLine[] = [];
  for (const role of [...participant.roles].sort(compareRoles)) {
    if (!prepared.themeIds.has(role.theme)) {
      roles.push({ role, reason: "unknown-theme" });
      continue;
    }
    if (bonus.stars === 0 || !bonus.roles.includes(role.role)) {
      roles.push({ role, reason: "role-not-eligible" });
      continue;
    }
    if (role.year < firstYear || role.year > lastYear) {
      roles.push({ role, reason: "outside-window" });
      continue;
    }
    const yearFirstDay = yearStart(role.year);
    const date =
      bonus.per === "theme-year" && yearFirstDay > window.start ? yearFirstDay : window.start;
    if (date > asOf) {
      roles.push({ role, reason: "after-as-of-date" });
      continue;
    }
    const theme = bonus.per === "window" ? null : role.theme;
    const year = bonus.per === "theme-year" ? role.year : null;
    const key = `${theme ?? ""}\u0000${year ?? ""}`;
    const existing = units.get(key);
    if (existing !== undefined) {
      existing.roles.add(role.role);
      roles.push({ role, reason: "same-bonus" });
    } else {
      units.set(key, {
        unit: { theme, year, date, roles: [], stars: bonus.stars },
        roles: new Set([role.role]),
      });
      roles.push({ role, reason: "bonus" });
    }
  }
  const out: BonusUnit[] = [];
  for (const { unit, roles: kinds } of units.values())
    out.push({ ...unit, roles: [...kinds].sort() });
  return { units: out, roles };
}
