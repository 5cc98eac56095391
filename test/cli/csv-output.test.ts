import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { escapeCsvControls } from "../../src/cli/csv-output.js";
import { helpText } from "../../src/cli/help.js";
import { minimalProgramme } from "../fixtures/minimal.js";
import { runWith, shipped } from "./memory-io.js";

const BOM = "\uFEFF";
const example = {
  "programme.json": shipped("examples/data/programme.json"),
  "participants.json": shipped("examples/data/participants.json"),
  "participants.csv": shipped("examples/data/participants.csv"),
  "sheets.csv": shipped("examples/data/koffer-sheets.csv"),
};
const AS_OF = ["--as-of", "2026-06-30"];

/** The records of a CSV written by the command: without the BOM, split on CRLF. */
const records = (stdout: string) => stdout.slice(1).split("\r\n").slice(0, -1);

describe("--csv: the arguments", () => {
  it("belongs to statements, report and koffer, and not to validate", () => {
    for (const command of [
      ["statements", "p.json", "m.csv", ...AS_OF],
      ["report", "p.json", "m.csv", ...AS_OF],
      ["koffer", "voorbeeld-connectie", "s.csv"],
    ]) {
      const parsed = parseArgs([...command, "--csv"]);
      expect(parsed.ok && parsed.args.kind === "run" && parsed.args.csv).toBe(true);
    }
    const validate = parseArgs(["validate", "p.json", "--csv"]);
    expect(validate.ok).toBe(false);
    if (!validate.ok) {
      expect(validate.problems.map((p) => p.code)).toEqual(["unknown-option"]);
    }
  });

  it("is absent from the arguments when not given (nothing changes for the other forms)", () => {
    const parsed = parseArgs(["report", "p.json", "m.csv", ...AS_OF]);
    expect(parsed.ok && parsed.args.kind === "run" && "csv" in parsed.args).toBe(false);
  });

  it("cannot go with --json or --html: one form of output (exit 2, stdout empty)", () => {
    const both = runWith(
      ["statements", "programme.json", "participants.json", ...AS_OF, "--csv", "--json"],
      example,
    );
    expect(both.code).toBe(2);
    expect(both.stdout).toBe("");
    expect(both.stderr).toContain("(conflicting-options)");
    expect(both.stderr).toContain('"--json" en "--csv"');
    const html = parseArgs(["report", "p.json", "m.csv", ...AS_OF, "--csv", "--html", "--lang=en"]);
    expect(!html.ok && html.problems.map((p) => p.message.en)).toEqual([
      'The options "--html" and "--csv" each choose the form of the output; give one of them.',
    ]);
  });

  it("is in the help, in both languages", () => {
    expect(helpText("nl")).toContain("--csv               een CSV voor Excel op stdout");
    expect(helpText("en")).toContain("--csv               a CSV for Excel on stdout");
  });
});

describe("statements --csv", () => {
  it("one row per participant, for Excel in Dutch: BOM, `;`, CRLF, status in words, names", () => {
    const { code, stdout, stderr } = runWith(
      ["statements", "programme.json", "participants.json", ...AS_OF, "--csv"],
      example,
    );
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.startsWith(`${BOM}"Medewerker";"Id";"Peildatum";`)).toBe(true);
    expect(stdout.endsWith("\r\n")).toBe(true);
    const lines = records(stdout);
    const participants = JSON.parse(example["participants.json"]) as { id: string }[];
    expect(lines).toHaveLength(participants.length + 1);
    // Anouk Jansen (p-anouk) reaches the target: 15 of 15, complete.
    expect(lines[1]).toMatch(
      /^"Anouk Jansen";"p-anouk";"2026-06-30";"2025-01-01";"2026-12-31";"voltooid";15;15;0;100;/,
    );
    expect(stdout).not.toContain("\n\n");
  });

  it("with --explain, one row per line; in English with `,` between cells", () => {
    const { code, stdout } = runWith(
      [
        "statements",
        "programme.json",
        "participants.csv",
        ...AS_OF,
        "--csv",
        "--explain",
        "--lang",
        "en",
      ],
      example,
    );
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines[0]).toBe(
      '"Participant","Id","Date","Kind","Component","Status","Stars","Counted","Reason"',
    );
    expect(lines).toContain(
      '"Anouk Jansen","p-anouk","2025-03-12","completion","BHV-herhaling (bedrijfshulpverlening)","approved",1,1,"counted"',
    );
  });

  it("a participant called =HYPERLINK(…) stays text; a control character is made visible", () => {
    const programme = minimalProgramme();
    const people = [
      { id: "p1", name: '=HYPERLINK("http://evil.example","klik")', completions: [] },
      { id: "p2", name: "-1+1 \u001b[2J", completions: [] },
    ];
    const { code, stdout } = runWith(
      ["statements", "p.json", "m.json", "--as-of", "2025-06-30", "--csv"],
      { "p.json": JSON.stringify(programme), "m.json": JSON.stringify(people) },
    );
    expect(code).toBe(0);
    const [, first, second] = records(stdout);
    expect(first?.startsWith(`"'=HYPERLINK(""http://evil.example"",""klik"")";"p1";`)).toBe(true);
    expect(second?.startsWith(`"'-1+1 \\u001B[2J";"p2";`)).toBe(true);
  });

  it("an invalid participant: the diagnostics on stderr, no CSV, exit 1", () => {
    const { code, stdout, stderr } = runWith(
      ["statements", "p.json", "m.json", "--as-of", "2025-06-30", "--csv"],
      { "p.json": JSON.stringify(minimalProgramme()), "m.json": '[{"id": 7}]' },
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("m.json");
  });
});

describe("report --csv", () => {
  it("one figure per row, in long form, with decimal commas in Dutch", () => {
    const { code, stdout } = runWith(
      ["report", "programme.json", "participants.json", ...AS_OF, "--csv"],
      example,
    );
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines[0]).toBe('"Rubriek";"Wat";"Maat";"Waarde"');
    expect(lines[1]).toBe('"Overzicht";;"peildatum";"2026-06-30"');
    const participants = JSON.parse(example["participants.json"]) as unknown[];
    expect(lines[2]).toBe(`"Overzicht";;"medewerkers";${participants.length}`);
    // Every mandatory component has its percentage completed, by title.
    expect(
      lines.filter((l) => l.startsWith('"Verplichte onderdelen";') && l.includes('"afgerond (%)"'))
        .length,
    ).toBeGreaterThan(0);
    for (const line of lines.slice(1)) {
      // No number is written with a decimal point in Dutch: the last cell is a quoted text,
      // empty, or digits with at most a decimal comma.
      expect(line).toMatch(/;(?:"[^"]*"|-?\d+(?:,\d+)?|)$/);
    }
  });
});

describe("koffer --csv", () => {
  it("one row per category by label, with the proposed team score; left-out sheets on stderr", () => {
    const { code, stdout, stderr } = runWith(
      ["koffer", "voorbeeld-connectie", "sheets.csv", "--csv", "--lang", "en"],
      example,
    );
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines[0]).toBe(
      '"Category","Sheets","Mean","Median","Lowest","Highest","Range","Standard deviation","Mean rank","Borda points","Discussion order","Highest score by","Lowest score by","Proposed team score"',
    );
    expect(lines[1]?.startsWith('"Netwerken",')).toBe(true);
    // Counted as people count: femke's is the sixth sheet, on line 7 of the file.
    expect(stderr).toContain("left out: sheet 6 by femke");
    expect(stderr).toContain("sheets.csv:7:");
    expect(stdout).not.toContain("left out");
  });

  it("no valid sheet: the table with empty figures, exit 1", () => {
    const { code, stdout } = runWith(["koffer", "voorbeeld-connectie", "sheets.json", "--csv"], {
      "sheets.json": "[]",
    });
    expect(code).toBe(1);
    expect(records(stdout)[1]).toMatch(/^"Netwerken";0;;;;;;;;0;1;"";""$/);
  });
});

describe("escapeCsvControls: terminal safety that keeps the CSV intact", () => {
  it("keeps tabs and the CRLF of the records, writes every other control visibly", () => {
    expect(escapeCsvControls('"a\tb";1\r\n')).toBe('"a\tb";1\r\n');
    expect(escapeCsvControls('"p-\u001b[2J";"\u202Eevil";"x\ry"\r\n')).toBe(
      '"p-\\u001B[2J";"\\u202Eevil";"x\\u000Dy"\r\n',
    );
    expect(escapeCsvControls(`${BOM}"Zoë"\r\n`)).toBe(`${BOM}"Zoë"\r\n`);
  });
});
