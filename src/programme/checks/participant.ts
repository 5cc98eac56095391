import { yearOf } from "../../dates/calendar-date.js";
import type { Path } from "../../diagnostics/diagnostic.js";
import { type SemanticDiagnostic, semanticDiagnostic } from "../diagnostics.js";
import type { Participant, Programme } from "../types.js";

/** The ids of a programme a participant can refer to, built once for many participants. */
export interface ProgrammeIndex {
  readonly componentIds: ReadonlySet<string>;
  readonly editionYears: ReadonlySet<number>;
  readonly themes: ReadonlySet<string>;
  readonly learningLines: ReadonlySet<string>;
  readonly spearheads: ReadonlySet<string>;
  /** Undefined when the programme declares no groups (then any group is fine). */
  readonly groups: ReadonlySet<string> | undefined;
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
  };
}

/**
 * Checks a participant against itself and, when given, the programme: reversed exemption periods
 * are errors; references the programme does not know are warnings, because a statement can still
 * explain them line by line (SPEC A5, A7).
 */
export function checkParticipant(
  participant: Participant,
  index: ProgrammeIndex | undefined,
  base: Path,
): SemanticDiagnostic[] {
  const out: SemanticDiagnostic[] = [];
  for (const [i, e] of participant.exemptions.entries()) {
    if (e.to < e.from)
      out.push(
        semanticDiagnostic("period-reversed", [...base, "exemptions", i], {
          from: e.from,
          to: e.to,
        }),
      );
  }
  if (index === undefined) return out;
  for (const [i, c] of participant.completions.entries()) {
    const path = [...base, "completions", i];
    if (!index.componentIds.has(c.component)) {
      out.push(
        semanticDiagnostic("unknown-component", [...path, "component"], { component: c.component }),
      );
    } else if (!index.editionYears.has(yearOf(c.date))) {
      out.push(
        semanticDiagnostic("completion-without-edition", [...path, "date"], {
          component: c.component,
          year: yearOf(c.date),
        }),
      );
    }
  }
  for (const [i, r] of participant.roles.entries()) {
    if (!index.themes.has(r.theme)) {
      out.push(
        semanticDiagnostic("unknown-role-theme", [...base, "roles", i, "theme"], {
          theme: r.theme,
          year: r.year,
        }),
      );
    }
  }
  const known = {
    theme: index.themes,
    "learning-line": index.learningLines,
    spearhead: index.spearheads,
  };
  for (const [i, d] of participant.developmentPoints.entries()) {
    if (!known[d.kind].has(d.id)) {
      out.push(
        semanticDiagnostic("unknown-development-point", [...base, "developmentPoints", i], {
          kind: d.kind,
          id: d.id,
        }),
      );
    }
  }
  if (index.groups !== undefined) {
    for (const [i, g] of participant.groups.entries()) {
      if (!index.groups.has(g))
        out.push(semanticDiagnostic("unknown-group", [...base, "groups", i], { group: g }));
    }
  }
  return out;
}
