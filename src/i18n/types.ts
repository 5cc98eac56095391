/** The languages every user-visible message exists in. */
export type Locale = "nl" | "en";

/** The locales in a stable order. */
export const locales: readonly Locale[] = ["nl", "en"];

/** A text in each supported language. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/**
 * A message per code, typed over a table of params per code: a code without a message, or a
 * message reading a param the code does not have, fails to compile.
 */
export type MessageTable<P> = { readonly [C in keyof P]: (params: P[C]) => string };
