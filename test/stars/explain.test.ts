import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en/statement.js";
import { longDate } from "../../src/i18n/format.js";
import { nl } from "../../src/i18n/nl/statement.js";
import type { Locale } from "../../src/i18n/types.js";
import type { ApprovalStatus } from "../../src/programme/types.js";
import {
  explainStatement,
  explainStatementLines,
  statementStatusText,
} from "../../src/stars/explain.js";
import type {
  BonusReason,
  ElectiveRule,
  StatementMessages,
  YearMinimumStatus,
} from "../../src/stars/explain-messages.js";
import type {
  CompletionLine,
  ExemptionReason,
  LineReason,
  ObligationStatus,
  RoleReason,
  Statement,
  StatementStatus,
} from "../../src/stars/types.js";
import { deepFreeze } from "../fixtures/helpers.js";

// Every value of each union, written as a Record so that a new value fails to compile here.
const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];
const allLineReasons = keys<LineReason>({
  counted: true,
  "partly-over-cap": true,
  "over-cap": true,
  "partly-over-category-cap": true,
  "over-category-cap": true,
  duplicate: true,
  "outside-window": true,
  "after-as-of-date": true,
  "unknown-component": true,
  pending: true,
  rejected: true,
});
const allRoleReasons = keys<RoleReason>({
  bonus: true,
  "same-bonus": true,
  "unknown-theme": true,
  "role-not-eligible": true,
  "outside-window": true,
  "after-as-of-date": true,
});
const allExemptionReasons = keys<ExemptionReason>({
  applied: true,
  pending: true,
  rejected: true,
  "outside-window": true,
  "ignored-by-policy": true,
});
const allObligationStatuses = keys<ObligationStatus>({
  met: true,
  "met-late": true,
  outstanding: true,
  overdue: true,
});
const allStatuses = keys<StatementStatus>({ complete: true, "on-track": true, behind: true });
const allElectiveRules = keys<ElectiveRule>({
  "min-count": true,
  "max-count": true,
  "max-stars": true,
  "cover-every-learning-line": true,
});
const allYearStatuses = keys<YearMinimumStatus>({ met: true, "not-met": true, open: true });
const allBonusReasons = keys<BonusReason>({
  counted: true,
  "partly-over-cap": true,
  "over-cap": true,
  "partly-over-category-cap": true,
  "over-category-cap": true,
});

const messages: Record<Locale, StatementMessages> = { nl, en };
const locales: Locale[] = ["nl", "en"];

function line(
  date: string,
  component: string,
  title: string | null,
  editionStars: number | null,
  stars: number,
  counted: number,
  reason: LineReason,
  status: ApprovalStatus = "approved",
): CompletionLine {
  return {
    completion: { component, date, status },
    title,
    year: Number(date.slice(0, 4)),
    editionStars,
    stars,
    counted,
    reason,
  };
}

const window2526 = { start: "2025-01-01", end: "2026-12-31", days: 730 } as const;

/**
 * Three statements written by hand, each internally consistent (totals add up, status follows the
 * rules A8), together covering every reason, status, rule and optional section.
 */
function fixtures() {
  /**
   * Bram at 2026-06-30, behind: 546 of 730 days passed (2025 has 365 days, 2026-01-01..06-30 has
   * 181), so ⌊15 × 546 / 730⌋ = ⌊11.2⌋ = 11 whole stars are due (rules A8 amended); he has 5 and
   * one overdue obligation.
   */
  const behind: Statement = {
    participant: "p-bram",
    participantName: "Bram de Boer",
    asOf: "2026-06-30",
    window: { ...window2526, kind: "fixed", elapsedDays: 546, elapsedFraction: 546 / 730 },
    lines: [
      line("2024-11-05", "klantcontact", "Klantcontact aan de balie", 2, 0, 0, "outside-window"),
      line("2025-02-10", "bhv-herhaling", "BHV-herhaling", 2, 2, 2, "counted"),
      line("2025-03-01", "privacy-en-avg", "Privacy en de AVG", 1, 1, 1, "counted"),
      line("2025-04-01", "bhv-herhaling", "BHV-herhaling", 2, 0, 0, "duplicate"),
      line("2025-05-01", "podcast-maken", null, null, 0, 0, "unknown-component"),
      line("2026-01-20", "brandveiligheid", "Brandveiligheid", 2, 2, 2, "counted"),
      line("2026-02-01", "leesclub", "Leesclub begeleiden", 2, 0, 0, "pending", "pending"),
      line("2026-03-01", "e-avg", "E-learning AVG", 1, 0, 0, "rejected", "rejected"),
      line("2026-08-01", "mediawijsheid", "Mediawijsheid basis", 3, 0, 0, "after-as-of-date"),
    ],
    bonus: [],
    roles: [
      {
        role: { theme: "sterrenkijken", role: "trainer", year: 2025 },
        themeName: null,
        reason: "unknown-theme",
      },
      {
        role: { theme: "klantgerichtheid", role: "trainer", year: 2026 },
        themeName: "Klantgerichtheid",
        reason: "role-not-eligible",
      },
      {
        role: { theme: "leesbevordering", role: "kartrekker", year: 2024 },
        themeName: "Leesbevordering",
        reason: "outside-window",
      },
    ],
    carryOver: null,
    exemptions: [
      {
        exemption: {
          from: "2025-07-01",
          to: "2025-07-31",
          reason: "Onbetaald verlof",
          status: "rejected",
        },
        days: 31,
        reason: "rejected",
      },
      {
        exemption: {
          from: "2026-02-01",
          to: "2026-02-28",
          reason: "Zorgverlof",
          status: "pending",
        },
        days: 28,
        reason: "pending",
      },
    ],
    target: {
      base: 15,
      effective: 15,
      activeDays: 730,
      windowDays: 730,
      proRated: false,
      exemptDays: 0,
    },
    totals: {
      earned: 5,
      counted: 5,
      surplus: 0,
      pending: 2,
      target: 15,
      remaining: 10,
      progress: 5 / 15,
    },
    mandatory: {
      required: 4,
      completed: 2,
      outstanding: 2,
      overdue: 1,
      obligations: [
        {
          component: "privacy-en-avg",
          title: "Privacy en de AVG",
          year: 2025,
          due: "2025-12-31",
          status: "met",
          completedOn: "2025-03-01",
        },
        {
          component: "brandveiligheid",
          title: "Brandveiligheid",
          year: 2025,
          due: "2025-12-31",
          status: "met-late",
          completedOn: "2026-01-20",
        },
        {
          component: "informatievaardigheden",
          title: "Informatievaardigheden",
          year: 2025,
          due: "2025-12-31",
          status: "overdue",
          completedOn: null,
        },
        {
          component: "bhv-herhaling",
          title: "BHV-herhaling",
          year: 2026,
          due: "2026-12-31",
          status: "outstanding",
          completedOn: null,
        },
      ],
    },
    electiveRules: [
      { rule: "min-count", actual: 1, limit: 3, met: false, missing: [], missingNames: [] },
      {
        rule: "cover-every-learning-line",
        actual: 1,
        limit: 2,
        met: false,
        missing: ["ondernemerschap"],
        missingNames: ["Ondernemerschap"],
      },
    ],
    yearlyMinimum: [
      { year: 2025, stars: 3, minimum: 5, days: 365, status: "not-met" },
      { year: 2026, stars: 2, minimum: 5, days: 365, status: "open" },
    ],
    status: "behind",
    pace: {
      from: "2025-01-01",
      to: "2026-12-31",
      days: 730,
      elapsedDays: 546,
      target: 15,
      due: 11,
    },
    expiring: [],
    history: [],
  };

  /**
   * Anouk at 2026-06-30, on track. She started 2025-05-01 (120 days into the window) and had 61
   * days of approved leave (November and December 2025): 730 − 120 − 61 = 549 active days, target
   * ⌈15 × 549 / 730⌉ = ⌈11.28⌉ = 12. Her pace is measured over her own active period (rules A8):
   * 426 days from 2025-05-01 to 2026-06-30, less the 61 days of leave, is 365 of 549, so
   * ⌊12 × 365 / 549⌋ = ⌊7.98⌋ = 7 stars are due; she has 10.
   * An informal-learning cap of 3 cuts two lines; a bonus cap of 1 cuts the second bonus.
   */
  const onTrack: Statement = {
    participant: "p-anouk",
    participantName: "Anouk Jansen",
    asOf: "2026-06-30",
    window: { ...window2526, kind: "participant", elapsedDays: 546, elapsedFraction: 546 / 730 },
    lines: [
      line("2025-06-02", "klant-praktijk", "Klantgerichtheid in de praktijk", 3, 3, 3, "counted"),
      line("2025-09-15", "voorlezen", "Voorlezen aan peuters", 2, 2, 2, "counted"),
      line("2025-10-01", "boekenpraat", "Boekenpraat", 2, 2, 1, "partly-over-category-cap"),
      line("2026-01-12", "leesclub", "Leesclub begeleiden", 1, 1, 0, "over-category-cap"),
      line("2026-03-03", "mediawijsheid", "Mediawijsheid basis", 3, 3, 3, "counted"),
    ],
    bonus: [
      {
        theme: "leesbevordering",
        themeName: "Leesbevordering",
        year: 2025,
        date: "2025-05-01",
        roles: ["trainer", "kartrekker"],
        stars: 1,
        counted: 1,
        reason: "counted",
      },
      {
        theme: "mediawijsheid",
        themeName: "Mediawijsheid",
        year: 2026,
        date: "2026-01-01",
        roles: ["kartrekker"],
        stars: 1,
        counted: 0,
        reason: "over-category-cap",
      },
    ],
    roles: [
      {
        role: { theme: "leesbevordering", role: "trainer", year: 2025 },
        themeName: "Leesbevordering",
        reason: "bonus",
      },
      {
        role: { theme: "leesbevordering", role: "kartrekker", year: 2025 },
        themeName: "Leesbevordering",
        reason: "same-bonus",
      },
      {
        role: { theme: "mediawijsheid", role: "kartrekker", year: 2026 },
        themeName: "Mediawijsheid",
        reason: "bonus",
      },
    ],
    carryOver: null,
    exemptions: [
      {
        exemption: {
          from: "2024-09-01",
          to: "2024-10-31",
          reason: "Zorgverlof",
          status: "approved",
        },
        days: 0,
        reason: "outside-window",
      },
      {
        exemption: {
          from: "2025-11-01",
          to: "2025-12-31",
          reason: "Ouderschapsverlof",
          status: "approved",
        },
        days: 61,
        reason: "applied",
      },
    ],
    target: {
      base: 15,
      effective: 12,
      activeDays: 549,
      windowDays: 730,
      proRated: true,
      exemptDays: 61,
    },
    // earned = 3 + 2 + 2 + 1 + 3 (lines) + 1 + 1 (bonus) = 13; counted = 3 + 2 + 1 + 0 + 3 + 1 + 0 = 10
    totals: {
      earned: 13,
      counted: 10,
      surplus: 3,
      pending: 0,
      target: 12,
      remaining: 2,
      progress: 10 / 12,
    },
    mandatory: {
      required: 2,
      completed: 1,
      outstanding: 1,
      overdue: 0,
      obligations: [
        {
          component: "klant-praktijk",
          title: "Klantgerichtheid in de praktijk",
          year: 2025,
          due: "2025-12-31",
          status: "met",
          completedOn: "2025-06-02",
        },
        {
          component: "bhv-herhaling",
          title: "BHV-herhaling",
          year: 2026,
          due: "2026-12-31",
          status: "outstanding",
          completedOn: null,
        },
      ],
    },
    electiveRules: [
      { rule: "max-count", actual: 4, limit: 6, met: true, missing: [], missingNames: [] },
      { rule: "max-stars", actual: 8, limit: 10, met: true, missing: [], missingNames: [] },
    ],
    yearlyMinimum: [],
    status: "on-track",
    pace: { from: "2025-05-01", to: "2026-12-31", days: 549, elapsedDays: 365, target: 12, due: 7 },
    expiring: [],
    history: [],
  };

  /**
   * Carla at 2027-12-31 in her second window, complete: 2 stars carried over, a bonus, then
   * 3 + 3 + 3 + 2 = 11 more reach 14; the 3-star "Digitaal hulpplein" counts 1 (rules A6's example)
   * and "Podcast maken" none. earned = 2 + 1 + 3 + 3 + 3 + 2 + 3 + 2 = 19, counted = 15.
   */
  const complete: Statement = {
    participant: "p-carla",
    participantName: null,
    asOf: "2027-12-31",
    window: {
      start: "2027-01-01",
      end: "2028-12-31",
      days: 731,
      kind: "fixed",
      elapsedDays: 365,
      elapsedFraction: 365 / 731,
    },
    lines: [
      line("2027-02-01", "klant-praktijk", "Klantgerichtheid in de praktijk", 3, 3, 3, "counted"),
      line("2027-03-10", "mediawijsheid", "Mediawijsheid basis", 3, 3, 3, "counted"),
      line("2027-05-20", "informatievaardigheden", "Informatievaardigheden", 3, 3, 3, "counted"),
      line("2027-09-01", "coachen", "Coachen op de werkvloer", 2, 2, 2, "counted"),
      line("2027-10-05", "digitaal-hulpplein", "Digitaal hulpplein", 3, 3, 1, "partly-over-cap"),
      line("2027-11-11", "podcast-maken", "Podcast maken", 2, 2, 0, "over-cap"),
    ],
    bonus: [
      {
        theme: "klantgerichtheid",
        themeName: "Klantgerichtheid",
        year: 2027,
        date: "2027-01-01",
        roles: ["kartrekker"],
        stars: 1,
        counted: 1,
        reason: "counted",
      },
    ],
    roles: [
      {
        role: { theme: "klantgerichtheid", role: "kartrekker", year: 2027 },
        themeName: "Klantgerichtheid",
        reason: "bonus",
      },
      {
        role: { theme: "leesbevordering", role: "trainer", year: 2028 },
        themeName: "Leesbevordering",
        reason: "after-as-of-date",
      },
    ],
    carryOver: {
      from: { start: "2025-01-01", end: "2026-12-31", days: 730 },
      stars: 2,
      counted: 2,
    },
    exemptions: [
      {
        exemption: {
          from: "2027-04-01",
          to: "2027-04-30",
          reason: "Studieverlof",
          status: "approved",
        },
        days: 30,
        reason: "ignored-by-policy",
      },
    ],
    target: {
      base: 15,
      effective: 15,
      activeDays: 731,
      windowDays: 731,
      proRated: false,
      exemptDays: 0,
    },
    totals: {
      earned: 19,
      counted: 15,
      surplus: 4,
      pending: 0,
      target: 15,
      remaining: 0,
      progress: 1,
    },
    mandatory: {
      required: 1,
      completed: 1,
      outstanding: 0,
      overdue: 0,
      obligations: [
        {
          component: "informatievaardigheden",
          title: "Informatievaardigheden",
          year: 2027,
          due: "2027-12-31",
          status: "met",
          completedOn: "2027-05-20",
        },
      ],
    },
    electiveRules: [],
    yearlyMinimum: [
      { year: 2027, stars: 13, minimum: 5, days: 365, status: "met" },
      { year: 2028, stars: 0, minimum: 5, days: 366, status: "open" },
    ],
    status: "complete",
    pace: { from: "2027-01-01", to: "2028-12-31", days: 731, elapsedDays: 365, target: 15, due: 7 },
    expiring: [],
    history: [
      {
        window: { start: "2023-01-01", end: "2024-12-31", days: 731 },
        totals: {
          earned: 9,
          counted: 9,
          surplus: 0,
          pending: 0,
          target: 15,
          remaining: 6,
          progress: 0.6,
        },
        status: "behind",
        reached: false,
      },
      {
        window: window2526,
        totals: {
          earned: 17,
          counted: 15,
          surplus: 2,
          pending: 0,
          target: 15,
          remaining: 0,
          progress: 1,
        },
        status: "complete",
        reached: true,
      },
    ],
  };

  return { behind, onTrack, complete };
}

const all = () => Object.values(fixtures());

/** The item lines of the section that starts with `heading`, up to the next empty line. */
function section(lines: readonly string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** 2026-06-30 → "30 juni 2026" / "30 June 2026", the one way the texts show a date. */
const dateIn = (locale: Locale, iso: string) => longDate(iso, locale);

describe("the fixtures", () => {
  it("together cover every reason, status and rule (so the tests below see them all)", () => {
    const s = all();
    const seen = <T>(values: T[]) => [...new Set(values)].sort();
    expect(seen(s.flatMap((x) => x.lines.map((l) => l.reason)))).toEqual(seen(allLineReasons));
    expect(seen(s.flatMap((x) => x.roles.map((r) => r.reason)))).toEqual(seen(allRoleReasons));
    expect(seen(s.flatMap((x) => x.exemptions.map((e) => e.reason)))).toEqual(
      seen(allExemptionReasons),
    );
    expect(seen(s.flatMap((x) => x.mandatory.obligations.map((o) => o.status)))).toEqual(
      seen(allObligationStatuses),
    );
    expect(seen(s.map((x) => x.status))).toEqual(seen(allStatuses));
    expect(seen(s.flatMap((x) => x.electiveRules.map((r) => r.rule)))).toEqual(
      seen(allElectiveRules),
    );
    expect(seen(s.flatMap((x) => x.yearlyMinimum.map((y) => y.status)))).toEqual(
      seen(allYearStatuses),
    );
    expect(s.some((x) => x.history.length > 0 && x.carryOver !== null)).toBe(true);
  });

  it("add up: earned = line stars + bonus stars + carry-over, counted likewise (rules A10.1)", () => {
    for (const s of all()) {
      const sum = (f: (x: { stars: number; counted: number }) => number) =>
        s.lines.reduce((a, l) => a + f(l), 0) +
        s.bonus.reduce((a, b) => a + f(b), 0) +
        (s.carryOver === null ? 0 : f(s.carryOver));
      expect(sum((x) => x.stars)).toBe(s.totals.earned);
      expect(sum((x) => x.counted)).toBe(s.totals.counted);
      expect(s.totals.surplus).toBe(s.totals.earned - s.totals.counted);
    }
  });
});

describe("explainStatement (rules A8)", () => {
  it("rules A8: explainStatement is explainStatementLines joined with line breaks", () => {
    for (const s of all())
      for (const locale of locales)
        expect(explainStatement(s, locale)).toBe(explainStatementLines(s, locale).join("\n"));
  });

  it("rules A8: Dutch is the default locale", () => {
    for (const s of all()) expect(explainStatement(s)).toBe(explainStatement(s, "nl"));
  });

  it("rules A8: Dutch and English texts differ and leave no hole (undefined, NaN, null, [object …])", () => {
    for (const s of all()) {
      const texts = locales.map((locale) => explainStatement(s, locale));
      expect(texts[0]).not.toBe(texts[1]);
      for (const text of texts) {
        for (const hole of ["undefined", "NaN", "[object", "null", "Infinity"])
          expect(text).not.toContain(hole);
        expect(text.split("\n").every((l) => !l.includes("\n") && l === l.trimEnd())).toBe(true);
      }
    }
  });

  it("rules A10.6: the same statement gives the same text twice, and a deep-frozen input is untouched", () => {
    for (const s of all()) {
      const frozen = deepFreeze(structuredClone(s));
      for (const locale of locales) {
        const once = explainStatement(frozen, locale);
        expect(explainStatement(frozen, locale)).toBe(once);
        expect(explainStatement(structuredClone(s), locale)).toBe(once);
      }
      expect(frozen).toEqual(s);
    }
  });

  it("rules A1: every date reads as in prose (30 juni 2026 / 30 June 2026); no ISO or DD-MM-YYYY date is left", () => {
    for (const s of all()) {
      for (const locale of locales) {
        const text = explainStatement(s, locale);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.toMatch(/\d{2}-\d{2}-\d{4}/);
      }
    }
    expect(explainStatement(fixtures().behind, "nl")).toContain("stand op 30 juni 2026");
    expect(explainStatement(fixtures().behind, "en")).toContain("as of 30 June 2026");
  });

  it("rules A8: the heading names the participant by name (or the quoted id), the as-of date, the window and the elapsed part", () => {
    // 546 / 730 = 0.748 → 75%; 365 / 731 = 0.4993 → 50%
    for (const [s, percent] of [
      [fixtures().behind, 75],
      [fixtures().complete, 50],
    ] as const) {
      for (const locale of locales) {
        const [heading, window] = explainStatementLines(s, locale);
        expect(heading).toContain(s.participantName ?? `"${s.participant}"`);
        expect(heading).toContain(dateIn(locale, s.asOf));
        expect(window).toContain(dateIn(locale, s.window.start));
        expect(window).toContain(dateIn(locale, s.window.end));
        expect(window).toContain(`${s.window.elapsedDays} `);
        expect(window).toContain(`${percent}%`);
      }
    }
  });

  it("rules A6: a lowered target says from what, and why (late start, exemption days)", () => {
    const { behind, onTrack } = fixtures();
    const nlTarget = explainStatementLines(onTrack, "nl")[2];
    expect(nlTarget).toContain("12 sterren in plaats van 15");
    expect(nlTarget).toContain("in de loop van de periode begon");
    expect(nlTarget).toContain("61 dagen vrijstelling");
    expect(nlTarget).toContain("549 van de 730 dagen");
    const enTarget = explainStatementLines(onTrack, "en")[2];
    expect(enTarget).toContain("12 stars instead of 15");
    expect(enTarget).toContain("started during the window");
    expect(enTarget).toContain("61 days are exempt");
    expect(explainStatementLines(behind, "nl")[2]).toBe("Doel: 15 sterren.");
    expect(explainStatementLines(behind, "en")[2]).toBe("Target: 15 stars.");
  });

  it("rules A6: an exemption that does not change the rounded-up target says so", () => {
    const { behind } = fixtures();
    // 15 × 729 / 730 = 14.98 → still 15
    const s = { ...behind, target: { ...behind.target, activeDays: 729, exemptDays: 1 } };
    expect(explainStatementLines(s, "nl")[2]).toContain("1 dag vrijstelling is");
    expect(explainStatementLines(s, "nl")[2]).toContain("blijft het doel gelijk");
    expect(explainStatementLines(s, "en")[2]).toContain("the target stays the same");
  });
});

describe("completion lines (rules A7)", () => {
  it("rules A7: exactly one text line per completion line, in order, with date, component and stars", () => {
    for (const s of all()) {
      for (const locale of locales) {
        const items = section(
          explainStatementLines(s, locale),
          messages[locale].completionsHeading(),
        );
        expect(items).toHaveLength(s.lines.length);
        const unknown = locale === "nl" ? "Onbekend onderdeel" : "Unknown component";
        s.lines.forEach((l, i) => {
          const text = items[i] ?? "";
          const name = l.title ?? `${unknown} "${l.completion.component}"`;
          expect(text.startsWith(`- ${name}, ${dateIn(locale, l.completion.date)}: `)).toBe(true);
          if (l.editionStars !== null)
            expect(text).toContain(`${l.editionStars} ${locale === "nl" ? "ster" : "star"}`);
        });
      }
    }
  });

  it("rules A6/A7: a line partly over the cap shows the edition stars, the counted stars and the surplus", () => {
    const { complete } = fixtures();
    const find = (locale: Locale) =>
      explainStatementLines(complete, locale).find((l) => l.includes("Digitaal hulpplein"));
    // 3 stars arriving at 14 under a cap of 15: 1 counts, 2 surplus (rules A6's own example)
    expect(find("nl")).toBe(
      "- Digitaal hulpplein, 5 oktober 2027: 3 sterren, 1 telt mee: het maximum van de periode is bereikt (2 boven het maximum).",
    );
    expect(find("en")).toContain("3 stars, 1 counts");
    expect(find("en")).toContain("(2 over the cap)");
  });

  it("rules A7: each reason is told in its own words, and the uncounted ones say they do not count", () => {
    const sample = line("2026-05-19", "x", "X", 3, 3, 1, "counted");
    for (const locale of locales) {
      const m = messages[locale];
      const texts = allLineReasons.map((r) => m.line[r]({ ...sample, reason: r }, null));
      expect(new Set(texts).size).toBe(allLineReasons.length);
    }
    const { behind } = fixtures();
    const items = section(explainStatementLines(behind, "nl"), nl.completionsHeading());
    behind.lines.forEach((l, i) => {
      const text = items[i] ?? "";
      if (l.counted === 0) expect(text).toMatch(/telt (nog )?niet mee/);
      else expect(text).toContain("telt volledig mee");
    });
    expect(items.find((t) => t.includes("Leesclub"))).toContain("kunnen nog komen");
    // A component the 2025 edition does not list has no title: said in words, its id quoted.
    expect(items.find((t) => t.includes("podcast-maken"))).toBe(
      '- Onbekend onderdeel "podcast-maken", 1 mei 2025: geen sterren, telt niet mee: het sterrenprogramma van 2025 heeft dit onderdeel niet.',
    );
  });

  it("rules A7 amended: a duplicate line names the completion that counts, also when that one is later", () => {
    const earlier = line("2025-03-01", "s", "S", 1, 0, 0, "duplicate");
    const later = line("2026-04-01", "s", "S", 2, 2, 2, "counted");
    const s = { ...fixtures().behind, lines: [earlier, later] };
    expect(section(explainStatementLines(s, "en"), en.completionsHeading())[0]).toBe(
      "- S, 1 March 2025: 1 star, not counted: a duplicate; the completion of 1 April 2026 counts for this component, with more stars.",
    );
    expect(section(explainStatementLines(s, "nl"), nl.completionsHeading())[0]).toBe(
      "- S, 1 maart 2025: 1 ster, telt niet mee: dubbel; de afronding van 1 april 2026 telt mee voor dit onderdeel, met meer sterren.",
    );
    // Equal stars: the earlier one counts, and the text does not claim more stars.
    const first = line("2025-03-01", "s", "S", 1, 1, 1, "counted");
    const second = line("2025-09-01", "s", "S", 1, 0, 0, "duplicate");
    const t = { ...fixtures().behind, lines: [first, second] };
    expect(section(explainStatementLines(t, "en"), en.completionsHeading())[1]).toBe(
      "- S, 1 September 2025: 1 star, not counted: a duplicate; the completion of 1 March 2025 counts for this component.",
    );
  });

  it("rules A7: a statement without completions says so instead of an empty list", () => {
    const s = { ...fixtures().behind, lines: [] };
    expect(explainStatementLines(s, "nl")).toContain("Nog geen afgeronde onderdelen.");
    expect(explainStatementLines(s, "en")).toContain("No completed components yet.");
  });
});

describe("bonus, roles, carry-over and exemptions (rules A5, A6)", () => {
  it("rules A5: one line per bonus with the theme's name, year, roles and counted stars", () => {
    const { onTrack } = fixtures();
    const nlItems = section(explainStatementLines(onTrack, "nl"), nl.bonusHeading());
    expect(nlItems).toEqual([
      "- Thema Leesbevordering, 2025 (trainer en kartrekker): 1 ster, telt volledig mee.",
      "- Thema Mediawijsheid, 2026 (kartrekker): 1 ster, telt niet mee: het maximum voor bonussterren was al bereikt (1 boven dat maximum).",
    ]);
    const enItems = section(explainStatementLines(onTrack, "en"), en.bonusHeading());
    expect(enItems[0]).toBe(
      "- Theme Leesbevordering, 2025 (trainer and kartrekker): 1 star, counted in full.",
    );
    // A bonus per window names no theme; a theme without a name is said in words, id quoted.
    const b = onTrack.bonus[0];
    if (b === undefined) throw new Error("fixture has a bonus");
    expect(nl.bonus.counted({ ...b, theme: null, themeName: null, year: null })).toBe(
      "De hele periode (trainer en kartrekker): 1 ster, telt volledig mee.",
    );
    expect(en.bonus.counted({ ...b, themeName: null, year: null, roles: [] })).toBe(
      'Unknown theme "leesbevordering", the whole window: 1 star, counted in full.',
    );
  });

  it("rules A5: every bonus reason has a distinct text in both languages", () => {
    const b = fixtures().onTrack.bonus[0];
    if (b === undefined) throw new Error("fixture has a bonus");
    for (const m of [nl, en]) {
      const texts = allBonusReasons.map((r) => m.bonus[r]({ ...b, counted: 0, reason: r }));
      expect(new Set(texts).size).toBe(allBonusReasons.length);
    }
  });

  it("rules A5: only roles without a bonus are listed, each with its reason", () => {
    for (const s of all()) {
      for (const locale of locales) {
        const items = section(explainStatementLines(s, locale), messages[locale].rolesHeading());
        const without = s.roles.filter((r) => r.reason !== "bonus");
        expect(items).toHaveLength(without.length);
        without.forEach((r, i) => {
          // The theme by its name; only a theme the programme lacks is quoted by id.
          expect(items[i]).toContain(r.themeName ?? `"${r.role.theme}"`);
          if (r.themeName !== null) expect(items[i]).not.toContain(`"${r.role.theme}"`);
          expect(items[i]).toContain(String(r.role.year));
          expect(items[i]?.toLowerCase()).toContain(r.role.role);
        });
      }
    }
    expect(section(explainStatementLines(fixtures().behind, "nl"), nl.rolesHeading())).toEqual([
      '- Trainer van een onbekend thema "sterrenkijken" in 2025: geen bonus, want het programma heeft dit thema niet.',
      "- Trainer van het thema Klantgerichtheid in 2026: geen bonus, want het beleid geeft voor deze rol geen bonus.",
      "- Kartrekker van het thema Leesbevordering in 2024: geen bonus, want het jaar valt buiten de periode.",
    ]);
    const role = { theme: "t", role: "trainer", year: 2026 } as const;
    for (const m of [nl, en])
      expect(
        new Set(allRoleReasons.map((r) => m.role[r]({ role, themeName: "T", reason: r }))).size,
      ).toBe(allRoleReasons.length);
  });

  it("rules A6: carry-over appears only when there is one, with the window it came from", () => {
    const { complete, behind } = fixtures();
    expect(explainStatementLines(complete, "nl")).toContain(
      "Meegenomen uit de vorige periode (1 januari 2025 t/m 31 december 2026): 2 sterren, telt volledig mee.",
    );
    expect(explainStatement(behind, "nl")).not.toContain("Meegenomen");
    expect(explainStatement(behind, "en")).not.toContain("Carried over");
  });

  it("rules A6: every exemption is explained; only an applied one lowers the target, with its days", () => {
    for (const s of all()) {
      for (const locale of locales) {
        const items = section(
          explainStatementLines(s, locale),
          messages[locale].exemptionsHeading(),
        );
        expect(items).toHaveLength(s.exemptions.length);
        s.exemptions.forEach((e, i) => {
          expect(items[i]).toContain(e.exemption.reason);
          expect(items[i]).toContain(dateIn(locale, e.exemption.from));
          if (e.reason === "applied") expect(items[i]).toContain(`${e.days} `);
          else expect(items[i]).toMatch(locale === "nl" ? /verlaagt het doel/ : /lower the target/);
        });
      }
    }
  });
});

describe("totals, mandatory, rules, history and status (rules A3, A4, A6, A8)", () => {
  it("rules A8: the totals show earned, counted, surplus, pending, target, remaining and progress", () => {
    const { behind, onTrack, complete } = fixtures();
    expect(section(explainStatementLines(behind, "nl"), nl.totalsHeading())).toEqual([
      "- Verdiend: 5 sterren",
      "- Telt mee: 5 sterren",
      "- Boven een maximum (telt niet mee): 0 sterren",
      "- Kan nog komen (wacht op goedkeuring): 2 sterren",
      "- Doel: 15 sterren",
      "- Nog te gaan: 10 sterren",
      "- Voortgang: 33%", // 5 / 15
    ]);
    const enTotals = section(explainStatementLines(onTrack, "en"), en.totalsHeading());
    expect(enTotals).toContain("- Earned: 13 stars");
    expect(enTotals).toContain("- Over a cap (not counted): 3 stars");
    expect(enTotals).toContain("- Progress: 83%"); // 10 / 12
    expect(section(explainStatementLines(complete, "en"), en.totalsHeading())).toContain(
      "- Progress: 100%",
    );
  });

  it("rules A8: progress rounds to a whole percentage but never shows 100% before the target", () => {
    const { complete } = fixtures();
    const s = {
      ...complete,
      totals: { ...complete.totals, counted: 199, target: 200, remaining: 1, progress: 0.995 },
    };
    expect(explainStatement(s, "en")).toContain("Progress: 99%");
  });

  it("rules A3: one line per obligation with title, edition year and due date; late ones marked", () => {
    const { behind } = fixtures();
    for (const locale of locales) {
      const m = messages[locale];
      const items = section(
        explainStatementLines(behind, locale),
        m.mandatoryHeading(behind.mandatory),
      );
      expect(items).toHaveLength(behind.mandatory.obligations.length);
      behind.mandatory.obligations.forEach((o, i) => {
        const text = items[i] ?? "";
        expect(text).toContain(o.title);
        expect(text).toContain(String(o.year));
        expect(text).toContain(dateIn(locale, o.due));
        if (o.completedOn !== null) expect(text).toContain(dateIn(locale, o.completedOn));
        // One word per concept (docs/rules.md, glossary): completed late, overdue.
        const late = locale === "nl" ? /te laat afgerond/ : /completed late/;
        const overdue = locale === "nl" ? /over tijd/ : /overdue/;
        expect(late.test(text)).toBe(o.status === "met-late");
        expect(overdue.test(text)).toBe(o.status === "overdue");
      });
    }
    expect(explainStatement(behind, "nl")).toContain("Verplichte onderdelen (2 van 4 afgerond):");
    const none = { ...behind, mandatory: { ...behind.mandatory, obligations: [] } };
    expect(explainStatementLines(none, "en")).toContain("Mandatory components: none.");
  });

  it("rules A4: elective rules show their numbers, and the section is left out when there are none", () => {
    const { behind, onTrack, complete } = fixtures();
    const nlRules = section(explainStatementLines(behind, "nl"), nl.electiveHeading());
    expect(nlRules).toEqual([
      "- Minstens 3 onderdelen naar vrije keuze: 1 gevolgd, niet voldaan.",
      "- Elke leerlijn minstens één keer: 1 van de 2 leerlijnen gevolgd, niet voldaan (nog niet: Ondernemerschap).",
    ]);
    const enRules = section(explainStatementLines(onTrack, "en"), en.electiveHeading());
    expect(enRules).toEqual([
      "- At most 6 elective components: 4 taken, met.",
      "- At most 10 stars from elective components: 8 stars, met.",
    ]);
    expect(explainStatementLines(complete, "nl")).not.toContain(nl.electiveHeading());
    expect(explainStatementLines(complete, "en")).not.toContain(en.electiveHeading());
  });

  it("rules A6: the yearly minimum per year, only when the policy sets one", () => {
    const { behind, onTrack } = fixtures();
    expect(section(explainStatementLines(behind, "nl"), nl.yearlyMinimumHeading())).toEqual([
      "- 2025: 3 sterren (minimum 5), niet gehaald.",
      "- 2026: 2 sterren (minimum 5), nog niet gehaald; het jaar loopt nog.",
    ]);
    expect(explainStatementLines(onTrack, "en")).not.toContain(en.yearlyMinimumHeading());
    for (const m of [nl, en]) {
      const y = { year: 2025, stars: 3, minimum: 5, days: 365 };
      const texts = allYearStatuses.map((status) => m.yearMinimum[status]({ ...y, status }));
      expect(new Set(texts).size).toBe(allYearStatuses.length);
    }
  });

  it("rules A8: earlier windows, oldest first, only when there are any", () => {
    const { complete, onTrack } = fixtures();
    expect(section(explainStatementLines(complete, "en"), en.historyHeading())).toEqual([
      "- 1 January 2023 to 31 December 2024: 9 stars earned, 9 counted; target 15, not reached; status at the end: behind.",
      "- 1 January 2025 to 31 December 2026: 17 stars earned, 15 counted (2 over a cap); target 15, reached; status at the end: complete.",
    ]);
    expect(section(explainStatementLines(complete, "nl"), nl.historyHeading())).toEqual([
      "- 1 januari 2023 t/m 31 december 2024: 9 sterren verdiend, 9 telden mee; doel 15, niet gehaald; stand aan het eind: achter op schema.",
      "- 1 januari 2025 t/m 31 december 2026: 17 sterren verdiend, 15 telden mee (2 boven een maximum); doel 15, gehaald; stand aan het eind: voltooid.",
    ]);
    expect(explainStatementLines(onTrack, "nl")).not.toContain(nl.historyHeading());
  });

  it("rules A8: the status comes last, in words, with the numbers behind on-track and behind", () => {
    const { behind, onTrack, complete } = fixtures();
    const last = (s: Statement, locale: Locale) => explainStatementLines(s, locale).at(-1) ?? "";
    // behind: ⌊15 × 546 / 730⌋ = 11 due, 5 count, 1 obligation overdue
    expect(last(behind, "nl")).toBe(
      "Stand: achter op schema. Na 75% van de periode zijn 11 sterren nodig om op schema te liggen, maar er tellen pas 5 mee. 1 verplicht onderdeel is over tijd. Het minimum per jaar is niet gehaald in 2025.",
    );
    expect(last(behind, "en")).toContain("After 75% of the window, 11 stars are needed");
    expect(last(behind, "en")).toContain("only 5 count");
    expect(last(behind, "en")).toContain("1 mandatory component is overdue");
    // on track: her own period from 2025-05-01, 365 of 549 active days (66%): ⌊12 × 365 / 549⌋ = 7 due, 10 count
    expect(last(onTrack, "nl")).toContain(
      "Na 66% van de periode sinds de start op 1 mei 2025 zijn 7 sterren nodig",
    );
    expect(last(onTrack, "en")).toContain(
      "After 66% of the period since the start on 1 May 2025, 7 stars are needed",
    );
    expect(last(onTrack, "nl")).toContain("er tellen 10 mee");
    expect(last(onTrack, "en")).toMatch(/^Status: on track\./);
    expect(last(complete, "nl")).toMatch(/^Stand: voltooid\./);
    expect(last(complete, "en")).toMatch(/^Status: complete\./);
  });

  it("rules A8: behind only because of an overdue obligation does not claim too few stars", () => {
    const { behind } = fixtures();
    // The fixture's yearly minimum of 2025 is not met: without it, only the obligation is left.
    const s = {
      ...behind,
      totals: { ...behind.totals, counted: 12, remaining: 3 },
      yearlyMinimum: [],
    };
    expect(explainStatementLines(s, "nl").at(-1)).toBe(
      "Stand: achter op schema. 1 verplicht onderdeel is over tijd.",
    );
    expect(explainStatementLines({ ...s, yearlyMinimum: behind.yearlyMinimum }, "nl").at(-1)).toBe(
      "Stand: achter op schema. 1 verplicht onderdeel is over tijd. Het minimum per jaar is niet gehaald in 2025.",
    );
  });

  it("rules A8: the sections come in the order of the statement", () => {
    const { complete, onTrack } = fixtures();
    for (const locale of locales) {
      const m = messages[locale];
      const lines = explainStatementLines(complete, locale);
      const at = (text: string) => lines.findIndex((l) => l.startsWith(text));
      const order = [
        m.heading({
          participant: complete.participant,
          participantName: complete.participantName,
          asOf: complete.asOf,
        }),
        m.completionsHeading(),
        m.bonusHeading(),
        m.rolesHeading(),
        m.carryOver(complete.carryOver ?? { from: window2526, stars: 0, counted: 0 }),
        m.exemptionsHeading(),
        m.totalsHeading(),
        m.mandatoryHeading(complete.mandatory),
        m.yearlyMinimumHeading(),
        m.historyHeading(),
      ].map(at);
      expect(order.every((i) => i >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(at(m.electiveHeading())).toBe(-1);
      const withRules = explainStatementLines(onTrack, locale);
      expect(withRules.indexOf(m.electiveHeading())).toBeGreaterThan(
        withRules.indexOf(m.mandatoryHeading(onTrack.mandatory)),
      );
    }
  });
});

describe("whole explanations, written out by hand (issue 16: names, Dutch plurals, dates in words)", () => {
  it("rules A8: Bram's statement in Dutch, line by line: titles and theme names, 0/1/2 sterren, dates in words", () => {
    expect(explainStatement(fixtures().behind, "nl")).toBe(
      [
        "Sterrenoverzicht van Bram de Boer, stand op 30 juni 2026",
        "Periode: 1 januari 2025 t/m 31 december 2026 (vaste periode); 546 van 730 dagen voorbij (75%).",
        "Doel: 15 sterren.",
        "",
        "Afgeronde onderdelen:",
        "- Klantcontact aan de balie, 5 november 2024: 2 sterren, telt niet mee: de datum valt buiten de periode.",
        "- BHV-herhaling, 10 februari 2025: 2 sterren, telt volledig mee.",
        "- Privacy en de AVG, 1 maart 2025: 1 ster, telt volledig mee.",
        "- BHV-herhaling, 1 april 2025: 2 sterren, telt niet mee: dubbel; de afronding van 10 februari 2025 telt mee voor dit onderdeel.",
        '- Onbekend onderdeel "podcast-maken", 1 mei 2025: geen sterren, telt niet mee: het sterrenprogramma van 2025 heeft dit onderdeel niet.',
        "- Brandveiligheid, 20 januari 2026: 2 sterren, telt volledig mee.",
        "- Leesclub begeleiden, 1 februari 2026: 2 sterren, telt nog niet mee: wacht op goedkeuring; deze sterren kunnen nog komen.",
        "- E-learning AVG, 1 maart 2026: 1 ster, telt niet mee: afgewezen.",
        "- Mediawijsheid basis, 1 augustus 2026: 3 sterren, telt nog niet mee: de datum ligt na de datum van dit overzicht.",
        "",
        "Rollen zonder bonus:",
        '- Trainer van een onbekend thema "sterrenkijken" in 2025: geen bonus, want het programma heeft dit thema niet.',
        "- Trainer van het thema Klantgerichtheid in 2026: geen bonus, want het beleid geeft voor deze rol geen bonus.",
        "- Kartrekker van het thema Leesbevordering in 2024: geen bonus, want het jaar valt buiten de periode.",
        "",
        "Vrijstellingen:",
        "- 1 juli 2025 t/m 31 juli 2025 (Onbetaald verlof): afgewezen en verlaagt het doel niet.",
        "- 1 februari 2026 t/m 28 februari 2026 (Zorgverlof): wacht op goedkeuring en verlaagt het doel nog niet.",
        "",
        "Totaal:",
        "- Verdiend: 5 sterren",
        "- Telt mee: 5 sterren",
        "- Boven een maximum (telt niet mee): 0 sterren",
        "- Kan nog komen (wacht op goedkeuring): 2 sterren",
        "- Doel: 15 sterren",
        "- Nog te gaan: 10 sterren",
        "- Voortgang: 33%",
        "",
        "Verplichte onderdelen (2 van 4 afgerond):",
        "- Privacy en de AVG (verplicht in 2025, uiterlijk 31 december 2025): afgerond op 1 maart 2025.",
        "- Brandveiligheid (verplicht in 2025, uiterlijk 31 december 2025): te laat afgerond, op 20 januari 2026, na de uiterste datum.",
        "- Informatievaardigheden (verplicht in 2025, uiterlijk 31 december 2025): over tijd — nog niet afgerond en de uiterste datum is voorbij.",
        "- BHV-herhaling (verplicht in 2026, uiterlijk 31 december 2026): nog niet afgerond.",
        "",
        "Regels voor vrije keuze:",
        "- Minstens 3 onderdelen naar vrije keuze: 1 gevolgd, niet voldaan.",
        "- Elke leerlijn minstens één keer: 1 van de 2 leerlijnen gevolgd, niet voldaan (nog niet: Ondernemerschap).",
        "",
        "Minimum per jaar:",
        "- 2025: 3 sterren (minimum 5), niet gehaald.",
        "- 2026: 2 sterren (minimum 5), nog niet gehaald; het jaar loopt nog.",
        "",
        "Stand: achter op schema. Na 75% van de periode zijn 11 sterren nodig om op schema te liggen, maar er tellen pas 5 mee. 1 verplicht onderdeel is over tijd. Het minimum per jaar is niet gehaald in 2025.",
      ].join("\n"),
    );
  });

  it("rules A8: Carla's statement in English, line by line: a participant without a name is quoted by id", () => {
    expect(explainStatement(fixtures().complete, "en")).toBe(
      [
        'Star statement of participant "p-carla" as of 31 December 2027',
        "Window: 1 January 2027 to 31 December 2028 (fixed window); 365 of 731 days elapsed (50%).",
        "Target: 15 stars.",
        "",
        "Completed components:",
        "- Klantgerichtheid in de praktijk, 1 February 2027: 3 stars, counted in full.",
        "- Mediawijsheid basis, 10 March 2027: 3 stars, counted in full.",
        "- Informatievaardigheden, 20 May 2027: 3 stars, counted in full.",
        "- Coachen op de werkvloer, 1 September 2027: 2 stars, counted in full.",
        "- Digitaal hulpplein, 5 October 2027: 3 stars, 1 counts: the window's cap has been reached (2 over the cap).",
        "- Podcast maken, 11 November 2027: 2 stars, not counted: the window's cap had already been reached (2 over the cap).",
        "",
        "Bonus stars (trainer and kartrekker):",
        "- Theme Klantgerichtheid, 2027 (kartrekker): 1 star, counted in full.",
        "",
        "Roles without a bonus:",
        "- Trainer of the theme Leesbevordering in 2028: no bonus yet, because the bonus period starts after the date of this statement.",
        "",
        "Carried over from the previous window (1 January 2025 to 31 December 2026): 2 stars, counted in full.",
        "",
        "Exemptions:",
        "- 1 April 2027 to 30 April 2027 (Studieverlof): does not lower the target, because the policy does not let exemptions count.",
        "",
        "Totals:",
        "- Earned: 19 stars",
        "- Counted: 15 stars",
        "- Over a cap (not counted): 4 stars",
        "- May still come (awaiting approval): 0 stars",
        "- Target: 15 stars",
        "- Still to go: 0 stars",
        "- Progress: 100%",
        "",
        "Mandatory components (1 of 1 completed):",
        "- Informatievaardigheden (mandatory in 2027, due 31 December 2027): completed on 20 May 2027.",
        "",
        "Yearly minimum:",
        "- 2027: 13 stars (minimum 5), met.",
        "- 2028: 0 stars (minimum 5), not reached yet; the year is still running.",
        "",
        "Earlier windows:",
        "- 1 January 2023 to 31 December 2024: 9 stars earned, 9 counted; target 15, not reached; status at the end: behind.",
        "- 1 January 2025 to 31 December 2026: 17 stars earned, 15 counted (2 over a cap); target 15, reached; status at the end: complete.",
        "",
        "Status: complete. The target is reached, every mandatory component is completed and every rule of the policy is met.",
      ].join("\n"),
    );
  });

  it("Dutch singulars and plurals: 1 ster / 1 dag / 1 onderdeel / 1 leerlijn against 0 and 2", () => {
    const { behind } = fixtures();
    const one = {
      ...behind,
      target: { ...behind.target, base: 1, effective: 1 },
      window: { ...behind.window, days: 1, elapsedDays: 1 },
    };
    const [, window, target] = explainStatementLines(one, "nl");
    expect(window).toContain("1 van 1 dag voorbij");
    expect(target).toBe("Doel: 1 ster.");
    const rule = (limit: number) =>
      nl.electiveRule["min-count"]({
        rule: "min-count",
        actual: 0,
        limit,
        met: false,
        missing: [],
        missingNames: [],
      });
    expect(rule(1)).toBe("Minstens 1 onderdeel naar vrije keuze: 0 gevolgd, niet voldaan.");
    expect(rule(2)).toBe("Minstens 2 onderdelen naar vrije keuze: 0 gevolgd, niet voldaan.");
    const cover = (limit: number, names: string[]) =>
      nl.electiveRule["cover-every-learning-line"]({
        rule: "cover-every-learning-line",
        actual: limit - names.length,
        limit,
        met: names.length === 0,
        missing: names.map((n) => n.toLowerCase()),
        missingNames: names,
      });
    expect(cover(1, [])).toBe(
      "Elke leerlijn minstens één keer: 1 van de 1 leerlijn gevolgd, voldaan.",
    );
    expect(cover(3, ["Vakkennis", "Samenwerken"])).toBe(
      "Elke leerlijn minstens één keer: 1 van de 3 leerlijnen gevolgd, niet voldaan (nog niet: Vakkennis en Samenwerken).",
    );
  });
});

describe("statementStatusText: the status in the explanation's own words", () => {
  it("gives the same words as the explanation, in Dutch by default", () => {
    for (const status of allStatuses)
      for (const locale of locales)
        expect(statementStatusText(status, locale)).toBe(messages[locale].statusWords[status]);
    expect(statementStatusText("on-track")).toBe("op schema");
    expect(statementStatusText("behind", "nl")).toBe("achter op schema");
    expect(statementStatusText("complete", "en")).toBe("complete");
    // The history lines say the same words.
    expect(explainStatement(fixtures().complete, "nl")).toContain(
      `stand aan het eind: ${statementStatusText("behind", "nl")}.`,
    );
  });
});
