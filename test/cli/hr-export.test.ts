import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { hrExportParticipants } from "../fixtures/hr-export/participants.js";
import { runWith, shipped } from "./memory-io.js";

/**
 * Issue 16, "Data in": the HR export of test/fixtures/hr-export/ through the command line, in
 * the encodings and separators spreadsheet programs save it in.
 */

const tsv = shipped("test/fixtures/hr-export/afgeronde-trainingen.tsv");
const roles = shipped("test/fixtures/hr-export/rollen.csv");
const programme = shipped("examples/data/programme.json");

const columnArgs = [
  "--column",
  "participant=Personeelsnummer",
  "--column",
  "name=Naam, voornaam",
  "--column",
  "groups=Afdeling",
  "--column=component=Training",
  "--column",
  "date=Datum afgerond",
  "--column",
  "participantScore=Beoordeling",
];

/** The same participants as JSON (the fixture's participants, written by hand). */
const participantsJson = JSON.stringify(hrExportParticipants);

const utf16 = (text: string, order: "le" | "be") => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [a, b] = order === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes[2 + 2 * i] = a;
    bytes[3 + 2 * i] = b;
  }
  return bytes;
};
const windows1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const statementsOf = (stdout: string) => JSON.parse(stdout).statements;

describe("statements from an HR export (issue 16)", () => {
  const fromJson = runWith(
    ["statements", "programme.json", "m.json", "--as-of", "2025-06-30", "--json"],
    { "programme.json": programme, "m.json": participantsJson },
  );

  it("the hand-written JSON twin is valid", () => {
    expect([fromJson.code, fromJson.stderr]).toEqual([0, ""]);
    expect(statementsOf(fromJson.stdout)).toHaveLength(3);
  });

  const variants: [string, string | Uint8Array][] = [
    ["UTF-8, tab separated", tsv],
    ["Windows-1252 (Excel's 'Text (tab delimited)')", windows1252(tsv)],
    ["UTF-16 LE with a BOM (Excel's 'Unicode text')", utf16(tsv, "le")],
    ["UTF-16 BE with a BOM", utf16(tsv, "be")],
    ["UTF-8 with a BOM, semicolons", `\uFEFF${tsv.replaceAll("\t", ";")}`],
  ];
  it.each(variants)(
    "%s: --column maps the export's names, and gives the JSON's statements",
    (_, file) => {
      const run = runWith(
        [
          "statements",
          "programme.json",
          "afgeronde-trainingen.txt",
          "--roles",
          "rollen.csv",
          ...columnArgs,
          "--as-of",
          "30-06-2025",
          "--json",
        ],
        { "programme.json": programme, "afgeronde-trainingen.txt": file, "rollen.csv": roles },
      );
      expect(run.code).toBe(0);
      expect(statementsOf(run.stdout)).toEqual(statementsOf(fromJson.stdout));
      // The columns nothing reads, at their header cell; Windows-1252 also says it guessed.
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines.filter((l) => l.includes("(csv-ignored-column)"))).toEqual([
        expect.stringMatching(
          /^afgeronde-trainingen\.txt:1:\d+: waarschuwing \(csv-ignored-column\): De kolom "Uren"/,
        ),
        expect.stringMatching(/"E-mail" is onbekend/),
      ]);
      expect(lines.length).toBe(
        typeof file === "string" || file[0] === 0xff || file[0] === 0xfe ? 2 : 3,
      );
    },
  );

  it("without --column: one error at the header, naming the column it likely is and the option to map it", () => {
    const run = runWith(
      ["statements", "programme.json", "m.csv", "--as-of", "2025-06-30", "--lang", "en"],
      {
        "programme.json": programme,
        "m.csv": "Medewerker;Onderdeel;Datum afgerond\r\np-anouk;privacy-en-avg;4-2-2025\r\n",
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'm.csv:1: error (csv-missing-column): The column "date" is missing from the header. Not read is the column "Datum afgerond". Did you mean "Datum afgerond"? Then map the column with the columns option (on the command line: --column date="Datum afgerond").\n' +
        'm.csv:1:22: warning (csv-ignored-column): The column "Datum afgerond" is unknown and is skipped.\n',
    );
    const mapped = runWith(
      [
        "statements",
        "programme.json",
        "m.csv",
        "--as-of",
        "2025-06-30",
        "--column",
        "date=Datum afgerond",
        "--json",
      ],
      {
        "programme.json": programme,
        "m.csv": "Medewerker;Onderdeel;Datum afgerond\r\np-anouk;privacy-en-avg;4-2-2025\r\n",
      },
    );
    expect(mapped.code).toBe(0);
    expect(statementsOf(mapped.stdout)[0].lines[0].completion.date).toBe("2025-02-04");
  });

  it("a cell error quotes the cell as written, at its file, line and column, and exits 1", () => {
    const run = runWith(
      ["statements", "programme.json", "m.csv", "--as-of", "2025-06-30", "--lang", "en"],
      {
        "programme.json": programme,
        "m.csv":
          "medewerker;onderdeel;datum\np1;privacy-en-avg;6/30/2025\np1;bhv-herhaling;06/07/2025\n",
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'm.csv:2:19: error (csv-wrong-date-order): "6/30/2025" is not a date with the day first, as Dutch and Flemish spreadsheets write it; month first it is 30 June 2025. If the export writes the month first, give dateOrder "month-first" (on the command line: --date-order month-first).\n' +
        'm.csv:3:18: error (csv-ambiguous-date): "06/07/2025" can be 6 July 2025 (day first) or 7 June 2025 (month first), and this table also holds "6/30/2025", which is a date only month first. Write the date as YYYY-MM-DD, or give the order with the dateOrder option (on the command line: --date-order).\n',
    );
    expect(run.stderr).not.toContain("2025-30-06");
    const ordered = runWith(
      [
        "statements",
        "programme.json",
        "m.csv",
        "--as-of",
        "6/30/2025",
        "--date-order",
        "month-first",
        "--json",
      ],
      {
        "programme.json": programme,
        "m.csv":
          "medewerker;onderdeel;datum\np1;privacy-en-avg;6/30/2025\np1;bhv-herhaling;06/07/2025\n",
      },
    );
    expect(ordered.code).toBe(0);
    const [statement] = statementsOf(ordered.stdout);
    expect(
      statement.lines.map((l: { completion: { date: string } }) => l.completion.date).sort(),
    ).toEqual(["2025-06-07", "2025-06-30"]);
  });

  it("refuses --column with participants as JSON, like --roles", () => {
    const run = runWith(
      ["statements", "programme.json", "m.json", "--as-of", "2025-06-30", "--column", "date=Datum"],
      { "programme.json": programme, "m.json": participantsJson },
    );
    expect([run.code, run.stderr.includes('(csv-only-option): De optie "--column"')]).toEqual([
      2,
      true,
    ]);
  });
});

describe("--as-of takes the same date forms as the cells (issue 16)", () => {
  const asOf = (value: string, ...extra: string[]) => {
    const result = parseArgs(["report", "p.json", "m.csv", "--as-of", value, ...extra]);
    return result.ok && result.args.kind === "run"
      ? result.args.asOf
      : result.ok
        ? null
        : result.problems;
  };

  it("reads 2026-06-30, 30-06-2026, 30/6/2026, an Excel date-time and serial date as one date", () => {
    for (const value of [
      "2026-06-30",
      "30-06-2026",
      "30/6/2026",
      "30.06.2026",
      "2026-06-30 00:00:00",
      "2026-06-30T00:00:00",
      "46203",
    ]) {
      expect(asOf(value), value).toBe("2026-06-30");
    }
    expect(asOf("06/30/2026", "--date-order", "month-first")).toBe("2026-06-30");
  });

  it("refuses what is no date with the reader's reason, never with a value the user did not write", () => {
    const problems = asOf("6/30/2026") as unknown as { code: string; message: { en: string } }[];
    expect(problems.map((p) => p.code)).toEqual(["invalid-as-of"]);
    expect(problems[0]?.message.en).toBe(
      'Not a valid date for --as-of: "6/30/2026" is not a date with the day first, as Dutch and Flemish spreadsheets write it; month first it is 30 June 2026. If the export writes the month first, give dateOrder "month-first" (on the command line: --date-order month-first).',
    );
    for (const value of [
      "2025-02-29",
      "1899-12-31",
      "3000-01-01",
      "60",
      "2026",
      "2026-06-30T00:00Z",
      "morgen",
    ]) {
      expect(
        (asOf(value) as unknown as { code: string }[]).map((p) => p.code),
        value,
      ).toEqual(["invalid-as-of"]);
    }
  });
});

describe("--column and --date-order (issue 16)", () => {
  const parse = (...extra: string[]) =>
    parseArgs(["statements", "p.json", "m.csv", "--as-of", "2026-06-30", ...extra]);

  it("--column is repeatable and kept as field → column name, in a null-prototype object", () => {
    const result = parseArgs([
      "statements",
      "p.json",
      "m.csv",
      "--as-of",
      "2026-06-30",
      ...columnArgs,
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok || result.args.kind !== "run") return;
    expect({ ...result.args.columns }).toEqual({
      participant: "Personeelsnummer",
      name: "Naam, voornaam",
      groups: "Afdeling",
      component: "Training",
      date: "Datum afgerond",
      participantScore: "Beoordeling",
    });
    expect(Object.getPrototypeOf(result.args.columns)).toBeNull();
    const proto = parse("--column", "__proto__=x");
    expect(proto.ok && proto.args.kind === "run" && Object.keys(proto.args.columns ?? {})).toEqual([
      "__proto__",
    ]);
  });

  it("refuses a --column without field=name, a field given twice and an unknown --date-order", () => {
    const codes = (...extra: string[]) => {
      const result = parse(...extra);
      return result.ok ? [] : result.problems.map((p) => p.code);
    };
    expect(codes("--column", "Datum afgerond")).toEqual(["invalid-column-option"]);
    expect(codes("--column", "date=")).toEqual(["invalid-column-option"]);
    expect(codes("--column", "date=A", "--column", "date=B")).toEqual(["repeated-option"]);
    expect(codes("--date-order", "dmy")).toEqual(["invalid-date-order"]);
    expect(codes("--date-order", "month-first", "--date-order", "day-first")).toEqual([
      "repeated-option",
    ]);
    expect(parseArgs(["validate", "p.json", "--column", "date=x"]).ok).toBe(false);
  });

  it("reports an unknown field of --column with the nearest one, in the run", () => {
    const run = runWith(
      [
        "statements",
        "programme.json",
        "m.csv",
        "--as-of",
        "2025-06-30",
        "--column",
        "dattum=Datum afgerond",
      ],
      {
        "programme.json": programme,
        "m.csv": "medewerker;onderdeel;Datum afgerond\np1;privacy-en-avg;4-2-2025\n",
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'sterrenprogramma: fout (csv-unknown-column-field): "dattum" is geen veld van de tabellen;',
    );
    expect(run.stderr).toContain('Bedoel je "datum"?');
  });
});
