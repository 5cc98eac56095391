import { describe, expect, it } from "vitest";
import { SterrenprogrammaValidationError } from "../../src/diagnostics/result.js";
import { defaultPolicy } from "../../src/programme/default-policy.js";
import { parseProgramme, validateProgramme } from "../../src/programme/validate.js";
import { codesAt, diagnosticsOf } from "../fixtures/helpers.js";
import { minimalProgramme } from "../fixtures/minimal.js";

const withComponent = (extra: Record<string, unknown>) => {
  const p = minimalProgramme() as unknown as {
    editions: { components: Record<string, unknown>[] }[];
  };
  Object.assign(p.editions[0]?.components[0] ?? {}, extra);
  return p;
};

describe("the shape of a programme (rules A1, A9)", () => {
  it("fills the defaults (rules A3–A6): the policy {} is the default policy, starting at the first edition", () => {
    const input = minimalProgramme();
    delete input.policy;
    const programme = parseProgramme(input);
    expect(programme.policy).toEqual(defaultPolicy);
    expect(programme.editions[0]?.components[0]).toMatchObject({ audience: [], repeatable: false });
  });

  it("the cap defaults to the target, and null means no cap", () => {
    const p = minimalProgramme();
    p.policy = { startYear: 2025, window: { years: 1 }, target: 2 };
    expect(parseProgramme(p).policy.cap).toBe(2);
    p.policy.cap = null;
    expect(parseProgramme(p).policy.cap).toBeNull();
  });

  it("a non-object input is one invalid-type at the root", () => {
    for (const input of [null, 42, "programme", [], undefined]) {
      expect(diagnosticsOf(validateProgramme(input))).toEqual([
        expect.objectContaining({
          code: "invalid-type",
          path: [],
          params: expect.objectContaining({ expected: "object" }),
        }),
      ]);
    }
  });

  it("names a missing field by its key", () => {
    const p = minimalProgramme() as Record<string, unknown>;
    delete p.name;
    expect(diagnosticsOf(validateProgramme(p))).toEqual([
      expect.objectContaining({ code: "missing-field", path: ["name"], params: { field: "name" } }),
    ]);
  });

  it("refuses unknown fields (typos) one by one, with the key in the path", () => {
    const result = validateProgramme(withComponent({ repeatible: true, star: 2 }));
    expect(codesAt(result).sort()).toEqual([
      "unknown-field@editions.0.components.0.repeatible",
      "unknown-field@editions.0.components.0.star",
    ]);
  });

  it("distinguishes a fraction from a wrong type", () => {
    const p = minimalProgramme();
    (p.editions[0] as { year: unknown }).year = 2025.5;
    expect(codesAt(validateProgramme(p))).toEqual(["not-an-integer@editions.0.year"]);
    (p.editions[0] as { year: unknown }).year = "2025";
    const d = diagnosticsOf(validateProgramme(p))[0];
    expect(d).toMatchObject({
      code: "invalid-type",
      params: { expected: "number", received: "string" },
    });
  });

  it("lists the allowed choices of an enum", () => {
    const d = diagnosticsOf(validateProgramme(withComponent({ requirement: "verplicht" })))[0];
    expect(d).toMatchObject({
      code: "invalid-value",
      params: { allowed: ["mandatory", "elective"], received: '"verplicht"' },
    });
    expect(d?.message.en).toContain('"mandatory" and "elective"');
    expect(d?.message.nl).toContain('"mandatory" en "elective"');
  });

  it("an unknown category-cap kind is reported at its kind", () => {
    const p = minimalProgramme();
    p.policy = { ...p.policy, categoryCaps: [{ kind: "theme", maxStars: 2 } as never] };
    expect(diagnosticsOf(validateProgramme(p))).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        path: ["policy", "categoryCaps", 0, "kind"],
        params: expect.objectContaining({ allowed: ["format", "learning-line", "bonus"] }),
      }),
    ]);
  });

  it("ids: empty, padded or too long ids are refused", () => {
    for (const id of ["", " a", "a ", "x".repeat(101)]) {
      expect(codesAt(validateProgramme(withComponent({ id })))).toEqual([
        "invalid-id@editions.0.components.0.id",
      ]);
    }
    expect(codesAt(validateProgramme(withComponent({ id: "x".repeat(100) })))).toEqual([]);
  });

  it("texts must not be blank", () => {
    expect(codesAt(validateProgramme(withComponent({ title: "   " })))).toEqual([
      "empty-text@editions.0.components.0.title",
    ]);
  });

  it("hours must be positive", () => {
    expect(codesAt(validateProgramme(withComponent({ hours: 0 })))).toEqual([
      "too-small@editions.0.components.0.hours",
    ]);
    expect(codesAt(validateProgramme(withComponent({ hours: 0.75 })))).toEqual([]);
  });

  it("refuses a future or missing formatVersion with its own code", () => {
    const p = minimalProgramme() as Record<string, unknown>;
    p.formatVersion = 2;
    expect(diagnosticsOf(validateProgramme(p))).toEqual([
      expect.objectContaining({
        code: "unsupported-format-version",
        params: { received: "2", supported: [1] },
      }),
    ]);
    delete p.formatVersion;
    expect(codesAt(validateProgramme(p))).toEqual(["missing-field@formatVersion"]);
  });

  it("accepts a $schema reference for editors", () => {
    expect(
      validateProgramme({ ...minimalProgramme(), $schema: "./programme.schema.json" }).ok,
    ).toBe(true);
  });

  it("needs at least one edition", () => {
    const p = minimalProgramme();
    p.editions = [];
    expect(codesAt(validateProgramme(p))).toEqual(["too-small@editions"]);
  });

  it("reports every shape problem at once", () => {
    const p = withComponent({ stars: 5, format: "webinar", hours: -1 }) as Record<string, unknown>;
    delete p.name;
    expect(codesAt(validateProgramme(p)).sort()).toEqual([
      "invalid-value@editions.0.components.0.format",
      "missing-field@name",
      "stars-out-of-range@editions.0.components.0.stars",
      "too-small@editions.0.components.0.hours",
    ]);
  });

  describe("untrusted keys", () => {
    it("__proto__ and constructor as keys are refused as unknown fields, and pollute nothing", () => {
      const text = `{"formatVersion":1,"id":"x","name":"X","__proto__":{"polluted":true},"constructor":{"prototype":{"bad":1}},"editions":[{"year":2025,"components":[]}]}`;
      const result = validateProgramme(JSON.parse(text));
      // The sound edition is still judged on its meaning, beside the shape errors.
      expect(codesAt(result).sort()).toEqual([
        "empty-edition@editions.0.components",
        "unknown-field@__proto__",
        "unknown-field@constructor",
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).bad).toBeUndefined();
    });

    it("__proto__, constructor and toString work as ids", () => {
      const p = minimalProgramme();
      p.themes = [
        { id: "__proto__", name: "P" },
        { id: "constructor", name: "C" },
        { id: "toString", name: "T" },
      ];
      const components = ["__proto__", "constructor", "toString"].map((id) => ({
        id,
        title: id,
        stars: 1 as const,
        requirement: "elective" as const,
        format: "classroom" as const,
        theme: id,
      }));
      p.editions = [{ year: 2025, components }];
      const result = validateProgramme(p);
      expect(codesAt(result)).toEqual([]);
      // A duplicate of such an id is still seen as a duplicate.
      p.themes.push({ id: "__proto__", name: "again" });
      expect(codesAt(validateProgramme(p))).toEqual(["duplicate-id@themes.3.id"]);
    });
  });

  it("a hostile getter in the input becomes a diagnostic, not a crash", () => {
    const p = minimalProgramme() as Record<string, unknown>;
    Object.defineProperty(p, "name", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(codesAt(validateProgramme(p))).toEqual(["unreadable-input@"]);
  });

  it("parseProgramme throws one error carrying every diagnostic", () => {
    const p = withComponent({ stars: 7 });
    expect(() => parseProgramme(p)).toThrow(SterrenprogrammaValidationError);
    try {
      parseProgramme(p);
    } catch (error) {
      expect((error as SterrenprogrammaValidationError).diagnostics.map((d) => d.code)).toEqual([
        "stars-out-of-range",
      ]);
      expect((error as Error).message).toContain("editions[0].components[0].stars");
    }
  });
});
