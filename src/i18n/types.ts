import { deepFreeze } from "../internal/deep-freeze.js";
/**
 * The languages every user-visible message exists in.
 *
 * @example
 * const locale: Locale = process.argv.includes("--en") ? "en" : "nl";
 */
export type Locale = "nl" | "en";

/**
 * The locales in a stable order.
 *
 * @example
 * for (const locale of locales) console.log(diagnostic.message[locale]);
 */
export const locales: readonly Locale[] = /* @__PURE__ */ deepFreeze(["nl", "en"]);

/**
 * A text in each supported language.
 *
 * @example
 * const text: LocalizedText = { nl: "Geldig", en: "Valid" };
 */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/**
 * A message per code, typed over a table of params per code: a code without a message, or a
 * message reading a param the code does not have, fails to compile.
 */
export type MessageTable<P> = { readonly [C in keyof P]: (params: P[C]) => string };
