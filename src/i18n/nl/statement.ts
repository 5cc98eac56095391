import { daysInYear } from "../../dates/calendar-date.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { RoleKind } from "../../programme/types.js";
import type { StatementMessages } from "../../stars/explain-messages.js";
import type { BonusLine, CompletionLine, StatementWindow, YearMinimum } from "../../stars/types.js";
import { joinList, longDate, q } from "../format.js";
import { nlStatusWords as statusWords } from "../status-words.js";

/** 2026-06-30 → "30 juni 2026": one date style in prose, fixed to the calendar date. */
const date = (iso: string) => longDate(iso, "nl");
const range = (start: string, end: string) => `${date(start)} t/m ${date(end)}`;
/** A year's minimum, and for a part of a year the days it is asked for (rules A6.10). */
const minimumOf = (y: YearMinimum) => {
  const yearDays = daysInYear(y.year);
  return y.days >= yearDays
    ? `minimum ${y.minimum}`
    : `minimum ${y.minimum}, naar rato van ${y.days} van de ${yearDays} dagen`;
};
const stars = (n: number) => `${n} ${n === 1 ? "ster" : "sterren"}`;
const days = (n: number) => `${n} ${n === 1 ? "dag" : "dagen"}`;
const components = (n: number) => `${n} ${n === 1 ? "onderdeel" : "onderdelen"}`;
/** "1 telt mee" / "2 tellen mee". */
const counts = (n: number) => `${n} ${n === 1 ? "telt" : "tellen"} mee`;
/** "er telt 1 mee" / "er tellen pas 2 mee". */
const thereCount = (n: number, only = false) =>
  `er ${n === 1 ? "telt" : "tellen"}${only ? " pas" : ""} ${n} mee`;

const roleKinds: Record<RoleKind, string> = /* @__PURE__ */ deepFreeze({
  trainer: "trainer",
  kartrekker: "kartrekker",
});
const windowKinds: Record<StatementWindow["kind"], string> = /* @__PURE__ */ deepFreeze({
  fixed: "vaste periode",
  rolling: "meeschuivende periode, die eindigt op de datum van dit overzicht",
  participant: "periode vanaf de startdatum van de medewerker",
});

/** A component by its title; without one (not in that year's edition), said in words with its id. */
const componentName = (title: string | null, id: string) => title ?? `Onbekend onderdeel ${q(id)}`;

/** "het thema Leesbevordering", or "een onbekend thema "x"" when the programme has no such theme. */
const theTheme = (name: string | null, id: string) =>
  name === null ? `een onbekend thema ${q(id)}` : `het thema ${name}`;

/** "Digitaal hulpplein, 19 mei 2026: 3 sterren" — the start every completion line shares. */
const completion = (l: CompletionLine) =>
  `${componentName(l.title, l.completion.component)}, ${date(l.completion.date)}: ${
    l.editionStars === null ? "geen sterren" : stars(l.editionStars)
  }`;

/** "Thema Leesbevordering, 2025 (trainer en kartrekker)" or "De hele periode (trainer)". */
const bonusPeriod = (b: BonusLine) => {
  const when = b.year === null ? "de hele periode" : `${b.year}`;
  const what =
    b.theme === null
      ? "De hele periode"
      : `${b.themeName === null ? `Onbekend thema ${q(b.theme)}` : `Thema ${b.themeName}`}, ${when}`;
  return b.roles.length === 0
    ? what
    : `${what} (${joinList(
        b.roles.map((r) => roleKinds[r]),
        "nl",
      )})`;
};

/** "Trainer van het thema Leesbevordering in 2025". */
const role = (r: { theme: string; role: RoleKind; year: number }, themeName: string | null) => {
  const kind = roleKinds[r.role];
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} van ${theTheme(themeName, r.theme)} in ${r.year}`;
};

/** "Na 50% van de periode" or "Na 50% van de periode sinds de start op 1 juli 2026". */
const after = (p: { elapsedPercent: number; since: string | null }) =>
  `Na ${p.elapsedPercent}% van de periode${p.since === null ? "" : ` sinds de start op ${date(p.since)}`}`;

const voldaan = (met: boolean) => (met ? "voldaan" : "niet voldaan");

/**
 * The Dutch texts of a star statement's explanation (rules A8).
 *
 * @example
 * nl.totals.counted(15); //=> "Telt mee: 15 sterren"
 * nl.statusWords["on-track"]; //=> "op schema"
 */
export const nl: StatementMessages = /* @__PURE__ */ deepFreeze({
  heading: (p) =>
    `Sterrenoverzicht van ${p.participantName ?? `medewerker ${q(p.participant)}`}, stand op ${date(p.asOf)}`,
  statusWords,
  window: (p) =>
    `Periode: ${range(p.start, p.end)} (${windowKinds[p.kind]}); ${p.elapsedDays} van ${days(p.days)} voorbij (${p.elapsedPercent}%).`,
  target: (p) => {
    const why = [
      ...(p.proRated
        ? [
            p.activeDays + p.exemptDays === 0
              ? "de deelname pas na de periode begint"
              : "de deelname pas in de loop van de periode begon",
          ]
        : []),
      ...(p.exemptDays > 0
        ? [`er ${days(p.exemptDays)} vrijstelling ${p.exemptDays === 1 ? "is" : "zijn"}`]
        : []),
    ];
    if (p.effective === p.base) {
      if (why.length === 0) return `Doel: ${stars(p.base)}.`;
      return `Doel: ${stars(p.base)}. Er ${p.activeDays === 1 ? "telt" : "tellen"} ${p.activeDays} van de ${days(p.windowDays)} mee omdat ${joinList(why, "nl")}, maar naar boven afgerond blijft het doel gelijk.`;
    }
    const lowered = `Doel: ${stars(p.effective)} in plaats van ${p.base}`;
    if (why.length === 0) return `${lowered}.`;
    return `${lowered}, omdat ${joinList(why, "nl")}: er ${p.activeDays === 1 ? "telt" : "tellen"} ${p.activeDays} van de ${days(p.windowDays)} mee (naar rato, naar boven afgerond).`;
  },

  completionsHeading: () => "Afgeronde onderdelen:",
  noCompletions: () => "Nog geen afgeronde onderdelen.",
  line: {
    counted: (l) => `${completion(l)}, telt volledig mee.`,
    "partly-over-cap": (l) =>
      `${completion(l)}, ${counts(l.counted)}: het maximum van de periode is bereikt (${l.stars - l.counted} boven het maximum).`,
    "over-cap": (l) =>
      `${completion(l)}, telt niet mee: het maximum van de periode was al bereikt (${l.stars - l.counted} boven het maximum).`,
    "partly-over-category-cap": (l) =>
      `${completion(l)}, ${counts(l.counted)}: het maximum voor dit soort onderdelen is bereikt (${l.stars - l.counted} boven dat maximum).`,
    "over-category-cap": (l) =>
      `${completion(l)}, telt niet mee: het maximum voor dit soort onderdelen was al bereikt (${l.stars - l.counted} boven dat maximum).`,
    duplicate: (l, other) =>
      `${completion(l)}, telt niet mee: dubbel; ${
        other === null
          ? "een andere afronding van dit onderdeel telt mee"
          : `de afronding van ${date(other.completion.date)} telt mee voor dit onderdeel${
              other.stars > (l.editionStars ?? 0) ? ", met meer sterren" : ""
            }`
      }.`,
    "outside-window": (l) => `${completion(l)}, telt niet mee: de datum valt buiten de periode.`,
    "after-as-of-date": (l) =>
      `${completion(l)}, telt nog niet mee: de datum ligt na de datum van dit overzicht.`,
    "unknown-component": (l) =>
      `${completion(l)}, telt niet mee: het sterrenprogramma van ${l.year} heeft dit onderdeel niet.`,
    pending: (l) =>
      `${completion(l)}, telt nog niet mee: wacht op goedkeuring; deze sterren kunnen nog komen.`,
    rejected: (l) => `${completion(l)}, telt niet mee: afgewezen.`,
  },

  bonusHeading: () => "Bonussterren (trainer en kartrekker):",
  bonus: {
    counted: (b) => `${bonusPeriod(b)}: ${stars(b.stars)}, telt volledig mee.`,
    "partly-over-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, ${counts(b.counted)}: het maximum van de periode is bereikt (${b.stars - b.counted} boven het maximum).`,
    "over-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, telt niet mee: het maximum van de periode was al bereikt (${b.stars - b.counted} boven het maximum).`,
    "partly-over-category-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, ${counts(b.counted)}: het maximum voor bonussterren is bereikt (${b.stars - b.counted} boven dat maximum).`,
    "over-category-cap": (b) =>
      `${bonusPeriod(b)}: ${stars(b.stars)}, telt niet mee: het maximum voor bonussterren was al bereikt (${b.stars - b.counted} boven dat maximum).`,
  },

  rolesHeading: () => "Rollen zonder bonus:",
  role: {
    bonus: (r) => `${role(r.role, r.themeName)}: levert de bonus op.`,
    "same-bonus": (r) =>
      `${role(r.role, r.themeName)}: geen extra bonus, want een andere rol levert de bonus voor dezelfde periode al op.`,
    "unknown-theme": (r) =>
      `${role(r.role, r.themeName)}: geen bonus, want het programma heeft dit thema niet.`,
    "role-not-eligible": (r) =>
      `${role(r.role, r.themeName)}: geen bonus, want het beleid geeft voor deze rol geen bonus.`,
    "outside-window": (r) =>
      `${role(r.role, r.themeName)}: geen bonus, want het jaar valt buiten de periode.`,
    "after-as-of-date": (r) =>
      `${role(r.role, r.themeName)}: nog geen bonus, want de bonusperiode begint na de datum van dit overzicht.`,
  },

  carryOver: (c) => {
    const head = `Meegenomen uit de vorige periode (${range(c.from.start, c.from.end)}): ${stars(c.stars)}`;
    if (c.counted === c.stars) return `${head}, telt volledig mee.`;
    if (c.counted === 0) return `${head}, telt niet mee: het maximum van de periode is bereikt.`;
    return `${head}, ${counts(c.counted)}: het maximum van de periode is bereikt (${c.stars - c.counted} boven het maximum).`;
  },

  exemptionsHeading: () => "Vrijstellingen:",
  exemption: {
    applied: (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): goedgekeurd; ${days(e.days)} van de periode ${e.days === 1 ? "telt" : "tellen"} niet mee voor het doel.`,
    pending: (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): wacht op goedkeuring en verlaagt het doel nog niet.`,
    rejected: (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): afgewezen en verlaagt het doel niet.`,
    "outside-window": (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): valt buiten de periode en verlaagt het doel niet.`,
    "ignored-by-policy": (e) =>
      `${range(e.exemption.from, e.exemption.to)} (${e.exemption.reason}): verlaagt het doel niet, want volgens het beleid tellen vrijstellingen niet voor het doel.`,
  },

  totalsHeading: () => "Totaal:",
  totals: {
    earned: (n) => `Verdiend: ${stars(n)}`,
    counted: (n) => `Telt mee: ${stars(n)}`,
    surplus: (n) => `Boven een maximum (telt niet mee): ${stars(n)}`,
    pending: (n) => `Kan nog komen (wacht op goedkeuring): ${stars(n)}`,
    target: (n) => `Doel: ${stars(n)}`,
    remaining: (n) => `Nog te gaan: ${stars(n)}`,
  },
  progress: (percent) => `Voortgang: ${percent}%`,

  mandatoryHeading: (m) => `Verplichte onderdelen (${m.completed} van ${m.required} afgerond):`,
  noMandatory: () => "Verplichte onderdelen: geen.",
  obligation: {
    met: (o) =>
      `${o.title} (verplicht in ${o.year}, uiterlijk ${date(o.due)}): afgerond${o.completedOn === null ? "" : ` op ${date(o.completedOn)}`}.`,
    "met-late": (o) =>
      `${o.title} (verplicht in ${o.year}, uiterlijk ${date(o.due)}): te laat afgerond${o.completedOn === null ? "" : `, op ${date(o.completedOn)}`}, na de uiterste datum.`,
    outstanding: (o) =>
      `${o.title} (verplicht in ${o.year}, uiterlijk ${date(o.due)}): nog niet afgerond.`,
    overdue: (o) =>
      `${o.title} (verplicht in ${o.year}, uiterlijk ${date(o.due)}): over tijd — nog niet afgerond en de uiterste datum is voorbij.`,
  },

  electiveHeading: () => "Regels voor vrije keuze:",
  electiveRule: {
    "min-count": (r) =>
      `Minstens ${components(r.limit)} naar vrije keuze: ${r.actual} gevolgd, ${voldaan(r.met)}.`,
    "max-count": (r) =>
      `Hoogstens ${components(r.limit)} naar vrije keuze: ${r.actual} gevolgd, ${voldaan(r.met)}.`,
    "max-stars": (r) =>
      `Hoogstens ${stars(r.limit)} uit onderdelen naar vrije keuze: ${stars(r.actual)}, ${voldaan(r.met)}.`,
    "cover-every-learning-line": (r) =>
      `Elke leerlijn minstens één keer: ${r.actual} van de ${r.limit} ${r.limit === 1 ? "leerlijn" : "leerlijnen"} gevolgd, ${voldaan(r.met)}${
        r.missing.length === 0 ? "" : ` (nog niet: ${joinList(r.missingNames, "nl")})`
      }.`,
  },

  yearlyMinimumHeading: () => "Minimum per jaar:",
  yearMinimum: {
    met: (y) => `${y.year}: ${stars(y.stars)} (${minimumOf(y)}), gehaald.`,
    "not-met": (y) => `${y.year}: ${stars(y.stars)} (${minimumOf(y)}), niet gehaald.`,
    open: (y) =>
      `${y.year}: ${stars(y.stars)} (${minimumOf(y)}), nog niet gehaald; het jaar loopt nog.`,
  },

  historyHeading: () => "Eerdere periodes:",
  expiringHeading: () => "Meetellende sterren die binnenkort uit de meeschuivende periode vallen:",
  expiring: (e) =>
    `${
      e.component === null
        ? `Bonus${e.theme === null ? "" : ` voor ${theTheme(e.themeName, e.theme)}`}`
        : componentName(e.title, e.component)
    }, ${date(e.date)}: ${stars(e.stars)} ${e.stars === 1 ? "valt" : "vallen"} op ${date(e.leavesOn)} uit de periode.`,

  history: (w) =>
    `${range(w.window.start, w.window.end)}: ${stars(w.totals.earned)} verdiend, ${w.totals.counted} ${w.totals.counted === 1 ? "telde" : "telden"} mee${
      w.totals.surplus > 0 ? ` (${w.totals.surplus} boven een maximum)` : ""
    }; doel ${w.totals.target}, ${w.reached ? "gehaald" : "niet gehaald"}; stand aan het eind: ${statusWords[w.status]}.`,

  status: {
    complete: () =>
      "Stand: voltooid. Het doel is gehaald, alle verplichte onderdelen zijn afgerond en aan de regels van het beleid is voldaan.",
    "on-track": (p) =>
      `Stand: op schema. ${after(p)} ${p.expected === 1 ? "is" : "zijn"} ${stars(p.expected)} nodig om op schema te liggen, en ${thereCount(p.counted)}; geen verplicht onderdeel is over tijd.`,
    behind: (p) => {
      const pace =
        p.counted < p.expected
          ? ` ${after(p)} ${p.expected === 1 ? "is" : "zijn"} ${stars(p.expected)} nodig om op schema te liggen, maar ${thereCount(p.counted, true)}.`
          : "";
      const late =
        p.overdue > 0
          ? ` ${p.overdue === 1 ? "1 verplicht onderdeel is" : `${p.overdue} verplichte onderdelen zijn`} over tijd.`
          : "";
      const minimum =
        p.minimumMissed.length > 0
          ? ` Het minimum per jaar is niet gehaald in ${joinList(p.minimumMissed, "nl")}.`
          : "";
      return `Stand: achter op schema.${pace}${late}${minimum}`;
    },
  },
});
