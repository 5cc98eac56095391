/**
 * An HR / learning app: participants arrive as JSON (untrusted), are validated at the boundary,
 * and the app shows each participant's star statement and the organisation report, in the
 * user's language. The programme is prepared once and shared by every statement and the report.
 */
import {
  computeStatement,
  exampleParticipants,
  exampleProgramme,
  explainStatementLines,
  formatDiagnostic,
  type Locale,
  organisationReport,
  prepareProgramme,
  validateParticipants,
  validateProgramme,
} from "sterrenprogramma";

const locale: Locale = process.argv.includes("--nl") ? "nl" : "en";
/** "1 row", "2 rows": the English plural, written out (these examples print English). */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const asOf = "2026-06-30"; // the as-of date (peildatum) is an argument: the library reads no clock

const programmeResult = validateProgramme(exampleProgramme);
if (!programmeResult.ok) throw new Error("the shipped example programme must be valid");
const programme = programmeResult.value;

// The rows as an HR export would hand them over, plus one broken row: a date that does not exist.
const rows: unknown = JSON.parse(
  JSON.stringify([
    ...exampleParticipants,
    {
      id: "p-nieuw",
      groups: ["frontoffice"],
      completions: [{ component: "intervisie", date: "2026-02-30" }],
    },
  ]),
);

// Validate at the boundary: nothing unchecked goes further. A broken row fails the whole list, so
// the app can show every problem at once and decide (here: leave the broken rows out).
let result = validateParticipants(rows, programme);
if (!result.ok) {
  for (const d of result.diagnostics) console.log(formatDiagnostic(d, locale));
  const broken = new Set(
    result.diagnostics.filter((d) => d.severity === "error").map((d) => d.path[0]),
  );
  const kept = (rows as unknown[]).filter((_, i) => !broken.has(i));
  console.log(`${plural(broken.size, "row")} left out, ${kept.length} kept`);
  result = validateParticipants(kept, programme);
}
if (!result.ok) throw new Error("the remaining rows should be valid");
const participants = result.value;

// Many participants: prepare the programme once; every statement and the report reuse its index.
const prepared = prepareProgramme(programme);
for (const participant of participants) {
  const s = computeStatement(prepared, participant, asOf);
  const { outstanding, overdue } = s.mandatory; // outstanding includes the overdue ones
  console.log(
    `${participant.id.padEnd(9)} ${String(s.totals.counted).padStart(2)}/${s.totals.target} ${s.status.padEnd(8)} mandatory open: ${outstanding} (${overdue} overdue)`,
  );
}

// One statement explained line by line, in the user's language.
const sanne = participants.find((p) => p.id === "p-sanne");
if (sanne !== undefined) {
  for (const line of explainStatementLines(computeStatement(prepared, sanne, asOf), locale).slice(
    0,
    6,
  ))
    console.log(`  ${line}`);
}

// The organisation report: one pass over everyone.
const report = organisationReport(prepared, participants, asOf);
console.log(`organisation report at ${report.asOf}: ${report.participants} participants`);
console.log(
  `status: ${JSON.stringify(report.status)}, mean counted stars: ${report.meanCounted.toFixed(1)}`,
);
for (const m of report.mandatory.slice(0, 3))
  console.log(
    `  ${m.title}: ${m.completed}/${m.required} done (${Math.round(m.rate * 100)}%), ${m.overdue} overdue`,
  );
const rated = report.trainingReturn.filter((r) => r.evaluations > 0);
for (const r of rated.slice(0, 3))
  console.log(
    `  training return ${r.title}: ${plural(r.evaluations, "evaluation")}, mean ${r.participantScore.mean}`,
  );
