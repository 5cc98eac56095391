/*
 * The rules of ids, of approval statuses and of text a person reads, written once for every
 * reader of them: the zod schemas (src/programme/schema/primitives.ts), the fast path of
 * participant validation, the star evaluators' entry checks, the xAPI importer and the koffer
 * readers. Here, not in the schemas, so that the readers that must not
 * pull in zod (the koffer entry, the importer) share them too.
 */

/** The id rule as a pattern (JSON Schema states it): 1–100 characters, no space at either end. */
export const ID_PATTERN = "^\\S(?:.{0,98}\\S)?$";

// Not frozen: without the g or y flag `test` changes nothing in it, and V8 runs a frozen RegExp
// off its fast path (measured: ~80 against ~25 ns a test; every id of every row is tested).
const idRegex = /* @__PURE__ */ new RegExp(ID_PATTERN, "u");

/**
 * Whether a value is an id chosen by the organisation: text of 1–100 characters (code points),
 * no white space at either end.
 *
 * @internal
 * @example
 * isId("p-anouk"); //=> true
 * isId(" p-anouk"); //=> false
 */
export function isId(value: unknown): value is string {
  return typeof value === "string" && idRegex.test(value);
}

/**
 * Whether a value is one of the statuses of a completion or exemption. The evaluators ask it of
 * every completion as they read it: against interned texts it costs a comparison or three.
 *
 * @internal
 * @example
 * isApprovalStatus("pending"); //=> true
 * isApprovalStatus("Approved"); //=> false
 */
export function isApprovalStatus(value: unknown): value is "approved" | "pending" | "rejected" {
  return value === "approved" || value === "pending" || value === "rejected";
}

/**
 * Whether a value is text a person reads (a name, a title): not empty or only white space.
 *
 * @internal
 * @example
 * isText("Anouk"); //=> true
 * isText("  "); //=> false
 */
export function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}
