import { count, joinList, joinWith, q } from "../../i18n/format.js";
import type { MessageTable } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { ReadingDiagnosticParams } from "../diagnostics.js";

const points = (n: number) => count(n, "point", "points");

const types: Record<string, string> = /* @__PURE__ */ deepFreeze({
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  "non-finite number": "an infinite number or NaN",
});

const type = (name: string) => (Object.hasOwn(types, name) ? types[name] : name);

/** The English messages of the koffer diagnostics of reading (the aggregate's own: `aggregate-en.ts`). */
export const en: MessageTable<ReadingDiagnosticParams> = /* @__PURE__ */ deepFreeze({
  "unreadable-input": (p) => `The input could not be read (${p.detail}).`,
  "invalid-type": (p) => `Expected ${type(p.expected)}, found ${type(p.received)}.`,
  "missing-field": (p) => `The required field ${q(p.field)} is missing.`,
  "unknown-field": (p) => `The field ${q(p.field)} is not part of the format; check its spelling.`,
  "invalid-id": (p) =>
    `An id must be 1 to 100 characters without space at either end; found ${p.received}.`,
  "invalid-respondent": () =>
    "A respondent must be 1 to 100 characters without space at either end; leave the field out for an anonymous sheet.",
  "empty-text": (p) => `The field ${q(p.field)} must not be empty.`,
  "invalid-value": (p) =>
    `${q(p.field)} must be ${joinWith(p.allowed.map(q), "or")}; found ${p.received}.`,
  "invalid-budget": (p) =>
    `The budget must be a whole number from 1 to ${p.maximum}; found ${p.received}.`,
  "too-few-categories": (p) =>
    `A koffer needs at least ${p.minimum} categories; this one has ${p.count}.`,
  "too-many-categories": (p) =>
    `A koffer has at most ${p.maximum} categories; this one has ${p.count}.`,
  "duplicate-category": (p) =>
    `The category ${q(p.id)} appears twice (first at categories[${p.firstIndex}]).`,
  "budget-too-small": (p) =>
    `${p.categories} categories that all get different points need at least ${p.minimum} points (0 + 1 + … + ${p.categories - 1}); the budget is ${p.budget}.`,
  "missing-category": (p) => `The sheet gives no points to the category ${p.label}.`,
  "unknown-category": (p) => `The koffer has no category ${q(p.category)}.`,
  "not-an-integer": (p) => `The points for ${p.label} must be a whole number; found ${p.received}.`,
  negative: (p) => `The points for ${p.label} must not be negative; found ${p.received}.`,
  tie: (p) =>
    `No two boxes may get the same points: ${joinList(p.labels, "en")} ${p.categories.length === 2 ? "both" : "all"} have ${points(p.points)}.`,
  "over-budget": (p) =>
    `The sheet hands out ${points(p.total)}, more than the budget of ${points(p.budget)}.`,
  "under-budget": (p) =>
    `The sheet hands out ${points(p.total)} instead of exactly ${points(p.budget)}.`,
});
