import * as z from "zod/mini";
import { isCalendarDate } from "../../dates/calendar-date.js";
import {
  FIRST_SUPPORTED_YEAR,
  isSupportedDate,
  LAST_SUPPORTED_YEAR,
} from "../../dates/supported-range.js";
import { tagged } from "../../diagnostics/schema-codes.js";
import { ID_PATTERN, isId, isText } from "../../internal/field-rules.js";
import { described } from "./meta.js";

/** An id chosen by the organisation: 1–100 characters, no space at either end. */
export const idSchema = /* @__PURE__ */ described(
  /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.refine(isId, /* @__PURE__ */ tagged("invalid-id"))),
  { pattern: ID_PATTERN, description: "An id: 1–100 characters, no space at either end." },
);

/** Text a person reads (a name, a title): not empty or only white space. */
export const textSchema = /* @__PURE__ */ described(
  /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.refine(isText, /* @__PURE__ */ tagged("empty-text"))),
  { minLength: 1 },
);

/**
 * A calendar date `YYYY-MM-DD` (rules A1): never an instant, so no time zone can move it. Only
 * dates of the supported years 1900–2999 (src/dates/supported-range.ts): a window anchored at a
 * later date would run past the four-digit years. The pattern says the same to JSON Schema users.
 */
export const calendarDateSchema = /* @__PURE__ */ described(
  /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.refine(isCalendarDate, /* @__PURE__ */ tagged("invalid-date", true)),
      /* @__PURE__ */ z.refine(isSupportedDate, /* @__PURE__ */ tagged("date-out-of-range")),
    ),
  {
    format: "date",
    pattern: "^(?:19|2\\d)\\d{2}-\\d{2}-\\d{2}$",
    // A literal, not a template: esbuild keeps a module-level template (it may call toString),
    // and with it zod, in bundles that never validate. A test checks it against the range.
    description: "A calendar date written as YYYY-MM-DD, from 1900-01-01 to 2999-12-31.",
  },
);

/** A calendar year of an edition or a role: the supported years 1900–2999. */
export const yearSchema = /* @__PURE__ */ z
  .int()
  .check(
    /* @__PURE__ */ z.minimum(FIRST_SUPPORTED_YEAR),
    /* @__PURE__ */ z.maximum(LAST_SUPPORTED_YEAR),
  );

/** The stars management gives a component: 1, 2 or 3 (rules A2). */
export const starsSchema = /* @__PURE__ */ described(
  /* @__PURE__ */ z.literal([1, 2, 3], /* @__PURE__ */ tagged("stars-out-of-range")),
  { description: "Stars of a component: 1, 2 or 3 (rules A2)." },
);

/** A whole number of stars ≥ 0 used by policy limits. */
export const starCountSchema = /* @__PURE__ */ z
  .int()
  .check(/* @__PURE__ */ z.minimum(0), /* @__PURE__ */ z.maximum(1000));

/** An optional JSON Schema reference, so editors can check a JSON file as it is typed. */
export const jsonSchemaRef = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string());
