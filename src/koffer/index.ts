/**
 * `sterrenprogramma/koffer` — the koffer (team suitcase) scoring engine, importable on its own.
 *
 * This entry point must never import the star rules (`src/programme`, `src/stars`) nor zod: a test
 * bundles it and fails if any such module is in the bundle. Templates and sheets are validated by
 * small hand-written readers instead.
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
export type { ValidationResult } from "../diagnostics/result.js";
export type { Locale, LocalizedText } from "../i18n/types.js";
export {
  type ActionPair,
  type ActionPairInput,
  type ActionPlan,
  type ActionPoint,
  type ActionStatus,
  actionStatuses,
  type CategoryStepExamples,
  type RecordedStepExample,
  type StepExamplesCompleteness,
  stepExamplesCompleteness,
  validateActionPlan,
} from "./actions.js";
export {
  type AggregateOptions,
  aggregateSheets,
  type CategoryFigures,
  type LeftOutSheet,
  type SheetCounts,
  type TeamAggregate,
} from "./aggregate.js";
export {
  type ActionReview,
  type CategoryAcrossTeams,
  type CategoryChange,
  type Change,
  type CompareDiagnostic,
  type CompareDiagnosticCode,
  type CompareDiagnosticParams,
  compareRounds,
  compareSeverities,
  compareSheetToTeam,
  compareTeams,
  type KofferRound,
  type RoundComparison,
  type SheetDeviation,
  type SheetToTeam,
  type TeamFigures,
  type TeamKoffer,
  type TeamsComparison,
} from "./compare.js";
export { type Concordance, type ConcordanceUnavailable, kendallW } from "./concordance.js";
export {
  type KofferDiagnostic,
  type KofferDiagnosticCode,
  type KofferDiagnosticParams,
  type KofferExpectedType,
  kofferSeverities,
} from "./diagnostics.js";
export { exampleCollectieTemplate, exampleConnectieTemplate } from "./examples.js";
export {
  type CategoryPoints,
  type CategoryRank,
  type KofferSheet,
  type KofferSheetInput,
  rankSheet,
  validateSheet,
} from "./sheet.js";
export {
  type ProposedScore,
  proposeTeamScore,
  type StrengthsAndGaps,
  strengthsAndGaps,
  type TeamMeans,
  type TeamScoreProposal,
  validateTeamScore,
} from "./team-score.js";
export {
  type KofferPlanDiagnostic,
  type PlanDiagnostic,
  type PlanDiagnosticCode,
  type PlanDiagnosticParams,
  planSeverities,
} from "./team-score-action-plan-diagnostics.js";
export {
  type BudgetRule,
  defaultBudget,
  type KofferCategory,
  type KofferKind,
  type KofferTemplate,
  type KofferTemplateInput,
  maxBudget,
  maxCategories,
  minCategories,
  minimumBudget,
  validateTemplate,
} from "./template.js";
