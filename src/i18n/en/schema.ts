import type { SchemaDiagnosticParams } from "../../diagnostics/schema-codes.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { joinList, q, wholeNumber } from "../format.js";
import type { MessageTable } from "../types.js";

const origins: Record<string, string> = /* @__PURE__ */ deepFreeze({
  number: "The number",
  int: "The number",
  string: "The text",
  array: "The list",
});

const expectedEn: Record<string, string> = /* @__PURE__ */ deepFreeze({
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
});

const receivedEn: Record<string, string> = /* @__PURE__ */ deepFreeze({
  undefined: "nothing",
  string: "text",
  number: "a number",
  boolean: "true/false",
  object: "an object",
  array: "a list",
  "non-finite number": "an infinite number",
});

/** The unit of a length, in the number it follows: "1 item", "2 items", "1 character", … */
function unit(origin: string, n: number): string {
  if (origin === "array") return n === 1 ? " item long" : " items long";
  return origin === "string" ? (n === 1 ? " character long" : " characters long") : "";
}

/** A list found as "array(3)" (see `describeValue`) in words; anything else as it is. */
function found(received: string): string {
  const items = /^array\((\d+)\)$/.exec(received)?.[1];
  if (items === undefined) return received;
  return items === "0" ? "an empty list" : `a list of ${items} ${items === "1" ? "item" : "items"}`;
}

export const en: MessageTable<SchemaDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "missing-field": (p) => `The required field ${q(p.field)} is missing.`,
  "unknown-field": (p) =>
    p.suggestion === null
      ? `The field ${q(p.field)} is not part of the format; check its spelling.`
      : `The field ${q(p.field)} is not part of the format; did you mean ${q(p.suggestion)}?`,
  "invalid-type": (p) =>
    `Expected ${expectedEn[p.expected] ?? p.expected}, found ${receivedEn[p.received] ?? p.received}.`,
  "not-an-integer": (p) => `Expected a whole number, found ${p.received}.`,
  "too-small": (p) =>
    `${origins[p.origin] ?? "The value"} must be ${p.inclusive ? "at least" : "more than"} ${p.minimum}${unit(p.origin, p.minimum)}; found ${found(p.received)}.`,
  "too-big": (p) =>
    `${origins[p.origin] ?? "The value"} must be ${p.inclusive ? "at most" : "less than"} ${p.maximum}${unit(p.origin, p.maximum)}; found ${found(p.received)}.`,
  "invalid-value": (p) =>
    `Expected one of ${joinList(
      p.allowed.map((v) => JSON.stringify(v)),
      "en",
    )}; found ${p.received}.`,
  "invalid-date": (p) =>
    `Expected a calendar date written as YYYY-MM-DD (e.g. "2025-03-31"); found ${p.received}.`,
  "date-out-of-range": (p) =>
    `The date ${p.received} lies outside the dates sterrenprogramma supports (${p.first} to ${p.last}).`,
  "invalid-id": (p) =>
    `An id must be 1 to 100 characters without space at either end; found ${p.received}.`,
  "empty-text": () => "This text must not be empty.",
  "stars-out-of-range": (p) => `A component is worth 1, 2 or 3 stars; found ${p.received}.`,
  "unsupported-format-version": (p) =>
    `This version of sterrenprogramma reads formatVersion ${joinList(p.supported, "en")}; found ${p.received}.`,
  "invalid-shape": (p) => `The value does not fit the format (${p.detail}).`,
  "unreadable-input": (p) => `The input could not be read (${p.detail}).`,
  "input-too-large": (p) =>
    `This ${p.of} holds more than ${wholeNumber(p.limit, "en")} values, more than validation reads.`,
});
