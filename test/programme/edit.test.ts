import { describe, expect, it } from "vitest";
import {
  addComponent,
  editProgramme,
  removeComponent,
  setComponentRequirement,
  setComponentStars,
  startNextEdition,
} from "../../src/programme/edit.js";
import { parseProgramme } from "../../src/programme/validate.js";
import { deepFreeze, diagnosticsOf } from "../fixtures/helpers.js";
import { minimalProgramme } from "../fixtures/minimal.js";

/** The minimal programme (target 3) with a second, 1-star component "b", deep-frozen. */
function fresh() {
  return deepFreeze(unfrozen());
}

/** The same programme as `validateProgramme` gives it: not frozen. */
function unfrozen() {
  const p = minimalProgramme();
  p.editions[0]?.components.push({
    id: "b",
    title: "B",
    stars: 1,
    requirement: "elective",
    format: "informal",
    theme: "t",
  });
  return parseProgramme(p);
}

function unwrapOk<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error("expected a valid result");
  return r.value;
}

describe("editing helpers", () => {
  it("setComponentStars returns a new validated programme and leaves the frozen input alone", () => {
    const before = fresh();
    const snapshot = structuredClone(before);
    const after = unwrapOk(setComponentStars(before, 2025, "b", 2));
    expect(after.editions[0]?.components[1]?.stars).toBe(2);
    expect(before).toEqual(snapshot);
  });

  it("an edit that breaks a rule comes back as diagnostics, not a throw", () => {
    const result = setComponentStars(fresh(), 2025, "a", 1); // 1 + 1 stars: target 3 now unreachable
    expect(result.ok).toBe(false);
    expect(diagnosticsOf(result).map((d) => d.code)).toEqual(["target-unreachable"]);
  });

  it("setComponentRequirement", () => {
    const after = unwrapOk(setComponentRequirement(fresh(), 2025, "a", "mandatory"));
    expect(after.editions[0]?.components[0]?.requirement).toBe("mandatory");
  });

  it("addComponent fills defaults; a duplicate id is reported", () => {
    const after = unwrapOk(
      addComponent(fresh(), 2025, {
        id: "c",
        title: "C",
        stars: 2,
        requirement: "elective",
        format: "informal",
      }),
    );
    expect(after.editions[0]?.components[2]).toMatchObject({
      id: "c",
      audience: [],
      repeatable: false,
    });
    const dup = addComponent(fresh(), 2025, {
      id: "a",
      title: "A2",
      stars: 2,
      requirement: "elective",
      format: "informal",
    });
    expect(diagnosticsOf(dup).map((d) => d.code)).toEqual(["duplicate-id"]);
  });

  it("removeComponent", () => {
    const grown = unwrapOk(
      addComponent(fresh(), 2025, {
        id: "c",
        title: "C",
        stars: 1,
        requirement: "elective",
        format: "informal",
      }),
    );
    expect(
      unwrapOk(removeComponent(grown, 2025, "c")).editions[0]?.components.map((c) => c.id),
    ).toEqual(["a", "b"]);
  });

  it("startNextEdition copies the latest edition into the next year, editable on its own", () => {
    const next = unwrapOk(startNextEdition(fresh()));
    expect(next.editions.map((e) => e.year)).toEqual([2025, 2026]);
    expect(next.editions[1]?.components).toEqual(next.editions[0]?.components);
    const changed = unwrapOk(setComponentStars(next, 2026, "b", 3));
    expect(changed.editions.map((e) => e.components[1]?.stars)).toEqual([1, 3]);
  });

  it("startNextEdition with options names the source, the year and the name", () => {
    const next = unwrapOk(
      startNextEdition(fresh(), { from: 2025, year: 2026, name: "Editie 2026" }),
    );
    expect(next.editions[1]).toMatchObject({ year: 2026, name: "Editie 2026" });
  });

  it("editProgramme applies any recipe", () => {
    const after = unwrapOk(
      editProgramme(fresh(), (draft) => {
        draft.name = "Anders";
      }),
    );
    expect(after.name).toBe("Anders");
  });

  it("naming an edition or component that does not exist is a programmer error", () => {
    expect(() => setComponentStars(fresh(), 2030, "a", 2)).toThrow(RangeError);
    expect(() => removeComponent(fresh(), 2025, "nope")).toThrow(RangeError);
    const empty = { ...fresh(), editions: [] };
    expect(() => startNextEdition(empty)).toThrow(
      new RangeError("The programme has no edition to start the next one from."),
    );
  });

  it("leaves an unfrozen input unfrozen and its own: no helper freezes or shares the caller's objects", () => {
    /** Every object of a value, nested. */
    const objects = (value: unknown): object[] =>
      value !== null && typeof value === "object"
        ? [value, ...Object.values(value).flatMap(objects)]
        : [];
    const component = {
      id: "c",
      title: "C",
      stars: 1 as const,
      requirement: "elective" as const,
      format: "informal" as const,
    };
    const edits = [
      (p: ReturnType<typeof parseProgramme>) => setComponentStars(p, 2025, "a", 2),
      (p: ReturnType<typeof parseProgramme>) => setComponentRequirement(p, 2025, "a", "mandatory"),
      (p: ReturnType<typeof parseProgramme>) => addComponent(p, 2025, component),
      (p: ReturnType<typeof parseProgramme>) => removeComponent(p, 2025, "b"),
      (p: ReturnType<typeof parseProgramme>) => startNextEdition(p),
      (p: ReturnType<typeof parseProgramme>) =>
        editProgramme(p, (d) => {
          d.name = "Anders";
        }),
    ];
    for (const edit of edits) {
      // validateProgramme gives unfrozen objects: the caller may go on changing them.
      const input = unfrozen();
      const result = unwrapOk(edit(input));
      expect(objects(input).filter((o) => Object.isFrozen(o))).toEqual([]);
      expect(Object.isFrozen(component)).toBe(false);
      // Nothing of the result is the caller's: changing the input leaves the result alone.
      const ours = new Set(objects(input));
      expect(objects(result).filter((o) => ours.has(o))).toEqual([]);
      (input.themes[0] as { name: string }).name = "Veranderd";
      expect(result.themes[0]?.name).toBe("Thema");
    }
  });
});
