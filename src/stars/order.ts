import type { Completion, Exemption, Role } from "../programme/types.js";
import type { ExpiringStars } from "./types.js";

/**
 * Total orders over the input records, so a statement never depends on the order of its input
 * (rules A10.2). Strings compare by code unit: no locale can change the order.
 */

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const statusRank = /* @__PURE__ */ Object.freeze({ approved: 0, pending: 1, rejected: 2 } as const);

/** Completions by date, component id, status, then evaluation scores, then whether there is an evaluation. */
export function compareCompletions(a: Completion, b: Completion): number {
  return (
    cmp(a.date, b.date) ||
    cmp(a.component, b.component) ||
    statusRank[a.status] - statusRank[b.status] ||
    cmp(a.evaluation?.participantScore ?? 0, b.evaluation?.participantScore ?? 0) ||
    cmp(a.evaluation?.effectScore ?? 0, b.evaluation?.effectScore ?? 0) ||
    // An empty evaluation is kept as given: without this the order would not be total, and which
    // of two such completions counts would follow the input's order (rules A10.2).
    cmp(a.evaluation === undefined ? 0 : 1, b.evaluation === undefined ? 0 : 1)
  );
}

/** Roles by theme, year, then kind. */
export function compareRoles(a: Role, b: Role): number {
  return cmp(a.theme, b.theme) || a.year - b.year || cmp(a.role, b.role);
}

/** Exemptions by start, end, status, then reason. */
export function compareExemptions(a: Exemption, b: Exemption): number {
  return (
    cmp(a.from, b.from) ||
    cmp(a.to, b.to) ||
    statusRank[a.status] - statusRank[b.status] ||
    cmp(a.reason, b.reason)
  );
}

/** Expiring stars: by the date they leave, then by the date of their line. */
export function compareExpiring(a: ExpiringStars, b: ExpiringStars): number {
  return cmp(a.leavesOn, b.leavesOn) || cmp(a.date, b.date);
}
