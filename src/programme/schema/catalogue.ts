import * as z from "zod/mini";
import { described } from "./meta.js";
import { idSchema, textSchema } from "./primitives.js";

function /* @__PURE__ */ namedEntry(description: string) {
  return /* @__PURE__ */ described(
    /* @__PURE__ */ z.strictObject({
      id: idSchema,
      name: textSchema,
      description: /* @__PURE__ */ z.optional(textSchema),
    }),
    { description },
  );
}

/** A star theme (sterrenthema), e.g. klantgerichtheid; trainers and kartrekkers hold roles on it. */
export const themeSchema = /* @__PURE__ */ namedEntry("A star theme (sterrenthema).");

/** A learning line (leerlijn): a track in the catalogue, e.g. vakkennis or ondernemerschap. */
export const learningLineSchema = /* @__PURE__ */ namedEntry("A learning line (leerlijn).");

/** A spearhead (speerpunt): a priority, e.g. klantgerichtheid or mediawijsheid. */
export const spearheadSchema = /* @__PURE__ */ namedEntry("A spearhead (speerpunt).");

/** A participant group, e.g. frontoffice. Declaring groups lets validation check audiences. */
export const groupSchema = /* @__PURE__ */ namedEntry("A group of participants, e.g. frontoffice.");
