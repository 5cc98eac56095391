/**
 * Quickstart: the shipped example programme, one participant's star statement, explained.
 * Run it with `npm run build && npx tsx examples/quickstart.ts` (it imports the built package).
 */
import {
  computeStatement,
  exampleParticipants,
  exampleProgramme,
  explainStatement,
  parseParticipant,
  parseProgramme,
} from "sterrenprogramma";

// Trusted, shipped data: the throwing twins are fine here (untrusted input: see policy-author.ts).
const programme = parseProgramme(exampleProgramme);
const [first] = exampleParticipants;
if (first === undefined) throw new Error("the example has no participants");
const participant = parseParticipant(first, programme);

const statement = computeStatement(programme, participant, "2026-06-30");
const { counted, target, surplus } = statement.totals;
console.log(
  `${participant.id}: ${counted}/${target} stars (${surplus} over the cap), ${statement.status}`,
);
console.log(explainStatement(statement, "en"));
