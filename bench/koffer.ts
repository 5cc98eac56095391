/**
 * Koffer cases for `npm run bench` (issue 4): one team aggregate of 10,000 sheets of 12 categories
 * (goal ≤ 20 ms), measured per aggregate in milliseconds.
 */
import { aggregateSheets, type KofferTemplate, validateTemplate } from "../src/koffer/index.js";
import { mulberry32 } from "./data.js";

export const KOFFER_SHEETS = 10_000;
export const KOFFER_CATEGORIES = 12;

/** A 12-category template (budget 100, at most) and 10,000 valid sheets with distinct points. */
export function generateKofferData(seed: number): { template: KofferTemplate; sheets: unknown[] } {
  const parsed = validateTemplate({
    id: "bench",
    kind: "connectie",
    name: "Bench",
    categories: Array.from({ length: KOFFER_CATEGORIES }, (_, i) => ({
      id: `c${i}`,
      label: `C${i}`,
    })),
  });
  if (!parsed.ok) throw new Error("the bench template must be valid");
  const random = mulberry32(seed);
  const sheets: unknown[] = [];
  for (let s = 0; s < KOFFER_SHEETS; s++) {
    // Distinct points: a random permutation of 0…11 (66 points), at most 100 in all.
    const points = Array.from({ length: KOFFER_CATEGORIES }, (_, i) => i);
    for (let i = points.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [points[i], points[j]] = [points[j] as number, points[i] as number];
    }
    // The spare points go to the highest score, which keeps every score distinct.
    const top = points.indexOf(KOFFER_CATEGORIES - 1);
    points[top] = (points[top] as number) + Math.floor(random() * (100 - 66 + 1));
    const scores: Record<string, number> = {};
    for (const [i, p] of points.entries()) scores[`c${i}`] = p;
    sheets.push({ respondent: `r${s}`, scores });
  }
  return { template: parsed.value, sheets };
}

/** One round: one aggregate of every sheet. Returns a number to keep the result alive. */
export function kofferAggregateRound(template: KofferTemplate, sheets: readonly unknown[]): number {
  const aggregate = aggregateSheets(template, sheets);
  return aggregate.counts.valid + (aggregate.concordance.w ?? 0);
}
