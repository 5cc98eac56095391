import type { Path } from "./diagnostic.js";

/**
 * The type name of a value, for messages: the JSON types, with `null` and `array` named apart,
 * and other objects by their tag (`map`, `date`…) so a Map is not called an object.
 */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return "non-finite number";
  if (typeof value !== "object") return typeof value;
  return Object.prototype.toString.call(value).slice(8, -1).toLowerCase();
}

/** A text quoted for a message and cut to 40 characters, so a 5 MB value never makes a 5 MB message. */
function quoteShort(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

/** A short, deterministic rendering of a value for a message. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quoteShort(value);
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "undefined";
    default:
      if (value === null) return "null";
      if (Array.isArray(value)) return `array(${value.length})`;
      return typeName(value);
  }
}

const missing: unique symbol = Symbol("missing");

/**
 * The value at a path, or `missing` when some step does not exist as an own property.
 * Reads own properties only, so `__proto__` or `constructor` in a path never reach a prototype.
 */
export function valueAt(root: unknown, path: Path): unknown | typeof missing {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return missing;
    if (!Object.hasOwn(current, segment)) return missing;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Whether `valueAt` found nothing. */
export function isMissing(value: unknown): value is typeof missing {
  return value === missing;
}

/**
 * A value for a programmer error's message, like `describeValue` but safe on any value: a string cut short (an as-of date of 5 MB must not
 * make a 5 MB message), a number or boolean as written, anything else by its type alone.
 * `typeof` and `Array.isArray` on a live value run none of its code, so a Proxy, a cyclic object
 * or a Symbol cannot turn the error into a different one; only a revoked proxy is named by
 * `typeof` alone, because `Array.isArray` throws on it.
 *
 * @example
 * describeForError("x".repeat(5_000_000)).length; //=> 42
 * @internal
 */
export function describeForError(value: unknown): string {
  if (typeof value === "string") return quoteShort(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a value of type ${typeof value}`;
}
