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

/** A short, deterministic rendering of a value for a message. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
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
