import { formatPath } from "../../diagnostics/diagnostic.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { IdKind, ProgrammeDiagnosticParams } from "../../programme/diagnostics.js";
import { count, q } from "../format.js";
import type { MessageTable } from "../types.js";

const kinds: Record<IdKind, string> = /* @__PURE__ */ deepFreeze({
  theme: "theme",
  "learning-line": "learning line",
  spearhead: "spearhead",
  group: "group",
  component: "component",
  participant: "participant",
  edition: "edition",
});

/** The "did you mean" of a diagnostic with a suggestion, as a sentence of its own. */
const meant = (p: { readonly suggestion: string | null }) =>
  p.suggestion === null ? "" : ` Did you mean ${q(p.suggestion)}?`;

const stars = (n: number) => count(n, "star", "stars");

const window = (p: { windowStart: number; windowEnd: number }) =>
  p.windowStart === p.windowEnd ? `${p.windowStart}` : `${p.windowStart}–${p.windowEnd}`;

export const en: MessageTable<ProgrammeDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "duplicate-id": (p) =>
    `The ${kinds[p.kind]} ${q(p.id)} is defined twice (first at ${formatPath(p.firstPath)}).`,
  "unknown-reference": (p) =>
    `There is no ${kinds[p.kind]} ${q(p.id)} in the programme.${meant(p)}`,
  "missing-edition": (p) =>
    `The window ${window(p)} has no edition for ${p.year}: nothing can be earned that year.`,
  "edition-before-start": (p) =>
    `The edition ${p.year} lies before the policy's start year ${p.startYear}; no window holds it.`,
  "empty-edition": (p) => `The edition ${p.year} has no components.`,
  "theme-without-components": (p) =>
    `No component of any edition belongs to the theme ${q(p.theme)}.`,
  "target-unreachable": (p) =>
    `In the window ${window(p)} at most ${stars(p.reachable)} can be earned, below the target of ${p.target}.`,
  "mandatory-above-cap": (p) =>
    `The mandatory components of ${window(p)}${p.group === null ? "" : ` for the group ${q(p.group)}`} are worth ${stars(p.mandatoryStars)}, above the cap of ${p.cap}: electives could never count.`,
  "minimum-per-year-unreachable": (p) =>
    `The edition ${p.year} offers at most ${stars(p.reachable)}, below the yearly minimum of ${p.minimum}.`,
  "cap-below-target": (p) =>
    `The cap (${p.cap}) is below the target (${p.target}): the target can never be met.`,
  "carry-over-without-cap": (p) =>
    `Carrying over ${count(p.carryOver, "surplus star", "surplus stars")} needs a cap; without a cap there is no surplus.`,
  "min-above-max": (p) =>
    p.field === "electives"
      ? `For electives, the minimum count (${p.min}) is above the maximum (${p.max}).`
      : `${p.field}: the minimum ${p.min} is above the maximum ${p.max}.`,
  "bonus-never-earned": () =>
    "The bonus is switched on but can never be earned: its amount is 0 or no role counts.",
  "mandatory-never-overdue": () =>
    'Mandatory components are due at the end of a rolling window, which always ends on the as-of date: none can ever be overdue. "edition-end" makes them due at the end of their edition\'s year.',
  "duplicate-category-cap": (p) =>
    `There are two caps on ${p.kind === "bonus" ? "bonus stars" : `the ${p.kind === "format" ? "format" : "learning line"} ${q(p.value ?? "")}`}.`,
  "period-reversed": (p) =>
    // ISO dates: a long date would bring Intl's date formats into `validateProgramme` (0.26 kB).
    `The exemption ends (${p.to}) before it starts (${p.from}).`,
  "unknown-component": (p) =>
    `No edition has a component ${q(p.component)}: the completion cannot count.${meant(p)}`,
  "completion-without-edition": (p) =>
    `The completion of ${q(p.component)} is dated in ${p.year}, a year without an edition: it cannot count.`,
  "unknown-role-theme": (p) =>
    `The role in ${p.year} is on the theme ${q(p.theme)}, which the programme does not have: it earns no bonus.${meant(p)}`,
  "unknown-development-point": (p) =>
    `The development point names the ${kinds[p.kind]} ${q(p.id)}, which the programme does not have.${meant(p)}`,
  "unknown-group": (p) =>
    `The group ${q(p.group)} is not one of the programme's groups.${meant(p)}`,
});
