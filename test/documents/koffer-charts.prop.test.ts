import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  kofferRoundsChart,
  kofferStripChart,
  kofferTeamsChart,
} from "../../src/documents/index.js";
import { aggregateSheets } from "../../src/koffer/aggregate.js";
import { compareRounds, compareTeams } from "../../src/koffer/compare.js";
import { validateTeamScore } from "../../src/koffer/team-score.js";
import { validateTemplate } from "../../src/koffer/template.js";
import { asShown } from "./fixtures.js";
import {
  allElements,
  byClass,
  parseXml,
  textOf,
  titleOf,
  type XmlElement,
} from "./koffer-charts-xml.js";

/** What escaping must make of a text (see `asShown`). */
const asXmlText = asShown;

/** Hostile text: markup, quotes, entities, controls, lone surrogates, right-to-left overrides. */
const hostile = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><svg onload="alert(1)">',
    "&amp;&lt;&#0;&#x1F;]]><![CDATA[",
    "</text></svg><svg>",
    "\u202Eevil\u0000\uD800",
    "'single' \"double\"",
  ),
);
/** A template accepts a label with at least one non-space character. */
const label = hostile.filter((text) => text.trim() !== "");

/** The only elements and attributes the charts write: nothing that runs or loads anything. */
const elements = new Set(["svg", "title", "desc", "rect", "text", "g", "line", "circle", "path"]);
const attributes =
  /^(xmlns|class|width|height|viewBox|role|lang|xml:lang|font-family|font-size|font-weight|font-style|fill|stroke|stroke-width|x|y|x1|y1|x2|y2|cx|cy|r|d|transform|text-anchor|data-[a-z]+)$/;

function expectInert(svg: XmlElement): void {
  for (const element of allElements(svg)) {
    expect(elements.has(element.name), element.name).toBe(true);
    for (const name of element.attributes.keys()) expect(name).toMatch(attributes);
  }
}

const budget = 100;
const ids = ["a", "b", "c", "d"];

describe("the koffer charts with hostile text (properties)", () => {
  test.prop([fc.array(label, { minLength: 2, maxLength: 4 }), label, fc.constantFrom("nl", "en")], {
    numRuns: 150,
  })(
    "strip chart: well-formed, inert, and every label and the name reach the reader as text",
    (labels, name, locale) => {
      const template = validateTemplate({
        id: "t",
        kind: "connectie",
        name,
        categories: labels.map((l, j) => ({ id: ids[j], label: l })),
      });
      if (!template.ok) throw new Error("a valid template");
      const sheets = [
        { respondent: "<b>&amp;", scores: Object.fromEntries(labels.map((_, j) => [ids[j], j])) },
        { respondent: '"x"', scores: Object.fromEntries(labels.map((_, j) => [ids[j], 10 - j])) },
      ];
      const aggregate = aggregateSheets(template.value, sheets);
      const score = validateTeamScore(
        template.value,
        Object.fromEntries(labels.map((_, j) => [ids[j], j === 0 ? budget - 6 : j])),
      );
      if (!score.ok) throw new Error("a valid team score");
      const svg = parseXml(
        kofferStripChart(template.value, { aggregate, sheets, teamScore: score.value }, { locale }),
      );
      expectInert(svg);
      expect(titleOf(svg)).toBe(
        asXmlText(
          locale === "nl" ? `Punten per categorie: ${name}` : `Points per category: ${name}`,
        ),
      );
      const rows = byClass(svg, "koffer-row");
      expect(rows).toHaveLength(labels.length);
      rows.forEach((row, j) => {
        const text = allElements(row).find((e) => e.name === "text") as XmlElement;
        expect(titleOf(text)).toBe(asXmlText(labels[j] as string));
      });
      // The respondents' names are text in the tooltips, not markup.
      expect(textOf(svg)).toContain("<b>&amp;");
    },
  );

  test.prop(
    [fc.uniqueArray(hostile, { minLength: 1, maxLength: 10 }), fc.constantFrom("nl", "en")],
    {
      numRuns: 100,
    },
  )(
    "teams chart: well-formed and inert, every team name reaches the legend as text",
    (names, locale) => {
      const template = validateTemplate({
        id: "t",
        kind: "connectie",
        name: "T",
        categories: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      });
      if (!template.ok) throw new Error("a valid template");
      const aggregate = aggregateSheets(template.value, [{ scores: { a: 1, b: 2 } }]);
      const comparison = compareTeams(names.map((team) => ({ team, aggregate })));
      if (!comparison.ok) throw new Error("distinct names compare");
      const svg = parseXml(kofferTeamsChart(template.value, comparison.value, { locale }));
      expectInert(svg);
      const legend = byClass(svg, "koffer-legend")[0] as XmlElement;
      const shown = allElements(legend)
        .filter((e) => e.name === "text")
        .map(textOf);
      // Names are shortened for display (a "…" at 40 characters); the bars' tooltips hold them whole.
      expect(shown).toHaveLength(names.length);
      const tooltips = byClass(svg, "koffer-team").map((bar) => titleOf(bar));
      for (const team of comparison.value.teams) {
        expect(tooltips).toContain(`${asXmlText(team)}: 1`);
      }
    },
  );

  test.prop([label, fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("nl", "en")], {
    numRuns: 100,
  })(
    "rounds chart: well-formed and inert, whatever the label and the dates say",
    (text, date, locale) => {
      const template = validateTemplate({
        id: "t",
        kind: "connectie",
        name: "T",
        categories: [
          { id: "a", label: text },
          { id: "b", label: "B" },
        ],
      });
      if (!template.ok) throw new Error("a valid template");
      const aggregate = aggregateSheets(template.value, [{ scores: { a: 1, b: 2 } }]);
      const comparison = compareRounds(
        { date: "2025-01-31", aggregate },
        { date: "2025-02-28", aggregate },
      );
      if (!comparison.ok) throw new Error("a round compares with itself");
      // A date that is not YYYY-MM-DD is shown as written: escaped like any text.
      const svg = parseXml(
        kofferRoundsChart(template.value, comparison.value, { locale, before: date, after: date }),
      );
      expectInert(svg);
      const first = byClass(svg, "koffer-row")[0] as XmlElement;
      expect(titleOf(allElements(first).find((e) => e.name === "text") as XmlElement)).toBe(
        asXmlText(text),
      );
      // Comparing a round with itself: no change anywhere (rules B7.6).
      expect(byClass(svg, "koffer-change").map(textOf)).toEqual(["0", "0"]);
    },
  );
});
