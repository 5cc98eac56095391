import { yearOf } from "../../dates/calendar-date.js";
import type { Path } from "../../diagnostics/diagnostic.js";
import { type CandidateList, candidateList, type Suggester } from "../../diagnostics/suggest.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import { type SemanticDiagnostic, semanticDiagnostic } from "../diagnostics.js";
import type { DevelopmentPoint, Programme } from "../types.js";
import type { Salvaged } from "./context.js";

/** The ids of a programme a participant can refer to, built once for many participants. */
export interface ProgrammeIndex {
  readonly componentIds: ReadonlySet<string>;
  readonly editionYears: ReadonlySet<number>;
  readonly themes: ReadonlySet<string>;
  readonly learningLines: ReadonlySet<string>;
  readonly spearheads: ReadonlySet<string>;
  /** Undefined when the programme declares no groups (then any group is fine). */
  readonly groups: ReadonlySet<string> | undefined;
  /** The programme, for suggestions: its candidates are only gathered for a name it lacks. */
  readonly programme: Programme;
}

/** Builds the lookup sets participant checks need. */
export function indexProgramme(programme: Programme): ProgrammeIndex {
  return {
    componentIds: new Set(programme.editions.flatMap((e) => e.components.map((c) => c.id))),
    editionYears: new Set(programme.editions.map((e) => e.year)),
    themes: new Set(programme.themes.map((t) => t.id)),
    learningLines: new Set(programme.learningLines.map((l) => l.id)),
    spearheads: new Set(programme.spearheads.map((s) => s.id)),
    groups: programme.groups.length > 0 ? new Set(programme.groups.map((g) => g.id)) : undefined,
    programme,
  };
}

/**
 * What the participant checks read: a sound participant as it is, or the sound parts of an
 * unsound one (salvage.ts), each list keeping its places with holes where an entry is unusable.
 */
export interface ParticipantView extends Salvaged {
  readonly id?: string;
  readonly groups?: readonly (string | undefined)[];
  readonly completions?: readonly (
    | { readonly component?: string; readonly date?: string }
    | undefined
  )[];
  readonly roles?: readonly ({ readonly theme?: string; readonly year?: number } | undefined)[];
  readonly exemptions?: readonly ({ readonly from?: string; readonly to?: string } | undefined)[];
  readonly developmentPoints?: readonly (
    | { readonly kind?: DevelopmentPoint["kind"]; readonly id?: string }
    | undefined
  )[];
}

/** The candidates of each kind of name a participant refers to. */
const candidatesOf = /* @__PURE__ */ deepFreeze({
  component: (p: Programme) =>
    candidateList(
      p.editions.flatMap((e) => e.components.map((c) => ({ id: c.id, name: c.title }))),
    ),
  theme: (p: Programme) => candidateList(p.themes),
  "learning-line": (p: Programme) => candidateList(p.learningLines),
  spearhead: (p: Programme) => candidateList(p.spearheads),
  group: (p: Programme) => candidateList(p.groups),
} as const satisfies Record<string, (p: Programme) => CandidateList>);

/**
 * Checks a participant against itself and, when given, the programme: reversed exemption periods
 * are errors; references the programme does not know are warnings, because a statement can still
 * explain them line by line (rules A5, A7), with the nearest known id when one is near. Only parts
 * whose shape is sound are judged. Nothing is done for a reference the programme knows, so a
 * sound participant costs no more than before.
 */
export function checkParticipant(
  participant: ParticipantView,
  index: ProgrammeIndex | undefined,
  base: Path,
  suggester: Suggester,
): SemanticDiagnostic[] {
  const out: SemanticDiagnostic[] = [];
  for (const [i, e] of (participant.exemptions ?? []).entries()) {
    if (e?.from !== undefined && e.to !== undefined && e.to < e.from)
      out.push(
        semanticDiagnostic("period-reversed", [...base, "exemptions", i], {
          from: e.from,
          to: e.to,
        }),
      );
  }
  if (index === undefined) return out;
  const suggest = (kind: keyof typeof candidatesOf, name: string) =>
    suggester.suggest(kind, name, () => candidatesOf[kind](index.programme));
  for (const [i, c] of (participant.completions ?? []).entries()) {
    if (c?.component === undefined) continue;
    const path = [...base, "completions", i];
    if (!index.componentIds.has(c.component)) {
      const suggestion = suggest("component", c.component);
      out.push(
        semanticDiagnostic("unknown-component", [...path, "component"], {
          component: c.component,
          suggestion: suggestion ?? null,
        }),
      );
    } else if (c.date !== undefined && !index.editionYears.has(yearOf(c.date))) {
      out.push(
        semanticDiagnostic("completion-without-edition", [...path, "date"], {
          component: c.component,
          year: yearOf(c.date),
        }),
      );
    }
  }
  for (const [i, r] of (participant.roles ?? []).entries()) {
    if (r?.theme === undefined || r.year === undefined || index.themes.has(r.theme)) continue;
    out.push(
      semanticDiagnostic("unknown-role-theme", [...base, "roles", i, "theme"], {
        theme: r.theme,
        year: r.year,
        suggestion: suggest("theme", r.theme) ?? null,
      }),
    );
  }
  const known = {
    theme: index.themes,
    "learning-line": index.learningLines,
    spearhead: index.spearheads,
  };
  for (const [i, d] of (participant.developmentPoints ?? []).entries()) {
    if (d?.kind === undefined || d.id === undefined || known[d.kind].has(d.id)) continue;
    out.push(
      semanticDiagnostic("unknown-development-point", [...base, "developmentPoints", i], {
        kind: d.kind,
        id: d.id,
        suggestion: suggest(d.kind, d.id) ?? null,
      }),
    );
  }
  if (index.groups !== undefined) {
    for (const [i, g] of (participant.groups ?? []).entries()) {
      if (g === undefined || index.groups.has(g)) continue;
      out.push(
        semanticDiagnostic("unknown-group", [...base, "groups", i], {
          group: g,
          suggestion: suggest("group", g) ?? null,
        }),
      );
    }
  }
  return out;
}
