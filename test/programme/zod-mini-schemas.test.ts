import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as classic from "zod";
import * as z from "zod/mini";
import {
  componentSchema,
  participantSchema,
  policySchema,
  programmeSchema,
  programmeShape,
} from "../../src/index.js";
import { minimalProgramme } from "../fixtures/minimal.js";

/*
 * The exported schemas are zod/mini schemas (docs/decisions.md, "zod/mini"). These are the uses
 * the README and the changeset promise, with zod/mini's functions and with classic zod.
 */
describe("the exported zod/mini schemas", () => {
  it("parse, safeParse and z.infer, with the defaults filled in", () => {
    const parsed: z.infer<typeof participantSchema> = participantSchema.parse({ id: "p-anouk" });
    expect(parsed).toEqual({
      id: "p-anouk",
      groups: [],
      completions: [],
      roles: [],
      exemptions: [],
      developmentPoints: [],
    });
    expect(participantSchema.safeParse({ id: " p" }).success).toBe(false);
    // The transform resolves the cap to the target when the policy leaves it out.
    const { policy } = programmeSchema.parse({ ...minimalProgramme(), policy: { target: 12 } });
    expect(policy.cap).toBe(12);
  });

  it("derive through zod's functions, from zod/mini or classic zod", () => {
    const noted = z.extend(componentSchema, { note: z.string() });
    expect(Object.keys(noted.shape)).toContain("note");
    expect(Object.keys(z.pick(componentSchema, { id: true }).shape)).toEqual(["id"]);
    expect(z.partial(policySchema).safeParse({ target: 0 }).success).toBe(false);
    expect(z.partial(policySchema).safeParse({}).success).toBe(true);
    expect(z.optional(participantSchema).safeParse(undefined).success).toBe(true);
    // The derived schema is a new one: the library's own still refuses the extra field.
    expect(componentSchema.safeParse({ ...component, note: "x" }).success).toBe(false);
    expect(noted.safeParse({ ...component, note: "x" }).success).toBe(true);
    const wrapped = classic.object({ participant: participantSchema }).optional();
    expect(wrapped.safeParse({ participant: { id: "p" } }).success).toBe(true);
    expect(wrapped.safeParse({ participant: { id: " p" } }).success).toBe(false);
  });

  it("a refinement added with .check applies to the copy only", () => {
    const notX = participantSchema.check(z.refine((p) => p.id !== "x"));
    expect(notX.safeParse({ id: "x" }).success).toBe(false);
    expect(participantSchema.safeParse({ id: "x" }).success).toBe(true);
  });

  it("carry their JSON Schema keywords in zod's registry, for z.toJSONSchema of either zod", () => {
    expect(z.globalRegistry.get(programmeShape)?.title).toBe("sterrenprogramma programme");
    const mini = z.toJSONSchema(programmeShape, { io: "input" });
    expect(classic.toJSONSchema(programmeShape, { io: "input" })).toEqual(mini);
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../schemas/programme.schema.json"), "utf8"),
    ) as Record<string, unknown>;
    expect({ ...mini, $id: committed.$id }).toEqual({ ...committed, $schema: mini.$schema });
  });

  it("are the Standard Schema of any library that reads one", () => {
    const result = programmeSchema["~standard"].validate({});
    expect(result instanceof Promise).toBe(false);
    expect("issues" in result && (result.issues?.length ?? 0) > 0).toBe(true);
  });
});

const component = {
  id: "c",
  title: "C",
  stars: 1,
  requirement: "elective",
  format: "informal",
} as const;

describe("src/ imports zod only as zod/mini", () => {
  // Classic zod ("zod") keeps its methods, and with them most of zod, in every bundle that
  // validates (38.6 kB for validateProgramme alone, against 20.1 kB with zod/mini).
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith(".ts")
          ? [join(dir, entry.name)]
          : [],
    );

  it("no file of src/ imports another zod entry", () => {
    const src = join(import.meta.dirname, "../../src");
    const offenders = files(src).filter((file) =>
      [...readFileSync(file, "utf8").matchAll(/from\s+["'](zod[^"']*)["']/g)].some(
        (match) => match[1] !== "zod/mini",
      ),
    );
    expect(offenders).toEqual([]);
  });
});
