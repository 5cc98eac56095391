import { formatPath } from "../../diagnostics/diagnostic.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { IdKind, ProgrammeDiagnosticParams } from "../../programme/diagnostics.js";
import { count, q } from "../format.js";
import type { MessageTable } from "../types.js";

const kinds: Record<IdKind, string> = /* @__PURE__ */ deepFreeze({
  theme: "thema",
  "learning-line": "leerlijn",
  spearhead: "speerpunt",
  group: "groep",
  component: "onderdeel",
  participant: "medewerker",
  edition: "editie",
});

/** The Dutch article of each kind of id: "het onderdeel", "de groep". */
const het: readonly IdKind[] = /* @__PURE__ */ deepFreeze(["theme", "spearhead", "component"]);
const article = (kind: IdKind) => (het.includes(kind) ? "het" : "de");

/** The "bedoel je" of a diagnostic with a suggestion, as a sentence of its own. */
const meant = (p: { readonly suggestion: string | null }) =>
  p.suggestion === null ? "" : ` Bedoel je ${q(p.suggestion)}?`;

const stars = (n: number) => count(n, "ster", "sterren");

const window = (p: { windowStart: number; windowEnd: number }) =>
  p.windowStart === p.windowEnd ? `${p.windowStart}` : `${p.windowStart}–${p.windowEnd}`;

export const nl: MessageTable<ProgrammeDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "duplicate-id": (p) =>
    `${article(p.kind) === "het" ? "Het" : "De"} ${kinds[p.kind]} ${q(p.id)} is twee keer gedefinieerd (eerst bij ${formatPath(p.firstPath)}).`,
  "unknown-reference": (p) => `Het programma heeft geen ${kinds[p.kind]} ${q(p.id)}.${meant(p)}`,
  "missing-edition": (p) =>
    `De periode ${window(p)} heeft geen editie voor ${p.year}: in dat jaar valt niets te verdienen.`,
  "edition-before-start": (p) =>
    `De editie ${p.year} ligt voor het startjaar ${p.startYear} van het beleid; geen periode bevat haar.`,
  "empty-edition": (p) => `De editie ${p.year} heeft geen onderdelen.`,
  "theme-without-components": (p) =>
    `Geen onderdeel van enige editie hoort bij het thema ${q(p.theme)}.`,
  "target-unreachable": (p) =>
    `In de periode ${window(p)} ${p.reachable === 1 ? "is" : "zijn"} hoogstens ${stars(p.reachable)} te verdienen, minder dan het doel van ${p.target}.`,
  "mandatory-above-cap": (p) =>
    `De verplichte onderdelen van ${window(p)}${p.group === null ? "" : ` voor de groep ${q(p.group)}`} zijn ${stars(p.mandatoryStars)} waard, meer dan het maximum van ${p.cap}: vrije keuzes tellen dan nooit mee.`,
  "minimum-per-year-unreachable": (p) =>
    `De editie ${p.year} biedt hoogstens ${stars(p.reachable)}, minder dan het jaarlijkse minimum van ${p.minimum}.`,
  "cap-below-target": (p) =>
    `Het maximum (${p.cap}) ligt onder het doel (${p.target}): het doel is nooit te halen.`,
  "carry-over-without-cap": (p) =>
    `Het meenemen van ${count(p.carryOver, "extra ster", "extra sterren")} vraagt een maximum; zonder maximum is er geen overschot.`,
  "min-above-max": (p) =>
    p.field === "electives"
      ? `Bij de vrije keuze ligt het minimum aantal onderdelen (${p.min}) boven het maximum (${p.max}).`
      : `${p.field}: het minimum ${p.min} ligt boven het maximum ${p.max}.`,
  "bonus-never-earned": () =>
    "De bonus staat aan maar is nooit te verdienen: het aantal is 0 of geen rol telt mee.",
  "mandatory-never-overdue": () =>
    'Verplichte onderdelen moeten af zijn aan het eind van een meeschuivende periode, en die eindigt altijd op de peildatum: geen enkel onderdeel kan ooit over tijd zijn. Met "edition-end" moeten ze af zijn aan het eind van het jaar van hun editie.',
  "duplicate-category-cap": (p) =>
    `Er zijn twee maxima voor ${p.kind === "bonus" ? "bonussterren" : `de ${p.kind === "format" ? "vorm" : "leerlijn"} ${q(p.value ?? "")}`}.`,
  "period-reversed": (p) =>
    // ISO dates: a long date would bring Intl's date formats into `validateProgramme` (0.26 kB).
    `De vrijstelling eindigt (${p.to}) voordat ze begint (${p.from}).`,
  "unknown-component": (p) =>
    `Geen editie heeft een onderdeel ${q(p.component)}: de afronding kan niet meetellen.${meant(p)}`,
  "completion-without-edition": (p) =>
    `De afronding van ${q(p.component)} valt in ${p.year}, een jaar zonder editie: ze kan niet meetellen.`,
  "unknown-role-theme": (p) =>
    `De rol in ${p.year} is op het thema ${q(p.theme)}, dat het programma niet heeft: ze levert geen bonus op.${meant(p)}`,
  "unknown-development-point": (p) =>
    `Het aandachtspunt noemt ${article(p.kind)} ${kinds[p.kind]} ${q(p.id)}, ${article(p.kind) === "het" ? "dat" : "die"} het programma niet heeft.${meant(p)}`,
  "unknown-group": (p) =>
    `De groep ${q(p.group)} hoort niet bij de groepen van het programma.${meant(p)}`,
});
