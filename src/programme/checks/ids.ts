import type { Path } from "../../diagnostics/diagnostic.js";
import { type IdKind, semanticDiagnostic } from "../diagnostics.js";
import type { CheckContext } from "./context.js";

/** Reports every id that repeats among entries, pointing at the repeat and at the first. */
export function reportDuplicates(
  ctx: Pick<CheckContext, "report">,
  kind: IdKind,
  entries: Iterable<{ readonly id: string; readonly path: Path }>,
): void {
  const first = new Map<string, Path>();
  for (const { id, path } of entries) {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, path);
    else ctx.report(semanticDiagnostic("duplicate-id", path, { kind, id, firstPath: seen }));
  }
}

/**
 * rules A9: duplicate ids of themes, learning lines, spearheads, groups, editions, components.
 * Entries whose id is unsound take no part: a duplicate among sound ids is a duplicate whatever
 * else is wrong.
 */
export function checkDuplicateIds(ctx: CheckContext): void {
  const p = ctx.programme;
  const lists = [
    ["theme", "themes", p.themes],
    ["learning-line", "learningLines", p.learningLines],
    ["spearhead", "spearheads", p.spearheads],
    ["group", "groups", p.groups],
  ] as const;
  for (const [kind, key, list] of lists) {
    reportDuplicates(
      ctx,
      kind,
      withIds(list, (e, i) =>
        e.id === undefined ? undefined : { id: e.id, path: [key, i, "id"] },
      ),
    );
  }
  reportDuplicates(
    ctx,
    "edition",
    withIds(p.editions, (e, i) =>
      e.year === undefined ? undefined : { id: String(e.year), path: ["editions", i, "year"] },
    ),
  );
  for (const [ei, edition] of (p.editions ?? []).entries()) {
    reportDuplicates(
      ctx,
      "component",
      withIds(edition?.components, (c, ci) =>
        c.id === undefined
          ? undefined
          : { id: c.id, path: ["editions", ei, "components", ci, "id"] },
      ),
    );
  }
}

/** The entries of a list that are there and give an id. */
function* withIds<T>(
  list: readonly (T | undefined)[] | undefined,
  idOf: (entry: T, index: number) => { id: string; path: Path } | undefined,
): Generator<{ id: string; path: Path }> {
  for (const [i, entry] of (list ?? []).entries()) {
    if (entry === undefined) continue;
    const found = idOf(entry, i);
    if (found !== undefined) yield found;
  }
}
