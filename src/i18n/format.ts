import type { Locale } from "./types.js";

/** Joins items as a reader expects: "a, b en c" / "a, b and c". Never depends on the machine locale. */
export function joinList(items: readonly (string | number)[], locale: Locale): string {
  return joinWith(items, locale === "nl" ? "en" : "and");
}

/** Joins items with commas and a last word: `joinWith(["a", "b", "c"], "or")` is "a, b or c". */
export function joinWith(items: readonly (string | number)[], word: string): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${word} ${words[words.length - 1]}`;
}

/** Quotes an id or a piece of user text for a message. */
export function q(text: string | number): string {
  return `"${String(text)}"`;
}

/**
 * A number as a reader of the locale writes it: a decimal comma in Dutch ("0,75"), a point in
 * English. Never depends on the machine locale (no `Intl`).
 */
export function decimal(x: number, locale: Locale): string {
  const text = String(x);
  return locale === "nl" ? text.replace(".", ",") : text;
}

/**
 * A whole number with thousands grouped as a reader of the locale writes it: "100.000" in Dutch,
 * "100,000" in English. Never depends on the machine locale (no `Intl`).
 */
export function wholeNumber(n: number, locale: Locale): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "nl" ? "." : ",");
}
