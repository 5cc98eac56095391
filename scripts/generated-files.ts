/**
 * The files generated from the source of truth (the zod schemas and the TypeScript example):
 * the JSON Schemas shipped in the package, JSON copies of the example for non-TypeScript users and
 * the koffer chart shown in docs/koffer.md.
 * `npm run generate` writes them; a test checks the committed copies are current.
 */
import * as z from "zod/mini";
import { kofferDemoChart } from "../examples/koffer-chart-demo.js";
import { exampleParticipants } from "../src/example/participants.js";
import { exampleProgramme } from "../src/example/programme.js";
import { participantSchema, programmeShape } from "../src/programme/schema/schemas.js";

function jsonSchema(schema: z.ZodMiniType, id: string): unknown {
  const generated = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "throw",
  });
  return { ...generated, $id: id };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Path (from the repository root) → file content. */
export function generatedFiles(): Record<string, string> {
  return {
    "schemas/programme.schema.json": json(
      jsonSchema(programmeShape, "urn:sterrenprogramma:schema:programme:1"),
    ),
    "schemas/participant.schema.json": json(
      jsonSchema(participantSchema, "urn:sterrenprogramma:schema:participant:1"),
    ),
    "examples/data/programme.json": json({
      $schema: "../../schemas/programme.schema.json",
      ...exampleProgramme,
    }),
    "examples/data/participants.json": json(exampleParticipants),
    // The strip chart of docs/koffer.md, made from the demo's example round.
    "docs/images/koffer-strip-chart.svg": kofferDemoChart("nl"),
  };
}
