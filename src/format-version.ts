import { deepFreeze } from "./internal/deep-freeze.js";
/**
 * The version of the data format (programme, participant) this release writes and reads.
 * A document carries it as `formatVersion`; a future, incompatible format gets a new number.
 *
 * @example
 * const programme = { formatVersion: FORMAT_VERSION, id: "bib", name: "Bibliotheek", editions: [] };
 */
export const FORMAT_VERSION = 1;

/**
 * Every `formatVersion` this release can read.
 *
 * @example
 * SUPPORTED_FORMAT_VERSIONS.includes(document.formatVersion);
 */
export const SUPPORTED_FORMAT_VERSIONS: readonly number[] = /* @__PURE__ */ deepFreeze([
  FORMAT_VERSION,
]);
