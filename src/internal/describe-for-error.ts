/**
 * A value for a programmer error's message: a string cut short (an as-of date of 5 MB must not
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
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `a value of type ${typeof value}`;
}
