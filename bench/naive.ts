/**
 * The naive baseline: the statement's totals, status and outstanding mandatory components
 * computed the way a hurried developer would write them — straight from the programme as given
 * (no prepared index: every completion looks its component up with `editions.find(…)` and
 * `components.find(…)`), array chains (`filter` / `map` / `reduce`), duplicates found with
 * `Array.some` over the other lines, a fresh sort with `localeCompare`, `Date.parse` for day
 * counts. DEFAULT policy only. It is a baseline, not a straw man: it gives the library's numbers.
 */
import type { Participant, Programme, StatementStatus } from "../src/index.js";
import type { FloorResult } from "./floor.js";

/** The baseline's numbers for one participant: the same fields as the floor's. */
export type NaiveResult = FloorResult;

const DAY_MS = 86_400_000;

/** The totals of one participant at an as-of date under the default policy, the naive way. */
export function naiveTotals(
  programme: Programme,
  participant: Participant,
  asOf: string,
): NaiveResult {
  const policy = programme.policy;
  const years = policy.window.years;
  const asOfYear = Number(asOf.slice(0, 4));
  const firstYear =
    policy.startYear + Math.max(0, Math.floor((asOfYear - policy.startYear) / years)) * years;
  const lastYear = firstYear + years - 1;
  const start = `${firstYear}-01-01`;
  const end = `${lastYear}-12-31`;
  const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;
  const elapsedDays = Math.min(
    days,
    Math.max(0, (Date.parse(asOf) - Date.parse(start)) / DAY_MS + 1),
  );

  // Sort by date, then component, and classify every completion.
  const lines = [...participant.completions]
    .sort((a, b) => a.date.localeCompare(b.date) || a.component.localeCompare(b.component))
    .map((completion) => {
      const year = Number(completion.date.slice(0, 4));
      const component = programme.editions
        .find((e) => e.year === year)
        ?.components.find((c) => c.id === completion.component);
      const eligible =
        completion.date >= start &&
        completion.date <= end &&
        completion.date <= asOf &&
        component !== undefined;
      return {
        completion,
        stars: component?.stars ?? 0,
        key: component?.repeatable ? `${completion.component}\u0000${year}` : completion.component,
        approved: eligible && completion.status === "approved",
        pending: eligible && completion.status === "pending",
      };
    });

  // A line counts unless another line of the same key has more stars, or as many and came first.
  const approved = lines.filter((l) => l.approved);
  const counting = approved.filter(
    (l, i) =>
      !approved.some(
        (o, j) => o.key === l.key && (o.stars > l.stars || (o.stars === l.stars && j < i)),
      ),
  );
  // Per key, the pending completion with the most stars, above what already counts (rules A7).
  const pendingKeys = [...new Set(lines.filter((l) => l.pending).map((l) => l.key))];
  const pending = pendingKeys.reduce((sum, key) => {
    const most = Math.max(...lines.filter((l) => l.pending && l.key === key).map((l) => l.stars));
    const earns = counting.find((c) => c.key === key)?.stars ?? 0;
    return sum + Math.max(0, most - earns);
  }, 0);

  // Bonus: one per known theme and year, for an eligible role, once the year has begun.
  const themeIds = programme.themes.map((t) => t.id);
  const bonus = participant.roles
    .filter(
      (r) =>
        themeIds.includes(r.theme) &&
        policy.bonus.stars > 0 &&
        policy.bonus.roles.includes(r.role) &&
        r.year >= firstYear &&
        r.year <= lastYear &&
        `${r.year}-01-01` <= asOf,
    )
    .filter((r, i, all) => all.findIndex((o) => o.theme === r.theme && o.year === r.year) === i)
    .map((r) => ({ date: `${r.year}-01-01`, first: 0, stars: policy.bonus.stars }));

  // Count in date order, the bonus first on its day, up to the cap.
  const events = [
    ...bonus,
    ...counting.map((l) => ({ date: l.completion.date, first: 1, stars: l.stars })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.first - b.first);
  const cap = policy.cap ?? Number.POSITIVE_INFINITY;
  const { earned, counted } = events.reduce(
    (acc, e) => ({
      earned: acc.earned + e.stars,
      counted: acc.counted + Math.min(e.stars, cap - acc.counted),
    }),
    { earned: 0, counted: 0 },
  );

  // Mandatory: the window's editions' mandatory components for the participant's groups.
  const lastDate = asOf < end ? asOf : end;
  const obligations = programme.editions
    .filter(
      (e) =>
        e.year >= firstYear &&
        e.year <= lastYear &&
        !(participant.startDate !== undefined && `${e.year}-12-31` < participant.startDate),
    )
    .flatMap((e) =>
      e.components
        .filter(
          (c) =>
            c.requirement === "mandatory" &&
            (c.audience.length === 0 || c.audience.some((g) => participant.groups.includes(g))),
        )
        .map((c) => ({
          due: `${e.year}-12-31`,
          met: participant.completions.some(
            (x) =>
              x.component === c.id &&
              x.status === "approved" &&
              x.date >= start &&
              x.date <= lastDate &&
              (!c.repeatable || Number(x.date.slice(0, 4)) === e.year),
          ),
        })),
    );
  const open = obligations.filter((o) => !o.met);
  const overdue = open.filter((o) => asOf > o.due).length;

  const target = policy.target;
  const status: StatementStatus =
    counted >= target && open.length === 0
      ? "complete"
      : counted < (elapsedDays <= 1 ? 0 : Math.floor((target * elapsedDays) / days)) || overdue > 0
        ? "behind"
        : "on-track";
  return {
    earned,
    counted,
    surplus: earned - counted,
    pending,
    target,
    remaining: Math.max(0, target - counted),
    progress: target === 0 ? 1 : Math.min(1, counted / target),
    status,
    outstanding: open.length,
  };
}
