import { describe, expect, it } from "vitest";
import { personName, reportText, statementsText } from "../../src/cli/render.js";
import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { explainStatementLines } from "../../src/stars/explain.js";
import type { OrganisationReport } from "../../src/stars/report-types.js";
import { computeStatement } from "../../src/stars/statement.js";
import { runWith, shipped } from "./memory-io.js";

/**
 * A small report written by hand: one participant complete and one behind, so that every count
 * the text shows is 0, 1 or 2 and the plural of each noun is seen.
 */
const report: OrganisationReport = {
  asOf: "2026-06-30",
  participants: 2,
  status: { complete: 1, "on-track": 0, behind: 1 },
  countedDistribution: [
    { stars: 0, participants: 0 },
    { stars: 1, participants: 1 },
    { stars: 2, participants: 1 },
  ],
  meanCounted: 1.5,
  mandatory: [
    {
      component: "privacy-en-avg",
      title: "Privacy en de AVG",
      required: 2,
      completed: 1,
      late: 1,
      overdue: 1,
      rate: 0.5,
    },
  ],
  participation: {
    themes: [{ id: "klantgerichtheid", name: "Klantgerichtheid", participants: 1, completions: 2 }],
    learningLines: [{ id: "vakkennis", name: "Vakkennis", participants: 2, completions: 1 }],
    spearheads: [],
  },
  roles: [{ theme: "leesbevordering", name: "Leesbevordering", trainers: 1, kartrekkers: 2 }],
  trainingReturn: [
    {
      component: "intervisie",
      title: "Intervisie",
      evaluations: 1,
      participantScore: { n: 1, mean: 4.5 },
      effectScore: { n: 0, mean: null },
    },
  ],
} as unknown as OrganisationReport;

describe("the CLI's report text (issue 16: names, statuses in words, real plurals, dates in words)", () => {
  it("reads as Dutch, line by line", () => {
    expect(reportText(report, "nl")).toEqual([
      "Organisatierapport, stand op 30 juni 2026: 2 medewerkers",
      "  1 voltooid, 0 op schema, 1 achter op schema; gemiddeld 1,5 meetellende sterren",
      "  Meetellende sterren (aantal sterren: aantal medewerkers):",
      "    0: 0, 1: 1, 2: 1",
      "  Verplichte onderdelen, afgerond:",
      "     50%  Privacy en de AVG (1 van 2; 1 te laat afgerond, 1 over tijd)",
      "  Deelname per thema:",
      "    Klantgerichtheid: 1 medewerker, 2 afrondingen",
      "  Deelname per leerlijn:",
      "    Vakkennis: 2 medewerkers, 1 afronding",
      "  Deelname per speerpunt:",
      "  Trainers en kartrekkers per thema:",
      "    Leesbevordering: 1 trainer, 2 kartrekkers",
      "  Trainingsrendement (gemiddelde score deelnemer / effect):",
      "    4,5 / –  Intervisie (1 evaluatie)",
    ]);
  });

  it("reads as English, line by line", () => {
    expect(reportText({ ...report, participants: 1 }, "en")).toEqual([
      "Organisation report as of 30 June 2026: 1 participant",
      "  1 complete, 0 on track, 1 behind; 1.5 counted stars on average",
      "  Counted stars (number of stars: number of participants):",
      "    0: 0, 1: 1, 2: 1",
      "  Mandatory components, completed:",
      "     50%  Privacy en de AVG (1 of 2; 1 completed late, 1 overdue)",
      "  Participation by theme:",
      "    Klantgerichtheid: 1 participant, 2 completions",
      "  Participation by learning line:",
      "    Vakkennis: 2 participants, 1 completion",
      "  Participation by spearhead:",
      "  Trainers and kartrekkers by theme:",
      "    Leesbevordering: 1 trainer, 2 kartrekkers",
      "  Training return (mean participant score / effect):",
      "    4.5 / –  Intervisie (1 evaluation)",
    ]);
  });

  it("says 1 meetellende ster in the singular", () => {
    expect(reportText({ ...report, meanCounted: 1 }, "nl")[1]).toContain(
      "gemiddeld 1 meetellende ster",
    );
    expect(reportText({ ...report, meanCounted: 1 }, "en")[1]).toContain("1 counted star on");
  });
});

describe("the CLI's statements text", () => {
  const programme = parseProgramme(exampleProgramme);
  const statements = exampleParticipants
    .slice(0, 2)
    .map((p) => computeStatement(programme, parseParticipant(p, programme), "2026-06-30"));

  it("names each participant and says the status in words; --explain adds each explanation", () => {
    expect(statementsText(statements, "2026-06-30", "nl", false)).toEqual([
      "Sterrenoverzichten, stand op 30 juni 2026",
      // Aligned: the name left, the rest right, two spaces between the columns.
      `  medewerker${" ".repeat(7)}sterren${" ".repeat(5)}status  verplicht open`,
      `  Anouk Jansen${" ".repeat(3)}15 van 15${" ".repeat(3)}voltooid${" ".repeat(15)}0`,
      `  Daan de Vries  13 van 15  op schema${" ".repeat(15)}0`,
    ]);
    const explained = statementsText(statements, "2026-06-30", "en", true);
    // One line per line of each explanation: the output's lines are escaped one by one, so a
    // line feed inside one would show as \u000A (it did, for one commit).
    expect(explained.slice(4)).toEqual([
      "",
      ...explainStatementLines(statements[0] as (typeof statements)[number], "en"),
      "",
      ...explainStatementLines(statements[1] as (typeof statements)[number], "en"),
    ]);
    for (const line of explained) expect(line).not.toContain("\n");
    expect(explained[0]).toBe("Star statements as of 30 June 2026");
  });

  it("--explain writes each explanation line by line, readable in the terminal", () => {
    const { code, stdout } = runWith(
      ["statements", "programme.json", "m.csv", "--as-of", "2026-06-30", "--explain"],
      {
        "programme.json": shipped("examples/data/programme.json"),
        "m.csv": "medewerker;onderdeel;datum\np-1;bhv-herhaling;2025-03-12\n",
      },
    );
    expect(code).toBe(0);
    expect(stdout).not.toContain("\\u000A");
    expect(stdout.split("\n")).toContain("Afgeronde onderdelen:");
  });

  it("quotes the id of a participant without a name", () => {
    expect(personName({ participant: "p-x", participantName: null })).toBe('"p-x"');
    expect(personName({ participant: "p-x", participantName: "Xandra" })).toBe("Xandra");
  });
});
