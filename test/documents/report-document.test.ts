import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { reportDocument } from "../../src/documents/index.js";
import { organisationReport } from "../../src/stars/report.js";
import type { OrganisationReport } from "../../src/stars/report-types.js";
import {
  AS_OF,
  asShown,
  DOCUMENT_ATTRIBUTES,
  DOCUMENT_TAGS,
  HOSTILE_NAMES,
  hostileProgramme,
  markupNames,
  participants,
  programme,
} from "./fixtures.js";
import { elements, htmlProblems, svgParts, visibleText, xmlProblems } from "./markup-checks.js";

const report = organisationReport(programme, participants, AS_OF);
const nl = reportDocument(programme, report);
const en = reportDocument(programme, report, { locale: "en" });

/** A report small enough to check every figure by hand. */
const small: OrganisationReport = {
  asOf: "2026-06-30",
  participants: 4,
  status: { complete: 1, "on-track": 1, behind: 2 },
  countedDistribution: [
    { stars: 0, participants: 0 },
    { stars: 1, participants: 1 },
    { stars: 2, participants: 0 },
    { stars: 3, participants: 3 },
  ],
  meanCounted: 10.25,
  mandatory: [
    {
      component: "privacy",
      title: "Privacy en AVG",
      required: 8,
      completed: 6,
      late: 1,
      overdue: 2,
      rate: 0.75,
    },
  ],
  participation: {
    themes: [{ id: "t", name: "Leesbevordering", participants: 1, completions: 1 }],
    learningLines: [],
    spearheads: [],
  },
  roles: [{ theme: "t", name: "Leesbevordering", trainers: 1, kartrekkers: 2 }],
  trainingReturn: [
    {
      component: "intervisie",
      title: "Intervisie",
      evaluations: 3,
      participantScore: { n: 3, mean: 13 / 3 },
      effectScore: { n: 0, mean: null },
    },
  ],
};

describe("reportDocument: the organisation report page (rules A8)", () => {
  it("is one well-formed, self-contained, print-ready HTML5 document in either language", () => {
    for (const [html, lang] of [
      [nl, "nl"],
      [en, "en"],
    ] as const) {
      expect(htmlProblems(html)).toEqual([]);
      expect(html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">`)).toBe(true);
      expect(html).toContain("@media print{");
      expect(html).toContain("@page{size:A4");
      expect(html).not.toMatch(/<script|<link|<img|@import|url\(|\ssrc=|\shref=/i);
      expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:/i);
    }
    expect(nl).toContain(
      "<title>Organisatierapport Bibliotheek Voorbeeldstad (voorbeeld), 30 juni 2026</title>",
    );
    expect(en).toContain(
      "<title>Organisation report Bibliotheek Voorbeeldstad (voorbeeld), 30 June 2026</title>",
    );
  });

  it("holds both charts as accessible SVG, each followed by a table of the same figures", () => {
    const svgs = svgParts(nl);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).toMatch(/role="img" aria-label="[^"]+"/);
      expect(svg).toMatch(/<title>[^<]+<\/title>\n<desc>[^<]+<\/desc>/);
    }
    const [stars, rates] = svgs as [string, string];
    // One bar per star count from 0 to the highest; one bar per mandatory component.
    expect(elements(stars, "rect", "bar")).toHaveLength(report.countedDistribution.length);
    expect(elements(rates, "rect", "bar")).toHaveLength(report.mandatory.length);
    // The target of the programme is marked.
    expect(stars).toContain(`>doel ${programme.policy.target}</text>`);
    for (const m of report.mandatory) {
      expect(nl).toContain(`<td>${m.title}</td>`);
    }
    // No mandatory component is named by its id.
    for (const m of report.mandatory)
      if (m.component !== m.title.toLowerCase()) expect(visibleText(nl)).not.toContain(m.component);
  });

  it("shows every figure of a small report as it should read (hand-checked)", () => {
    const html = reportDocument(programme, small);
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain("<dt>Medewerkers</dt><dd>4</dd>");
    // 10.25 to one decimal, with a decimal comma.
    expect(html).toContain("<dt>Gemiddeld aantal sterren dat meetelt</dt><dd>10,3</dd>");
    expect(html).toContain('<tr><td>Voltooid</td><td class="num">1</td></tr>');
    expect(html).toContain('<tr><td>Achter op schema</td><td class="num">2</td></tr>');
    // The star counts with participants, and a word for the others.
    expect(html).toContain('<tr><td>1</td><td class="num">1</td></tr>');
    expect(html).toContain('<tr><td>3</td><td class="num">3</td></tr>');
    expect(html).not.toContain('<tr><td>2</td><td class="num">0</td></tr>');
    expect(html).toContain("<p>Bij de andere aantallen sterren: geen medewerkers.</p>");
    expect(html).toContain(
      '<tr><td>Privacy en AVG</td><td class="num">8</td><td class="num">6</td><td class="num">1</td><td class="num">2</td><td class="num">75%</td></tr>',
    );
    // The 75% bar: 326 × 0.75 = 244.5.
    expect(elements(svgParts(html)[1] ?? "", "rect", "bar")[0]?.width).toBe("244.5");
    expect(html).toContain(
      '<tr><td>Leesbevordering</td><td class="num">1</td><td class="num">2</td></tr>',
    );
    // 13/3 = 4.33… to one decimal; no score at all says so.
    expect(html).toContain(
      '<tr><td>Intervisie</td><td class="num">3</td><td class="num">4,3 (3 scores)</td><td class="num">geen</td></tr>',
    );
    const english = reportDocument(programme, small, { locale: "en" });
    expect(english).toContain("<dt>Mean counted stars</dt><dd>10.3</dd>");
    expect(english).toContain('<td class="num">4.3 (3 scores)</td><td class="num">none</td>');
    expect(english).toContain("<p>Other numbers of stars: no participants.</p>");
  });

  it("says so when nothing is mandatory, and draws no chart for it", () => {
    const html = reportDocument(programme, { ...small, mandatory: [] });
    expect(svgParts(html)).toHaveLength(1);
    expect(html).toContain("<p>Er zijn geen verplichte onderdelen voor deze medewerkers.</p>");
  });

  it("does not change its inputs and gives the same bytes each time", () => {
    const before = JSON.stringify([report, programme]);
    expect(reportDocument(programme, report)).toBe(nl);
    expect(JSON.stringify([report, programme])).toBe(before);
  });
});

describe("hostile names from the programme arrive escaped in the report (property)", () => {
  test.prop(
    [
      fc.array(
        fc.oneof(
          fc.constantFrom(...HOSTILE_NAMES),
          fc.string({ unit: "binary", minLength: 1, maxLength: 24 }),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      fc.constantFrom("nl", "en"),
    ],
    { numRuns: 15 },
  )(
    "the page stays well-formed, gains no element or attribute, and shows every name",
    (names, locale) => {
      const usable = names.filter((n) => n.trim() !== "");
      fc.pre(usable.length > 0);
      const hostile = hostileProgramme(usable);
      const r = organisationReport(hostile, participants, AS_OF);
      const html = reportDocument(hostile, r, { locale });
      expect(htmlProblems(html)).toEqual([]);
      for (const svg of svgParts(html)) expect(xmlProblems(svg)).toEqual([]);
      const { tags, attributes } = markupNames(html);
      for (const tag of tags) expect(DOCUMENT_TAGS).toContain(tag);
      for (const attribute of attributes) expect(DOCUMENT_ATTRIBUTES).toContain(attribute);
      const text = visibleText(html);
      expect(text).toContain(asShown(hostile.name));
      for (const m of r.mandatory) expect(text).toContain(asShown(m.title));
      for (const t of r.participation.themes) expect(text).toContain(asShown(t.name));
    },
  );
});
