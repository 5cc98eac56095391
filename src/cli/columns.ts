/**
 * Header names as the command line compares them. The participant files' columns are matched
 * by the library (`src/tables/columns.ts`); the koffer sheets use the same loose comparison for
 * their `respondent` column.
 */
export { normaliseColumnName } from "../tables/columns.js";
