import { deepFreeze } from "../internal/deep-freeze.js";
import type { StatementStatus } from "../stars/types.js";
import type { Locale } from "./types.js";

/**
 * A statement's status in a word or two (SPEC A8), per language: the one source of these words
 * for the explanations, the documents, the spreadsheet tables and the command line. A module of
 * its own, so a spreadsheet or a chart legend gets the words without every explanation text.
 */
export const statusWords: { readonly [L in Locale]: { readonly [S in StatementStatus]: string } } =
  /* @__PURE__ */ deepFreeze({
    nl: { complete: "voltooid", "on-track": "op schema", behind: "achter op schema" },
    en: { complete: "complete", "on-track": "on track", behind: "behind" },
  });
