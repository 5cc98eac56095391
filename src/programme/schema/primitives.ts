import { isCalendarDate } from "../../dates/calendar-date.js";
import {
  FIRST_SUPPORTED_YEAR,
  isSupportedDate,
  LAST_SUPPORTED_YEAR,
} from "../../dates/supported-range.js";
import { tagged } from "../../diagnostics/schema-codes.js";
import { ID_PATTERN, isId, isText } from "../../internal/field-rules.js";
import type { SchemaKit } from "./kit.js";

/** The schemas of single values that the others are built from, with one kit. */
export function primitiveSchemas(z: SchemaKit) {
  /** An id chosen by the organisation: 1–100 characters, no space at either end. */
  const idSchema = z.described(z.string().check(z.refine(isId, tagged("invalid-id"))), {
    pattern: ID_PATTERN,
    description: "An id: 1–100 characters, no space at either end.",
  });

  /** Text a person reads (a name, a title): not empty or only white space. */
  const textSchema = z.described(z.string().check(z.refine(isText, tagged("empty-text"))), {
    minLength: 1,
  });

  /**
   * A calendar date `YYYY-MM-DD` (rules A1): never an instant, so no time zone can move it. Only
   * dates of the supported years 1900–2999 (src/dates/supported-range.ts): a window anchored at a
   * later date would run past the four-digit years. The pattern says the same to JSON Schema users.
   */
  const calendarDateSchema = z.described(
    z
      .string()
      .check(
        z.refine(isCalendarDate, tagged("invalid-date", true)),
        z.refine(isSupportedDate, tagged("date-out-of-range")),
      ),
    {
      format: "date",
      pattern: "^(?:19|2\\d)\\d{2}-\\d{2}-\\d{2}$",
      // A literal, not a template: a test checks it against the supported range.
      description: "A calendar date written as YYYY-MM-DD, from 1900-01-01 to 2999-12-31.",
    },
  );

  /** A calendar year of an edition or a role: the supported years 1900–2999. */
  const yearSchema = z.int().check(z.minimum(FIRST_SUPPORTED_YEAR), z.maximum(LAST_SUPPORTED_YEAR));

  /** The stars management gives a component: 1, 2 or 3 (rules A2). */
  const starsSchema = z.described(z.literal([1, 2, 3], tagged("stars-out-of-range")), {
    description: "Stars of a component: 1, 2 or 3 (rules A2).",
  });

  /** A whole number of stars ≥ 0 used by policy limits. */
  const starCountSchema = z.int().check(z.minimum(0), z.maximum(1000));

  /** An optional JSON Schema reference, so editors can check a JSON file as it is typed. */
  const jsonSchemaRef = z.optional(z.string());

  return {
    idSchema,
    textSchema,
    calendarDateSchema,
    yearSchema,
    starsSchema,
    starCountSchema,
    jsonSchemaRef,
  };
}

/** The schemas of single values, as `primitiveSchemas` builds them. */
export type PrimitiveSchemas = ReturnType<typeof primitiveSchemas>;
