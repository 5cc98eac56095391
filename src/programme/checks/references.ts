import type { Path } from "../../diagnostics/diagnostic.js";
import { candidateList } from "../../diagnostics/suggest.js";
import { type IdKind, semanticDiagnostic } from "../diagnostics.js";
import {
  allComponents,
  type CheckContext,
  completeIds,
  type EntryView,
  entriesWithIds,
  known,
} from "./context.js";

/**
 * rules A9: every theme, learning line, spearhead and (declared) group a component names exists.
 * A kind is only judged when every entry of its list has a sound id (an entry with a broken id may
 * be the one meant), and only references whose own shape is sound are judged. Each unknown one
 * names the nearest known id, by id or by name, when one is near.
 */
export function checkReferences(ctx: CheckContext): void {
  const p = ctx.programme;
  const lines = completeIds(p.learningLines);
  const knownIds = {
    theme: completeIds(p.themes),
    "learning-line": lines,
    spearhead: completeIds(p.spearheads),
    // Groups are optional: only a programme that declares them has its audiences checked.
    group: p.groups !== undefined && p.groups.length > 0 ? completeIds(p.groups) : undefined,
  };
  const lists = {
    theme: p.themes,
    "learning-line": p.learningLines,
    spearhead: p.spearheads,
    group: p.groups,
  };
  const check = (kind: keyof typeof knownIds, id: string | undefined, path: Path) => {
    const ids = knownIds[kind];
    if (id === undefined || ids === undefined || ids.has(id)) return;
    const suggestion = suggestReference(ctx, kind, id, lists[kind]);
    ctx.report(
      semanticDiagnostic("unknown-reference", path, { kind, id, suggestion: suggestion ?? null }),
    );
  };

  for (const { component, path } of allComponents(p)) {
    check("theme", component.theme, [...path, "theme"]);
    const idLists = [
      ["learningLines", "learning-line", component.learningLines],
      ["spearheads", "spearhead", component.spearheads],
      ["audience", "group", component.audience],
    ] as const;
    for (const [key, kind, ids] of idLists) {
      for (const [i, id] of (ids ?? []).entries()) check(kind, id, [...path, key, i]);
    }
  }
  for (const [i, cap] of (p.policy?.categoryCaps ?? []).entries()) {
    if (cap?.kind === "learning-line")
      check("learning-line", cap.learningLine, ["policy", "categoryCaps", i, "learningLine"]);
  }
}

/** The id nearest to an unknown reference, among the ids and names of its kind. */
function suggestReference(
  ctx: CheckContext,
  kind: IdKind,
  id: string,
  list: readonly (EntryView | undefined)[] | undefined,
): string | undefined {
  return ctx.suggester.suggest(kind, id, () => candidateList(entriesWithIds(list)));
}

/**
 * rules A9: a theme that no component belongs to. Judged only when every component's theme is
 * known: a component whose theme is unsound, or that misspells the field, may be the one that
 * belongs to it (decision 11's "theme without components because its only component had a typo").
 */
export function checkThemesHaveComponents(ctx: CheckContext): void {
  const { editions, themes } = ctx.programme;
  if (editions === undefined) return;
  const used = new Set<string>();
  for (const edition of editions) {
    if (edition?.components === undefined) return;
    for (const component of edition.components) {
      if (component === undefined) return;
      if (component.theme !== undefined) used.add(component.theme);
      else if (!known(component, "theme")) return;
    }
  }
  for (const [i, theme] of (themes ?? []).entries()) {
    if (theme?.id !== undefined && !used.has(theme.id)) {
      ctx.report(
        semanticDiagnostic("theme-without-components", ["themes", i, "id"], { theme: theme.id }),
      );
    }
  }
}
