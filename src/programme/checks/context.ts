import type { Path } from "../../diagnostics/diagnostic.js";
import type { Suggester } from "../../diagnostics/suggest.js";
import type { SemanticDiagnostic } from "../diagnostics.js";
import type { CategoryCap, ComponentFormat, Requirement, RoleKind, StarPolicy } from "../types.js";

/**
 * The meaning checks read a programme as a *view*: every field optional, every list a list of
 * entries that may be missing. A programme of sound shape is such a view as it is (nothing is
 * copied); a programme of unsound shape is salvaged into one (salvage.ts), keeping each part whose
 * shape is sound. So one set of checks serves both, and a check skips what it cannot know.
 *
 * In a view a scalar that is there is sound. What is *not* there is either truly absent or
 * unknown (unsound, or possibly misspelt): the part's `UNSURE` set names the unknown fields, and
 * a list or object whose parts are not all sound. A sound programme has no `UNSURE` anywhere.
 */
export const UNSURE: unique symbol = Symbol("unsure");

/** A part of a view: the fields it cannot vouch for. */
export interface Salvaged {
  readonly [UNSURE]?: ReadonlySet<string>;
}

/** Whether a field of a part is known: sound where it is there, truly absent where it is not. */
export function known(part: Salvaged, field: string): boolean {
  const unsure = part[UNSURE];
  return unsure === undefined || !unsure.has(field);
}

/** A theme, learning line, spearhead or group. */
export interface EntryView extends Salvaged {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
}

/** A component: its sound fields; its id lists keep their places, with holes where unsound. */
export interface ComponentView extends Salvaged {
  readonly id?: string | undefined;
  readonly stars?: number | undefined;
  readonly requirement?: Requirement | undefined;
  readonly format?: ComponentFormat | undefined;
  readonly title?: string | undefined;
  readonly theme?: string | undefined;
  readonly learningLines?: readonly (string | undefined)[];
  readonly spearheads?: readonly (string | undefined)[];
  readonly audience?: readonly (string | undefined)[];
  readonly repeatable?: boolean | undefined;
}

/** An edition. */
export interface EditionView extends Salvaged {
  readonly year?: number | undefined;
  readonly components?: readonly (ComponentView | undefined)[];
}

/** A category cap: its kind and, where sound, what it caps. */
export interface CategoryCapView extends Salvaged {
  readonly kind?: CategoryCap["kind"] | undefined;
  readonly format?: ComponentFormat | undefined;
  readonly learningLine?: string | undefined;
  readonly maxStars?: number | undefined;
}

type Loose<T> = Salvaged & { readonly [K in keyof T]?: T[K] | undefined };

/**
 * The policy, with its start year and cap resolved as the programme schema resolves them (the
 * first edition's year; the target), or unknown when what they resolve from is.
 */
export interface PolicyView extends Salvaged {
  readonly startYear?: number | undefined;
  readonly window?: Loose<StarPolicy["window"]>;
  readonly target?: number | undefined;
  /** `null`: no cap (known); absent: unknown. */
  readonly cap?: number | null;
  readonly carryOver?: number | undefined;
  readonly electives?: Loose<StarPolicy["electives"]>;
  readonly bonus?: Salvaged & {
    readonly stars?: number | undefined;
    readonly roles?: readonly RoleKind[];
    readonly maxPerWindow?: number | null;
  };
  readonly minimumPerYear?: number | null;
  readonly mandatoryDue?: StarPolicy["mandatoryDue"] | undefined;
  readonly categoryCaps?: readonly (CategoryCapView | undefined)[];
}

/** What the meaning checks of rules A9 read of a programme. */
export interface ProgrammeView extends Salvaged {
  readonly themes?: readonly (EntryView | undefined)[];
  readonly learningLines?: readonly (EntryView | undefined)[];
  readonly spearheads?: readonly (EntryView | undefined)[];
  readonly groups?: readonly (EntryView | undefined)[];
  readonly policy?: PolicyView;
  readonly editions?: readonly (EditionView | undefined)[];
}

/** An edition with the index it has in the input, for paths. */
export interface IndexedEdition {
  readonly edition: EditionView;
  readonly index: number;
}

/** What every check reads: the programme's view and a few indexes built once. */
export interface CheckContext {
  readonly programme: ProgrammeView;
  /** Editions by year (the first one of a year when years repeat), of the editions whose year is sound. */
  readonly editionsByYear: ReadonlyMap<number, IndexedEdition>;
  /** Whether every edition's year is known, so `editionsByYear` holds every year on offer. */
  readonly yearsComplete: boolean;
  readonly suggester: Suggester;
  readonly report: (d: SemanticDiagnostic) => void;
}

/** The path of a component in the input. */
export function componentPath(editionIndex: number, componentIndex: number): Path {
  return ["editions", editionIndex, "components", componentIndex];
}

/** Every component of every edition that is there, with its path. */
export function* allComponents(
  programme: ProgrammeView,
): Generator<{ component: ComponentView; edition: EditionView; path: Path }> {
  for (const [ei, edition] of (programme.editions ?? []).entries()) {
    if (edition === undefined) continue;
    for (const [ci, component] of (edition.components ?? []).entries()) {
      if (component !== undefined) yield { component, edition, path: componentPath(ei, ci) };
    }
  }
}

/**
 * The ids of a catalogue list when every entry's id is known, else undefined: a reference can
 * only be called unknown against a complete list (an entry with a broken id may be the one meant).
 */
export function completeIds(
  list: readonly (EntryView | undefined)[] | undefined,
): Set<string> | undefined {
  if (list === undefined) return undefined;
  const ids = new Set<string>();
  for (const entry of list) {
    if (entry?.id === undefined) return undefined;
    ids.add(entry.id);
  }
  return ids;
}

/** The entries of a catalogue list that have a sound id, with their names where sound. */
export function* entriesWithIds(
  list: readonly (EntryView | undefined)[] | undefined,
): Generator<{ id: string; name?: string | undefined }> {
  for (const entry of list ?? [])
    if (entry?.id !== undefined) yield { id: entry.id, name: entry.name };
}
