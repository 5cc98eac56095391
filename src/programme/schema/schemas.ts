import { defineSchemas, type Schemas } from "./define.js";
import { zodKit } from "./zod-kit.js";

/**
 * Every schema of the data format built with zod/mini, by name: what the package exports and the
 * JSON Schemas are generated from. Bundles that import none of them keep no zod.
 *
 * @internal
 */
export const zodSchemas = /* @__PURE__ */ defineSchemas(zodKit);

/** One of the zod schemas, by name: a call, so that an unused export leaves nothing behind. */
function zodSchema<K extends keyof Schemas>(name: K): Schemas[K] {
  return zodSchemas[name];
}

/**
 * The zod schema of a component (onderdeel): a course, an e-learning module, a meeting… (rules A1).
 *
 * @example
 * componentSchema.parse({ id: "x", title: "X", stars: 1, requirement: "elective", format: "informal" }).repeatable;
 * //=> false
 */
export const componentSchema = /* @__PURE__ */ zodSchema("componentSchema");

/**
 * The zod schema of an edition: one calendar year's catalogue (rules A1), "het sterrenprogramma
 * kan per jaar verschillen".
 *
 * @example
 * editionSchema.safeParse({ year: 2027, components: [] }).success; //=> true
 */
export const editionSchema = /* @__PURE__ */ zodSchema("editionSchema");

/**
 * The zod schema of the programme's rules (rules A3–A6). Every field has its default, so `{}` is the default
 * programme: fixed two-year windows, target 15, cap 15, no carry-over.
 *
 * @example
 * policySchema.parse({}).target; //=> 15
 */
export const policySchema = /* @__PURE__ */ zodSchema("policySchema");

/**
 * The zod schema of a programme as written, before the defaults that depend on other fields are
 * resolved; the JSON Schema is generated from it. Prefer `validateProgramme` for validation.
 *
 * @example
 * import * as z from "zod/mini";
 * const jsonSchema = z.toJSONSchema(programmeShape, { io: "input" });
 */
export const programmeShape = /* @__PURE__ */ zodSchema("programmeShape");

/**
 * The programme schema: the shape plus the defaults that depend on other fields — the start
 * year is the first edition's year and the cap is the target, unless the policy says otherwise.
 *
 * @example
 * type Programme = z.output<typeof programmeSchema>;
 */
export const programmeSchema = /* @__PURE__ */ zodSchema("programmeSchema");

/**
 * The zod schema of a participant: a staff member following the programme (medewerker, rules A1).
 * Prefer `validateParticipant`, which translates zod's issues into stable diagnostics.
 *
 * @example
 * participantSchema.safeParse({ id: "p-anouk" }).success; //=> true
 */
export const participantSchema = /* @__PURE__ */ zodSchema("participantSchema");
