import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { minimalProgramme } from "../fixtures/minimal.js";
import { runWith, shipped } from "./memory-io.js";

const example = {
  "programme.json": shipped("examples/data/programme.json"),
  "participants.json": shipped("examples/data/participants.json"),
  "participants.csv": shipped("examples/data/participants.csv"),
  "roles.csv": shipped("examples/data/roles.csv"),
  "exemptions.csv": shipped("examples/data/exemptions.csv"),
  "sheets.csv": shipped("examples/data/koffer-sheets.csv"),
};
const mini = { "mini.json": JSON.stringify(minimalProgramme()) };
const AS_OF = ["--as-of", "2025-12-31"];

describe("sterrenprogramma validate", () => {
  it("says a valid programme is valid, in Dutch by default and in English on request; exit 0", () => {
    expect(runWith(["validate", "programme.json"], example)).toEqual({
      code: 0,
      stdout: "programme.json: geldig, 0 fouten, 0 waarschuwingen\n",
      stderr: "",
    });
    expect(runWith(["validate", "programme.json", "--lang", "en"], example).stdout).toBe(
      "programme.json: valid, 0 errors, 0 warnings\n",
    );
  });

  it("lists the errors of an invalid programme and exits 1 (rules A9)", () => {
    const broken = minimalProgramme();
    // The theme id "t" twice: one duplicate-id error.
    const files = {
      "p.json": JSON.stringify({
        ...broken,
        themes: [...(broken.themes ?? []), { id: "t", name: "Nog eens" }],
      }),
    };
    const nl = runWith(["validate", "p.json"], files);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain("p.json: ONGELDIG, 1 fout, 0 waarschuwingen");
    expect(nl.stdout).toContain("fout bij themes[1].id (duplicate-id)");
    const en = runWith(["validate", "p.json", "--lang=en"], files);
    expect(en.stdout).toContain("error at themes[1].id (duplicate-id)");
  });

  it("gives the diagnostics as JSON with --json, with both messages", () => {
    const files = { "p.json": JSON.stringify({ ...minimalProgramme(), formatVersion: 99 }) };
    const { code, stdout } = runWith(["validate", "p.json", "--json"], files);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output.ok).toBe(false);
    expect(output.diagnostics.map((d: { code: string }) => d.code)).toContain(
      "unsupported-format-version",
    );
    expect(Object.keys(output.diagnostics[0].message)).toEqual(["nl", "en"]);
  });
});

describe("problems with the command line or the files: exit 2, on stderr, no stack trace", () => {
  it("names a missing file in Dutch and in English", () => {
    expect(runWith(["validate", "x.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'sterrenprogramma: fout (file-not-found): Het bestand "x.json" bestaat niet.\n',
    });
    expect(runWith(["validate", "x.json", "--lang", "en"]).stderr).toBe(
      'sterrenprogramma: error (file-not-found): The file "x.json" does not exist.\n',
    );
  });

  it("says a folder is not a file", () => {
    expect(runWith(["validate", "data/"]).stderr).toContain("(file-is-directory)");
  });

  it("points at bad JSON by line and column", () => {
    // Line 2 is ` "id" "x"}`: the colon is missing before the `"` in column 7.
    const { code, stderr } = runWith(["validate", "p.json"], {
      "p.json": '{"formatVersion": 1,\n "id" "x"}',
    });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'p.json:2:7: fout (invalid-json): Dit is geen geldige JSON: onverwacht teken "\\"".\n',
    );
  });

  it("rejects an unknown command and an unknown option", () => {
    const command = runWith(["valideer", "p.json", "--lang", "en"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Unknown command "valideer"');
    expect(runWith(["validate", "p.json", "--strikt"]).stderr).toContain(
      'Onbekende optie "--strikt"',
    );
  });

  it("shows a wrong --lang in both languages, since neither was chosen", () => {
    const { code, stderr } = runWith(["validate", "p.json", "--lang", "de"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'sterrenprogramma: fout (invalid-lang): Onbekende taal "de"; kies nl of en.\n' +
        'sterrenprogramma: error (invalid-lang): Unknown language "de"; choose nl or en.\n',
    );
  });

  it("asks for --as-of and says the clock is not read", () => {
    const { code, stdout, stderr } = runWith(
      ["report", "programme.json", "participants.json", "--lang=en"],
      example,
    );
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain("needs --as-of YYYY-MM-DD");
    expect(stderr).toContain("does not read the clock");
  });

  it("turns an unexpected failure into a message and exit 3, never a stack trace", () => {
    let stderr = "";
    const code = run(
      ["validate", "p.json"],
      {
        readFile: () => {
          throw new TypeError("boom");
        },
        stdout: () => {},
        stderr: (text) => {
          stderr += text;
        },
      },
      { version: "0" },
    );
    expect(code).toBe(3);
    expect(stderr).toBe(
      "sterrenprogramma: fout (internal-error): Er ging onverwacht iets mis (TypeError). Dit is een fout in sterrenprogramma; meld het graag.\n",
    );
  });

  it("prints the version it is given and the help", () => {
    expect(runWith(["--version"])).toEqual({ code: 0, stdout: "9.8.7\n", stderr: "" });
    expect(runWith(["--help"]).stdout).toContain("Gebruik:");
    expect(runWith(["-h", "--lang", "en"]).stdout).toContain("Usage:");
    expect(runWith([]).code).toBe(2);
  });
});

describe("sterrenprogramma statements and report", () => {
  it("computes the same statements from the CSV files as from the JSON they were made from", () => {
    // examples/data/participants.csv, roles.csv and exemptions.csv hold participants.json's
    // completions, roles and exemptions (with Dutch column names and status words).
    const fromJson = runWith(
      ["statements", "programme.json", "participants.json", "--as-of", "2026-06-30", "--json"],
      example,
    );
    const fromCsv = runWith(
      [
        "statements",
        "programme.json",
        "participants.csv",
        "--as-of",
        "2026-06-30",
        "--json",
        "--roles",
        "roles.csv",
        "--exemptions",
        "exemptions.csv",
      ],
      example,
    );
    expect([fromJson.code, fromCsv.code, fromCsv.stderr]).toEqual([0, 0, ""]);
    const statements = JSON.parse(fromCsv.stdout).statements;
    expect(statements).toHaveLength(6);
    expect(statements).toEqual(JSON.parse(fromJson.stdout).statements);
  });

  it("reads a small hand-made CSV: Dutch dates and column names, a participant without completions", () => {
    // The minimal programme: component "a" is worth 3 stars, target 3 in the 2025 window (rules A2).
    const files = {
      ...mini,
      "m.csv": "medewerker;onderdeel;datum\r\np1;a;1-3-2025\r\np2;;\r\n",
    };
    const { code, stdout } = runWith(
      ["statements", "mini.json", "m.csv", ...AS_OF, "--json"],
      files,
    );
    expect(code).toBe(0);
    const statements = JSON.parse(stdout).statements;
    expect(statements.map((s: { participant: string }) => s.participant)).toEqual(["p1", "p2"]);
    expect(statements[0].lines[0].completion.date).toBe("2025-03-01");
    // p1: 3 of 3 stars; p2 completed nothing: 0 of 3.
    expect(statements.map((s: { totals: { counted: number } }) => s.totals.counted)).toEqual([
      3, 0,
    ]);
  });

  it("shows a summary line per participant as text: the name (or the quoted id), the status in words", () => {
    const files = { ...mini, "m.csv": "participant,component,date\np1,a,2025-03-01\n" };
    const { stdout } = runWith(
      ["statements", "mini.json", "m.csv", ...AS_OF, "--lang", "en"],
      files,
    );
    expect(stdout).toBe(
      "Star statements as of 31 December 2025\n" +
        "  participant   stars    status  mandatory open\n" +
        '  "p1"         3 of 3  complete               0\n',
    );
    const named = {
      ...mini,
      "m.csv": "participant;name;component;date\np1;Anna de Wit;a;2025-03-01\n",
    };
    expect(runWith(["statements", "mini.json", "m.csv", ...AS_OF], named).stdout).toBe(
      "Sterrenoverzichten, stand op 31 december 2025\n" +
        "  medewerker   sterren    status  verplicht open\n" +
        "  Anna de Wit  3 van 3  voltooid               0\n",
    );
  });

  it("points a participant diagnostic at its CSV cell and exits 1", () => {
    // 31-02-2025 is no day; the date cell starts at column 6, and the error quotes it as written.
    const files = { ...mini, "m.csv": "participant;component;date\np1;a;31-02-2025\n" };
    const { code, stderr } = runWith(["statements", "mini.json", "m.csv", ...AS_OF], files);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'm.csv:2:6: fout (csv-impossible-date): "31-02-2025" is geen bestaande dag',
    );
    // A validation diagnostic (an unknown component, a warning) is at its cell too, in the same run.
    const both = runWith(["statements", "mini.json", "m.csv", ...AS_OF], {
      ...mini,
      "m.csv": "participant;component;date\np1;a;31-02-2025\np1;zz;2025-03-01\n",
    });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("m.csv:2:6: fout (csv-impossible-date)");
    expect(both.stderr).toContain("m.csv:3:4: waarschuwing bij [0].completions[1].component");
  });

  it("skips an unknown column such as __proto__ with a warning, without polluting objects", () => {
    const files = {
      ...mini,
      "m.csv": 'participant;__proto__;component;date\np1;"{""x"":1}";a;2025-03-01\n',
    };
    const { code, stderr } = runWith(["statements", "mini.json", "m.csv", ...AS_OF], files);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'm.csv:1:13: waarschuwing (csv-ignored-column): De kolom "__proto__" is onbekend en wordt overgeslagen.\n',
    );
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses lines that disagree about a participant", () => {
    const files = {
      ...mini,
      "m.csv": "participant;name;component;date\np1;Anna;a;2025-03-01\np1;Anne;;\n",
    };
    const { code, stderr } = runWith(
      ["statements", "mini.json", "m.csv", ...AS_OF, "--lang=en"],
      files,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'm.csv:3:4: error (csv-conflicting-value): For "p1" the column "name" says "Anne" here, "Anna" before.',
    );
  });

  it("refuses a role of a participant the completions file does not have", () => {
    const files = {
      ...mini,
      "m.csv": "participant\np1\n",
      "r.csv": "medewerker;thema;rol;jaar\np9;t;trainer;2025\n",
    };
    const { code, stderr } = runWith(
      ["statements", "mini.json", "m.csv", ...AS_OF, "--roles", "r.csv"],
      files,
    );
    expect(code).toBe(2);
    expect(stderr).toContain("r.csv:2:1: fout (csv-unknown-participant)");
  });

  it("refuses --roles with participants as JSON", () => {
    const files = { ...mini, "m.json": "[]", "r.csv": "participant;theme;role;year\n" };
    const { code, stderr } = runWith(
      ["report", "mini.json", "m.json", ...AS_OF, "--roles", "r.csv"],
      files,
    );
    expect([code, stderr.includes("(csv-only-option)")]).toEqual([2, true]);
  });

  it("gives the organisation report as JSON (rules A8)", () => {
    const { code, stdout } = runWith(
      ["report", "programme.json", "participants.json", "--as-of", "2026-06-30", "--json"],
      example,
    );
    expect(code).toBe(0);
    const { report } = JSON.parse(stdout);
    // examples/data/participants.json holds six participants.
    expect(report.participants).toBe(6);
    expect(report.asOf).toBe("2026-06-30");
  });
});

describe("sterrenprogramma koffer", () => {
  it("scores the example round and lists the left-out sheet with its CSV line (rules B2, B3)", () => {
    const { code, stdout } = runWith(
      ["koffer", "voorbeeld-connectie", "sheets.csv", "--json"],
      example,
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    // Six sheets; femke's (line 7) gives four boxes 10 points and two boxes 5: two ties.
    expect(output.aggregate.counts).toEqual({ received: 6, valid: 5, leftOut: 1 });
    const [femke] = output.aggregate.leftOut;
    expect([femke.index, femke.respondent]).toEqual([5, "femke"]);
    expect(
      femke.diagnostics.map((d: { code: string; location: unknown }) => [d.code, d.location]),
    ).toEqual([
      ["tie", { file: "sheets.csv", line: 7 }],
      ["tie", { file: "sheets.csv", line: 7 }],
    ]);
    // The proposal hands out exactly the budget of 100 (rules B4).
    const points = Object.values(output.proposal.scores as Record<string, number>);
    expect(points.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("keeps a category called __proto__ as an ordinary id, in a ;-separated file", () => {
    const template = {
      id: "k",
      kind: "collectie",
      name: "K",
      budget: 10,
      categories: [
        { id: "__proto__", label: "P" },
        { id: "b", label: "B" },
      ],
    };
    const files = {
      "t.json": JSON.stringify(template),
      "s.csv": "respondent;__proto__;b\nx;6;4\ny;3;7\n",
    };
    const { code, stdout } = runWith(["koffer", "t.json", "s.csv", "--json"], files);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    // Means: __proto__ (6 + 3) / 2 = 4.5, b (4 + 7) / 2 = 5.5. Points must differ and add up to 10:
    // 4 and 6 are 0.5 + 0.5 = 1 point from the means; 5 and 5 would tie.
    expect(output.aggregate.categories.map((c: { mean: number }) => c.mean)).toEqual([4.5, 5.5]);
    expect(Object.hasOwn(output.proposal.scores, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(output.proposal.scores, "__proto__")?.value).toBe(4);
    expect(output.proposal.scores.b).toBe(6);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });

  it("refuses a sheets file whose columns do not match the template", () => {
    const files = { "s.csv": "respondent,netwerken,typo\n" };
    const { code, stderr } = runWith(
      ["koffer", "voorbeeld-connectie", "s.csv", "--lang", "en"],
      files,
    );
    expect(code).toBe(2);
    // "respondent," is 11 characters and "netwerken," 10: "typo" starts in column 22.
    expect(stderr).toContain('s.csv:1:22: error (csv-unknown-column): Unknown column "typo"');
    // The template has 8 categories; 7 have no column.
    expect(stderr.split("(csv-missing-column)").length - 1).toBe(7);
  });

  it("names the example templates when the template is neither a file nor an example", () => {
    const { code, stderr } = runWith(["koffer", "connectie", "s.csv", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain('the examples are "voorbeeld-connectie" and "voorbeeld-collectie"');
  });

  it("exits 1 when no sheet is valid", () => {
    // Both sheets give 50 and 50: a tie on each (rules B2).
    const template = {
      id: "k",
      kind: "collectie",
      name: "K",
      categories: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
    };
    const files = { "t.json": JSON.stringify(template), "s.csv": "a,b\n50,50\n50,50\n" };
    const { code, stdout } = runWith(["koffer", "t.json", "s.csv"], files);
    expect(code).toBe(1);
    expect(stdout).toContain("Geen voorstel voor een teamscore");
  });
});

describe("header problems of the participant files", () => {
  it("reports a missing required column once, not once per line", () => {
    // A component column needs a date column beside it (issue 16: not one missing-field per row).
    const files = { ...mini, "m.csv": "naam;onderdeel\nAnna;a\nBram;a\n" };
    const { code, stderr } = runWith(["statements", "mini.json", "m.csv", ...AS_OF], files);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'm.csv:1: fout (csv-missing-column): De kolom "participant" ontbreekt in de kopregel.\n' +
        'm.csv:1: fout (csv-missing-column): De kolom "date" ontbreekt in de kopregel.\n',
    );
  });

  it("refuses the same column under two names (component and onderdeel)", () => {
    const files = { ...mini, "m.csv": "participant;component;onderdeel\np1;a;a\n" };
    const { code, stderr } = runWith(
      ["statements", "mini.json", "m.csv", ...AS_OF, "--lang=en"],
      files,
    );
    expect(code).toBe(2);
    expect(stderr).toContain(
      'm.csv:1:23: error (csv-duplicate-column): The column "onderdeel" appears twice',
    );
  });
});

describe("koffer sheets as JSON", () => {
  it("reads a JSON list of sheets like the CSV", () => {
    const template = {
      id: "k",
      kind: "collectie",
      name: "K",
      categories: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
    };
    const sheets = [
      { respondent: "x", scores: { a: 60, b: 40 } },
      { respondent: "y", scores: { a: 30, b: 70 } },
    ];
    const files = { "t.json": JSON.stringify(template), "s.json": JSON.stringify(sheets) };
    const { code, stdout } = runWith(["koffer", "t.json", "s.json", "--json"], files);
    expect(code).toBe(0);
    // Means 45 and 55 fill the budget of 100 exactly: the proposal is 45 and 55.
    expect(JSON.parse(stdout).proposal.scores).toEqual({ a: 45, b: 55 });
  });

  it("refuses a JSON file that is not a list", () => {
    const { code, stderr } = runWith(["koffer", "voorbeeld-connectie", "s.json"], {
      "s.json": "{}",
    });
    expect([code, stderr.includes("(not-a-list)")]).toEqual([2, true]);
  });
});
