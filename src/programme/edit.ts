import { type Draft, Immer } from "immer";
import type { Path } from "../diagnostics/diagnostic.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { Component, ComponentInput, Programme, Requirement } from "./types.js";
import { type ProgrammeValidation, validateProgramme } from "./validate.js";

/**
 * Editing helpers for policy authors (built on immer). Each returns a *new, validated* programme
 * — the same result `validateProgramme` gives — and never changes its input. A helper that names
 * an edition or component that does not exist is a programmer error and throws a RangeError.
 */

type MutableProgramme = Draft<Programme>;

/**
 * Applies any change to a copy of the programme and validates the result. The other helpers are
 * built on it; use it for edits they do not cover.
 *
 * @throws whatever `recipe` throws (the programme is left as it was).
 * @example
 * const result = editProgramme(programme, (draft) => {
 *   draft.policy.target = 12;
 *   draft.policy.cap = 12;
 * });
 * @function
 */
export const editProgramme = /* @__PURE__ */ deepFreeze(function editProgramme(
  programme: Programme,
  recipe: (draft: MutableProgramme) => void,
): ProgrammeValidation {
  // immer without its auto-freeze: it freezes the whole result of `produce`, which shares every
  // part the recipe left alone with the input, so the caller's own programme (and a component
  // given to `addComponent`) came back frozen and their next assignment to it threw. The result is
  // only read by `validateProgramme`, which builds fresh objects. An instance per call leaves
  // immer's global setting (the caller's own code may rely on it) alone, and holds no state
  // between calls; editing is never a hot path.
  return validateProgramme(new Immer({ autoFreeze: false }).produce(programme, recipe));
});

function editionIndex(programme: Programme, year: number): number {
  const index = programme.editions.findIndex((e) => e.year === year);
  if (index < 0) throw new RangeError(`The programme has no edition ${year}.`);
  return index;
}

function componentPath(programme: Programme, year: number, componentId: string): Path {
  const e = editionIndex(programme, year);
  const c = programme.editions[e]?.components.findIndex((x) => x.id === componentId) ?? -1;
  if (c < 0) throw new RangeError(`The edition ${year} has no component "${componentId}".`);
  return [e, c];
}

function editComponent(
  programme: Programme,
  year: number,
  componentId: string,
  change: (component: Draft<Component>) => void,
): ProgrammeValidation {
  const [e, c] = componentPath(programme, year, componentId) as [number, number];
  return editProgramme(programme, (draft) => {
    const component = draft.editions[e]?.components[c];
    if (component !== undefined) change(component);
  });
}

/**
 * Sets the stars management gives a component in one edition (rules A2).
 *
 * @throws RangeError when the programme has no edition `year`, or that edition no component
 * `componentId` (a programmer error).
 * @example
 * const result = setComponentStars(programme, 2026, "mediawijsheid-basis", 3);
 * if (result.ok) programme = result.value;
 * @function
 */
export const setComponentStars = /* @__PURE__ */ deepFreeze(function setComponentStars(
  programme: Programme,
  year: number,
  componentId: string,
  stars: Component["stars"],
): ProgrammeValidation {
  return editComponent(programme, year, componentId, (c) => {
    c.stars = stars;
  });
});

/**
 * Makes a component mandatory or elective in one edition (rules A3, A4).
 *
 * @throws RangeError when the programme has no edition `year`, or that edition no component
 * `componentId` (a programmer error).
 * @example
 * const result = setComponentRequirement(programme, 2026, "bhv-herhaling", "mandatory");
 * @function
 */
export const setComponentRequirement = /* @__PURE__ */ deepFreeze(function setComponentRequirement(
  programme: Programme,
  year: number,
  componentId: string,
  requirement: Requirement,
): ProgrammeValidation {
  return editComponent(programme, year, componentId, (c) => {
    c.requirement = requirement;
  });
});

/**
 * Adds a component to an edition. Its defaults (learning lines, audience, …) are filled in by the
 * validation of the result; a duplicate id is reported there, not thrown.
 *
 * @throws RangeError when the programme has no edition `year` (a programmer error).
 * @example
 * const result = addComponent(programme, 2026, {
 *   id: "podcast-maken",
 *   title: "Een podcast maken",
 *   stars: 2,
 *   requirement: "elective",
 *   format: "classroom",
 * });
 * @function
 */
export const addComponent = /* @__PURE__ */ deepFreeze(function addComponent(
  programme: Programme,
  year: number,
  component: ComponentInput,
): ProgrammeValidation {
  const e = editionIndex(programme, year);
  return editProgramme(programme, (draft) => {
    // The input is a plain, not-yet-validated object; validation of the result fills defaults.
    draft.editions[e]?.components.push(component as Draft<Component>);
  });
});

/**
 * Removes a component from an edition.
 *
 * @throws RangeError when the programme has no edition `year`, or that edition no component
 * `componentId` (a programmer error).
 * @example
 * const result = removeComponent(programme, 2026, "podcast-maken");
 * @function
 */
export const removeComponent = /* @__PURE__ */ deepFreeze(function removeComponent(
  programme: Programme,
  year: number,
  componentId: string,
): ProgrammeValidation {
  const [e, c] = componentPath(programme, year, componentId) as [number, number];
  return editProgramme(programme, (draft) => {
    draft.editions[e]?.components.splice(c, 1);
  });
});

/**
 * Starts next year's edition as a copy of an existing one ("het sterrenprogramma kan per jaar
 * verschillen"): the copy can then be edited on its own. By default it copies the latest edition
 * into the year after it.
 *
 * @throws RangeError when the programme has no edition at all, or none of the year `from`
 * (a programmer error).
 * @example
 * const result = startNextEdition(programme); // 2026 → 2027
 * const named = startNextEdition(programme, { from: 2025, year: 2027, name: "Sterrenprogramma 2027" });
 * @function
 */
export const startNextEdition = /* @__PURE__ */ deepFreeze(function startNextEdition(
  programme: Programme,
  options: { readonly from?: number; readonly year?: number; readonly name?: string } = {},
): ProgrammeValidation {
  if (programme.editions.length === 0)
    throw new RangeError("The programme has no edition to start the next one from.");
  const latest = programme.editions.reduce(
    (max, e) => Math.max(max, e.year),
    Number.NEGATIVE_INFINITY,
  );
  const from = options.from ?? latest;
  const source = programme.editions[editionIndex(programme, from)];
  const year = options.year ?? latest + 1;
  return editProgramme(programme, (draft) => {
    if (source === undefined) return;
    const { name: _previousName, ...rest } = source;
    const copy = structuredClone(rest) as Draft<typeof source>;
    draft.editions.push({
      ...copy,
      year,
      ...(options.name === undefined ? {} : { name: options.name }),
    });
  });
});
