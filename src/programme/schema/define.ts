import { catalogueSchemas } from "./catalogue.js";
import { componentSchemas } from "./component.js";
import type { SchemaKit } from "./kit.js";
import { participantSchemas } from "./participant.js";
import { policySchemas } from "./policy.js";
import { primitiveSchemas } from "./primitives.js";
import { programmeSchemas } from "./programme.js";

/**
 * Every schema of the data format (rules A1), built with one kit: each schema once, and the
 * schemas that contain it hold that one (the JSON Schemas depend on it). The same definitions
 * give the exported zod schemas (schemas.ts) and the lean ones validation runs (runtime.ts).
 *
 * @internal
 */
export function defineSchemas(z: SchemaKit) {
  const primitives = primitiveSchemas(z);
  const catalogue = catalogueSchemas(z, primitives);
  const component = componentSchemas(z, primitives);
  const policy = policySchemas(z, primitives);
  return {
    ...primitives,
    ...catalogue,
    ...component,
    ...policy,
    ...programmeSchemas(z, primitives, catalogue, component, policy),
    ...participantSchemas(z, primitives),
  };
}

/** Every schema of the data format, by name, as `defineSchemas` builds them. */
export type Schemas = ReturnType<typeof defineSchemas>;
