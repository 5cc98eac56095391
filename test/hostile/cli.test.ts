/**
 * Issue 14, the command line: what a hostile or merely unlucky input file, argument or output
 * stream does to `sterrenprogramma`. Most cases run the CLI in memory; the ones that need a real
 * process (a full disk, an endless device, a huge file) spawn the bin through tsx with a small heap
 * (`--max-old-space-size`) as the memory ceiling and a timeout only as a guard against hanging.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { afterAll, describe, expect, it } from "vitest";
import { decodeBytes, windows1252Char } from "../../src/cli/decode.js";
import { helpText } from "../../src/cli/help.js";
import type { CliIo } from "../../src/cli/io.js";
import { DEFAULT_MAX_SIZE_MIB, MAX_SIZE_LIMIT_MIB, MIB } from "../../src/cli/load.js";
import { readFileCapped } from "../../src/cli/node-io.js";
import { exitCodes } from "../../src/cli/programme-commands.js";
import { run } from "../../src/cli/run.js";
import { escapeControls, escapeLine } from "../../src/cli/terminal.js";
import { runWith, shipped } from "../cli/memory-io.js";

const root = join(import.meta.dirname, "..", "..");
const programme = { "programme.json": shipped("examples/data/programme.json") };
const AS_OF = ["--as-of", "2025-12-31"];

/**
 * Every character the output must never carry raw: C0 controls but the line feed, DEL, C1, the
 * bidirectional controls, the line and paragraph separators and the invisible characters that
 * make two ids look alike (docs/cli.md, "Terminal safety").
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these controls are what the test looks for.
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

const HOSTILE_ID = "p-\u001b[2J\u001b]0;PWNED\u0007";
const SHOWN_ID = "p-\\u001B[2J\\u001B]0;PWNED\\u0007";

describe("terminal escapes are never printed raw (issue 14, rules A10.7)", () => {
  it("a participant id that clears the screen and sets the title is shown escaped in the statements", () => {
    // Without a name the table shows the id (quoted); with one, the name (issue 16).
    const files = { ...programme, "m.csv": `medewerker\n"${HOSTILE_ID}"\n` };
    const { code, stdout, stderr } = runWith(
      ["statements", "programme.json", "m.csv", ...AS_OF],
      files,
    );
    expect(code).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    expect(stderr).not.toMatch(UNSAFE);
    // The id's line, with the escape visible where the controls were.
    expect(stdout).toContain(`  "${SHOWN_ID}"`);
    const named = { ...programme, "m.csv": `medewerker;naam\np-mal;"Mal\u001b[2J Lory"\n` };
    const shown = runWith(["statements", "programme.json", "m.csv", ...AS_OF, "--explain"], named);
    expect(shown.code).toBe(0);
    expect(shown.stdout).not.toMatch(UNSAFE);
    expect(shown.stdout).toContain("  Mal\\u001B[2J Lory");
    expect(shown.stdout).toContain("Sterrenoverzicht van Mal\\u001B[2J Lory, stand op");
  });

  it("command names, option names, file names and CSV column headers are escaped", () => {
    const cases: (readonly string[])[] = [
      ["\u001b]0;PWNED\u0007"],
      ["validate", "p.json", "--\u001b[31mred"],
      ["validate", "\u009b2Jx.json"],
      ["validate", "\u202Enosj.exe"],
    ];
    for (const argv of cases) {
      const { code, stdout, stderr } = runWith(argv);
      expect(code, argv.join(" ")).toBe(exitCodes.usage);
      expect(stdout + stderr, argv.join(" ")).not.toMatch(UNSAFE);
      expect(stderr, argv.join(" ")).toMatch(/\\u(001B|009B|202E)/);
    }
    const header = `medewerker;naam;\u001b[8mhidden\u001b[0m\np-anouk;Anouk;x\n`;
    const { stderr } = runWith(["statements", "programme.json", "m.csv", ...AS_OF], {
      ...programme,
      "m.csv": header,
    });
    expect(stderr).toContain("(csv-ignored-column)");
    expect(stderr).toContain('"\\u001B[8mhidden\\u001B[0m"');
    expect(stderr).not.toMatch(UNSAFE);
  });

  it("--json output holds no raw C1 or bidi control, and still parses to the exact ids", () => {
    const ids = ["p-\u202Eevil\u202C", "p-\u009b2J", "p-\u2066x\u2069", "p-\u200Fy"];
    const csv = `medewerker\n${ids.join("\n")}\n`;
    const { code, stdout } = runWith(
      ["statements", "programme.json", "m.csv", ...AS_OF, "--json"],
      { ...programme, "m.csv": csv },
    );
    expect(code).toBe(0);
    expect(stdout).not.toMatch(UNSAFE);
    const parsed = JSON.parse(stdout) as { statements: { participant: string }[] };
    expect(parsed.statements.map((s) => s.participant)).toEqual(ids);
  });

  it("diagnostics quoting a hostile id are escaped too (koffer respondents, --explain)", () => {
    const sheets = `respondent,netwerken\n\u001b[2Jeve,1\n`;
    const koffer = runWith(["koffer", "voorbeeld-connectie", "s.csv"], { "s.csv": sheets });
    expect(koffer.stdout + koffer.stderr).not.toMatch(UNSAFE);
    const explain = runWith(["statements", "programme.json", "m.csv", ...AS_OF, "--explain"], {
      ...programme,
      "m.csv": `medewerker;onderdeel;datum\n"${HOSTILE_ID}";bhv-herhaling;2025-03-12\n`,
    });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain(SHOWN_ID);
    expect(explain.stdout + explain.stderr).not.toMatch(UNSAFE);
  });

  test.prop([fc.string({ unit: "binary", maxLength: 40 })])(
    "escapeControls leaves nothing unsafe, and JSON escaped by it parses to the same value",
    (s) => {
      expect(escapeControls(s)).not.toMatch(UNSAFE);
      expect(JSON.parse(escapeControls(JSON.stringify({ s }, null, 2)))).toEqual({ s });
    },
  );

  test.prop([fc.string({ unit: "binary", maxLength: 40 })])(
    "escapeLine leaves nothing unsafe and no line feed: one line in, one line out",
    (s) => {
      const line = escapeLine(s);
      expect(line).not.toMatch(UNSAFE);
      expect(line).not.toContain("\n");
      // Idempotent: the edge may see a line its table has already escaped.
      expect(escapeLine(line)).toBe(line);
    },
  );
});

describe("a line feed in the data cannot forge a line of the output", () => {
  const lines = (text: string) => text.split("\n");

  it("a participant's name with a line feed stays on its own row of the statements", () => {
    const forged = "  Karel Neppe   15 van 15          voltooid               0";
    const csv = `medewerker;naam\np-sanne;"Sanne Bakker\n${forged}"\n`;
    const { code, stdout } = runWith(["statements", "programme.json", "m.csv", ...AS_OF], {
      ...programme,
      "m.csv": csv,
    });
    expect(code).toBe(0);
    expect(lines(stdout)).not.toContain(forged);
    expect(stdout).toContain("Sanne Bakker\\u000A  Karel Neppe");
  });

  it("an unknown field named with a line feed cannot add a 'valid' line to the diagnostics", () => {
    const forged = "programme.json: geldig, 0 fouten, 0 waarschuwingen";
    const text = JSON.stringify({
      ...JSON.parse(programme["programme.json"]),
      [`x\n${forged}`]: 1,
    });
    const { code, stdout, stderr } = runWith(["validate", "p.json"], { "p.json": text });
    expect(code).toBe(exitCodes.invalid);
    // Before, the key's second half began a line of its own: "programme.json: geldig, …".
    expect(lines(stdout + stderr).filter((line) => line.startsWith(forged))).toEqual([]);
    expect(stdout + stderr).toContain("(unknown-field)");
  });

  it("a koffer label with a line feed stays inside its row, its list and its diagnostic", () => {
    const forged = "  Verzamelkoffer vervalst";
    const template = {
      id: "t",
      kind: "connectie",
      name: "Test",
      categories: [
        { id: "a", label: `Samenwerken\n${forged}` },
        { id: "b", label: "Lezen" },
      ],
    };
    const sheets = [
      { respondent: "r1", scores: { a: 40, b: 40 } },
      { respondent: "r2", scores: { a: 60, b: 30 } },
    ];
    const { stdout, stderr } = runWith(["koffer", "t.json", "s.json"], {
      "t.json": JSON.stringify(template),
      "s.json": JSON.stringify(sheets),
    });
    expect(lines(stdout + stderr)).not.toContain(forged);
    expect(stdout + stderr).toContain("Samenwerken\\u000A");
    expect(stdout + stderr).toContain("(tie)");
  });

  it("--json and --html keep their own line feeds", () => {
    const json = runWith(["validate", "programme.json", "--json"], programme);
    expect(lines(json.stdout).length).toBeGreaterThan(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
  });
});

/** Windows-1252 bytes of a text whose characters are all in Latin-1 (as é and ë are). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16 = (text: string, order: "le" | "be") => {
  const bytes = new Uint8Array(2 + 2 * text.length);
  bytes.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.set(order === "le" ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return bytes;
};
const statementIds = (stdout: string) =>
  (JSON.parse(stdout) as { statements: { participant: string }[] }).statements.map(
    (s) => s.participant,
  );

describe("the encodings spreadsheets write are read without loss (issue 14)", () => {
  const csv = "medewerker;naam\r\np-josé;José\r\np-josë;Josë\r\n";

  it("Windows-1252 (Dutch Excel's CSV): p-josé and p-josë stay two people, with a warning naming the line", () => {
    const { code, stdout, stderr } = runWith(
      ["statements", "programme.json", "m.csv", ...AS_OF, "--json"],
      { ...programme, "m.csv": latin1(csv) },
    );
    expect(code).toBe(0);
    expect(statementIds(stdout)).toEqual(["p-josé", "p-josë"]);
    // é (0xE9) is on line 2, the first byte that is not UTF-8.
    expect(stderr).toBe(
      'm.csv:2: waarschuwing (encoding-windows-1252): Het bestand is geen UTF-8 (byte 0xE9 op deze regel) en is gelezen als Windows-1252; klopt een naam niet, sla het dan op als UTF-8 (in Excel: "CSV UTF-8").\n',
    );
  });

  it("UTF-16 LE and BE with a byte order mark (Excel's Unicode text), separated by tabs", () => {
    const tsv = "medewerker\tnaam\r\np-josé\tJosé\r\np-josë\tJosë\r\n";
    for (const order of ["le", "be"] as const) {
      const { code, stdout, stderr } = runWith(
        ["statements", "programme.json", "m.txt", ...AS_OF, "--json"],
        { ...programme, "m.txt": utf16(tsv, order) },
      );
      expect(code, order).toBe(0);
      expect(stderr, order).toBe("");
      expect(statementIds(stdout), order).toEqual(["p-josé", "p-josë"]);
    }
  });

  it("UTF-8 with and without a byte order mark gives the same people, without a warning", () => {
    const utf8 = new TextEncoder().encode(csv);
    for (const bytes of [utf8, Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])]) {
      const { stdout, stderr } = runWith(
        ["statements", "programme.json", "m.csv", ...AS_OF, "--json"],
        { ...programme, "m.csv": bytes },
      );
      expect(stderr).toBe("");
      expect(statementIds(stdout)).toEqual(["p-josé", "p-josë"]);
    }
  });

  it("broken text is an error naming its line, never a silent replacement character", () => {
    const encoder = new TextEncoder();
    const at = (file: string, bytes: Uint8Array) => {
      const { code, stdout, stderr } = runWith(["validate", file, "--lang", "en"], {
        [file]: bytes,
      });
      expect(code, file).toBe(exitCodes.usage);
      expect(stdout, file).toBe("");
      return stderr;
    };
    // UTF-8 (é on line 2) with one stray byte on line 3: broken UTF-8, not Windows-1252.
    const mixed = Uint8Array.from([
      ...encoder.encode('{\n"a": "é",\n"b": "'),
      0xe9,
      ...encoder.encode('"}'),
    ]);
    expect(at("mixed.json", mixed)).toMatch(
      /^mixed\.json:3: error \(encoding-invalid-utf8\): Byte 0xE9 /,
    );
    // 0x81 is undefined in Windows-1252, so a file holding it is neither.
    expect(at("undefined.json", Uint8Array.from([0x7b, 0x0a, 0x81, 0x7d]))).toMatch(
      /^undefined\.json:2: error \(encoding-invalid-utf8\): Byte 0x81 /,
    );
    // A UTF-8 byte order mark promises UTF-8: a Windows-1252 é after it is an error.
    expect(at("bom.json", Uint8Array.from([0xef, 0xbb, 0xbf, 0x22, 0xe9, 0x22]))).toMatch(
      /^bom\.json:1: error \(encoding-invalid-utf8\)/,
    );
    // UTF-16 without a byte order mark: NUL bytes on line 1.
    expect(at("nobom.json", Uint8Array.from([0x7b, 0x00, 0x7d, 0x00]))).toMatch(
      /^nobom\.json:1: error \(encoding-nul\)/,
    );
    // A UTF-16 byte order mark with an odd number of bytes after it.
    expect(at("odd.json", Uint8Array.from([0xff, 0xfe, 0x7b]))).toMatch(
      /^odd\.json: error \(encoding-invalid-utf16\)/,
    );
  });

  it("the Windows-1252 table: the 0x80–0x9F range differs from Latin-1, and five bytes are undefined", () => {
    // From the Windows-1252 code chart.
    expect(windows1252Char(0x80)).toBe("€");
    expect(windows1252Char(0x8a)).toBe("Š");
    expect(windows1252Char(0x93)).toBe("“");
    expect(windows1252Char(0x9f)).toBe("Ÿ");
    expect(windows1252Char(0xe9)).toBe("é");
    expect(windows1252Char(0xeb)).toBe("ë");
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d])
      expect(windows1252Char(byte)).toBeUndefined();
    const decoded = decodeBytes(Uint8Array.from([0x80, 0x20, 0x93, 0x61, 0x94]), "x.csv");
    expect(decoded.ok && decoded.text).toBe("€ “a”");
  });
});

// Two cases build tables of 100,000 rows: seconds on a busy machine, so a guard, not a speed check.
describe("input size is bounded (issue 14)", { timeout: 60_000 }, () => {
  it("a file over --max-size is refused with one clear line and exit 2; one at the limit is read", () => {
    // Exactly 1 MiB of valid JSON: a list padded with spaces.
    const atLimit = `[${" ".repeat(MIB - 2)}]`;
    const ok = runWith(["statements", "programme.json", "m.json", ...AS_OF, "--max-size", "1"], {
      ...programme,
      "m.json": atLimit,
    });
    expect(ok.code).toBe(0);
    const over = runWith(["validate", "big.json", "--max-size=1", "--lang=en"], {
      "big.json": `${atLimit} `,
    });
    expect(over).toEqual({
      code: exitCodes.usage,
      stdout: "",
      stderr:
        'sterrenprogramma: error (file-too-large): The file "big.json" is larger than 1 MB and is not read; give a higher limit with --max-size if it really is that large.\n',
    });
  });

  it("the core refuses an over-long file even when the io hands it over", () => {
    const bytes = new Uint8Array(MIB + 1).fill(0x20);
    const io: CliIo = {
      readFile: () => ({ ok: true, bytes }),
      stdout: () => {},
      stderr: () => {},
    };
    expect(run(["validate", "x.json", "--max-size", "1"], io, { version: "0" })).toBe(2);
  });

  it("--max-size takes a whole number of MB from 1 to the string limit", () => {
    for (const value of ["0", "-1", "1.5", "1e3", "abc", "", String(MAX_SIZE_LIMIT_MIB + 1)]) {
      const { code, stderr } = runWith(["validate", "p.json", `--max-size=${value}`]);
      expect(code, value).toBe(exitCodes.usage);
      expect(stderr, value).toContain("(invalid-max-size)");
    }
    expect(
      runWith(["validate", "p.json", "--max-size", String(MAX_SIZE_LIMIT_MIB)]).stderr,
    ).toContain("(file-not-found)");
  });

  it("a CSV holds at most one cell per 4 bytes of --max-size, so one-character cells cannot cost 75× the file", () => {
    const cap = (1 * MIB) / 4;
    // The header is cell 1 on line 1 and every row one more cell: cell k is on line k.
    const csv = (cells: number) => `medewerker\n${"p\n".repeat(cells - 1)}`;
    const args = [
      "statements",
      "programme.json",
      "m.csv",
      ...AS_OF,
      "--max-size",
      "1",
      "--lang",
      "en",
    ];
    expect(runWith(args, { ...programme, "m.csv": csv(cap) }).code).toBe(0);
    const over = runWith(args, { ...programme, "m.csv": csv(cap + 1) });
    expect(over.code).toBe(exitCodes.usage);
    expect(over.stderr).toBe(
      `m.csv:${cap + 1}:1: error (csv-too-many-cells): At this line the file has more than ${cap} cells, one per 4 bytes of --max-size; give a higher --max-size if it really is that large.\n`,
    );
  });

  it("more than 100,000 participants is refused before validation (CSV and JSON)", () => {
    const limit = 100_000;
    const ids = Array.from({ length: limit + 1 }, (_, k) => `p${k}`);
    const csv = runWith(["report", "programme.json", "m.csv", ...AS_OF, "--lang", "en"], {
      ...programme,
      "m.csv": `medewerker\n${ids.join("\n")}\n`,
    });
    expect(csv.code).toBe(exitCodes.usage);
    // The 100,001st participant is on line 100,002 (the header is line 1).
    expect(csv.stderr).toBe(
      `m.csv:${limit + 2}:1: error (too-many-participants): The file has more than ${limit} participants, more than the command line handles at once; split the file.\n`,
    );
    // 100,001 empty entries: validation would build about a kilobyte of diagnostics for each
    // and list them all; refused first, the one line is all there is.
    const json = `[${Array.from({ length: limit + 1 }, () => "{}").join(",")}]`;
    const refused = runWith(["statements", "programme.json", "m.json", ...AS_OF, "--lang", "en"], {
      ...programme,
      "m.json": json,
    });
    expect(refused).toEqual({
      code: exitCodes.usage,
      stdout: "",
      stderr: `m.json: error (too-many-participants): The file has more than ${limit} participants, more than the command line handles at once; split the file.\n`,
    });
  });

  it("more than 100,000 koffer sheets is refused before aggregating", () => {
    const limit = 100_000;
    const json = `[${Array.from({ length: limit + 1 }, () => "{}").join(",")}]`;
    expect(
      runWith(["koffer", "voorbeeld-connectie", "s.json", "--lang", "en"], { "s.json": json }),
    ).toEqual({
      code: exitCodes.usage,
      stdout: "",
      stderr: `s.json: error (too-many-sheets): The file has more than ${limit} koffer sheets, more than the command line handles at once; a round is one team's.\n`,
    });
  });

  it("the file reader stops at the limit: /dev/zero ends, a file at the limit is read whole, one byte more is not", () => {
    // Without a cap, reading /dev/zero never ends; the spawned tests below hold the memory.
    expect(readFileCapped("/dev/zero", MIB)).toEqual({ ok: false, reason: "too-large" });
    const dir = mkdtempSync(join(tmpdir(), "sterren-"));
    try {
      const file = join(dir, "m.csv");
      writeFileSync(file, "medewerker\np-anouk\n");
      const size = "medewerker\np-anouk\n".length;
      const read = readFileCapped(file, size);
      expect(read.ok && new TextDecoder().decode(read.bytes)).toBe("medewerker\np-anouk\n");
      expect(readFileCapped(file, size - 1)).toEqual({ ok: false, reason: "too-large" });
      // Sparse: 200 MiB of size and no disk; refused from its size.
      const huge = join(dir, "huge.csv");
      writeFileSync(huge, "");
      truncateSync(huge, 200 * MIB);
      expect(readFileCapped(huge, DEFAULT_MAX_SIZE_MIB * MIB)).toEqual({
        ok: false,
        reason: "too-large",
      });
      expect(readFileCapped(dir, MIB)).toEqual({ ok: false, reason: "is-directory" });
      expect(readFileCapped(join(dir, "nope"), MIB)).toEqual({ ok: false, reason: "not-found" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The bin as a child process, with a small heap as the memory ceiling. */
function spawnBin(args: readonly string[], stdout: number | "pipe" = "pipe", heapMib = 128) {
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heapMib}`, "--import", "tsx", join(root, "src/cli/bin.ts"), ...args],
    { cwd: root, encoding: "utf8", stdio: ["ignore", stdout, "pipe"], timeout: 100_000 },
  );
  // A guard, not an assertion about speed: a hang must not pass as a result.
  expect(result.error).toBeUndefined();
  return { code: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

// Starting tsx takes seconds on a busy machine: the timeout is a guard against a hang, not a
// measure of speed.
describe("the real process: endless input, huge files, a full disk (issue 14)", {
  timeout: 120_000,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), "sterren-bin-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("validate /dev/zero ends with exit 2 and one line, within a 128 MB heap", () => {
    const { code, stdout, stderr } = spawnBin(["validate", "/dev/zero", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `sterrenprogramma: error (file-too-large): The file "/dev/zero" is larger than ${DEFAULT_MAX_SIZE_MIB} MB and is not read; give a higher limit with --max-size if it really is that large.\n`,
    );
  });

  it("a 200 MB CSV is refused with exit 2 and one line, within a 128 MB heap (was: out of memory, exit 134)", () => {
    const file = join(dir, "huge.csv");
    writeFileSync(file, "medewerker;naam\n");
    truncateSync(file, 200 * MIB);
    const { code, stderr } = spawnBin([
      "statements",
      "examples/data/programme.json",
      file,
      ...AS_OF,
    ]);
    expect(code).toBe(2);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain("(file-too-large)");
  });

  it("a Windows-1252 file read by the real bin keeps p-josé and p-josë apart", () => {
    const file = join(dir, "m.csv");
    writeFileSync(file, latin1("medewerker;naam\r\np-josé;José\r\np-josë;Josë\r\n"));
    const { code, stdout } = spawnBin([
      "statements",
      "examples/data/programme.json",
      file,
      ...AS_OF,
      "--json",
    ]);
    expect(code).toBe(0);
    expect(statementIds(stdout)).toEqual(["p-josé", "p-josë"]);
  });

  it("writing to a full disk (> /dev/full) exits 3 with one line in the chosen language, no stack trace", () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const [lang, line] of [
        [
          "nl",
          "sterrenprogramma: fout (output-failed): Schrijven naar stdout is mislukt (ENOSPC); de uitvoer is niet compleet.\n",
        ],
        [
          "en",
          "sterrenprogramma: error (output-failed): Writing to stdout failed (ENOSPC); the output is incomplete.\n",
        ],
      ] as const) {
        const { code, stderr } = spawnBin(["--help", "--lang", lang], full);
        expect(code, lang).toBe(3);
        expect(stderr, lang).toBe(line);
      }
    } finally {
      closeSync(full);
    }
  });
});

describe("--help names every exit code (issue 14)", () => {
  it("lists 0, 1, 2 and 3 on lines of their own, in both languages", () => {
    for (const lang of ["nl", "en"] as const) {
      const help = helpText(lang);
      for (const code of Object.values(exitCodes)) {
        expect(help, `${lang} ${code}`).toMatch(new RegExp(`\\n  ${code}  \\S`));
      }
    }
  });

  it("an unexpected error inside the run is exit 3 and one line, never a stack trace", () => {
    let stderr = "";
    const io: CliIo = {
      readFile: () => {
        throw new RangeError("boom");
      },
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
    };
    expect(run(["validate", "p.json", "--lang", "en"], io, { version: "0" })).toBe(3);
    expect(stderr).toBe(
      "sterrenprogramma: error (internal-error): Something went wrong unexpectedly (RangeError). This is a bug in sterrenprogramma; please report it.\n",
    );
  });
});
