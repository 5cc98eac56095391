import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../scripts/generated-files.js";
import { validateProgramme } from "../src/programme/validate.js";
import { minimalProgramme } from "./fixtures/minimal.js";

const root = join(import.meta.dirname, "..");
const read = (path: string) =>
  JSON.parse(readFileSync(join(root, path), "utf8")) as Record<string, unknown>;

/**
 * The JSON Schema files let non-TypeScript users check programmes. They are checked here by an
 * independent validator (Ajv), against the committed files, so they cannot silently drift.
 */
describe("JSON Schema files (rules A1)", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  const programmeSchema = ajv.compile(read("schemas/programme.schema.json"));
  const participantSchema = ajv.compile(read("schemas/participant.schema.json"));

  it("the committed files are the ones the schemas generate (run `npm run generate`)", () => {
    for (const [path, content] of Object.entries(generatedFiles())) {
      expect(readFileSync(join(root, path), "utf8"), path).toBe(content);
    }
  });

  it("accept the example programme and every example participant", () => {
    expect(
      programmeSchema(read("examples/data/programme.json")),
      JSON.stringify(programmeSchema.errors),
    ).toBe(true);
    const participants = JSON.parse(
      readFileSync(join(root, "examples/data/participants.json"), "utf8"),
    ) as unknown[];
    expect(participants.length).toBeGreaterThan(0);
    for (const p of participants)
      expect(participantSchema(p), JSON.stringify(participantSchema.errors)).toBe(true);
  });

  it("accept the minimal programme", () => {
    expect(programmeSchema(minimalProgramme())).toBe(true);
  });

  it("refuse what the library refuses for its shape", () => {
    const bad: [
      string,
      (p: Record<string, unknown> & ReturnType<typeof minimalProgramme>) => void,
    ][] = [
      ["stars 4", (p) => Object.assign(p.editions[0]?.components[0] ?? {}, { stars: 4 })],
      [
        "unknown format",
        (p) => Object.assign(p.editions[0]?.components[0] ?? {}, { format: "webinar" }),
      ],
      ["unknown field", (p) => Object.assign(p, { extra: true })],
      ["missing name", (p) => delete (p as Record<string, unknown>).name],
      ["formatVersion 2", (p) => Object.assign(p, { formatVersion: 2 })],
      ["padded id", (p) => Object.assign(p, { id: " x" })],
      [
        "bad date format",
        (p) => Object.assign(p, { editions: [{ year: "2025", components: [] }] }),
      ],
    ];
    for (const [name, breakIt] of bad) {
      const p = minimalProgramme() as Record<string, unknown> & ReturnType<typeof minimalProgramme>;
      breakIt(p);
      expect(programmeSchema(p), name).toBe(false);
      expect(validateProgramme(p).ok, name).toBe(false);
    }
  });

  it("refuse a participant with a malformed date or an unknown status", () => {
    expect(
      participantSchema({ id: "p", completions: [{ component: "a", date: "1-2-2025" }] }),
    ).toBe(false);
    expect(
      participantSchema({
        id: "p",
        completions: [{ component: "a", date: "2025-02-01", status: "done" }],
      }),
    ).toBe(false);
    expect(
      participantSchema({ id: "p", completions: [{ component: "a", date: "2025-02-01" }] }),
    ).toBe(true);
  });
});
