import { describe, expect, it } from "vitest";
import {
  kofferRoundsChart,
  kofferStripChart,
  kofferTeamsChart,
  maxChartTeams,
  stripBins,
} from "../../src/documents/index.js";
import { aggregateSheets } from "../../src/koffer/aggregate.js";
import { compareRounds, compareTeams, type TeamKoffer } from "../../src/koffer/compare.js";
import { exampleConnectieTemplate } from "../../src/koffer/examples.js";
import type { KofferSheet } from "../../src/koffer/sheet.js";
import { validateTeamScore } from "../../src/koffer/team-score.js";
import { type KofferTemplate, validateTemplate } from "../../src/koffer/template.js";
import {
  allElements,
  byClass,
  ownText,
  parseXml,
  textOf,
  titleOf,
  type XmlElement,
} from "./koffer-charts-xml.js";

function template(input: unknown): KofferTemplate {
  const result = validateTemplate(input);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

function teamScore(of: KofferTemplate, scores: Record<string, number>): KofferSheet {
  const result = validateTeamScore(of, scores);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.value;
}

/** The tiny team the positions below are computed for by hand. */
const abc = template({
  id: "abc",
  kind: "connectie",
  name: "Drie vakjes",
  categories: [
    { id: "a", label: "Alfa" },
    { id: "b", label: "Beta" },
    { id: "c", label: "Gamma" },
  ],
});
const sheets = [
  { respondent: "anna", scores: { a: 50, b: 30, c: 20 } },
  { respondent: "bram", scores: { a: 40, b: 35, c: 25 } },
  { respondent: "cas", scores: { a: 40, b: 20, c: 10 } },
  { respondent: "dirk", scores: { a: 40, b: 40, c: 20 } }, // a tie: left out, never drawn
];
const aggregate = aggregateSheets(abc, sheets);
const decided = teamScore(abc, { a: 45, b: 33, c: 22 });

const rowOf = (svg: XmlElement, j: number) =>
  byClass(svg, "koffer-row").find((g) => g.attributes.get("data-row") === String(j)) as XmlElement;
const num = (e: XmlElement, name: string) => Number(e.attributes.get(name));

describe("kofferStripChart: every sheet's points per category (rules B3)", () => {
  const svgText = kofferStripChart(
    abc,
    { aggregate, sheets, teamScore: decided },
    { locale: "nl" },
  );
  const svg = parseXml(svgText);

  it("is a standalone, accessible SVG document", () => {
    expect(svg.name).toBe("svg");
    expect(svg.attributes.get("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(svg.attributes.get("role")).toBe("img");
    expect(svg.attributes.get("lang")).toBe("nl");
    const [width, height] = [num(svg, "width"), num(svg, "height")];
    expect(svg.attributes.get("viewBox")).toBe(`0 0 ${width} ${height}`);
    // The first children name and describe the chart (its accessible name and description).
    const [title, desc] = svg.children as XmlElement[];
    expect(title?.name).toBe("title");
    expect(textOf(title as XmlElement)).toBe("Punten per categorie: Drie vakjes");
    expect(desc?.name).toBe("desc");
    expect(textOf(desc as XmlElement)).toContain("3 vellen geteld, 4 ontvangen, 1 weggelaten.");
    expect(byClass(svg, "koffer-legend")).toHaveLength(1);
    // No <style>: an inline SVG must not restyle the page around it.
    expect(allElements(svg).some((e) => e.name === "style" || e.name === "script")).toBe(false);
  });

  it("puts every counted sheet's points on its row at hand-computed places", () => {
    // Axis 0–50 (max 50 = 5 steps of 10) over x 210–690: x = 210 + 9.6 × points. Rows start at
    // y 64, 60 apart; the dots sit on the row's line at y + 26: 90, 150, 210.
    const dots = (j: number) =>
      byClass(rowOf(svg, j), "koffer-sheets").map((d) => ({
        cx: num(d, "cx"),
        cy: num(d, "cy"),
        count: num(d, "data-count"),
      }));
    // Alfa: 50 (anna), 40 (bram, cas): one dot for two sheets. Dirk's tie is not counted.
    expect(dots(0)).toEqual([
      { cx: 594, cy: 90, count: 2 },
      { cx: 690, cy: 90, count: 1 },
    ]);
    // Beta: 20, 30, 35.
    expect(dots(1)).toEqual([
      { cx: 402, cy: 150, count: 1 },
      { cx: 498, cy: 150, count: 1 },
      { cx: 546, cy: 150, count: 1 },
    ]);
    // Gamma: 10, 20, 25.
    expect(dots(2).map((d) => d.cx)).toEqual([306, 402, 450]);
    // The shared dot says how many sheets it stands for, above it.
    const labels = allElements(rowOf(svg, 0)).filter(
      (e) => e.name === "text" && e.attributes.get("x") === "594",
    );
    expect(labels.map(ownText)).toContain("2");
  });

  it("marks the highest and the lowest score, with who gave them (rules B3)", () => {
    const row = rowOf(svg, 0);
    const [highest] = byClass(row, "koffer-highest");
    const [lowest] = byClass(row, "koffer-lowest");
    expect(num(highest as XmlElement, "cx")).toBe(690);
    expect(highest?.attributes.get("fill")).toBe("#d55e00");
    expect(titleOf(highest as XmlElement)).toBe("1 vel met 50 punten; hoogste score: anna");
    expect(num(lowest as XmlElement, "cx")).toBe(594);
    expect(lowest?.attributes.get("fill")).toBe("#0072b2");
    expect(titleOf(lowest as XmlElement)).toBe(
      "2 vellen met 40 punten; laagste score: bram en cas",
    );
    // Every row has exactly one of each, and the other dots are neither.
    for (const j of [0, 1, 2]) {
      expect(byClass(rowOf(svg, j), "koffer-highest")).toHaveLength(1);
      expect(byClass(rowOf(svg, j), "koffer-lowest")).toHaveLength(1);
    }
    const beta = byClass(rowOf(svg, 1), "koffer-sheets");
    // The plain dot takes the grey of its group; the extremes carry their own colour.
    expect(beta.map((d) => d.attributes.get("fill"))).toEqual(["#0072b2", undefined, "#d55e00"]);
    const group = allElements(rowOf(svg, 1)).find((e) =>
      e.children.includes(beta[1] as XmlElement),
    );
    expect(group?.attributes.get("fill")).toBe("#7b8794");
  });

  it("marks the team score, the mean and the median (rules B3, B4)", () => {
    const row = rowOf(svg, 0);
    const [score] = byClass(row, "koffer-team-score");
    expect(score?.attributes.get("data-value")).toBe("45");
    const line = (score as XmlElement).children.find(
      (c): c is XmlElement => typeof c !== "string" && c.name === "line",
    );
    expect(num(line as XmlElement, "x1")).toBe(642); // 210 + 9.6 × 45
    expect(titleOf(score as XmlElement)).toBe("teamscore: 45 punten");
    // Mean 130 / 3 = 43.33…: x = 210 + 9.6 × 43.333… = 626; the triangle's tip is there.
    const [mean] = byClass(row, "koffer-mean");
    expect(mean?.attributes.get("d")).toMatch(/^M626 97L/);
    expect(titleOf(mean as XmlElement)).toBe("gemiddelde: 43,3");
    const [median] = byClass(row, "koffer-median");
    expect(num(median as XmlElement, "x1")).toBe(594); // median 40
    expect(titleOf(median as XmlElement)).toBe("mediaan: 40");
  });

  it("leaves the team score out when there is none", () => {
    const plain = parseXml(kofferStripChart(abc, { aggregate, sheets }, { locale: "nl" }));
    expect(byClass(plain, "koffer-team-score")).toHaveLength(0);
    expect(textOf(plain)).not.toContain("teamscore");
  });

  it("speaks English with English numbers", () => {
    const en = parseXml(
      kofferStripChart(abc, { aggregate, sheets, teamScore: decided }, { locale: "en" }),
    );
    expect(en.attributes.get("lang")).toBe("en");
    expect(titleOf(en)).toBe("Points per category: Drie vakjes");
    expect(titleOf(byClass(rowOf(en, 0), "koffer-mean")[0] as XmlElement)).toBe("mean: 43.3");
    expect(titleOf(byClass(rowOf(en, 0), "koffer-lowest")[0] as XmlElement)).toBe(
      "2 sheets with 40 points; lowest score: bram and cas",
    );
    const description = textOf(en.children[1] as XmlElement);
    expect(description).toContain("3 sheets counted, 4 received, 1 left out.");
    expect(description).toContain(
      "Alfa: 3 sheets, highest 50 points, lowest 40 points, mean 43.3, median 40, team score 45.",
    );
  });

  it("writes real Dutch plurals: 1 vel, 1 punt", () => {
    const alone = [{ respondent: "anna", scores: { a: 1, b: 0, c: 2 } }];
    const one = aggregateSheets(abc, alone);
    const svg1 = parseXml(
      kofferStripChart(abc, { aggregate: one, sheets: alone }, { locale: "nl" }),
    );
    expect(textOf(svg1.children[1] as XmlElement)).toContain("1 vel geteld.");
    // One sheet: the dot is the highest and the lowest score at once.
    const [dot] = byClass(rowOf(svg1, 0), "koffer-sheets");
    expect(dot?.attributes.get("class")).toBe("koffer-sheets koffer-highest koffer-lowest");
    expect(titleOf(dot as XmlElement)).toBe(
      "1 vel met 1 punt; hoogste score: anna; laagste score: anna",
    );
  });

  it("names nobody for an anonymous team, and says so when no sheet is valid", () => {
    const anonymous = aggregateSheets(abc, sheets, { anonymous: true });
    const svg1 = parseXml(
      kofferStripChart(abc, { aggregate: anonymous, sheets }, { locale: "nl" }),
    );
    expect(titleOf(byClass(rowOf(svg1, 0), "koffer-lowest")[0] as XmlElement)).toBe(
      "2 vellen met 40 punten; laagste score",
    );
    expect(textOf(svg1)).not.toMatch(/anna|bram|cas/);
    const none = aggregateSheets(abc, [sheets[3]]);
    const empty = parseXml(
      kofferStripChart(abc, { aggregate: none, sheets: [sheets[3]] }, { locale: "nl" }),
    );
    expect(byClass(empty, "koffer-sheets")).toHaveLength(0);
    expect(textOf(rowOf(empty, 0))).toContain("geen geldige vellen");
    expect(textOf(empty.children[1] as XmlElement)).toContain(
      "0 vellen geteld, 1 ontvangen, 1 weggelaten.",
    );
  });

  it("is deterministic and leaves its inputs alone", () => {
    const frozen = structuredClone(sheets);
    const again = kofferStripChart(
      abc,
      { aggregate, sheets: frozen, teamScore: decided },
      { locale: "nl" },
    );
    expect(again).toBe(svgText);
    expect(frozen).toEqual(sheets);
  });

  it("refuses sheets that are not the list the aggregate was made from (programmer error)", () => {
    expect(() =>
      kofferStripChart(abc, { aggregate, sheets: sheets.slice(1) }, { locale: "nl" }),
    ).toThrow(TypeError);
    const swapped = [
      sheets[0],
      sheets[1],
      { respondent: "cas", scores: { a: 41, b: 20, c: 10 } },
      sheets[3],
    ];
    expect(() => kofferStripChart(abc, { aggregate, sheets: swapped }, { locale: "nl" })).toThrow(
      /sums differ/,
    );
    const other = aggregateSheets(exampleConnectieTemplate, []);
    expect(() => kofferStripChart(abc, { aggregate: other, sheets: [] }, { locale: "nl" })).toThrow(
      TypeError,
    );
  });
});

describe("kofferStripChart: size stays bounded however many sheets (rules C)", () => {
  /** A deterministic pseudo-random sequence (the test's own; the library reads no randomness). */
  function lcg(seed: number) {
    let state = seed >>> 0;
    return (below: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state % below;
    };
  }
  const wide = template({
    id: "wide",
    kind: "collectie",
    name: "Twintig vakjes",
    budget: 1_000_000,
    categories: Array.from({ length: 20 }, (_, j) => ({ id: `c${j}`, label: `Vakje ${j + 1}` })),
  });

  it("10,000 sheets of 20 categories with a budget of a million: at most 241 dots a row, under 1 MB", () => {
    const random = lcg(16);
    // Category j gets a value from its own band of 2,500 (all distinct; total ≤ 525,000),
    // rotated per sheet so every category sees every band.
    const many = Array.from({ length: 10_000 }, (_, s) => ({
      scores: Object.fromEntries(
        wide.categories.map((c, j) => [c.id, ((j + s) % 20) * 2_500 + random(2_500)]),
      ),
    }));
    const big = aggregateSheets(wide, many);
    expect(big.counts.valid).toBe(10_000);
    const text = kofferStripChart(wide, { aggregate: big, sheets: many }, { locale: "nl" });
    expect(text.length).toBeLessThan(1_000_000);
    const svg = parseXml(text);
    for (let j = 0; j < 20; j++) {
      const dots = byClass(rowOf(svg, j), "koffer-sheets");
      expect(dots.length).toBeLessThanOrEqual(stripBins);
      // Every sheet is counted once: the dots' counts add up to n.
      expect(dots.reduce((sum, d) => sum + num(d, "data-count"), 0)).toBe(10_000);
    }
  });

  it("10,000 sheets of the example connectie koffer (budget 100): under 120 kB", () => {
    const random = lcg(7);
    const base = [30, 22, 16, 12, 9, 6, 4, 1];
    const team = Array.from({ length: 10_000 }, () => {
      const order = [...base];
      for (let i = order.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      return {
        scores: Object.fromEntries(
          exampleConnectieTemplate.categories.map((c, j) => [c.id, order[j]]),
        ),
      };
    });
    const big = aggregateSheets(exampleConnectieTemplate, team);
    const text = kofferStripChart(
      exampleConnectieTemplate,
      { aggregate: big, sheets: team },
      { locale: "en" },
    );
    expect(text.length).toBeLessThan(120_000);
    // Eight distinct values per category: eight dots a row.
    expect(byClass(parseXml(text), "koffer-sheets")).toHaveLength(64);
  });
});

describe("kofferRoundsChart: two rounds compared (rules B6)", () => {
  const later = aggregateSheets(abc, [
    { respondent: "anna", scores: { a: 30, b: 40, c: 20 } },
    { respondent: "bram", scores: { a: 20, b: 50, c: 25 } },
  ]);
  const comparison = compareRounds(
    { date: "2025-09-15", aggregate, teamScore: decided },
    { date: "2026-03-16", aggregate: later, teamScore: teamScore(abc, { a: 27, b: 50, c: 23 }) },
  );
  if (!comparison.ok) throw new Error("the rounds must compare");
  const svgText = kofferRoundsChart(abc, comparison.value, {
    locale: "nl",
    before: "2025-09-15",
    after: "2026-03-16",
  });
  const svg = parseXml(svgText);

  it("draws the team score of both rounds per category, with the change (hand-computed)", () => {
    expect(titleOf(svg)).toBe("Twee rondes vergeleken: teamscore per categorie");
    // Axis 0–50 over 480: width = 9.6 × points.
    const bars = (kind: string) =>
      byClass(svg, `koffer-${kind}`).map((b) => [num(b, "data-value"), num(b, "width")]);
    expect(bars("before")).toEqual([
      [45, 432],
      [33, 316.8],
      [22, 211.2],
    ]);
    expect(bars("after")).toEqual([
      [27, 259.2],
      [50, 480],
      [23, 220.8],
    ]);
    // The later bar sits under the earlier one in the same row.
    const alfa = rowOf(svg, 0);
    expect(num(byClass(alfa, "koffer-before")[0] as XmlElement, "y")).toBe(72);
    expect(num(byClass(alfa, "koffer-after")[0] as XmlElement, "y")).toBe(86);
    expect(byClass(svg, "koffer-change").map(textOf)).toEqual(["\u221218", "+17", "+1"]);
  });

  it("names the rounds by their dates and the months between, in Dutch and English", () => {
    expect(textOf(byClass(svg, "koffer-legend")[0] as XmlElement)).toBe(
      "15 september 202516 maart 2026",
    );
    expect(textOf(svg.children[1] as XmlElement)).toMatch(
      /^15 september 2025 en 16 maart 2026, 6 maanden ertussen\. Alfa: 45, daarna 27 \(verschil −18\)\./,
    );
    const en = parseXml(kofferRoundsChart(abc, comparison.value, { locale: "en" }));
    expect(titleOf(en)).toBe("Two rounds compared: team score per category");
    expect(textOf(byClass(en, "koffer-legend")[0] as XmlElement)).toBe("earlier roundlater round");
    expect(textOf(en.children[1] as XmlElement)).toMatch(/^6 months apart\./);
  });

  it("compares the means when asked, or when a round has no team score", () => {
    const noScore = compareRounds(
      { date: "2025-09-15", aggregate },
      { date: "2025-10-15", aggregate: later },
    );
    if (!noScore.ok) throw new Error("the rounds must compare");
    const svg1 = parseXml(kofferRoundsChart(abc, noScore.value, { locale: "nl" }));
    expect(titleOf(svg1)).toBe("Twee rondes vergeleken: gemiddelde per categorie");
    expect(textOf(svg1.children[1] as XmlElement)).toMatch(/^1 maand ertussen\./);
    // Alfa: mean 43.33 → 25: change −18.33, written −18,3.
    expect(byClass(svg1, "koffer-change").map(textOf)[0]).toBe("\u221218,3");
    const asked = parseXml(
      kofferRoundsChart(abc, comparison.value, { locale: "nl", figure: "mean" }),
    );
    expect(byClass(asked, "koffer-before").map((b) => b.attributes.get("data-value"))[0]).toBe(
      String(130 / 3),
    );
    // Asked for a team score that a round lacks: every row says so.
    const missing = parseXml(
      kofferRoundsChart(abc, noScore.value, { locale: "nl", figure: "teamScore" }),
    );
    expect(byClass(missing, "koffer-before")).toHaveLength(0);
    expect(textOf(rowOf(missing, 2))).toContain("geen gegevens");
  });

  it("refuses a comparison of another template (programmer error)", () => {
    expect(() =>
      kofferRoundsChart(exampleConnectieTemplate, comparison.value, { locale: "nl" }),
    ).toThrow(TypeError);
  });
});

describe("kofferTeamsChart: several teams side by side (rules B6)", () => {
  const other = aggregateSheets(abc, [{ respondent: "eva", scores: { a: 10, b: 60, c: 30 } }]);
  const teams: TeamKoffer[] = [
    { team: "Volwassenen", aggregate, teamScore: decided },
    { team: "Jeugd", aggregate: other, teamScore: teamScore(abc, { a: 10, b: 60, c: 30 }) },
  ];
  const comparison = compareTeams(teams);
  if (!comparison.ok) throw new Error("the teams must compare");

  it("draws one bar per team per category, in the legend's colours (hand-computed)", () => {
    const svg = parseXml(kofferTeamsChart(abc, comparison.value, { locale: "nl" }));
    expect(titleOf(svg)).toBe("Teams naast elkaar: teamscore per categorie");
    // Teams by name: Jeugd, Volwassenen. Axis 0–60 (3 steps of 20): width = 8 × points.
    const bars = byClass(svg, "koffer-team").map((b) => [
      b.attributes.get("data-team"),
      num(b, "data-value"),
      num(b, "width"),
      b.attributes.get("fill"),
    ]);
    expect(bars).toEqual([
      ["0", 10, 80, "#0072b2"],
      ["1", 45, 360, "#e69f00"],
      ["0", 60, 480, "#0072b2"],
      ["1", 33, 264, "#e69f00"],
      ["0", 30, 240, "#0072b2"],
      ["1", 22, 176, "#e69f00"],
    ]);
    expect(textOf(byClass(svg, "koffer-legend")[0] as XmlElement)).toBe("JeugdVolwassenen");
    expect(textOf(svg.children[1] as XmlElement)).toContain("Beta: Jeugd 60, Volwassenen 33.");
  });

  it("compares means when a team has no team score; English", () => {
    const mixed = compareTeams([teams[0] as TeamKoffer, { team: "Jeugd", aggregate: other }]);
    if (!mixed.ok) throw new Error("the teams must compare");
    const svg = parseXml(kofferTeamsChart(abc, mixed.value, { locale: "en" }));
    expect(titleOf(svg)).toBe("Teams side by side: mean per category");
    expect(textOf(svg.children[1] as XmlElement)).toMatch(
      /^2 teams\. Alfa: Jeugd 10, Volwassenen 43\.3\./,
    );
  });

  it("draws at most 20 teams and says how many more there were; names bars beyond 8 colours", () => {
    const many = compareTeams(
      Array.from({ length: 25 }, (_, i) => ({
        team: `Team ${String(i + 1).padStart(2, "0")}`,
        aggregate,
      })),
    );
    if (!many.ok) throw new Error("the teams must compare");
    const svg = parseXml(kofferTeamsChart(abc, many.value, { locale: "nl" }));
    expect(maxChartTeams).toBe(20);
    expect(byClass(rowOf(svg, 0), "koffer-team")).toHaveLength(20);
    expect(textOf(svg)).toContain(`20 van de 25 teams getoond`);
    expect(textOf(rowOf(svg, 0))).toContain("Team 09 43,3");
  });

  it("a team name or a label of any length is cut to 200 characters everywhere, tooltips included", () => {
    const long = `Team ${"x".repeat(100_000)}`;
    const wide = template({
      id: "abc",
      kind: "connectie",
      name: `Koffer ${"n".repeat(100_000)}`,
      categories: [
        { id: "a", label: `Alfa ${"l".repeat(100_000)}` },
        { id: "b", label: "Beta" },
        { id: "c", label: "Gamma" },
      ],
    });
    const many = compareTeams(
      Array.from({ length: 20 }, (_, i) => ({ team: `${long}${i}`, aggregate })),
    );
    if (!many.ok) throw new Error("the teams must compare");
    const svg = kofferTeamsChart(wide, many.value, { locale: "nl" });
    // 20 teams × 3 categories of tooltips, a legend and a description: without the cut 4 MB and more.
    expect(svg.length).toBeLessThan(100_000);
    expect(svg).toContain(`${"x".repeat(194)}…`);
    expect(svg).not.toContain("x".repeat(200));
    expect(svg).not.toContain("l".repeat(200));
    expect(parseXml(svg).children.length).toBeGreaterThan(0);
  });

  it("an empty comparison is a chart without bars", () => {
    const none = compareTeams([]);
    if (!none.ok) throw new Error("an empty list compares");
    const svg = parseXml(kofferTeamsChart(abc, none.value, { locale: "nl" }));
    expect(byClass(svg, "koffer-team")).toHaveLength(0);
    expect(textOf(svg.children[1] as XmlElement)).toMatch(/^0 teams\./);
  });
});

describe("the tests' XML reader is strict (else the checks above prove nothing)", () => {
  it.each([
    ["an unclosed element", "<svg><g></svg>"],
    ["crossed elements", "<svg><g><text></g></text></svg>"],
    ["a duplicate attribute", '<svg a="1" a="2"/>'],
    ["an unquoted attribute", "<svg a=1/>"],
    ["a bare &", "<svg>a & b</svg>"],
    ["an unknown entity", "<svg>&nbsp;</svg>"],
    ["a < in an attribute", '<svg a="<"/>'],
    ["a control character", "<svg>\u0001</svg>"],
    ["a reference to NUL", "<svg>&#0;</svg>"],
    ["two roots", "<svg/><svg/>"],
    ["text after the root", "<svg/>x"],
  ])("refuses %s", (_, text) => {
    expect(() => parseXml(text)).toThrow(SyntaxError);
  });

  it("reads entities, references and nesting", () => {
    const svg = parseXml(`<svg a="&quot;&#39;&amp;"><g><title>&lt;x&#x3E;</title></g></svg>`);
    expect(svg.attributes.get("a")).toBe(`"'&`);
    expect(textOf(svg)).toBe("<x>");
  });
});
