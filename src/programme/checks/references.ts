import { semanticDiagnostic } from "../diagnostics.js";
import { allComponents, type CheckContext } from "./context.js";

/** SPEC A9: every theme, learning line, spearhead and (declared) group a component names exists. */
export function checkReferences(ctx: CheckContext): void {
  const p = ctx.programme;
  const themes = new Set(p.themes.map((t) => t.id));
  const lines = new Set(p.learningLines.map((l) => l.id));
  const spearheads = new Set(p.spearheads.map((s) => s.id));
  // Groups are optional: only a programme that declares them has its audiences checked.
  const groups = p.groups.length > 0 ? new Set(p.groups.map((g) => g.id)) : undefined;

  for (const { component, path } of allComponents(p)) {
    if (component.theme !== undefined && !themes.has(component.theme)) {
      ctx.report(
        semanticDiagnostic("unknown-reference", [...path, "theme"], {
          kind: "theme",
          id: component.theme,
        }),
      );
    }
    const lists = [
      ["learningLines", "learning-line", component.learningLines, lines],
      ["spearheads", "spearhead", component.spearheads, spearheads],
      ["audience", "group", component.audience, groups],
    ] as const;
    for (const [key, kind, ids, known] of lists) {
      if (known === undefined) continue;
      for (const [i, id] of ids.entries()) {
        if (!known.has(id))
          ctx.report(semanticDiagnostic("unknown-reference", [...path, key, i], { kind, id }));
      }
    }
  }
  for (const [i, cap] of p.policy.categoryCaps.entries()) {
    if (cap.kind === "learning-line" && !lines.has(cap.learningLine)) {
      ctx.report(
        semanticDiagnostic("unknown-reference", ["policy", "categoryCaps", i, "learningLine"], {
          kind: "learning-line",
          id: cap.learningLine,
        }),
      );
    }
  }
}

/** SPEC A9: a theme that no component belongs to. */
export function checkThemesHaveComponents(ctx: CheckContext): void {
  const used = new Set<string>();
  for (const { component } of allComponents(ctx.programme)) {
    if (component.theme !== undefined) used.add(component.theme);
  }
  for (const [i, theme] of ctx.programme.themes.entries()) {
    if (!used.has(theme.id)) {
      ctx.report(
        semanticDiagnostic("theme-without-components", ["themes", i, "id"], { theme: theme.id }),
      );
    }
  }
}
