import type { $ZodIssue } from "zod/v4/core";
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "../dates/supported-range.js";
import { SUPPORTED_FORMAT_VERSIONS } from "../format-version.js";
import type { Path, PathSegment } from "./diagnostic.js";
import { type SchemaDiagnostic, schemaDiagnostic, tagOf } from "./schema-codes.js";
import { describeValue, isMissing, typeName, valueAt } from "./value.js";

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((s) => (typeof s === "symbol" ? String(s) : s));
}

/**
 * Translates zod's issues into our schema diagnostics. zod's issues name no received value, so
 * each is looked up in the input by its path; a missing value always becomes `missing-field`,
 * whatever zod called it.
 *
 * @internal
 */
export function fromZodIssues(issues: readonly $ZodIssue[], input: unknown): SchemaDiagnostic[] {
  const out: SchemaDiagnostic[] = [];
  for (const issue of issues) translate(issue, input, out);
  return out;
}

function translate(issue: $ZodIssue, input: unknown, out: SchemaDiagnostic[]): void {
  const path = toPath(issue.path);
  const value = valueAt(input, path);
  const received = isMissing(value) ? "undefined" : describeValue(value);
  const last = path[path.length - 1];

  if (issue.code === "unrecognized_keys") {
    for (const key of issue.keys) {
      out.push(schemaDiagnostic("unknown-field", [...path, key], { field: key }));
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
