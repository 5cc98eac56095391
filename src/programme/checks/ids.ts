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

/** SPEC A9: duplicate ids of themes, learning lines, spearheads, groups, editions, components. */
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
      list.map((e, i) => ({ id: e.id, path: [key, i, "id"] })),
    );
  }
  reportDuplicates(
    ctx,
    "edition",
    p.editions.map((e, i) => ({ id: String(e.year), path: ["editions", i, "year"] })),
  );
  for (const [ei, edition] of p.editions.entries()) {
    reportDuplicates(
      ctx,
      "component",
      edition.components.map((c, ci) => ({
        id: c.id,
        path: ["editions", ei, "components", ci, "id"],
      })),
    );
  }
}
