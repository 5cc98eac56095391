/**
 * The plan part of `npm run demo` (rules A8): for the example participant who is behind, the plan
 * that reaches the target, explained; then the team view over every participant.
 */
import {
  computeStatement,
  explainPlan,
  type Locale,
  type Participant,
  type Programme,
  planToTarget,
  prepareProgramme,
  teamPlan,
} from "../src/index.js";

/** Prints the plan of the first participant who is behind at `asOf`, and the team view. */
export function printPlanDemo(
  programme: Programme,
  participants: readonly Participant[],
  asOf: string,
  locale: Locale,
): void {
  const prepared = prepareProgramme(programme);
  const behind = participants.find((p) => computeStatement(prepared, p, asOf).status === "behind");
  const title = locale === "nl" ? "Een plan om het doel te halen" : "A plan to reach the target";
  console.log(`\n${title}\n${"-".repeat(title.length)}`);
  if (behind === undefined) {
    console.log(locale === "nl" ? "  Niemand loopt achter." : "  Nobody is behind.");
    return;
  }
  for (const line of explainPlan(planToTarget(prepared, behind, asOf), locale).split("\n"))
    console.log(`  ${line}`);

  const team = teamPlan(prepared, participants, asOf);
  console.log(
    `\n  ${locale === "nl" ? "Voor de opleidingskalender (onderdelen per aantal plannen)" : "For the training calendar (components by number of plans)"}:`,
  );
  // The team view lists participants by id (plain data); people read their names.
  const names = new Map(participants.map((p) => [p.id, p.name ?? p.id]));
  const edition = locale === "nl" ? "editie" : "edition";
  for (const row of team.slice(0, 5))
    console.log(
      `    ${row.participants.length}× ${row.title} (${edition} ${row.year}): ${row.participants.map((id) => names.get(id) ?? id).join(", ")}`,
    );
}
