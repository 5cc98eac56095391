import { describe, expect, it } from "vitest";
import { exampleProgramme } from "../../src/example/programme.js";
import type { ProgrammeInput } from "../../src/programme/types.js";
import { validateProgramme } from "../../src/programme/validate.js";
import { codesAt, diagnosticsOf } from "../fixtures/helpers.js";
import { component, minimalProgramme } from "../fixtures/minimal.js";

/** The minimal programme with one change applied. */
function variant(change: (p: ProgrammeInput) => void): ProgrammeInput {
  const p = minimalProgramme();
  change(p);
  return p;
}

const example = validateProgramme(exampleProgramme);

describe("the fixtures", () => {
  it("the minimal programme is valid without warnings", () => {
    expect(codesAt(validateProgramme(minimalProgramme()))).toEqual([]);
  });
  it("the shipped example is valid without warnings", () => {
    expect(example.ok).toBe(true);
    expect(codesAt(example)).toEqual([]);
  });
});

/**
 * rules A9: one block per semantic check. Each shows the check firing on a minimal bad programme
 * (code, severity, path and params) and not firing on the shipped example.
 */
describe("rules A9 semantic checks", () => {
  function expectNotOnExample(code: string) {
    expect(diagnosticsOf(example).map((d) => d.code)).not.toContain(code);
  }

  it("duplicate ids: a theme id used twice is an error pointing at both places", () => {
    const result = validateProgramme(variant((p) => p.themes?.push({ id: "t", name: "Nog eens" })));
    expect(result.ok).toBe(false);
    const d = diagnosticsOf(result).find((x) => x.code === "duplicate-id");
    expect(d).toMatchObject({
      severity: "error",
      path: ["themes", 1, "id"],
      params: { kind: "theme", id: "t", firstPath: ["themes", 0, "id"] },
    });
    expectNotOnExample("duplicate-id");
  });

  it("duplicate ids: a component id used twice in one edition", () => {
    const result = validateProgramme(
      variant((p) => p.editions[0]?.components.push(component("a", { theme: "t" }))),
    );
    expect(codesAt(result)).toContain("duplicate-id@editions.0.components.1.id");
  });

  it("overlapping editions: two editions of one year are a duplicate edition", () => {
    const result = validateProgramme(
      variant((p) => p.editions.push({ year: 2025, components: [component("b")] })),
    );
    expect(diagnosticsOf(result).find((d) => d.code === "duplicate-id")).toMatchObject({
      path: ["editions", 1, "year"],
      params: { kind: "edition", id: "2025" },
    });
  });

  it("unknown references: theme, learning line, spearhead, and a capped learning line", () => {
    const result = validateProgramme(
      variant((p) => {
        p.editions[0]?.components.push(
          component("b", { theme: "nope", learningLines: ["ll", "x"], spearheads: ["y"] }),
        );
        p.policy = {
          ...p.policy,
          categoryCaps: [{ kind: "learning-line", learningLine: "z", maxStars: 2 }],
        };
      }),
    );
    expect(result.ok).toBe(false);
    expect(codesAt(result)).toEqual(
      expect.arrayContaining([
        "unknown-reference@editions.0.components.1.theme",
        "unknown-reference@editions.0.components.1.learningLines.1",
        "unknown-reference@editions.0.components.1.spearheads.0",
        "unknown-reference@policy.categoryCaps.0.learningLine",
      ]),
    );
    expectNotOnExample("unknown-reference");
  });

  it("unknown references: an audience group, only when the programme declares groups", () => {
    const withAudience = (p: ProgrammeInput) =>
      p.editions[0]?.components.push(component("b", { audience: ["frontoffice"] }));
    expect(codesAt(validateProgramme(variant(withAudience)))).toEqual([]);
    const declared = validateProgramme(
      variant((p) => {
        withAudience(p);
        p.groups = [{ id: "backoffice", name: "Backoffice" }];
      }),
    );
    expect(codesAt(declared)).toEqual(["unknown-reference@editions.0.components.1.audience.0"]);
  });

  it("stars out of range: 0, 4, 2.5 and '3' are refused with their own code", () => {
    for (const stars of [0, 4, 2.5, "3"]) {
      const result = validateProgramme(
        variant((p) => {
          (p.editions[0]?.components[0] as { stars: unknown }).stars = stars;
        }),
      );
      expect(diagnosticsOf(result)).toEqual([
        expect.objectContaining({
          code: "stars-out-of-range",
          severity: "error",
          path: ["editions", 0, "components", 0, "stars"],
        }),
      ]);
    }
    expectNotOnExample("stars-out-of-range");
  });

  it("missing edition years inside a window are warnings naming the window", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { ...p.policy, window: { years: 2 }, target: 3 };
      }),
    );
    expect(result.ok).toBe(true);
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "missing-edition",
        severity: "warning",
        params: { year: 2026, windowStart: 2025, windowEnd: 2026 },
      }),
    ]);
    expectNotOnExample("missing-edition");
  });

  it("a gap between editions is a missing edition", () => {
    const result = validateProgramme(
      variant((p) =>
        p.editions.push({ year: 2027, components: [component("a", { stars: 3, theme: "t" })] }),
      ),
    );
    expect(codesAt(result)).toEqual(["missing-edition@editions"]);
  });

  it("an edition before the start year is a warning", () => {
    const result = validateProgramme(
      variant((p) => p.editions.push({ year: 2024, components: [component("a", { stars: 3 })] })),
    );
    expect(codesAt(result)).toContain("edition-before-start@editions.1.year");
  });

  it("target unreachable: a window whose components cannot reach the target", () => {
    const result = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, target: 4, cap: 4 })),
    );
    expect(result.ok).toBe(false);
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "target-unreachable",
        severity: "error",
        params: { windowStart: 2025, windowEnd: 2025, reachable: 3, target: 4 },
      }),
    ]);
    expectNotOnExample("target-unreachable");
  });

  it("target unreachable counts a non-repeatable component once per window, a repeatable one per edition", () => {
    const twoYears = (repeatable: boolean) =>
      variant((p) => {
        p.policy = { ...p.policy, window: { years: 2 }, target: 6, cap: 6 };
        p.editions = [2025, 2026].map((year) => ({
          year,
          components: [component("a", { stars: 3, theme: "t", repeatable })],
        }));
      });
    expect(codesAt(validateProgramme(twoYears(false)))).toEqual(["target-unreachable@editions"]);
    expect(codesAt(validateProgramme(twoYears(true)))).toEqual([]);
  });

  it("target unreachable respects the elective rules and the format caps", () => {
    const rich = (policy: NonNullable<ProgrammeInput["policy"]>) =>
      validateProgramme(
        variant((p) => {
          p.policy = { ...p.policy, target: 5, cap: 5, ...policy };
          p.editions[0]?.components.push(component("b", { stars: 2, format: "informal" }));
        }),
      );
    expect(codesAt(rich({}))).toEqual([]);
    expect(codesAt(rich({ electives: { maxCount: 1 } }))).toEqual(["target-unreachable@editions"]);
    expect(codesAt(rich({ electives: { maxStars: 4 } }))).toEqual(["target-unreachable@editions"]);
    expect(
      codesAt(rich({ categoryCaps: [{ kind: "format", format: "informal", maxStars: 1 }] })),
    ).toEqual(["target-unreachable@editions"]);
  });

  it("mandatory stars above the cap warn, for everyone or for one group", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { ...p.policy, target: 3, cap: 3 };
        p.editions[0]?.components.push(component("m", { stars: 2, requirement: "mandatory" }));
        p.editions[0]?.components.push(
          component("f", { stars: 2, requirement: "mandatory", audience: ["frontoffice"] }),
        );
      }),
    );
    expect(result.ok).toBe(true);
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "mandatory-above-cap",
        severity: "warning",
        params: {
          windowStart: 2025,
          windowEnd: 2025,
          group: "frontoffice",
          mandatoryStars: 4,
          cap: 3,
        },
      }),
    ]);
    expectNotOnExample("mandatory-above-cap");
  });

  it("a mandatory component in both editions of a window counts once unless repeatable (rules A3)", () => {
    const twice = (repeatable: boolean) =>
      variant((p) => {
        p.policy = { ...p.policy, window: { years: 2 }, target: 3, cap: 4 };
        p.editions = [2025, 2026].map((year) => ({
          year,
          components: [
            component("a", { stars: 3, theme: "t", requirement: "mandatory", repeatable }),
          ],
        }));
      });
    expect(codesAt(validateProgramme(twice(false)))).toEqual([]);
    expect(codesAt(validateProgramme(twice(true)))).toEqual(["mandatory-above-cap@editions"]);
  });

  it("a theme without components is a warning", () => {
    const result = validateProgramme(variant((p) => p.themes?.push({ id: "leeg", name: "Leeg" })));
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "theme-without-components",
        severity: "warning",
        path: ["themes", 1, "id"],
      }),
    ]);
    expectNotOnExample("theme-without-components");
  });

  it("an empty edition is a warning (and its window then cannot reach the target)", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { ...p.policy, window: { years: 2 } };
        p.editions.push({ year: 2026, components: [] });
      }),
    );
    expect(codesAt(result)).toContain("empty-edition@editions.1.components");
    expectNotOnExample("empty-edition");
  });

  it("policy contradictions: cap below target", () => {
    const result = validateProgramme(variant((p) => (p.policy = { ...p.policy, cap: 2 })));
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "cap-below-target",
        severity: "error",
        path: ["policy", "cap"],
        params: { cap: 2, target: 3 },
      }),
    ]);
    expectNotOnExample("cap-below-target");
  });

  it("policy contradictions: carry-over without a cap", () => {
    const result = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, cap: null, carryOver: 2 })),
    );
    expect(codesAt(result)).toEqual(["carry-over-without-cap@policy.carryOver"]);
    expectNotOnExample("carry-over-without-cap");
  });

  it("policy contradictions: electives minimum above maximum", () => {
    const result = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, electives: { minCount: 3, maxCount: 2 } })),
    );
    expect(codesAt(result)).toContain("min-above-max@policy.electives.minCount");
  });

  it("policy contradictions: two caps on one category", () => {
    const result = validateProgramme(
      variant(
        (p) =>
          (p.policy = {
            ...p.policy,
            categoryCaps: [
              { kind: "format", format: "informal", maxStars: 2 },
              { kind: "format", format: "informal", maxStars: 3 },
            ],
          }),
      ),
    );
    expect(codesAt(result)).toEqual(["duplicate-category-cap@policy.categoryCaps.1"]);
  });

  it("policy contradictions: a bonus no role can earn is a warning", () => {
    const result = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, bonus: { roles: [] } })),
    );
    expect(result.ok).toBe(true);
    expect(codesAt(result)).toEqual(["bonus-never-earned@policy.bonus"]);
  });

  it("rules A3.2: mandatory components due at the end of a rolling window are a warning: never overdue", () => {
    const rolling = validateProgramme(
      variant(
        (p) =>
          (p.policy = {
            ...p.policy,
            window: { kind: "rolling", years: 1 },
            mandatoryDue: "window-end",
          }),
      ),
    );
    expect(rolling.ok).toBe(true);
    expect(codesAt(rolling)).toEqual(["mandatory-never-overdue@policy.mandatoryDue"]);
    // A fixed window ends on its own last day: due then, overdue after it.
    const fixed = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, mandatoryDue: "window-end" })),
    );
    expect(codesAt(fixed)).toEqual([]);
  });

  it("a yearly minimum an edition cannot offer is an error", () => {
    const result = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, minimumPerYear: 4 })),
    );
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "minimum-per-year-unreachable",
        params: { year: 2025, reachable: 3, minimum: 4 },
      }),
    ]);
  });

  it("reports every problem at once", () => {
    const result = validateProgramme(
      variant((p) => {
        p.themes?.push({ id: "t", name: "Dubbel" }, { id: "leeg", name: "Leeg" });
        p.policy = { ...p.policy, cap: null, carryOver: 1 };
        p.editions[0]?.components.push(component("b", { theme: "nope" }));
      }),
    );
    expect(new Set(diagnosticsOf(result).map((d) => d.code))).toEqual(
      new Set([
        "duplicate-id",
        "unknown-reference",
        "theme-without-components",
        "carry-over-without-cap",
      ]),
    );
  });

  it("orders errors before warnings", () => {
    const result = validateProgramme(
      variant((p) => {
        p.themes?.push({ id: "leeg", name: "Leeg" });
        p.policy = { ...p.policy, cap: 2 };
      }),
    );
    expect(diagnosticsOf(result).map((d) => d.severity)).toEqual(["error", "warning"]);
  });
});
