import type { Path } from "../../diagnostics/diagnostic.js";
import type { SemanticDiagnostic } from "../diagnostics.js";
import type { Component, Edition, Programme } from "../types.js";

/** An edition with the index it has in the input, for paths. */
export interface IndexedEdition {
  readonly edition: Edition;
  readonly index: number;
}

/** What every check reads: the programme and a few indexes built once. */
export interface CheckContext {
  readonly programme: Programme;
  /** Editions by year (the first one of a year when years repeat). */
  readonly editionsByYear: ReadonlyMap<number, IndexedEdition>;
  readonly report: (d: SemanticDiagnostic) => void;
}

/** The path of a component in the input. */
export function componentPath(editionIndex: number, componentIndex: number): Path {
  return ["editions", editionIndex, "components", componentIndex];
}

/** Every component of every edition with its path. */
export function* allComponents(
  programme: Programme,
): Generator<{ component: Component; edition: Edition; path: Path }> {
  for (const [ei, edition] of programme.editions.entries()) {
    for (const [ci, component] of edition.components.entries()) {
      yield { component, edition, path: componentPath(ei, ci) };
    }
  }
}
