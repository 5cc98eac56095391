/**
 * The koffer chart of `npm run demo`: the example round of De Linde (koffer-round.ts) as a strip
 * chart — every sheet's points per category, the highest and lowest marked, and the team score the
 * team decided. The chart is a string (`sterrenprogramma/documents`); demo.ts writes it to a file.
 */
import { kofferStripChart } from "../src/documents/index.js";
import {
  aggregateSheets,
  exampleConnectieTemplate,
  type Locale,
  validateTeamScore,
} from "../src/koffer/index.js";
import { exampleKofferRound } from "./koffer-round.js";

/** The example round's strip chart as a standalone SVG document, in Dutch or English. */
export function kofferDemoChart(locale: Locale): string {
  const template = exampleConnectieTemplate;
  const { sheets } = exampleKofferRound;
  const aggregate = aggregateSheets(template, sheets);
  const decided = validateTeamScore(template, exampleKofferRound.teamScore);
  return kofferStripChart(
    template,
    { aggregate, sheets, teamScore: decided.ok ? decided.value : undefined },
    { locale },
  );
}
