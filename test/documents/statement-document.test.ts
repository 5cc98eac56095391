import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { documentLabels } from "../../src/documents/html/labels.js";
import { statementDocument, statementsDocument } from "../../src/documents/index.js";
import { explainStatementLines, statementStatusText } from "../../src/stars/explain.js";
import { planToTarget } from "../../src/stars/plan.js";
import { computeStatement } from "../../src/stars/statement.js";
import {
  AS_OF,
  asShown,
  DOCUMENT_ATTRIBUTES,
  DOCUMENT_TAGS,
  HOSTILE_NAMES,
  hostileProgramme,
  markupNames,
  participant,
  participants,
  programme,
} from "./fixtures.js";
import { elements, htmlProblems, svgParts, visibleText, xmlProblems } from "./markup-checks.js";

const sanne = participant("p-sanne");
const statement = computeStatement(programme, sanne, AS_OF);
const plan = planToTarget(programme, sanne, AS_OF);
const nl = statementDocument(programme, statement, plan);
const en = statementDocument(programme, statement, plan, { locale: "en" });

/** What every document must be: well-formed, self-contained, printable, without a script. */
function expectSelfContainedAndPrintable(html: string) {
  expect(htmlProblems(html)).toEqual([]);
  for (const svg of svgParts(html)) expect(xmlProblems(svg)).toEqual([]);
  expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="(nl|en)">/);
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'");
  expect(html).toContain("@media print{");
  expect(html).toContain("@page{size:A4");
  expect(html).toContain("thead{display:table-header-group}");
  expect(html).not.toMatch(
    /<script|<link|<img|<iframe|<object|<embed|@import|url\(|\ssrc=|\shref=/i,
  );
  // The SVG namespace is a name, not a resource: nothing else may point at the web.
  expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/https?:/i);
}

describe("statementDocument: the statement and the plan for the appraisal conversation (rules A8)", () => {
  it("is one well-formed, self-contained, print-ready HTML5 document, in Dutch by default", () => {
    expectSelfContainedAndPrintable(nl);
    expect(nl.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expectSelfContainedAndPrintable(en);
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  });

  it("names the participant and the programme, with the dates in prose", () => {
    expect(statement.status).toBe("behind");
    expect(nl).toContain("<title>Sterrenoverzicht van Sanne Bakker, 30 juni 2026</title>");
    expect(nl).toContain("<h1>Sterrenoverzicht van Sanne Bakker</h1>");
    expect(nl).toContain('<p class="kicker">Bibliotheek Voorbeeldstad (voorbeeld)</p>');
    expect(nl).toContain("<dt>Stand op</dt><dd>30 juni 2026</dd>");
    expect(nl).toContain(
      "<dt>Periode</dt><dd>1 januari 2025 t/m 31 december 2026 (vaste periode)</dd>",
    );
    expect(nl).toContain('<span class="status status-behind">achter op schema</span>');
    expect(en).toContain("<h1>Star statement of Sanne Bakker</h1>");
    expect(en).toContain(
      "<dt>Window</dt><dd>1 January 2025 to 31 December 2026 (fixed window)</dd>",
    );
    expect(en).toContain('<span class="status status-behind">behind</span>');
  });

  it("shows the figures at a glance, with real plurals and a progress bar (hand-checked for Sanne)", () => {
    // 4 counted of 15; 11 due by now after 75% of the window; 1 pending; 10 obligations, 3 met, 3 overdue.
    const figure = (label: string, value: string) =>
      `<span class="label">${label}</span><span class="value">${value}</span>`;
    expect(nl).toContain(figure("Telt mee", "4 sterren"));
    expect(nl).toContain(figure("Doel", "15 sterren"));
    expect(nl).toContain(figure("Nog te gaan", "11 sterren"));
    expect(nl).toContain(figure("Nodig om op schema te liggen", "11 sterren"));
    expect(nl).toContain(figure("Kan nog komen (wacht op goedkeuring)", "1 ster"));
    expect(nl).toContain(figure("Verplichte onderdelen nog open", "7, waarvan 3 over tijd"));
    expect(en).toContain(figure("May still come (awaiting approval)", "1 star"));
    expect(en).toContain(figure("Mandatory components still open", "7, 3 of them overdue"));
    expect(nl).toContain("<p>4 van de 15 sterren tellen mee (27%)</p>");
    expect(en).toContain("<p>4 of 15 stars counted (27%)</p>");
    // 400 × 4/15 = 106.7 counted, then 400 × 5/15 − 106.7 = 26.7 pending.
    const [counted] = elements(nl, "rect", "counted");
    const [pending] = elements(nl, "rect", "pending");
    expect([counted?.width, pending?.x, pending?.width]).toEqual(["106.7", "106.7", "26.7"]);
  });

  it("holds the whole explanation, sections as headings and lists, in the reader's language", () => {
    for (const [html, locale] of [
      [nl, "nl"],
      [en, "en"],
    ] as const) {
      const text = visibleText(html);
      const lines = explainStatementLines(statement, locale).slice(1);
      for (const line of lines.filter((l) => l !== "")) {
        expect(text).toContain(line.replace(/^- /, "").replace(/:\s*$/, ""));
      }
      // Every completion line is a list item.
      expect(html.match(/<li>/g)?.length ?? 0).toBeGreaterThanOrEqual(statement.lines.length);
    }
    expect(nl).toContain("<h2>Toelichting</h2>");
    expect(en).toContain("<h2>Explanation</h2>");
  });

  it("shows the plan as a table: date, title, edition, stars, hours with a decimal comma, and why", () => {
    expect(plan.items.length).toBeGreaterThan(0);
    const planPart = nl.slice(
      nl.indexOf('<section class="plan">'),
      nl.indexOf('<section class="notes">'),
    );
    expect(planPart).toContain("<h2>Plan naar het doel</h2>");
    expect(planPart.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(
      plan.items.length,
    );
    for (const item of plan.items) expect(planPart).toContain(`<td>${item.title}</td>`);
    expect(planPart).toContain('<td class="nowrap">30 juni 2026</td>');
    // Mediawijsheid: nepnieuws herkennen takes 0.75 hours.
    expect(planPart).toContain('<td class="num">0,75</td>');
    expect(en).toContain('<td class="num">0.75</td>');
    expect(planPart).toContain(
      "<td>verplicht, over tijd, uiterlijk 31 december 2025 en 31 december 2026</td>",
    );
    expect(planPart).toContain("<td>aandachtspunt Klantgerichtheid (speerpunt)</td>");
    // The component no remaining edition offers, in the plan's own words.
    expect(planPart).toContain("Overstap naar het nieuwe bibliotheeksysteem");
    expect(en).toContain("<h2>Plan to reach the target</h2>");
    expect(en).toContain("<td>mandatory, overdue, due 31 December 2025 and 31 December 2026</td>");
  });

  it("reads as Dutch: no '(en)', '(s)' or slashes for plurals", () => {
    const text = visibleText(
      statementsDocument(
        programme,
        participants.map((p) => ({
          statement: computeStatement(programme, p, AS_OF),
          plan: planToTarget(programme, p, AS_OF),
        })),
      ),
    );
    expect(text).not.toMatch(/\(en\)|\(s\)|ster\(ren\)|onderdeel\/onderdelen|\d+ sterren? \(/);
    expect(text).not.toMatch(/\b1 sterren\b|\b1 onderdelen\b|\b1 medewerkers\b/);
  });

  it("leaves out the plan when there is none, and the notes on request", () => {
    const bare = statementDocument(programme, statement, null, { notes: false });
    expect(htmlProblems(bare)).toEqual([]);
    expect(bare).not.toContain('class="plan"');
    expect(bare).not.toContain('class="notes"');
    expect(nl).toContain('<section class="notes">');
    expect(nl).toContain("<p>Leidinggevende</p>");
  });

  it("says each status with the same words as the explanation (rules A8)", () => {
    for (const locale of ["nl", "en"] as const)
      for (const status of ["complete", "on-track", "behind"] as const)
        expect(documentLabels[locale].statement.statusWords[status]).toBe(
          statementStatusText(status, locale),
        );
  });

  it("refuses a plan of another participant or date: a programmer error", () => {
    const other = planToTarget(programme, participant("p-daan"), AS_OF);
    expect(() => statementDocument(programme, statement, other)).toThrow(TypeError);
    const later = planToTarget(programme, sanne, "2026-07-01");
    expect(() => statementDocument(programme, statement, later)).toThrow(TypeError);
  });

  it("does not change its inputs", () => {
    const before = JSON.stringify([statement, plan, programme]);
    statementDocument(programme, statement, plan, { locale: "en" });
    expect(JSON.stringify([statement, plan, programme])).toBe(before);
  });

  it("gives the same bytes for the same input", () => {
    expect(statementDocument(programme, statement, plan)).toBe(nl);
  });
});

describe("statementsDocument: many participants in one document", () => {
  const pages = participants.map((p) => ({
    statement: computeStatement(programme, p, AS_OF),
    plan: planToTarget(programme, p, AS_OF),
  }));
  const html = statementsDocument(programme, pages);

  it("gives each participant an article of their own, with a page break between them in print", () => {
    expectSelfContainedAndPrintable(html);
    expect(html.match(/<article class="participant">/g)).toHaveLength(participants.length);
    expect(html).toContain(".participant+.participant{break-before:page");
    for (const p of participants) expect(html).toContain(`<h1>Sterrenoverzicht van ${p.name}</h1>`);
    expect(html).toContain(
      "<title>Sterrenoverzichten Bibliotheek Voorbeeldstad (voorbeeld), 30 juni 2026</title>",
    );
    // Each status in words.
    expect(html).toContain('<span class="status status-complete">voltooid</span>');
    expect(html).toContain('<span class="status status-on-track">op schema</span>');
  });

  it("says there is nobody when the list is empty", () => {
    const empty = statementsDocument(programme, [], { locale: "en" });
    expect(htmlProblems(empty)).toEqual([]);
    expect(empty).toContain("There are no participants to make a star statement of.");
  });
});

describe("hostile names from the programme and the participant arrive escaped (property)", () => {
  test.prop(
    [
      fc.array(
        fc.oneof(
          fc.constantFrom(...HOSTILE_NAMES),
          fc.string({ unit: "binary", minLength: 1, maxLength: 24 }),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      fc.constantFrom(...HOSTILE_NAMES),
      fc.constantFrom("nl", "en"),
    ],
    { numRuns: 15 },
  )(
    "the document stays well-formed, gains no element or attribute, and shows every name as written",
    (names, name, locale) => {
      const usable = names.filter((n) => n.trim() !== "");
      fc.pre(usable.length > 0);
      const hostile = hostileProgramme(usable);
      const person = { ...sanne, name };
      const s = computeStatement(hostile, person, AS_OF);
      const html = statementDocument(hostile, s, planToTarget(hostile, person, AS_OF), { locale });
      expect(htmlProblems(html)).toEqual([]);
      for (const svg of svgParts(html)) expect(xmlProblems(svg)).toEqual([]);
      const { tags, attributes } = markupNames(html);
      for (const tag of tags) expect(DOCUMENT_TAGS).toContain(tag);
      for (const attribute of attributes) expect(DOCUMENT_ATTRIBUTES).toContain(attribute);
      const text = visibleText(html);
      expect(text).toContain(asShown(name));
      expect(text).toContain(asShown(hostile.name));
      for (const line of s.lines)
        if (line.title !== null) expect(text).toContain(asShown(line.title));
    },
  );
});
