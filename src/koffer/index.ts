/**
 * `sterrenprogramma/koffer` — the koffer (team suitcase) scoring engine, importable on its own.
 *
 * This entry point must never import the star rules (`src/programme`, `src/stars`): a test bundles
 * it and fails if any such module is in the bundle. The engine itself (SPEC part B) lands here;
 * for now it offers the diagnostic vocabulary it will report in.
 *
 * @packageDocumentation
 */

export {
  type DiagnosticOf,
  formatDiagnostic,
  formatPath,
  type Path,
  type PathSegment,
  type Severity,
} from "../diagnostics/diagnostic.js";
export type { Locale, LocalizedText } from "../i18n/types.js";
