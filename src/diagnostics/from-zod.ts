import type * as z from "zod/mini";
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "../dates/supported-range.js";
import { SUPPORTED_FORMAT_VERSIONS } from "../format-version.js";
import type { Path, PathSegment } from "./diagnostic.js";
import { type SchemaDiagnostic, schemaDiagnostic, tagOf } from "./schema-codes.js";
import { candidateList, type Suggester } from "./suggest.js";
import { describeValue, isMissing, typeName, valueAt } from "./value.js";

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((s) => (typeof s === "symbol" ? String(s) : s));
}

/**
 * What an unknown field is compared with for a "did you mean …?": the schema the input was
 * parsed with, and the validation's suggester (which bounds the work).
 *
 * @internal
 */
export interface FieldSuggestions {
  readonly schema: unknown;
  readonly suggester: Suggester;
}

/**
 * Translates zod's issues into our schema diagnostics. zod's issues name no received value, so
 * each is looked up in the input by its path; a missing value always becomes `missing-field`,
 * whatever zod called it. With `suggestions`, an unknown field names the nearest field the
 * object's schema knows and the object does not already have.
 *
 * @internal
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  suggestions?: FieldSuggestions,
): SchemaDiagnostic[] {
  const out: SchemaDiagnostic[] = [];
  for (const issue of issues) translate(issue, input, out, suggestions);
  return out;
}

function translate(
  issue: z.core.$ZodIssue,
  input: unknown,
  out: SchemaDiagnostic[],
  suggestions: FieldSuggestions | undefined,
): void {
  const path = toPath(issue.path);
  const value = valueAt(input, path);
  const received = isMissing(value) ? "undefined" : describeValue(value);
  const last = path[path.length - 1];

  if (issue.code === "unrecognized_keys") {
    const free = suggestions === undefined ? [] : freeFields(suggestions.schema, path, input);
    const scope = `field\u0000${free.join("\u0000")}`;
    for (const key of issue.keys) {
      const suggestion =
        free.length === 0
          ? undefined
          : suggestions?.suggester.suggest(scope, key, () =>
              candidateList(free.map((id) => ({ id }))),
            );
      out.push(
        schemaDiagnostic("unknown-field", [...path, key], {
          field: key,
          suggestion: suggestion ?? null,
        }),
      );
    }
    return;
  }
  if (isMissing(value) && path.length > 0 && typeof last === "string") {
    // The parent exists (otherwise zod would have reported the parent), so the key is absent.
    out.push(schemaDiagnostic("missing-field", path, { field: last }));
    return;
  }
  const tag = tagOf(issue.message);
  if (tag === "unsupported-format-version") {
    out.push(schemaDiagnostic(tag, path, { received, supported: SUPPORTED_FORMAT_VERSIONS }));
    return;
  }
  if (tag === "date-out-of-range") {
    const range = { first: FIRST_SUPPORTED_DATE, last: LAST_SUPPORTED_DATE };
    out.push(schemaDiagnostic(tag, path, { received, ...range }));
    return;
  }
  if (tag !== undefined) {
    out.push(schemaDiagnostic(tag, path, { received }));
    return;
  }
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int" && typeof value === "number") {
        out.push(schemaDiagnostic("not-an-integer", path, { received }));
      } else {
        out.push(
          schemaDiagnostic("invalid-type", path, {
            expected: issue.expected,
            received: typeName(value),
          }),
        );
      }
      return;
    case "too_small":
      out.push(
        schemaDiagnostic("too-small", path, {
          origin: issue.origin,
          minimum: Number(issue.minimum),
          inclusive: issue.inclusive ?? true,
          received,
        }),
      );
      return;
    case "too_big":
      out.push(
        schemaDiagnostic("too-big", path, {
          origin: issue.origin,
          maximum: Number(issue.maximum),
          inclusive: issue.inclusive ?? true,
          received,
        }),
      );
      return;
    case "invalid_value":
      out.push(
        schemaDiagnostic("invalid-value", path, {
          allowed: issue.values.map(primitive),
          received,
        }),
      );
      return;
    case "invalid_union":
      if (issue.discriminator !== undefined && "options" in issue && issue.options) {
        // A discriminated union whose tag matched no option: the tag itself is the problem.
        const tagPath: Path =
          path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const tagValue = valueAt(input, tagPath);
        if (isMissing(tagValue)) {
          out.push(schemaDiagnostic("missing-field", tagPath, { field: issue.discriminator }));
        } else {
          out.push(
            schemaDiagnostic("invalid-value", tagPath, {
              allowed: issue.options.map(primitive),
              received: describeValue(tagValue),
            }),
          );
        }
        return;
      }
      out.push(
        schemaDiagnostic("invalid-shape", path, { detail: "matches none of the allowed shapes" }),
      );
      return;
    default:
      out.push(schemaDiagnostic("invalid-shape", path, { detail: issue.code }));
  }
}

function primitive(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  return String(value);
}

/** The public parts of a zod 4 schema this walk reads (the same `def` that `sealSchema` reads). */
interface SchemaLike {
  readonly def: {
    readonly type: string;
    readonly innerType?: unknown;
    readonly in?: unknown;
    readonly element?: unknown;
    readonly options?: readonly unknown[];
    readonly discriminator?: string;
  };
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly safeParse?: (value: unknown) => { readonly success: boolean };
}

const isSchemaLike = (value: unknown): value is SchemaLike =>
  typeof value === "object" && value !== null && "def" in value;

/** Schemas are a few wrappers deep at most; the bound only guards against a cyclic schema. */
const MAX_UNWRAP = 32;

/**
 * The schema of the value at a path: wrappers (optional, default, nullable, a transform's input)
 * are looked through, a discriminated union is resolved by the value's tag. Undefined when the
 * path leaves what the schema describes.
 */
function schemaAt(root: unknown, path: Path, input: unknown): SchemaLike | undefined {
  let schema = root;
  let value = input;
  for (let step = 0; ; step++) {
    for (let unwrap = 0; unwrap < MAX_UNWRAP && isSchemaLike(schema); unwrap++) {
      const def = schema.def;
      if (def.innerType !== undefined) schema = def.innerType;
      else if (def.type === "pipe") schema = def.in;
      else if (def.type === "union" && def.discriminator !== undefined)
        schema = optionFor(schema, def.discriminator, value);
      else break;
    }
    if (!isSchemaLike(schema)) return undefined;
    if (step === path.length) return schema;
    const segment = path[step] as PathSegment;
    if (schema.def.type === "object" && typeof segment === "string" && schema.shape !== undefined) {
      if (!Object.hasOwn(schema.shape, segment)) return undefined;
      schema = schema.shape[segment];
    } else if (schema.def.type === "array" && typeof segment === "number") {
      schema = schema.def.element;
    } else {
      return undefined;
    }
    value = valueAt(value, [segment]);
  }
}

/** The option of a discriminated union whose tag accepts the value's tag. */
function optionFor(union: SchemaLike, discriminator: string, value: unknown): unknown {
  const tag = valueAt(value, [discriminator]);
  if (isMissing(tag)) return undefined;
  for (const option of union.def.options ?? []) {
    const tagSchema = isSchemaLike(option) ? option.shape?.[discriminator] : undefined;
    if (isSchemaLike(tagSchema) && tagSchema.safeParse?.(tag).success === true) return option;
  }
  return undefined;
}

/** The fields the object at `path` may have and does not have: what a misspelt key may have meant. */
function freeFields(schema: unknown, path: Path, input: unknown): string[] {
  const at = schemaAt(schema, path, input);
  if (at?.def.type !== "object" || at.shape === undefined) return [];
  const object = valueAt(input, path);
  if (isMissing(object) || typeof object !== "object" || object === null) return [];
  return Object.keys(at.shape).filter((key) => !Object.hasOwn(object, key));
}
