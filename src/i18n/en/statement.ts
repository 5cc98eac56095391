import { daysInYear } from "../../dates/calendar-date.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { RoleKind } from "../../programme/types.js";
import type { StatementMessages } from "../../stars/explain-messages.js";
import type { BonusLine, CompletionLine, StatementWindow, YearMinimum } from "../../stars/types.js";
import { joinList, longDate, q } from "../format.js";
import { enStatusWords as statusWords } from "../status-words.js";

/** 2026-06-30 → "30 June 2026": one date style in prose, fixed to the calendar date. */
const date = (iso: string) => longDate(iso, "en");
const range = (start: string, end: string) => `${date(start)} to ${date(end)}`;
/** A year's minimum, and for a part of a year the days it is asked for (rules A6.10). */
const minimumOf = (y: YearMinimum) => {
  const yearDays = daysInYear(y.year);
  return y.days >= yearDays
    ? `minimum ${y.minimum}`
    : `minimum ${y.minimum}, pro rata for ${y.days} of ${yearDays} days`;
};
const stars = (n: number) => `${n} ${n === 1 ? "star" : "stars"}`;
const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
const components = (n: number) => `${n} elective ${n === 1 ? "component" : "components"}`;
/** "1 counts" / "2 count". */
const counts = (n: number) => `${n} ${n === 1 ? "counts" : "count"}`;
const isAre = (n: number) => (n === 1 ? "is" : "are");

const roleKinds: Record<RoleKind, string> = /* @__PURE__ */ deepFreeze({
  trainer: "trainer",
  kartrekker: "kartrekker",
});
const windowKinds: Record<StatementWindow["kind"], string> = /* @__PURE__ */ deepFreeze({
  fixed: "fixed window",
  rolling: "rolling window, ending on the date of this statement",
  participant: "window from the participant's start date",
});

/** A component by its title; without one (not in that year's edition), said in words with its id. */
const componentName = (title: string | null, id: string) => title ?? `Unknown component ${q(id)}`;

/** "the theme Leesbevordering", or "an unknown theme "x"" when the programme has no such theme. */
const theTheme = (name: string | null, id: string) =>
  name === null ? `an unknown theme ${q(id)}` : `the theme ${name}`;

/** "Digital help desk, 19 May 2026: 3 stars" — the start every completion line shares. */
const completion = (l: CompletionLine) =>
  `${componentName(l.title, l.completion.component)}, ${date(l.completion.date)}: ${
    l.editionStars === null ? "no stars" : stars(l.editionStars)
  }`;

/** "Theme Leesbevordering, 2025 (trainer and kartrekker)" or "The whole window (trainer)". */
const bonusPeriod = (b: BonusLine) => {
  const what =
    b.theme === null
      ? "The whole window"
      : `${b.themeName === null ? `Unknown theme ${q(b.theme)}` : `Theme ${b.themeName}`}, ${
          b.year === null ? "the whole window" : b.year
        }`;
  return b.roles.length === 0
    ? what
    : `${what} (${joinList(
        b.roles.map((r) => roleKinds[r]),
        "en",
      )})`;
};

/** "Trainer of the theme Leesbevordering in 2025". */
const role = (r: { theme: string; role: RoleKind; year: number }, themeName: string | null) => {
  const kind = roleKinds[r.role];
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} of ${theTheme(themeName, r.theme)} in ${r.year}`;
};

/** "After 50% of the window" or "After 50% of the period since the start on 1 July 2026". */
const after = (p: { elapsedPercent: number; since: string | null }) =>
  `After ${p.elapsedPercent}% of ${p.since === null ? "the window" : `the period since the start on ${date(p.since)}`}`;

const met = (isMet: boolean) => (isMet ? "met" : "not met");

/**
 * The English texts of a star statement's explanation (rules A8).
 *
 * @example
 * en.totals.counted(15); //=> "Counted: 15 stars"
 * en.statusWords["on-track"]; //=> "on track"
 */
export const en: StatementMessages = /* @__PURE__ */ deepFreeze({
  heading: (p) =>
    `Star statement of ${p.participantName ?? `participant ${q(p.participant)}`} as of ${date(p.asOf)}`,
  statusWords,
  window: (p) =>
    `Window: ${range(p.start, p.end)} (${windowKinds[p.kind]}); ${p.elapsedDays} of ${days(p.days)} elapsed (${p.elapsedPercent}%).`,
  target: (p) => {
    const why = [
      ...(p.proRated
        ? [
            p.activeDays + p.exemptDays === 0
              ? "the participant starts after the window"
              : "the participant started during the window",
          ]
        : []),
      ...(p.exemptDays > 0 ? [`${days(p.exemptDays)} ${isAre(p.exemptDays)} exempt`] : []),
    ];
    if (p.effective === p.base) {
      if (why.length === 0) return `Target: ${stars(p.base)}.`;
      return `Target: ${stars(p.base)}. Only ${p.activeDays} of the ${days(p.windowDays)} ${p.activeDays === 1 ? "counts" : "count"} because ${joinList(why, "en")}, but rounded up the target stays the same.`;
    }
    const lowered = `Target: ${stars(p.effective)} instead of ${p.base}`;
    if (why.length === 0) return `${lowered}.`;
    return `${lowered}, because ${joinList(why, "en")}: ${p.activeDays} of the ${days(p.windowDays)} ${p.activeDays === 1 ? "counts" : "count"} (pro rata, rounded up).`;
  },

  completionsHeading: () => "Completed components:",
  noCompletions: () => "No completed components yet.",
  line: {
    counted: (l) => `${completion(l)}, counted in full.`,
    "partly-over-cap": (l) =>
      `${completion(l)}, ${counts(l.counted)}: the window's cap has been reached (${l.stars - l.counted} over the cap).`,
    "over-cap": (l) =>
      `${completion(l)}, not counted: the window's cap had already been reached (${l.stars - l.counted} over the cap).`,
    "partly-over-category-cap": (l) =>
      `${completion(l)}, ${counts(l.counted)}: the cap for this kind of component has been reached (${l.stars - l.counted} over that cap).`,
    "over-category-cap": (l) =>
      `${completion(l)}, not counted: the cap for this kind of component had already been reached (${l.stars - l.counted} over that cap).`,
    duplicate: (l, other) =>
      `${completion(l)}, not counted: a duplicate; ${
        other === null
          ? "another completion of this component counts"
          : `the completion of ${date(other.completion.date)} counts for this component${
              other.stars > (l.editionStars ?? 0) ? ", with more stars" : ""
            }`
      }.`,
    "outside-window": (l) => `${completion(l)}, not counted: the date lies outside the window.`,
    "after-as-of-date": (l) =>
      `${completion(l)}, not counted yet: the date lies after the date of this statement.`,
    "unknown-component": (l) =>
      `${completion(l)}, not counted: the ${l.year} programme does not list this component.`,
    pending: (l) =>
      `${completion(l)}, not counted yet: awaiting approval; these stars may still come.`,
    rejected: (l) => `${completion(l)}, not counted: rejected.`,
  },

  bonusHeading: () => "Bonus stars (trainer and kartrekker):",
  bonus: {
    counted: (b) => `${bonusPeriod(b)}: ${stars(b.stars)}, counted in full.`,
    "partly-over-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, ${counts(b.counted)}: the window's cap has been reached (${b.stars - b.counted} over the cap).`,
    "over-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, not counted: the window's cap had already been reached (${b.stars - b.counted} over the cap).`,
    "partly-over-category-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, ${counts(b.counted)}: the cap on bonus stars has been reached (${b.stars - b.counted} over that cap).`,
    "over-category-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, not counted: the cap on bonus stars had already been reached (${b.stars - b.counted} over that cap).`,
  },

  rolesHeading: () => "Roles without a bonus:",
  role: {
    bonus: (r) => `${role(r.role, r.themeName)}: earns the bonus.`,
    "same-bonus": (r) =>
      `${role(r.role, r.themeName)}: no extra bonus, because another role already earns the bonus for the same period.`,
    "unknown-theme": (r) =>
      `${role(r.role, r.themeName)}: no bonus, because the programme has no such theme.`,
    "role-not-eligible": (r) =>
      `${role(r.role, r.themeName)}: no bonus, because the policy gives no bonus for this role.`,
    "outside-window": (r) =>
      `${role(r.role, r.themeName)}: no bonus, because the year lies outside the window.`,
    "after-as-of-date": (r) =>
      `${role(r.role, r.themeName)}: no bonus yet, because the bonus period starts after the date of this statement.`,
  },

  carryOver: (c) => {
    const head = `Carried over from the previous window (${range(c.from.start, c.from.end)}): ${stars(c.stars)}`;
    if (c.counted === c.stars) return `${head}, counted in full.`;
    if (c.counted === 0) return `${head}, not counted: the window's cap has been reached.`;
    return `${head}, ${counts(c.counted)}: the window's cap has been reached (${c.stars - c.counted} over the cap).`;
  },

  exemptionsHeading: () => "Exemptions:",
  exemption: {
    applied: (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): approved; ${days(e.days)} of the window ${e.days === 1 ? "does" : "do"} not count towards the target.`,
    pending: (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): awaiting approval, so it does not lower the target yet.`,
    rejected: (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): rejected, so it does not lower the target.`,
    "outside-window": (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): lies outside the window, so it does not lower the target.`,
    "ignored-by-policy": (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): does not lower the target, because the policy does not let exemptions count.`,
  },

  totalsHeading: () => "Totals:",
  totals: {
    earned: (n) => `Earned: ${stars(n)}`,
    counted: (n) => `Counted: ${stars(n)}`,
    surplus: (n) => `Over a cap (not counted): ${stars(n)}`,
    pending: (n) => `May still come (awaiting approval): ${stars(n)}`,
    target: (n) => `Target: ${stars(n)}`,
    remaining: (n) => `Still to go: ${stars(n)}`,
  },
  progress: (percent) => `Progress: ${percent}%`,

  mandatoryHeading: (m) => `Mandatory components (${m.completed} of ${m.required} completed):`,
  noMandatory: () => "Mandatory components: none.",
  obligation: {
    met: (o) =>
      `${o.title} (mandatory in ${o.year}, due ${date(o.due)}): completed${o.completedOn === null ? "" : ` on ${date(o.completedOn)}`}.`,
    "met-late": (o) =>
      `${o.title} (mandatory in ${o.year}, due ${date(o.due)}): completed late${o.completedOn === null ? "" : `, on ${date(o.completedOn)}`}, after the due date.`,
    outstanding: (o) =>
      `${o.title} (mandatory in ${o.year}, due ${date(o.due)}): not completed yet.`,
    overdue: (o) =>
      `${o.title} (mandatory in ${o.year}, due ${date(o.due)}): overdue — not completed and the due date has passed.`,
  },

  electiveHeading: () => "Elective rules:",
  electiveRule: {
    "min-count": (r) => `At least ${components(r.limit)}: ${r.actual} taken, ${met(r.met)}.`,
    "max-count": (r) => `At most ${components(r.limit)}: ${r.actual} taken, ${met(r.met)}.`,
    "max-stars": (r) =>
      `At most ${stars(r.limit)} from elective components: ${stars(r.actual)}, ${met(r.met)}.`,
    "cover-every-learning-line": (r) =>
      `Every learning line at least once: ${r.actual} of the ${r.limit} learning ${r.limit === 1 ? "line" : "lines"} covered, ${met(r.met)}${
        r.missing.length === 0 ? "" : ` (not yet: ${joinList(r.missingNames, "en")})`
      }.`,
  },

  yearlyMinimumHeading: () => "Yearly minimum:",
  yearMinimum: {
    met: (y) => `${y.year}: ${stars(y.stars)} (${minimumOf(y)}), met.`,
    "not-met": (y) => `${y.year}: ${stars(y.stars)} (${minimumOf(y)}), not met.`,
    open: (y) =>
      `${y.year}: ${stars(y.stars)} (${minimumOf(y)}), not reached yet; the year is still running.`,
  },

  historyHeading: () => "Earlier windows:",
  expiringHeading: () => "Counted stars that leave the rolling window soon:",
  expiring: (e) =>
    `${
      e.component === null
        ? `Bonus${e.theme === null ? "" : ` for ${theTheme(e.themeName, e.theme)}`}`
        : componentName(e.title, e.component)
    }, ${date(e.date)}: ${stars(e.stars)} ${e.stars === 1 ? "leaves" : "leave"} the window on ${date(e.leavesOn)}.`,

  history: (w) =>
    `${range(w.window.start, w.window.end)}: ${stars(w.totals.earned)} earned, ${w.totals.counted} counted${
      w.totals.surplus > 0 ? ` (${w.totals.surplus} over a cap)` : ""
    }; target ${w.totals.target}, ${w.reached ? "reached" : "not reached"}; status at the end: ${statusWords[w.status]}.`,

  status: {
    complete: () =>
      "Status: complete. The target is reached, every mandatory component is completed and every rule of the policy is met.",
    "on-track": (p) =>
      `Status: on track. ${after(p)}, ${stars(p.expected)} ${isAre(p.expected)} needed to be on track, and ${p.counted} ${p.counted === 1 ? "counts" : "count"}; no mandatory component is overdue.`,
    behind: (p) => {
      const pace =
        p.counted < p.expected
          ? ` ${after(p)}, ${stars(p.expected)} ${isAre(p.expected)} needed to be on track, but only ${p.counted} ${p.counted === 1 ? "counts" : "count"}.`
          : "";
      const late =
        p.overdue > 0
          ? ` ${p.overdue === 1 ? "1 mandatory component is" : `${p.overdue} mandatory components are`} overdue.`
          : "";
      const minimum =
        p.minimumMissed.length > 0
          ? ` The yearly minimum was not met in ${joinList(p.minimumMissed, "en")}.`
          : "";
      return `Status: behind.${pace}${late}${minimum}`;
    },
  },
});
