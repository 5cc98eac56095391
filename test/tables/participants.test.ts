import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type ColumnMapping,
  exampleProgramme,
  type ParticipantsTableDiagnostic,
  parseProgramme,
  readParticipantsTable,
  readTableNumber,
  tableSeverities,
} from "../../src/index.js";
import { hrExportParticipants } from "../fixtures/hr-export/participants.js";

const root = join(import.meta.dirname, "..", "..");
const fixture = (name: string) =>
  readFileSync(join(root, "test", "fixtures", "hr-export", name), "utf8");
const programme = parseProgramme(exampleProgramme);

/** The HR export's own column names (test/fixtures/hr-export/README.md). */
const hrColumns: ColumnMapping = {
  participant: "Personeelsnummer",
  name: "Naam, voornaam",
  groups: "Afdeling",
  component: "Training",
  date: "Datum afgerond",
  participantScore: "Beoordeling",
};

const expectedParticipants = hrExportParticipants;

const codes = (diagnostics: readonly ParticipantsTableDiagnostic[]) =>
  diagnostics.map((d) => d.code);

function failed(result: ReturnType<typeof readParticipantsTable>) {
  if (result.ok) throw new Error("expected problems");
  return result.diagnostics;
}

describe("readParticipantsTable: an HR export as it is (issue 16)", () => {
  const text = fixture("afgeronde-trainingen.tsv");
  const roles = fixture("rollen.csv");

  it("reads the tab-separated export with its own column names mapped by the columns option", () => {
    const result = readParticipantsTable({ completions: text, roles }, programme, {
      columns: hrColumns,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
    expect(result.value).toMatchObject(expectedParticipants);
    // The columns nothing reads are warnings, at their header cell.
    expect(
      result.warnings.map((d) => [d.code, d.params, d.location?.column, d.location?.row]),
    ).toEqual([
      ["csv-ignored-column", { column: "Uren", suggestion: null }, 6, 1],
      ["csv-ignored-column", { column: "E-mail", suggestion: null }, 9, 1],
    ]);
  });

  it("reads the same export given as rows, as a spreadsheet library gives them (numbers for serial dates)", () => {
    const rows = text
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split("\t").map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
    // The serial date 45728 and the score 4 are numbers now; the result is the same.
    expect(rows[2]?.[4]).toBe(45728);
    const result = readParticipantsTable(
      {
        completions: rows,
        roles: [
          ["Personeelsnummer", "Thema", "Rol", "Jaar"],
          ["p-jose", "klantgerichtheid", "Kartrekker", 2025],
        ],
      },
      programme,
      { columns: hrColumns },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
    expect(result.value).toMatchObject(expectedParticipants);
    // Cells from rows have a row and a column but no line in a text.
    expect(result.warnings[0]?.location).toEqual({
      table: "completions",
      row: 1,
      column: 6,
      header: "Uren",
    });
  });

  it("lets an app read the columns the library does not, such as hours with a decimal comma", () => {
    const lines = text.trimEnd().split("\r\n").slice(1);
    const hours = lines.map((line) => readTableNumber(line.split("\t")[5]));
    expect(hours.map((h) => (h.ok ? h.value : h.diagnostics[0]?.code))).toEqual([
      4.5,
      0.75,
      3,
      2,
      6,
      "csv-invalid-number",
    ]);
    expect(readTableNumber("4,5", { whole: true }).ok).toBe(false);
    expect(readTableNumber(" -2.25 ")).toEqual({ ok: true, value: -2.25, warnings: [] });
  });

  it("without the mapping: one error for the missing date column, naming the ignored columns and the likely one", () => {
    const diagnostics = failed(readParticipantsTable(text, programme));
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.code, d.params])).toEqual([
      [
        "csv-missing-column",
        {
          field: "participant",
          ignored: [
            "Personeelsnummer",
            "Naam, voornaam",
            "Afdeling",
            "Training",
            "Datum afgerond",
            "Uren",
            "Beoordeling",
            "E-mail",
          ],
          more: 0,
          suggestion: null,
        },
      ],
    ]);
    // A table that names its components but no date: the date column is missing, once, with
    // the column it most likely is (issue 16: not `missing-field date` on every row).
    const dutch = "Medewerker;Onderdeel;Datum afgerond;Uren\np-anouk;privacy-en-avg;4-2-2025;4,5\n";
    const [missing, ...rest] = failed(readParticipantsTable(dutch, programme));
    expect(missing?.params).toEqual({
      field: "date",
      ignored: ["Datum afgerond", "Uren"],
      more: 0,
      suggestion: "Datum afgerond",
    });
    expect(missing?.location).toEqual({ table: "completions", row: 1, line: 1 });
    expect(missing?.message.nl).toBe(
      'De kolom "date" ontbreekt in de kopregel. Niet gelezen zijn de kolommen "Datum afgerond" en "Uren". Bedoel je "Datum afgerond"? Dan: koppel de kolom met de optie columns (op de opdrachtregel: --column date="Datum afgerond").',
    );
    expect(missing?.message.en).toBe(
      'The column "date" is missing from the header. Not read are the columns "Datum afgerond" and "Uren". Did you mean "Datum afgerond"? Then map the column with the columns option (on the command line: --column date="Datum afgerond").',
    );
    expect(codes(rest)).toEqual(["csv-ignored-column", "csv-ignored-column"]);
    // Mapped, it reads.
    const mapped = readParticipantsTable(dutch, programme, { columns: { date: "Datum afgerond" } });
    expect(mapped.ok && mapped.value[0]?.completions[0]?.date).toBe("2025-02-04");
  });

  it("suggests the known name nearest to an unknown header (did you mean …?)", () => {
    const diagnostics = failed(
      readParticipantsTable("medewerker;onderdeel;datm\np;privacy-en-avg;4-2-2025\n", programme),
    );
    const ignored = diagnostics.find((d) => d.code === "csv-ignored-column");
    // "date" and "datum" are both one step away: the first name wins.
    expect(ignored?.params).toEqual({ column: "datm", suggestion: "date" });
    expect(ignored?.message.nl).toBe(
      'De kolom "datm" is onbekend en wordt overgeslagen. Bedoel je "date"?',
    );
    expect(diagnostics.find((d) => d.code === "csv-missing-column")?.params).toMatchObject({
      field: "date",
      suggestion: "datm",
    });
  });
});

describe("the columns option", () => {
  const text = "Nr;Training;Datum afgerond\np1;privacy-en-avg;4-2-2025\n";

  it("accepts Dutch field names and loose header names, and applies to every table with the field", () => {
    const result = readParticipantsTable(
      {
        completions: text,
        roles: "NR;thema;rol;jaar\np1;klantgerichtheid;trainer;2025\n",
        // This table keeps its built-in name for the participant: the mapping is not in it.
        exemptions: "medewerker;van;tot;reden\np1;1-1-2025;31-1-2025;Verlof\n",
      },
      programme,
      {
        columns: {
          medewerker: "nr",
          onderdeel: "training",
          datum: "datum_afgerond",
        } as ColumnMapping,
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
    expect(result.value[0]).toMatchObject({
      id: "p1",
      completions: [{ component: "privacy-en-avg", date: "2025-02-04" }],
      roles: [{ theme: "klantgerichtheid", role: "trainer", year: 2025 }],
      exemptions: [{ from: "2025-01-01", to: "2025-01-31", reason: "Verlof" }],
    });
  });

  it("reports a field it does not know, a column in no table, one column for two fields and one field for two columns", () => {
    const diagnostics = failed(
      readParticipantsTable(text, programme, {
        columns: {
          participant: "Nr",
          component: "Training",
          date: "Datum afgrond",
          dattum: "x",
          name: "Training",
          status: "",
          groepen: "A",
          groups: "B",
        } as ColumnMapping,
      }),
    );
    const byCode = (code: string) => diagnostics.filter((d) => d.code === code);
    expect(byCode("csv-unknown-column-field").map((d) => [d.path, d.params])).toEqual([
      [
        ["columns", "dattum"],
        {
          field: "dattum",
          known: expect.arrayContaining(["date", "participant"]),
          suggestion: "datum",
        },
      ],
    ]);
    expect(byCode("csv-invalid-column-option").map((d) => d.params)).toEqual([{ field: "status" }]);
    expect(byCode("csv-field-mapped-twice").map((d) => d.params)).toEqual([
      { field: "groups", columns: ["A", "B"] },
    ]);
    expect(byCode("csv-column-mapped-twice").map((d) => d.params)).toEqual([
      { column: "Training", fields: ["component", "name"] },
    ]);
    expect(byCode("csv-mapped-column-not-found").map((d) => d.params)).toEqual([
      { field: "date", column: "Datum afgrond", suggestion: "Datum afgerond" },
      { field: "groepen", column: "A", suggestion: null },
    ]);
  });

  it("keeps __proto__ and constructor ordinary names: as headers, as keys of the option", () => {
    const columns = JSON.parse('{"__proto__": "Nr", "constructor": "Training"}') as ColumnMapping;
    const diagnostics = failed(
      readParticipantsTable("__proto__;constructor;participant\nx;y;p1\n", programme, { columns }),
    );
    expect(codes(diagnostics)).toEqual([
      "csv-unknown-column-field",
      "csv-unknown-column-field",
      "csv-ignored-column",
      "csv-ignored-column",
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("cells: dates, scores and statuses as spreadsheets write them", () => {
  it("reports every bad cell at once, quoting it as written, beside validation's own diagnostics", () => {
    const text = [
      "medewerker;onderdeel;datum;score deelnemer",
      "p1;privacy-en-avg;31-02-2025;4",
      "p1;bhv-herhaling;2025-03-12;4,5",
      "p1;onbekend-onderdeel;2025-04-01;",
      "p2;intervisie;gisteren;zes",
    ].join("\n");
    const diagnostics = failed(readParticipantsTable(text, programme));
    expect(
      diagnostics.map((d) => [
        d.code,
        d.location?.row,
        d.location?.column,
        (d.params as { received?: unknown }).received,
      ]),
    ).toEqual([
      ["csv-impossible-date", 2, 3, "31-02-2025"],
      ["csv-not-a-whole-number", 3, 4, "4,5"],
      ["csv-invalid-date", 5, 3, "gisteren"],
      ["csv-invalid-number", 5, 4, "zes"],
      // Validation's diagnostic of the unknown component, at its cell; the cells above are not
      // reported a second time by validation.
      ["unknown-component", 4, 2, undefined],
    ]);
    const unknown = diagnostics.at(-1);
    expect(unknown?.path).toEqual([0, "completions", 2, "component"]);
    expect(unknown?.location).toEqual({
      table: "completions",
      row: 4,
      column: 2,
      header: "onderdeel",
      line: 4,
      character: 4,
    });
  });

  it("refuses 06/07/2026 as a guess when the same table shows month-first dates (6/30/2026)", () => {
    const text =
      "medewerker;onderdeel;datum\np1;privacy-en-avg;06/07/2025\np1;bhv-herhaling;6/30/2025\n";
    const diagnostics = failed(readParticipantsTable(text, programme));
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      ["csv-wrong-date-order", { received: "6/30/2025", order: "day-first", date: "2025-06-30" }],
      [
        "csv-ambiguous-date",
        {
          received: "06/07/2025",
          dayFirst: "2025-07-06",
          monthFirst: "2025-06-07",
          evidence: "6/30/2025",
        },
      ],
    ]);
    expect(diagnostics[1]?.message.nl).toBe(
      '"06/07/2025" kan 6 juli 2025 zijn (dag eerst) of 7 juni 2025 (maand eerst), en in deze tabel staat ook "6/30/2025", dat alleen met de maand eerst een datum is. Schrijf de datum als JJJJ-MM-DD, of geef de volgorde op met de optie dateOrder (op de opdrachtregel: --date-order).',
    );
    // With the order given, both read.
    const result = readParticipantsTable(text, programme, { dateOrder: "month-first" });
    expect(result.ok && result.value[0]?.completions.map((c) => c.date)).toEqual([
      "2025-06-07",
      "2025-06-30",
    ]);
    // Without month-first evidence, 06/07/2025 is read day first, as Dutch exports write it.
    const dutch = readParticipantsTable(
      "medewerker;onderdeel;datum\np1;privacy-en-avg;06/07/2025\n",
      programme,
    );
    expect(dutch.ok && dutch.value[0]?.completions[0]?.date).toBe("2025-07-06");
  });

  it("reads Dutch status words and reports a participant-level column that disagrees", () => {
    const text = [
      "medewerker;naam;onderdeel;datum;status",
      "p1;Anna;privacy-en-avg;2025-02-04;Afgewezen",
      "p1;Anne;bhv-herhaling;2025-03-12;in  behandeling",
    ].join("\n");
    const diagnostics = failed(readParticipantsTable(text, programme));
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      [
        "csv-conflicting-value",
        { participant: "p1", column: "naam", value: "Anne", earlier: "Anna" },
      ],
    ]);
    const fixed = readParticipantsTable(text.replace("Anne", "Anna"), programme);
    expect(fixed.ok && fixed.value[0]?.completions.map((c) => c.status)).toEqual([
      "rejected",
      "pending",
    ]);
  });

  it("reports a role of a participant the completions table does not have, and a blank id", () => {
    const diagnostics = failed(
      readParticipantsTable(
        {
          completions: "medewerker\np1\n",
          roles:
            "medewerker;thema;rol;jaar\np9;klantgerichtheid;trainer;2025\n;klantgerichtheid;trainer;2025\n",
        },
        programme,
      ),
    );
    expect(diagnostics.map((d) => [d.code, d.location?.table, d.location?.row])).toEqual([
      ["csv-unknown-participant", "roles", 2],
      ["csv-missing-value", "roles", 3],
    ]);
  });
});

describe("hostile tables are bounded and reported, never thrown on", () => {
  it("refuses more participants than maxParticipants at the row that passes it", () => {
    const text = `medewerker\n${Array.from({ length: 11 }, (_, k) => `p${k}`).join("\n")}\n`;
    const diagnostics = failed(readParticipantsTable(text, programme, { maxParticipants: 10 }));
    expect(diagnostics.map((d) => [d.code, d.params, d.location?.row])).toEqual([
      ["too-many-participants", { limit: 10 }, 12],
    ]);
  });

  it("counts a sparse or blank row as a cell, so a billion empty rows end at maxCells", () => {
    const rows: unknown[] = [["medewerker"]];
    rows.length = 1_000_000_000;
    // Counts the rows read: the bound is the work done, not the time it took on this machine.
    let read = 0;
    const counted = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver);
      },
    });
    const diagnostics = failed(
      readParticipantsTable(counted as never, programme, { maxCells: 1000 }),
    );
    expect(diagnostics.map((d) => [d.code, d.location?.row])).toEqual([
      ["csv-too-many-cells", 1001],
    ]);
    expect(read).toBeLessThanOrEqual(1001);
  });

  it("a header of 200,000 unknown names: each reported, 20 listed in the missing-column message", () => {
    const names = Array.from({ length: 200_000 }, (_, k) => `kolom-${String(k).padStart(6, "0")}`);
    const text = `onderdeel;${names.join(";")}\nprivacy-en-avg\n`;
    const diagnostics = failed(readParticipantsTable(text, programme));
    const missing = diagnostics.filter((d) => d.code === "csv-missing-column");
    expect(missing.map((d) => d.params)).toEqual([
      { field: "participant", ignored: names.slice(0, 20), more: 199_980, suggestion: null },
      { field: "date", ignored: names.slice(0, 20), more: 199_980, suggestion: null },
    ]);
    expect(missing[0]?.message.en).toContain('"kolom-000019" and 199980 more;');
    expect(missing[0]?.message.nl).toContain('"kolom-000019" en nog 199980 kolommen;');
    expect(diagnostics.filter((d) => d.code === "csv-ignored-column")).toHaveLength(200_000);
  });

  it("counts the cells a short row is padded with: a wide header over many short rows ends at maxCells", () => {
    const text = `medewerker${";".repeat(999)}\n${"p\n".repeat(100)}`;
    const diagnostics = failed(readParticipantsTable(text, programme, { maxCells: 50_000 }));
    // 1,000 cells for the header and for each row: row 50 (the 49th record) passes 50,000.
    expect(diagnostics.map((d) => [d.code, d.location?.row])).toEqual([["csv-too-many-cells", 51]]);
  });

  it("reports rows that are no lists and cells that are no cells, every one", () => {
    const diagnostics = failed(
      readParticipantsTable(
        [
          ["medewerker", "datum"],
          "p1;x",
          ["p2", new Date(0)],
          ["p3", { valueOf: () => 1 }],
        ] as never,
        programme,
      ),
    );
    expect(diagnostics.map((d) => [d.code, d.params, d.path])).toEqual([
      ["csv-invalid-row", { received: "string" }, ["completions", 1]],
      ["csv-invalid-cell", { received: "date" }, ["completions", 2, 1]],
      ["csv-invalid-cell", { received: "object" }, ["completions", 3, 1]],
    ]);
    expect(failed(readParticipantsTable(42 as never, programme)).map((d) => d.code)).toEqual([
      "csv-not-a-table",
    ]);
  });

  it("turns a throwing getter into a diagnostic", () => {
    const rows = [
      ["medewerker"],
      new Proxy([], {
        get: () => {
          throw new Error("boom");
        },
      }),
    ];
    expect(failed(readParticipantsTable(rows as never, programme)).map((d) => d.code)).toEqual([
      "unreadable-input",
    ]);
  });

  it("does not touch its input: frozen rows and options read the same", () => {
    const rows = Object.freeze([
      Object.freeze(["Nr", "Training", "Datum afgerond"]),
      Object.freeze(["p1", "privacy-en-avg", 45692]),
    ]);
    const columns = Object.freeze({
      participant: "Nr",
      component: "Training",
      date: "Datum afgerond",
    });
    const before = JSON.stringify([rows, columns]);
    const result = readParticipantsTable(rows, programme, { columns });
    expect(result.ok && result.value[0]?.completions[0]?.date).toBe("2025-02-04");
    expect(JSON.stringify([rows, columns])).toBe(before);
  });
});

describe("results are plain JSON data (rules C)", () => {
  const cell = fc.oneof(
    fc.constantFrom(
      "p1",
      "p2",
      "privacy-en-avg",
      "bhv-herhaling",
      "4-2-2025",
      "6/30/2025",
      "06/07/2025",
      "45728",
      "4,5",
      "goedgekeurd",
      "",
      "__proto__",
    ),
    fc.integer({ min: -5, max: 50_000 }),
  );
  const header = fc.subarray(
    ["medewerker", "onderdeel", "datum", "naam", "status", "score deelnemer", "Uren", "__proto__"],
    { minLength: 1 },
  );
  test.prop([header, fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 })])(
    "every result round-trips through JSON, and every diagnostic code is a documented one",
    (head, rows) => {
      const result = readParticipantsTable([head, ...rows], programme);
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      const all = result.ok ? result.warnings : result.diagnostics;
      for (const d of all) {
        if (Object.hasOwn(tableSeverities, d.code)) {
          expect(d.severity).toBe(tableSeverities[d.code as keyof typeof tableSeverities]);
          expect(d.path[0]).toMatch(/^(completions|roles|exemptions|columns)$/);
        }
        expect(d.message.nl).not.toBe(d.message.en);
      }
    },
  );
});

describe("docs/diagnostics.md", () => {
  it("lists every table code with the severity the library gives it", () => {
    const page = readFileSync(join(root, "docs", "diagnostics.md"), "utf8");
    const section = page.slice(page.indexOf("## Table diagnostics"));
    expect(section.length).toBeGreaterThan(100);
    for (const [code, severity] of Object.entries(tableSeverities)) {
      expect(section, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });
});
