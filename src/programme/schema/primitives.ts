import * as z from "zod";
import { isCalendarDate } from "../../dates/calendar-date.js";
import { tagged } from "../../diagnostics/schema-codes.js";

const ID_PATTERN = "^\\S(?:.{0,98}\\S)?$";
const idRegex = new RegExp(ID_PATTERN, "u");

/** An id chosen by the organisation: 1–100 characters, no space at either end. */
export const idSchema = /* @__PURE__ */ z
  .string()
  .refine((s) => idRegex.test(s), tagged("invalid-id"))
  .meta({ pattern: ID_PATTERN, description: "An id: 1–100 characters, no space at either end." });

/** Text a person reads (a name, a title): not empty or only white space. */
export const textSchema = /* @__PURE__ */ z
  .string()
  .refine((s) => s.trim().length > 0, tagged("empty-text"))
  .meta({ minLength: 1 });

/** A calendar date `YYYY-MM-DD` (SPEC A1): never an instant, so no time zone can move it. */
export const calendarDateSchema = /* @__PURE__ */ z
  .string()
  .refine(isCalendarDate, tagged("invalid-date"))
  .meta({
    format: "date",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    description: "A calendar date written as YYYY-MM-DD.",
  });

/** A calendar year of an edition or a role. */
export const yearSchema = /* @__PURE__ */ z.int().min(1900).max(2999);

/** The stars management gives a component: 1, 2 or 3 (SPEC A2). */
export const starsSchema = /* @__PURE__ */ z
  .literal([1, 2, 3], tagged("stars-out-of-range"))
  .meta({ description: "Stars of a component: 1, 2 or 3 (SPEC A2)." });

/** A whole number of stars ≥ 0 used by policy limits. */
export const starCountSchema = /* @__PURE__ */ z.int().min(0).max(1000);

/** An optional JSON Schema reference, so editors can check a JSON file as it is typed. */
export const jsonSchemaRef = /* @__PURE__ */ z.string().optional();
