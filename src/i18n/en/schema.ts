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

export const en: MessageTable<SchemaDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "missing-field": (p) => `The required field ${q(p.field)} is missing.`,
  "unknown-field": (p) =>
    p.suggestion === null
      ? `The field ${q(p.field)} is not part of the format; check its spelling.`
      : `The field ${q(p.field)} is not part of the format; did you mean ${q(p.suggestion)}?`,
  "invalid-type": (p) => `Expected ${p.expected}, found ${p.received}.`,
  "not-an-integer": (p) => `Expected a whole number, found ${p.received}.`,
  "too-small": (p) =>
    `${origins[p.origin] ?? "The value"} must be ${p.inclusive ? "at least" : "more than"} ${p.minimum}${p.origin === "array" ? " items long" : p.origin === "string" ? " characters long" : ""}; found ${p.received}.`,
  "too-big": (p) =>
    `${origins[p.origin] ?? "The value"} must be ${p.inclusive ? "at most" : "less than"} ${p.maximum}${p.origin === "array" ? " items long" : p.origin === "string" ? " characters long" : ""}; found ${p.received}.`,
  "invalid-value": (p) =>
    `Expected one of ${joinList(
      p.allowed.map((v) => JSON.stringify(v)),
      "en",
    )}; found ${p.received}.`,
  "invalid-date": (p) =>
    `Expected a calendar date written as YYYY-MM-DD (e.g. "2025-03-31"); found ${p.received}.`,
  "date-out-of-range": (p) =>
    `The date ${p.received} lies outside the dates this library supports (${p.first} to ${p.last}).`,
  "invalid-id": (p) =>
    `An id must be 1 to 100 characters without space at either end; found ${p.received}.`,
  "empty-text": () => "This text must not be empty.",
  "stars-out-of-range": (p) => `A component is worth 1, 2 or 3 stars; found ${p.received}.`,
  "unsupported-format-version": (p) =>
    `This library reads formatVersion ${joinList(p.supported, "en")}; found ${p.received}.`,
  "invalid-shape": (p) => `The value does not fit the format (${p.detail}).`,
  "unreadable-input": (p) => `The input could not be read (${p.detail}).`,
  "input-too-large": (p) =>
    `This ${p.of} holds more than ${wholeNumber(p.limit, "en")} values, more than validation reads.`,
});
