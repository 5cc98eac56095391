/**
 * The organisation report as one spreadsheet table, in long form: one row per figure.
 */
import { deepFreeze } from "../internal/deep-freeze.js";
import type { OrganisationReport, Participation } from "../stars/report-types.js";
import { expectResult, REPORT_FIELDS } from "./guards.js";
import { spreadsheetWords } from "./spreadsheet-words.js";
import type { SpreadsheetOptions } from "./statement-rows.js";
import type { SpreadsheetCell, SpreadsheetTable } from "./table.js";

/**
 * The organisation report as a spreadsheet table (rules A8), one figure per row in four columns:
 * section, item, measure and value (in Dutch: rubriek, wat, maat, waarde). One table, because the
 * report's parts have different columns; in long form a spreadsheet's filter or pivot table gives
 * any view of it, and every part is there:
 *
 * - the summary: the as-of date, the number of participants, the mean counted stars;
 * - the participants per status (in words) and per number of counted stars ("3 sterren");
 * - per mandatory component, by title: required, completed, completed late, overdue and the
 *   percentage completed;
 * - participation per theme, learning line and spearhead, by name: participants and completions;
 * - trainers and kartrekkers per theme;
 * - the training return per component: evaluations, the mean participant score and the mean
 *   effect score (empty when none was given) with the number of scores behind each.
 *
 * @example
 * const table = reportTable(report, { locale: "nl" });
 * table.header; //=> ["Rubriek", "Wat", "Maat", "Waarde"]
 * table.rows[1]; //=> ["Overzicht", null, "medewerkers", 40]
 * table.rows.find((r) => r[0] === "Verplichte onderdelen" && r[2] === "afgerond (%)");
 * //=> ["Verplichte onderdelen", "Privacy en de AVG", "afgerond (%)", 80]
 * @function
 */
export const reportTable = /* @__PURE__ */ deepFreeze(function reportTable(
  report: OrganisationReport,
  options: SpreadsheetOptions,
): SpreadsheetTable {
  expectResult(report, "reportTable: report", "organisationReport", REPORT_FIELDS);
  const words = spreadsheetWords(options.locale);
  const w = words.report;
  const rows: SpreadsheetCell[][] = [];
  const add = (section: string, item: string | null, measure: string, value: SpreadsheetCell) => {
    rows.push([section, item, measure, value]);
  };
  add(w.summary, null, w.asOf, report.asOf);
  add(w.summary, null, w.participants, report.participants);
  add(w.summary, null, w.meanCounted, report.meanCounted);
  for (const status of ["complete", "on-track", "behind"] as const) {
    add(w.status, words.statusWords[status], w.participants, report.status[status]);
  }
  for (const b of report.countedDistribution) {
    add(w.countedStars, w.stars(b.stars), w.participants, b.participants);
  }
  for (const m of report.mandatory) {
    add(w.mandatory, m.title, w.required, m.required);
    add(w.mandatory, m.title, w.completed, m.completed);
    add(w.mandatory, m.title, w.late, m.late);
    add(w.mandatory, m.title, w.overdue, m.overdue);
    add(w.mandatory, m.title, w.ratePercent, m.rate * 100);
  }
  const participation = (section: string, list: readonly Participation[]) => {
    for (const p of list) {
      add(section, p.name, w.participants, p.participants);
      add(section, p.name, w.completions, p.completions);
    }
  };
  participation(w.themes, report.participation.themes);
  participation(w.learningLines, report.participation.learningLines);
  participation(w.spearheads, report.participation.spearheads);
  for (const r of report.roles) {
    add(w.roles, r.name, w.trainers, r.trainers);
    add(w.roles, r.name, w.kartrekkers, r.kartrekkers);
  }
  for (const r of report.trainingReturn) {
    add(w.trainingReturn, r.title, w.evaluations, r.evaluations);
    add(w.trainingReturn, r.title, w.participantScore, r.participantScore.mean);
    add(w.trainingReturn, r.title, w.participantScores, r.participantScore.n);
    add(w.trainingReturn, r.title, w.effectScore, r.effectScore.mean);
    add(w.trainingReturn, r.title, w.effectScores, r.effectScore.n);
  }
  return { header: [...w.header], rows };
});
