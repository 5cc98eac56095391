/**
 * Small readers for untrusted input, shared by the template and sheet validators. Internal: not
 * exported from the entry point. They read own enumerable string keys only and never index a
 * plain object with a key that came from the input.
 */
import type { Path } from "../diagnostics/diagnostic.js";
import { describeValue, typeName } from "../diagnostics/value.js";
import { isId } from "../internal/field-rules.js";
import { type KofferDiagnostic, kofferDiagnostic } from "./diagnostics.js";

export { describeValue, typeName };

/** A plain object (object literal, JSON object or null-prototype object), not an array, Map, Date… */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.toString.call(value) === "[object Object]"
  );
}

/** Why reading failed, without calling anything on the thrown value that could throw again. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error && typeof error.name === "string" ? error.name : typeof error;
  } catch {
    return "unknown";
  }
}

/** The diagnostic for input that threw while being read (a getter, a proxy). */
export function unreadable(error: unknown): KofferDiagnostic {
  return kofferDiagnostic("unreadable-input", [], { detail: describeError(error) });
}

// An id chosen by the organisation, as in programmes: the one rule, shared without zod.
export { isId };

/** Collects the diagnostics of one validation. */
export type Sink = KofferDiagnostic[];

/**
 * Reads the known fields of an object. Reports a non-object, every unknown field and every missing
 * required field; returns the known fields' values in the order of `known` (`undefined` when
 * absent, which is also how an `undefined` value counts), or `null` when the value is not an
 * object. An array rather than a `Map`: a team's sheets are read by the thousand.
 */
export function readFields(
  value: unknown,
  path: Path,
  known: readonly string[],
  required: readonly string[],
  out: Sink,
): unknown[] | null {
  if (!isRecord(value)) {
    out.push(
      kofferDiagnostic("invalid-type", path, { expected: "object", received: typeName(value) }),
    );
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      out.push(kofferDiagnostic("unknown-field", [...path, key], { field: key }));
  }
  return known.map((key) => {
    const field = Object.hasOwn(value, key) ? value[key] : undefined;
    if (field === undefined && required.includes(key)) {
      out.push(kofferDiagnostic("missing-field", [...path, key], { field: key }));
    }
    return field;
  });
}

/** An id field; `null` when absent (`readFields` reported it if required) or not an id (reported). */
export function readId(value: unknown, path: Path, out: Sink): string | null {
  if (value === undefined) return null;
  if (typeof value !== "string") {
    out.push(
      kofferDiagnostic("invalid-type", path, { expected: "string", received: typeName(value) }),
    );
    return null;
  }
  if (!isId(value)) {
    out.push(kofferDiagnostic("invalid-id", path, { received: describeValue(value) }));
    return null;
  }
  return value;
}

/** Text a person reads (a label, a name, a step): a string that is not blank; `null` when absent. */
export function readText(value: unknown, path: Path, field: string, out: Sink): string | null {
  if (value === undefined) return null;
  if (typeof value !== "string") {
    out.push(
      kofferDiagnostic("invalid-type", path, { expected: "string", received: typeName(value) }),
    );
    return null;
  }
  if (value.trim() === "") {
    out.push(kofferDiagnostic("empty-text", path, { field }));
    return null;
  }
  return value;
}

/** One of a fixed set of strings. */
export function readChoice<T extends string>(
  value: unknown,
  path: Path,
  field: string,
  allowed: readonly T[],
  out: Sink,
): T | null {
  const found = allowed.find((choice) => choice === value);
  if (found === undefined) {
    out.push(
      kofferDiagnostic("invalid-value", path, { field, allowed, received: describeValue(value) }),
    );
    return null;
  }
  return found;
}
