/** What a field of a result must be: an object, or a list. */
type Kind = "object" | "list";

const words: Readonly<Record<Kind, string>> = Object.freeze({
  object: "an object",
  list: "a list",
});

/** What a value is, in a word: enough to see the mistake, and never the value itself. */
function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}

function fits(value: unknown, kind: Kind): boolean {
  return kind === "list"
    ? Array.isArray(value)
    : typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The entry check of a document function: the documents take the library's own results, and a
 * plain-JavaScript caller who passes something else gets a `TypeError` that names the field and
 * the function whose result belongs there, instead of "cannot read properties of undefined" from
 * deep inside (a programmer error, as in src/stars/entry-guards.ts). Only the fields the document
 * reads first are looked at: cheap, O(1) per result.
 *
 * @example
 * expectResult(report, "reportDocument: report", "organisationReport", { status: "object", mandatory: "list" });
 * @throws TypeError when the value or one of the fields is not of its kind.
 * @internal
 */
export function expectResult(
  value: unknown,
  name: string,
  source: string,
  fields: Readonly<Record<string, Kind>>,
): void {
  const hint = `: pass the result of ${source}`;
  if (!fits(value, "object"))
    throw new TypeError(`${name} must be ${words.object}, got ${kindOf(value)}${hint}`);
  const record = value as Record<string, unknown>;
  for (const [field, kind] of Object.entries(fields))
    if (!fits(record[field], kind))
      throw new TypeError(
        `${name}.${field} must be ${words[kind]}, got ${kindOf(record[field])}${hint}`,
      );
}

/** `expectResult` for a list of results: the list itself, then each item by its place. */
export function expectResults(
  values: unknown,
  name: string,
  source: string,
  fields: Readonly<Record<string, Kind>>,
): void {
  if (!Array.isArray(values))
    throw new TypeError(`${name} must be a list, got ${kindOf(values)}: pass results of ${source}`);
  for (let i = 0; i < values.length; i++) expectResult(values[i], `${name}[${i}]`, source, fields);
}

/** The fields of a statement the documents read first. */
export const STATEMENT_FIELDS = /* @__PURE__ */ Object.freeze({
  window: "object",
  totals: "object",
  lines: "list",
} as const);

/** The fields of an organisation report the documents read first. */
export const REPORT_FIELDS = /* @__PURE__ */ Object.freeze({
  status: "object",
  mandatory: "list",
} as const);
