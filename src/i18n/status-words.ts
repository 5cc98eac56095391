import { deepFreeze } from "../internal/deep-freeze.js";
import type { StatementStatus } from "../stars/types.js";

/*
 * A statement's status in a word or two (rules A8), per language: the one source of these words
 * for the explanations, the documents, the spreadsheet tables and the command line. A module of
 * its own, so a spreadsheet or a chart legend gets the words without every explanation text. One
 * constant per language, imported by name: a module-level `words.nl` would be a property read the
 * bundler must keep, and with it every table that holds it.
 */

/** The status words in Dutch. */
export const nlStatusWords: { readonly [S in StatementStatus]: string } =
  /* @__PURE__ */ deepFreeze({
    complete: "voltooid",
    "on-track": "op schema",
    behind: "achter op schema",
  });

/** The status words in English. */
export const enStatusWords: { readonly [S in StatementStatus]: string } =
  /* @__PURE__ */ deepFreeze({
    complete: "complete",
    "on-track": "on track",
    behind: "behind",
  });
