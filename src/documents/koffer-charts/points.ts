/**
 * Where the charts read points: the one place that knows how sheets and team scores hold them.
 * Sheets are read with the engine's own sheet reader (the one `aggregateSheets` uses), a team
 * score through `rankSheet`: neither depends on how a validated sheet stores its scores.
 */
import type { TeamAggregate } from "../../koffer/aggregate.js";
import { type KofferSheet, rankSheet, readSheet, sheetReader } from "../../koffer/sheet.js";
import type { KofferTemplate } from "../../koffer/template.js";

/**
 * Calls `visit(row, points)` for every sheet the aggregate counted, with its points in the
 * template's category order (the array is reused: copy what you keep). `sheets` must be the list
 * that was given to `aggregateSheets`: the sheets it left out are skipped by their index, and every
 * other one must read as valid. Anything else is a programmer error (`TypeError`), never a chart
 * of other sheets than the figures beside it. One pass, O(sheets × categories).
 */
export function forEachCountedSheet(
  template: KofferTemplate,
  aggregate: TeamAggregate,
  sheets: readonly unknown[],
  visit: (points: Float64Array) => void,
): void {
  if (!Array.isArray(sheets))
    throw new TypeError("sheets: must be the array given to aggregateSheets");
  const { received, valid } = aggregate.counts;
  if (sheets.length !== received) {
    throw new TypeError(
      `sheets: ${sheets.length} given, but the aggregate received ${received}; pass the list given to aggregateSheets`,
    );
  }
  const skipped = new Uint8Array(sheets.length);
  for (const { index } of aggregate.leftOut) {
    if (Number.isInteger(index) && index >= 0 && index < skipped.length) skipped[index] = 1;
  }
  const k = template.categories.length;
  const reader = sheetReader(template);
  const points = new Float64Array(k);
  const ranks = new Float64Array(k);
  let counted = 0;
  for (let index = 0; index < sheets.length; index++) {
    if (skipped[index] === 1) continue;
    if (readSheet(reader, sheets[index], points, ranks).diagnostics.length > 0) {
      throw new TypeError(
        `sheets[${index}]: not a valid sheet, yet the aggregate counted it; pass the list given to aggregateSheets`,
      );
    }
    counted++;
    visit(points);
  }
  if (counted !== valid) {
    throw new TypeError(`sheets: ${counted} counted, but the aggregate has ${valid} valid sheets`);
  }
}

/** A team score's points in the template's category order (`rankSheet` checks it). */
export function teamScorePoints(template: KofferTemplate, teamScore: KofferSheet): number[] {
  return rankSheet(template, teamScore).map((place) => place.points);
}
