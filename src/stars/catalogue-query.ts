import { deepFreeze } from "../internal/deep-freeze.js";
import type { Component, ComponentFormat, Programme, Requirement } from "../programme/types.js";
import { isPrepared, type PreparedProgramme } from "./prepare.js";

/**
 * What to look for in one edition's catalogue (rules A8). Every field but `year` is optional; a
 * list field matches a component that has *any* of the listed values, and the fields together
 * must all match (AND between fields, OR inside one).
 *
 * @example
 * const query: CatalogueQuery = { year: 2026, spearheads: ["mediawijsheid"], text: "nepnieuws" };
 */
export interface CatalogueQuery {
  /** The edition's year. */
  readonly year: number;
  /** Theme ids; a component without a theme never matches a theme filter. */
  readonly themes?: readonly string[];
  readonly learningLines?: readonly string[];
  readonly spearheads?: readonly string[];
  readonly formats?: readonly ComponentFormat[];
  /**
   * Participant groups: matches a component whose audience names one of them, or that has no
   * audience (it is for everyone).
   */
  readonly audiences?: readonly string[];
  /** Star values, e.g. `[2, 3]`. */
  readonly stars?: readonly number[];
  readonly requirement?: Requirement;
  /**
   * Words that must all occur in the title, in any order (parts of words too), ignoring case
   * and accents: "cafe" finds "Café", "mediawijsheid" finds "Mediawijsheid".
   */
  readonly text?: string;
}

/**
 * Folds a text for searching: Unicode NFD, combining marks removed, lower case. No locale is
 * consulted (`toLowerCase`, not `toLocaleLowerCase`), so the result is the same on every machine.
 *
 * @internal
 */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function hasAny(values: readonly string[], wanted: readonly string[] | undefined): boolean {
  if (wanted === undefined) return true;
  for (const v of values) if (wanted.includes(v)) return true;
  return false;
}

/**
 * The components of one edition that match a query (rules A8: what a learning platform's search
 * and a training calendar are built on), in a stable order: by title (folded, then as written),
 * then by id, compared by code unit so no locale decides. An edition that does not exist gives an
 * empty list; the programme is never changed.
 *
 * @example
 * import { exampleProgramme, parseProgramme, queryCatalogue } from "sterrenprogramma";
 *
 * const programme = parseProgramme(exampleProgramme);
 * queryCatalogue(programme, { year: 2026, text: "mediawijsheid" }).map((c) => c.id);
 * //=> ["mediawijsheid-nepnieuws"]
 * @function
 */
export const queryCatalogue = /* @__PURE__ */ deepFreeze(function queryCatalogue(
  programme: Programme | PreparedProgramme,
  query: CatalogueQuery,
): Component[] {
  const p = isPrepared(programme) ? programme.programme : programme;
  const edition = p.editions.find((e) => e.year === query.year);
  if (edition === undefined) return [];
  const words =
    query.text === undefined
      ? []
      : foldText(query.text)
          .split(/\s+/u)
          .filter((w) => w !== "");
  const seen = new Set<string>();
  const out: { component: Component; key: string }[] = [];
  for (const c of edition.components) {
    if (seen.has(c.id)) continue; // a duplicate id is a validation error; the first one counts
    seen.add(c.id);
    if (query.requirement !== undefined && c.requirement !== query.requirement) continue;
    if (query.stars !== undefined && !query.stars.includes(c.stars)) continue;
    if (query.formats !== undefined && !query.formats.includes(c.format)) continue;
    if (query.themes !== undefined && (c.theme === undefined || !query.themes.includes(c.theme)))
      continue;
    if (!hasAny(c.learningLines, query.learningLines)) continue;
    if (!hasAny(c.spearheads, query.spearheads)) continue;
    if (
      query.audiences !== undefined &&
      c.audience.length > 0 &&
      !hasAny(c.audience, query.audiences)
    )
      continue;
    const key = foldText(c.title);
    if (words.length > 0 && !words.every((w) => key.includes(w))) continue;
    out.push({ component: c, key });
  }
  out.sort(
    (a, b) =>
      compare(a.key, b.key) ||
      compare(a.component.title, b.component.title) ||
      compare(a.component.id, b.component.id),
  );
  return out.map((o) => o.component);
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
