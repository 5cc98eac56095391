import { describe, expect, it } from "vitest";
import {
  reportTable,
  statementLinesTable,
  statementsTable,
  teamAggregateTable,
  toCsv,
} from "../../src/documents/index.js";
import { spreadsheetWords } from "../../src/documents/spreadsheet-words.js";
import { en as enStatement } from "../../src/i18n/en/statement.js";
import { nl as nlStatement } from "../../src/i18n/nl/statement.js";
import { aggregateSheets, validateTeamScore } from "../../src/koffer/index.js";
import type { OrganisationReport } from "../../src/stars/report-types.js";
import { computeStatement } from "../../src/stars/statement.js";
import type { Statement } from "../../src/stars/types.js";
import { bundleOf } from "../bundled.js";
import { deepFreeze } from "../fixtures/helpers.js";
import { done, participant, starProgramme } from "../fixtures/stars.js";
import { template } from "../koffer/fixtures.js";

/**
 * The fixture programme (tests/fixtures/stars.ts): window 2025-01-01 – 2026-12-31, target 15.
 * Anna: A (3 stars) and M (mandatory, 1) approved, an unknown component, B (2) pending, C dated
 * after the as-of date, kartrekker of T1 in 2025 (1 bonus star). At 2026-06-30, by hand:
 * counted 3 + 1 + 1 = 5 of 15 (remaining 10, progress 1/3), 2 pending; 546 of 730 days gone, so
 * ⌊15 × 546 / 730⌋ = 11 stars due: behind. Mandatory: M and R in 2025 and in 2026 (4); M met for
 * both years by the one completion, R of 2025 overdue, R of 2026 still open.
 */
const programme = starProgramme();
const anna = participant(
  programme,
  [
    done("a", "2025-03-01"),
    done("x-weg", "2025-04-01"),
    done("b", "2026-02-10", "pending"),
    done("m", "2025-05-01"),
    done("c", "2026-07-15"),
  ],
  { name: "Anna de Vries", roles: [{ theme: "t1", role: "kartrekker", year: 2025 }] },
);
/** No name, one completion on the first day of 2026, and a bonus dated that same day. */
const bram = participant(programme, [done("c", "2026-01-01")], {
  id: "p-bram",
  roles: [{ theme: "t2", role: "trainer", year: 2026 }],
});
const statements = deepFreeze([
  computeStatement(programme, anna, "2026-06-30"),
  computeStatement(programme, bram, "2026-06-30"),
]);

describe("statementsTable: one row per participant (rules A8)", () => {
  it("names the participant, translates the status, and gives the figures as numbers (Dutch)", () => {
    const table = statementsTable(statements, { locale: "nl" });
    expect(table.header).toEqual([
      "Medewerker",
      "Id",
      "Peildatum",
      "Periode van",
      "Periode tot en met",
      "Status",
      "Telt mee",
      "Doel",
      "Nog te gaan",
      "Voortgang (%)",
      "Verdiend",
      "Boven het maximum",
      "Wacht op goedkeuring",
      "Nodig om op schema te liggen",
      "Verplichte onderdelen",
      "Verplicht afgerond",
      "Verplicht open",
      "Verplicht over tijd",
    ]);
    const [row] = table.rows;
    expect(row?.slice(0, 9)).toEqual([
      "Anna de Vries",
      "p",
      "2026-06-30",
      "2025-01-01",
      "2026-12-31",
      "achter op schema",
      5,
      15,
      10,
    ]);
    expect(row?.[9]).toBeCloseTo(100 / 3, 10);
    expect(row?.slice(10)).toEqual([5, 0, 2, 11, 4, 2, 2, 1]);
    expect(table.rows).toHaveLength(2);
    for (const r of table.rows) expect(r).toHaveLength(table.header.length);
  });

  it("uses the id where the participant has no name, and English words with locale en", () => {
    const table = statementsTable(statements, { locale: "en" });
    expect(table.header.slice(0, 6)).toEqual([
      "Participant",
      "Id",
      "As of",
      "Window from",
      "Window to",
      "Status",
    ]);
    expect(table.rows[0]?.[5]).toBe("behind");
    expect(table.rows[1]?.slice(0, 2)).toEqual(["p-bram", "p-bram"]);
  });

  it("as CSV for Excel: the status in words, the progress with a decimal comma", () => {
    const csv = toCsv(statementsTable(statements.slice(0, 1), { locale: "nl" }), { locale: "nl" });
    expect(csv.split("\r\n")[1]).toBe(
      '"Anna de Vries";"p";"2026-06-30";"2025-01-01";"2026-12-31";"achter op schema";5;15;10;33,3333333333333;5;0;2;11;4;2;2;1',
    );
  });
});

describe("statementLinesTable: one row per line of each statement (rules A7, A8)", () => {
  it("every completion and bonus in date order, by title, with status and reason in words (Dutch)", () => {
    const table = statementLinesTable(statements, { locale: "nl" });
    expect(table.header).toEqual([
      "Medewerker",
      "Id",
      "Datum",
      "Soort",
      "Onderdeel",
      "Status",
      "Sterren",
      "Telt mee",
      "Reden",
    ]);
    const who = ["Anna de Vries", "p"];
    expect(table.rows.slice(0, 6)).toEqual([
      [
        ...who,
        "2025-01-01",
        "bonus",
        "Bonus voor kartrekker van het thema T1 in 2025",
        null,
        1,
        1,
        "telt mee",
      ],
      [...who, "2025-03-01", "afronding", "A", "goedgekeurd", 3, 3, "telt mee"],
      [
        ...who,
        "2025-04-01",
        "afronding",
        'Onbekend onderdeel "x-weg"',
        "goedgekeurd",
        0,
        0,
        "telt niet mee: onbekend onderdeel",
      ],
      [...who, "2025-05-01", "afronding", "M", "goedgekeurd", 1, 1, "telt mee"],
      [
        ...who,
        "2026-02-10",
        "afronding",
        "B",
        "wacht op goedkeuring",
        0,
        0,
        "telt nog niet mee: wacht op goedkeuring",
      ],
      [
        ...who,
        "2026-07-15",
        "afronding",
        "C",
        "goedgekeurd",
        0,
        0,
        "telt nog niet mee: na de peildatum",
      ],
    ]);
  });

  it("on one day, the completion comes before the bonus; English words with locale en", () => {
    const table = statementLinesTable(statements, { locale: "en" });
    expect(table.rows.slice(6)).toEqual([
      ["p-bram", "p-bram", "2026-01-01", "completion", "C", "approved", 1, 1, "counted"],
      [
        "p-bram",
        "p-bram",
        "2026-01-01",
        "bonus",
        "Bonus for trainer of the theme T2 in 2026",
        null,
        1,
        1,
        "counted",
      ],
    ]);
  });

  it("stars carried over from the window before come first, dated at the window's start", () => {
    const first = statements[0] as Statement;
    const carried: Statement = {
      ...first,
      carryOver: {
        from: { start: "2023-01-01", end: "2024-12-31", days: 731 },
        stars: 3,
        counted: 2,
      },
    };
    const table = statementLinesTable([carried], { locale: "nl" });
    expect(table.rows[0]).toEqual([
      "Anna de Vries",
      "p",
      "2025-01-01",
      "meegenomen",
      "Meegenomen uit de periode 1 januari 2023 t/m 31 december 2024",
      null,
      3,
      2,
      "telt deels mee: het maximum van de periode is bereikt",
    ]);
    // …and before the bonus of the same day.
    expect(table.rows[1]?.[3]).toBe("bonus");
  });

  it("no statements, no rows: the header alone", () => {
    expect(statementLinesTable([], { locale: "nl" }).rows).toEqual([]);
    expect(statementsTable([], { locale: "en" }).rows).toEqual([]);
  });
});

describe("reportTable: the organisation report in long form (rules A8)", () => {
  const report: OrganisationReport = deepFreeze({
    asOf: "2026-06-30",
    participants: 4,
    status: { complete: 1, "on-track": 2, behind: 1 },
    countedDistribution: [
      { stars: 0, participants: 1 },
      { stars: 1, participants: 0 },
      { stars: 2, participants: 3 },
    ],
    meanCounted: 1.5,
    mandatory: [
      {
        component: "privacy",
        title: "Privacy en de AVG",
        required: 4,
        completed: 3,
        late: 1,
        overdue: 1,
        rate: 0.75,
      },
    ],
    participation: {
      themes: [{ id: "lezen", name: "Leesbevordering", participants: 2, completions: 3 }],
      learningLines: [],
      spearheads: [{ id: "sp", name: "Digitaal", participants: 1, completions: 1 }],
    },
    roles: [{ theme: "lezen", name: "Leesbevordering", trainers: 1, kartrekkers: 2 }],
    trainingReturn: [
      {
        component: "intervisie",
        title: "Intervisie",
        evaluations: 2,
        participantScore: { n: 2, mean: 4.5 },
        effectScore: { n: 0, mean: null },
      },
    ],
  });

  it("one figure per row: section, item, measure, value, by name and title (Dutch)", () => {
    const table = reportTable(report, { locale: "nl" });
    expect(table.header).toEqual(["Rubriek", "Wat", "Maat", "Waarde"]);
    expect(table.rows).toEqual([
      ["Overzicht", null, "peildatum", "2026-06-30"],
      ["Overzicht", null, "medewerkers", 4],
      ["Overzicht", null, "gemiddeld aantal sterren dat meetelt", 1.5],
      ["Status", "voltooid", "medewerkers", 1],
      ["Status", "op schema", "medewerkers", 2],
      ["Status", "achter op schema", "medewerkers", 1],
      ["Sterren die meetellen", "0 sterren", "medewerkers", 1],
      ["Sterren die meetellen", "1 ster", "medewerkers", 0],
      ["Sterren die meetellen", "2 sterren", "medewerkers", 3],
      ["Verplichte onderdelen", "Privacy en de AVG", "verplicht", 4],
      ["Verplichte onderdelen", "Privacy en de AVG", "afgerond", 3],
      ["Verplichte onderdelen", "Privacy en de AVG", "te laat afgerond", 1],
      ["Verplichte onderdelen", "Privacy en de AVG", "over tijd", 1],
      ["Verplichte onderdelen", "Privacy en de AVG", "afgerond (%)", 75],
      ["Deelname per thema", "Leesbevordering", "medewerkers", 2],
      ["Deelname per thema", "Leesbevordering", "afrondingen", 3],
      ["Deelname per speerpunt", "Digitaal", "medewerkers", 1],
      ["Deelname per speerpunt", "Digitaal", "afrondingen", 1],
      ["Trainers en kartrekkers per thema", "Leesbevordering", "trainers", 1],
      ["Trainers en kartrekkers per thema", "Leesbevordering", "kartrekkers", 2],
      ["Trainingsrendement", "Intervisie", "evaluaties", 2],
      ["Trainingsrendement", "Intervisie", "gemiddelde score van de deelnemers", 4.5],
      ["Trainingsrendement", "Intervisie", "scores van de deelnemers", 2],
      ["Trainingsrendement", "Intervisie", "gemiddelde effectscore", null],
      ["Trainingsrendement", "Intervisie", "effectscores", 0],
    ]);
  });

  it("in English with locale en; as CSV the percentage and the mean keep their decimals", () => {
    const table = reportTable(report, { locale: "en" });
    expect(table.header).toEqual(["Section", "Item", "Measure", "Value"]);
    expect(table.rows[3]).toEqual(["Status", "complete", "participants", 1]);
    expect(table.rows[7]).toEqual(["Counted stars", "1 star", "participants", 0]);
    const csv = toCsv(reportTable(report, { locale: "nl" }), { locale: "nl" }).split("\r\n");
    expect(csv[3]).toBe('"Overzicht";;"gemiddeld aantal sterren dat meetelt";1,5');
    expect(csv[24]).toBe('"Trainingsrendement";"Intervisie";"gemiddelde effectscore";');
  });
});

describe("teamAggregateTable: the verzamelkoffer per category (rules B3)", () => {
  const t = template({
    id: "t",
    kind: "connectie",
    name: "Team",
    categories: [
      { id: "a", label: "Netwerken" },
      { id: "b", label: "Klantcontact" },
      { id: "c", label: "Samenwerken" },
    ],
  });
  // By hand. a: 50, 40, 20 — mean 110/3, median 40, range 30, σ = √(1400/9) ≈ 12.472; ranks
  // 1, 1, 3 (mean 5/3), Borda 2 + 2 + 0 = 4. b: 30, 35, 45 — median 35, range 15, σ = √(350/9)
  // ≈ 6.236; ranks 2, 2, 1, Borda 4. c: 20, 25, 35 — median 25, range 15, σ ≈ 6.236; ranks 3,
  // 3, 2, Borda 1. Discussion order: a (largest σ), then b and c (equal σ and range: template
  // order).
  const sheets = [
    { respondent: "anna", scores: { a: 50, b: 30, c: 20 } },
    { respondent: "bram", scores: { a: 40, b: 35, c: 25 } },
    { respondent: "cas", scores: { a: 20, b: 45, c: 35 } },
  ];
  const aggregate = aggregateSheets(t, sheets);
  const decided = validateTeamScore(t, { a: 45, b: 35, c: 20 });
  if (!decided.ok) throw new Error("fixture");

  it("one row per category by label, every figure, who gave the highest and lowest (Dutch)", () => {
    const table = teamAggregateTable(aggregate, { locale: "nl", teamScore: decided.value });
    expect(table.header).toEqual([
      "Categorie",
      "Vellen",
      "Gemiddelde",
      "Mediaan",
      "Laagste",
      "Hoogste",
      "Spreiding",
      "Standaardafwijking",
      "Gemiddelde rang",
      "Bordapunten",
      "Gespreksvolgorde",
      "Hoogste score van",
      "Laagste score van",
      "Teamscore",
    ]);
    const [a, b, c] = table.rows;
    expect(a?.[0]).toBe("Netwerken");
    expect(a?.[2]).toBeCloseTo(110 / 3, 10);
    expect(a?.[7]).toBeCloseTo(Math.sqrt(1400 / 9), 10);
    expect(a?.[8]).toBeCloseTo(5 / 3, 10);
    expect([a?.[1], ...(a?.slice(3, 7) ?? []), ...(a?.slice(9) ?? [])]).toEqual([
      3,
      40,
      20,
      50,
      30,
      4,
      1,
      "anna",
      "cas",
      45,
    ]);
    expect([b?.[0], b?.[3], b?.[6], b?.[9], b?.[10], b?.[11], b?.[12], b?.[13]]).toEqual([
      "Klantcontact",
      35,
      15,
      4,
      2,
      "cas",
      "anna",
      35,
    ]);
    expect(b?.[7]).toBeCloseTo(Math.sqrt(350 / 9), 10);
    expect([c?.[0], c?.[9], c?.[10], c?.[11], c?.[12], c?.[13]]).toEqual([
      "Samenwerken",
      1,
      3,
      "cas",
      "anna",
      20,
    ]);
  });

  it("names respondents who share the highest score, joined by a comma", () => {
    const tied = aggregateSheets(t, [
      { respondent: "anna", scores: { a: 50, b: 30, c: 20 } },
      { respondent: "bram", scores: { a: 50, b: 35, c: 15 } },
    ]);
    expect(teamAggregateTable(tied, { locale: "nl" }).rows[0]?.[11]).toBe("anna, bram");
  });

  it("anonymous: how many sheets gave the highest and lowest score instead of names (English)", () => {
    const anonymous = aggregateSheets(t, sheets, { anonymous: true });
    const table = teamAggregateTable(anonymous, { locale: "en" });
    expect(table.header.slice(-2)).toEqual([
      "Sheets with the highest score",
      "Sheets with the lowest score",
    ]);
    expect(table.rows.map((r) => r.slice(-2))).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
    expect(JSON.stringify(table)).not.toMatch(/anna|bram|cas/);
  });

  it("the proposed and the decided team score each get a column; a team without valid sheets has empty figures", () => {
    const empty = aggregateSheets(t, [{ respondent: "x", scores: { a: 1 } }]);
    const table = teamAggregateTable(empty, {
      locale: "en",
      proposedScore: decided.value,
      teamScore: { respondent: null, scores: [{ category: "a", points: 60 }] },
    });
    expect(table.header.slice(-2)).toEqual(["Proposed team score", "Team score"]);
    expect(table.rows[0]).toEqual([
      "Netwerken",
      0,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      0,
      1, // no spread anywhere: the discussion order is the template's
      "",
      "",
      45,
      60,
    ]);
    expect(table.rows[1]?.slice(-2)).toEqual([35, null]);
  });

  it("hostile labels stay text in the CSV: a formula never starts a cell", () => {
    const hostile = template({
      id: "h",
      kind: "connectie",
      name: "H",
      categories: [
        { id: "x", label: '=HYPERLINK("http://evil.example","klik")' },
        { id: "y", label: "@SUM(1+1)" },
      ],
    });
    const csv = toCsv(
      teamAggregateTable(
        aggregateSheets(hostile, [{ respondent: "-1+1", scores: { x: 1, y: 0 } }]),
        {
          locale: "nl",
        },
      ),
      { locale: "nl" },
    ).split("\r\n");
    expect(csv[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""klik""\)";1;/);
    expect(csv[1]).toContain(`"'-1+1"`);
    expect(csv[2]).toMatch(/^"'@SUM\(1\+1\)";/);
  });
});

describe("the table functions", () => {
  it("say a status with the explanation's own words (copied, so the tables stay small)", () => {
    expect(spreadsheetWords("nl").statusWords).toEqual(nlStatement.statusWords);
    expect(spreadsheetWords("en").statusWords).toEqual(enStatement.statusWords);
  });

  it("are frozen and leave their (frozen) input as it was", () => {
    for (const f of [statementsTable, statementLinesTable, reportTable, teamAggregateTable]) {
      expect(Object.isFrozen(f)).toBe(true);
    }
    // `statements` is deep-frozen above: a write would have thrown.
    expect(statementsTable(statements, { locale: "nl" }).rows).toHaveLength(2);
  });
});

describe("the koffer's table carries no star rules (a koffer-only app)", () => {
  it("teamAggregateTable and toCsv from sterrenprogramma/documents bring no star-rule, programme or zod module", async () => {
    const { carried } = await bundleOf("teamAggregateTable, toCsv", "src/documents/index.ts");
    expect(carried).toContain("src/documents/koffer-rows.ts");
    expect(
      carried.filter((path) => /src\/(programme|stars|example)\/|node_modules\/zod\//.test(path)),
    ).toEqual([]);
  });
});
