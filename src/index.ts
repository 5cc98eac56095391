/**
 * `sterrenprogramma` — the star programme of Dutch and Flemish public libraries as validated data
 * and pure functions. See the README and docs/ for the concepts.
 *
 * @packageDocumentation
 */

export { isCalendarDate } from "./dates/calendar-date.js";
export { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "./dates/supported-range.js";
// Diagnostics: what every validation returns.
export {
  type DiagnosticOf,
  type DiagnosticUnion,
  formatDiagnostic,
  formatPath,
  type Path,
  type PathSegment,
  type Severity,
} from "./diagnostics/diagnostic.js";
export { SterrenprogrammaValidationError, type ValidationResult } from "./diagnostics/result.js";
export {
  type SchemaDiagnostic,
  type SchemaDiagnosticCode,
  type SchemaDiagnosticParams,
  schemaSeverities,
} from "./diagnostics/schema-codes.js";
export { exampleParticipants } from "./example/participants.js";
// The shipped example (fictional).
export { exampleProgramme } from "./example/programme.js";
export { FORMAT_VERSION, SUPPORTED_FORMAT_VERSIONS } from "./format-version.js";
export { longDate } from "./i18n/format.js";
export { type Locale, type LocalizedText, locales } from "./i18n/types.js";
// Completions from a learning platform (xAPI).
export {
  completionsFromXapi,
  MAX_XAPI_MAPPING_ENTRIES,
  MAX_XAPI_STATEMENTS,
  type XapiImport,
  type XapiImportOptions,
  type XapiImportSummary,
  type XapiMapping,
  type XapiParticipantCompletions,
  xapiVerbs,
} from "./import/xapi.js";
export {
  type XapiActorProblem,
  type XapiDiagnostic,
  type XapiDiagnosticCode,
  type XapiDiagnosticParams,
  type XapiMappingEntryProblem,
  type XapiOptionExpectation,
  type XapiStatementProblem,
  xapiSeverities,
} from "./import/xapi-diagnostics.js";
export { defaultPolicy } from "./programme/default-policy.js";
// Validation (rules A9).
export {
  type IdKind,
  type ProgrammeDiagnostic,
  type ProgrammeDiagnosticCode,
  type ProgrammeDiagnosticParams,
  type SemanticDiagnostic,
  semanticSeverities,
} from "./programme/diagnostics.js";
// Editing helpers for policy authors.
export {
  addComponent,
  editProgramme,
  removeComponent,
  setComponentRequirement,
  setComponentStars,
  startNextEdition,
} from "./programme/edit.js";
export {
  componentSchema,
  editionSchema,
  participantSchema,
  policySchema,
  programmeSchema,
  programmeShape,
} from "./programme/schema/schemas.js";
// The programme as data (rules A1).
export type {
  ApprovalStatus,
  CategoryCap,
  Completion,
  Component,
  ComponentFormat,
  ComponentInput,
  DeepReadonly,
  DevelopmentPoint,
  Edition,
  Evaluation,
  Exemption,
  Group,
  LearningLine,
  Participant,
  ParticipantInput,
  Programme,
  ProgrammeInput,
  Requirement,
  Role,
  RoleKind,
  Spearhead,
  StarPolicy,
  Theme,
  WindowLayout,
} from "./programme/types.js";
export {
  type ParticipantsValidation,
  type ParticipantValidation,
  type ProgrammeValidation,
  parseParticipant,
  parseProgramme,
  validateParticipant,
  validateParticipants,
  validateProgramme,
} from "./programme/validate.js";
export { fixedWindowOfYear, type YearSpan } from "./programme/window-years.js";
export { type CatalogueQuery, queryCatalogue } from "./stars/catalogue-query.js";
export {
  explainStatement,
  explainStatementLines,
  statementStatusText,
} from "./stars/explain.js";
export type { StatementMessages } from "./stars/explain-messages.js";
// Plans to reach the target (rules A8).
export { planToTarget, teamPlan } from "./stars/plan.js";
export { explainPlan, type PlanMessages, planMessages } from "./stars/plan-messages.js";
export type {
  Plan,
  PlanItem,
  PlanMatch,
  PlanObligation,
  PlanOptionDiagnostic,
  PlanOptionDiagnosticParams,
  PlanOptions,
  PlanReason,
  PlanSearch,
  PlanUnavailable,
  PlanUnmetRule,
  TeamPlanRow,
} from "./stars/plan-types.js";
export { type PreparedProgramme, prepareProgramme } from "./stars/prepare.js";
export { organisationReport } from "./stars/report.js";
export type {
  CountBucket,
  MandatoryRate,
  OrganisationReport,
  Participation,
  ScoreSummary,
  ThemeRoles,
  TrainingReturn,
} from "./stars/report-types.js";
export { earlierWindows, windowAt } from "./stars/rules/window.js";
// Star statements (rules A2–A8).
export { computeStatement } from "./stars/statement.js";
export type {
  BonusLine,
  CarryOverLine,
  CompletionLine,
  DateWindow,
  ElectiveRuleResult,
  ExemptionLine,
  ExemptionReason,
  ExpiringStars,
  LineReason,
  MandatorySummary,
  Obligation,
  ObligationStatus,
  Pace,
  RoleLine,
  RoleReason,
  Statement,
  StatementStatus,
  StatementTotals,
  StatementWindow,
  TargetBreakdown,
  WindowSummary,
  YearMinimum,
} from "./stars/types.js";
// Spreadsheet exports (HR and learning platforms) in: tables of participants, dates and numbers
// as spreadsheets write them (issue 16, docs/app-developers.md).
export {
  type CellOptions,
  EXCEL_SERIAL_RANGE,
  readTableDate,
  readTableNumber,
  type TableCell,
} from "./tables/cells.js";
export {
  type ColumnMapping,
  type CompletionField,
  type ExemptionField,
  participantTableColumns,
  type RoleField,
  type TableColumn,
  type TableField,
} from "./tables/columns.js";
export type { TableInput } from "./tables/delimited.js";
export {
  type DateOrder,
  type InvalidDateReason,
  type TableDiagnostic,
  type TableDiagnosticCode,
  type TableDiagnosticParams,
  type TableLocation,
  type TableName,
  tableSeverities,
} from "./tables/diagnostics.js";
export {
  type ParticipantsTableDiagnostic,
  type ParticipantsTableResult,
  type ParticipantTables,
  type ReadParticipantsTableOptions,
  readParticipantsTable,
} from "./tables/participants.js";
