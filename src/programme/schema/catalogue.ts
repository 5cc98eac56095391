import type { SchemaKit } from "./kit.js";
import type { PrimitiveSchemas } from "./primitives.js";

/** The catalogue's named entries — themes, learning lines, spearheads, groups — with one kit. */
export function catalogueSchemas(z: SchemaKit, { idSchema, textSchema }: PrimitiveSchemas) {
  const namedEntry = (description: string) =>
    z.described(
      z.strictObject({ id: idSchema, name: textSchema, description: z.optional(textSchema) }),
      { description },
    );
  return {
    /** A star theme (sterrenthema), e.g. klantgerichtheid; trainers and kartrekkers hold roles on it. */
    themeSchema: namedEntry("A star theme (sterrenthema)."),
    /** A learning line (leerlijn): a track in the catalogue, e.g. vakkennis or ondernemerschap. */
    learningLineSchema: namedEntry("A learning line (leerlijn)."),
    /** A spearhead (speerpunt): a priority, e.g. klantgerichtheid or mediawijsheid. */
    spearheadSchema: namedEntry("A spearhead (speerpunt)."),
    /** A participant group, e.g. frontoffice. Declaring groups lets validation check audiences. */
    groupSchema: namedEntry("A group of participants, e.g. frontoffice."),
  };
}
