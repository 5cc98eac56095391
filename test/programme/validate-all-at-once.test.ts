import { describe, expect, it } from "vitest";
import { schemaSeverities } from "../../src/diagnostics/schema-codes.js";
import { MAX_SUGGESTED_NAMES } from "../../src/diagnostics/suggest.js";
import { exampleProgramme } from "../../src/example/programme.js";
import type { ProgrammeInput } from "../../src/programme/types.js";
import {
  parseProgramme,
  validateParticipant,
  validateParticipants,
  validateProgramme,
} from "../../src/programme/validate.js";
import { codesAt, diagnosticsOf } from "../fixtures/helpers.js";
import { component, minimalProgramme } from "../fixtures/minimal.js";

/** The minimal programme with one change applied. */
function variant(change: (p: ProgrammeInput & Record<string, unknown>) => void): unknown {
  const p = minimalProgramme() as ProgrammeInput & Record<string, unknown>;
  change(p);
  return p;
}

/** A theme beside the minimal programme's "t", with a name a person would misspell. */
const klant = { id: "klantgerichtheid", name: "Klantgerichtheid" };

const byCode = (result: Parameters<typeof diagnosticsOf>[0], code: string) =>
  diagnosticsOf(result).filter((d) => d.code === code);

const isSemantic = (code: string) => !Object.hasOwn(schemaSeverities, code);

describe("validation reports meaning beside shape, in one run (issue 16, rules A9)", () => {
  it("rules A9 the issue's example: `stars: 4` and a misspelt theme are both reported, with a suggestion", () => {
    const result = validateProgramme(
      variant((p) => {
        p.themes?.push(klant);
        p.editions[0]?.components.push(
          component("balie", { stars: 4, theme: "klantgerichtheit" }) as never,
        );
      }),
    );
    expect(result.ok).toBe(false);
    expect(codesAt(result)).toEqual([
      "stars-out-of-range@editions.0.components.1.stars",
      "unknown-reference@editions.0.components.1.theme",
      // The misspelt reference leaves the real theme unused: true of the file as written.
      "theme-without-components@themes.1.id",
    ]);
    const [reference] = byCode(result, "unknown-reference");
    expect(reference).toMatchObject({
      severity: "error",
      params: { kind: "theme", id: "klantgerichtheit", suggestion: "klantgerichtheid" },
    });
    expect(reference?.message.en).toBe(
      'There is no theme "klantgerichtheit" in the programme. Did you mean "klantgerichtheid"?',
    );
    expect(reference?.message.nl).toBe(
      'Het programma heeft geen thema "klantgerichtheit". Bedoel je "klantgerichtheid"?',
    );
  });

  it("rules A9 an unsound edition leaves the sound ones judged: a duplicate and an unknown spearhead elsewhere", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { ...p.policy, window: { years: 2 } };
        p.editions.push({
          year: "2026" as never,
          components: [component("x", { spearheads: ["nope"] }), component("x")],
        });
      }),
    );
    // Sorted errors first, then by path: "components" before "year".
    expect(codesAt(result)).toEqual([
      "unknown-reference@editions.1.components.0.spearheads.0",
      "duplicate-id@editions.1.components.1.id",
      "invalid-type@editions.1.year",
    ]);
  });

  it("rules A9 a sound window is judged on reachability while the window with an unsound component is not", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { startYear: 2025, window: { years: 1 }, target: 4, cap: 4 };
        p.editions[0]?.components.push(component("b", { stars: "veel" }) as never);
        p.editions.push({ year: 2026, components: [component("c", { stars: 3, theme: "t" })] });
      }),
    );
    expect(codesAt(result)).toEqual([
      "target-unreachable@editions",
      "stars-out-of-range@editions.0.components.1.stars",
    ]);
    expect(byCode(result, "target-unreachable")[0]?.params).toEqual({
      windowStart: 2026,
      windowEnd: 2026,
      reachable: 3,
      target: 4,
    });
  });

  it("rules A9 a participant's sound completions are judged beside a broken one", () => {
    const programme = parseProgramme(minimalProgramme());
    const result = validateParticipant(
      {
        id: "p1",
        completions: [
          { component: "a", date: "2025-13-01" },
          { component: "A", date: "2025-03-01", status: "klaar" },
          { component: "a", date: "2030-03-01" },
        ],
      },
      programme,
    );
    expect(result.ok).toBe(false);
    expect(codesAt(result as never)).toEqual([
      "invalid-date@completions.0.date",
      "invalid-value@completions.1.status",
      "unknown-component@completions.1.component",
      "completion-without-edition@completions.2.date",
    ]);
    // "A" is the title of component "a": the suggestion is the id to write.
    expect(byCode(result, "unknown-component")[0]?.params).toEqual({
      component: "A",
      suggestion: "a",
    });
  });

  it("a participant list: an id repeated on a row that fails is still a duplicate", () => {
    const result = validateParticipants([{ id: "p1" }, { id: "p1", groups: "frontoffice" }]);
    expect(codesAt(result as never)).toEqual(["invalid-type@1.groups", "duplicate-id@1.id"]);
  });
});

describe("suggestions: the nearest known name (issue 16)", () => {
  it("an unknown field names the nearest field the object may have", () => {
    const result = validateProgramme(
      variant((p) => {
        Object.assign(p.editions[0]?.components[0] ?? {}, { hour: 2 });
      }),
    );
    const [d] = diagnosticsOf(result);
    expect(d).toMatchObject({
      code: "unknown-field",
      path: ["editions", 0, "components", 0, "hour"],
      params: { field: "hour", suggestion: "hours" },
    });
    expect(d?.message.en).toBe('The field "hour" is not part of the format; did you mean "hours"?');
    expect(d?.message.nl).toBe('Het veld "hour" hoort niet bij het formaat; bedoel je "hours"?');
  });

  it("an unknown field in a nested object, in a category cap (by its kind) and in a participant", () => {
    const programme = validateProgramme(
      variant((p) => {
        p.policy = {
          startYear: 2025,
          window: { years: 1, kidn: "fixed" } as never,
          target: 3,
          categoryCaps: [{ kind: "learning-line", learningLine: "ll", maxStar: 2 } as never],
        };
      }),
    );
    expect(diagnosticsOf(programme).map((d) => [d.code, d.path.join("."), d.params])).toEqual([
      [
        "unknown-field",
        "policy.categoryCaps.0.maxStar",
        { field: "maxStar", suggestion: "maxStars" },
      ],
      ["missing-field", "policy.categoryCaps.0.maxStars", { field: "maxStars" }],
      ["unknown-field", "policy.window.kidn", { field: "kidn", suggestion: "kind" }],
    ]);
    const participant = validateParticipant({ id: "p1", completion: [] });
    expect(diagnosticsOf(participant)[0]?.params).toEqual({
      field: "completion",
      suggestion: "completions",
    });
  });

  it("a field the object already has is not suggested, and a far one gets no suggestion", () => {
    const result = validateProgramme(
      variant((p) => {
        Object.assign(p.editions[0]?.components[0] ?? {}, { star: 2, onderwerp: "t" });
      }),
    );
    expect(diagnosticsOf(result).map((d) => d.params)).toEqual([
      { field: "onderwerp", suggestion: null },
      { field: "star", suggestion: null }, // "stars" is there already
    ]);
    expect(diagnosticsOf(result)[0]?.message.en).toContain("check its spelling");
  });

  it("every kind of programme reference: theme, learning line, spearhead, group, capped learning line", () => {
    const result = validateProgramme(
      variant((p) => {
        p.groups = [{ id: "frontoffice", name: "Frontoffice" }];
        p.learningLines?.push({ id: "vakkennis", name: "Vakkennis" });
        p.editions[0]?.components.push(
          component("b", {
            theme: "T",
            learningLines: ["vakkenis"],
            spearheads: ["Speerpunt"],
            audience: ["front-office"],
          }),
        );
        p.policy = {
          ...p.policy,
          categoryCaps: [{ kind: "learning-line", learningLine: "vakennis", maxStars: 2 }],
        };
      }),
    );
    const found = byCode(result, "unknown-reference").map((d) => d.params);
    expect(found).toEqual([
      { kind: "group", id: "front-office", suggestion: "frontoffice" },
      { kind: "learning-line", id: "vakkenis", suggestion: "vakkennis" },
      { kind: "spearhead", id: "Speerpunt", suggestion: "sp" }, // by its name
      { kind: "theme", id: "T", suggestion: "t" }, // case only
      { kind: "learning-line", id: "vakennis", suggestion: "vakkennis" },
    ]);
  });

  it("every kind of participant reference: component, role theme, development point, group", () => {
    const programme = parseProgramme(exampleProgramme);
    const result = validateParticipant(
      {
        id: "p1",
        groups: ["frontofice"],
        completions: [{ component: "privacy-en-agv", date: "2025-03-01" }],
        roles: [{ theme: "mediawysheid", role: "trainer", year: 2025 }],
        developmentPoints: [{ kind: "learning-line", id: "samenwerking" }],
      },
      programme,
    );
    expect(result.ok).toBe(true);
    expect(diagnosticsOf(result).map((d) => [d.code, d.params])).toEqual([
      ["unknown-component", { component: "privacy-en-agv", suggestion: "privacy-en-avg" }],
      [
        "unknown-development-point",
        { kind: "learning-line", id: "samenwerking", suggestion: "samenwerken" },
      ],
      ["unknown-group", { group: "frontofice", suggestion: "frontoffice" }],
      ["unknown-role-theme", { theme: "mediawysheid", year: 2025, suggestion: "mediawijsheid" }],
    ]);
    for (const d of diagnosticsOf(result)) {
      const { suggestion } = d.params as { suggestion: string };
      expect(d.message.en).toContain(`Did you mean "${suggestion}"?`);
      expect(d.message.nl).toContain(`Bedoel je "${suggestion}"?`);
    }
  });

  it("a component's exact title finds its id", () => {
    const programme = parseProgramme(exampleProgramme);
    const title = programme.editions[0]?.components[0]?.title ?? "";
    const id = programme.editions[0]?.components[0]?.id;
    const result = validateParticipant(
      { id: "p1", completions: [{ component: title, date: "2025-03-01" }] },
      programme,
    );
    expect(diagnosticsOf(result)[0]?.params).toEqual({ component: title, suggestion: id });
  });

  it("a name near nothing gets no suggestion, and the message says no more", () => {
    const result = validateProgramme(
      variant((p) => p.editions[0]?.components.push(component("b", { theme: "geheel-anders" }))),
    );
    const [d] = byCode(result, "unknown-reference");
    expect(d?.params).toEqual({ kind: "theme", id: "geheel-anders", suggestion: null });
    expect(d?.message.en).toBe('There is no theme "geheel-anders" in the programme.');
  });

  it(`suggestions are bounded: at most ${MAX_SUGGESTED_NAMES} distinct names per validation, memoised`, () => {
    const programme = parseProgramme({
      ...minimalProgramme(),
      editions: [{ year: 2025, components: [component("component-a", { theme: "t", stars: 3 })] }],
      themes: [{ id: "t", name: "Thema" }],
    });
    // 150 distinct misspellings, each on two rows.
    const rows = Array.from({ length: 300 }, (_, i) => ({
      id: `p${i}`,
      completions: [{ component: `component-${(i % 150).toString(36)}x`, date: "2025-03-01" }],
    }));
    const result = validateParticipants(rows, programme);
    const suggested = diagnosticsOf(result).filter(
      (d) => (d.params as { suggestion: string | null }).suggestion !== null,
    );
    const names = new Set(suggested.map((d) => (d.params as { component: string }).component));
    expect(diagnosticsOf(result)).toHaveLength(300);
    // Every misspelling is within reach of "component-a" ("component-45x": three steps), so
    // exactly the first MAX_SUGGESTED_NAMES distinct ones get a suggestion.
    expect(names.size).toBe(MAX_SUGGESTED_NAMES);
    // Memoised: a name that got a suggestion got it on both of its rows.
    expect(suggested).toHaveLength(names.size * 2);
  });
});

describe("no follow-on or duplicate diagnostics from an unsound part (issue 16, rules A9)", () => {
  it("a misspelt field does not make its theme look unused", () => {
    const result = validateProgramme(
      variant((p) => {
        const c = p.editions[0]?.components[0] as Record<string, unknown>;
        c.them = c.theme;
        delete c.theme;
      }),
    );
    expect(diagnosticsOf(result).map((d) => [d.code, d.params])).toEqual([
      ["unknown-field", { field: "them", suggestion: "theme" }],
    ]);
  });

  it("a misspelt list at the root does not make every reference of its kind unknown", () => {
    const result = validateProgramme(
      variant((p) => {
        p.theme = p.themes;
        delete p.themes;
      }),
    );
    expect(codesAt(result)).toEqual(["unknown-field@theme"]);
    expect(diagnosticsOf(result)[0]?.params).toEqual({ field: "theme", suggestion: "themes" });
  });

  it("a theme with a broken id: references to its kind are not judged, and its id is not checked twice", () => {
    const result = validateProgramme(
      variant((p) => {
        p.themes = [{ id: " t", name: "Thema" }];
        const c = p.editions[0]?.components[0] as Record<string, unknown>;
        c.theme = "t ";
        // A sound reference to "t": the broken theme may well be the one it means.
        p.editions[0]?.components.push(component("b", { theme: "t" }));
      }),
    );
    expect(codesAt(result)).toEqual([
      "invalid-id@editions.0.components.0.theme",
      "invalid-id@themes.0.id",
    ]);
  });

  it("an empty list of editions is one diagnostic: no theme is called unused", () => {
    const result = validateProgramme(variant((p) => (p.editions = [])));
    expect(codesAt(result)).toEqual(["too-small@editions"]);
  });

  it("an edition year that cannot be read: no missing years, no reachability, no start-year warning", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { startYear: 2025, window: { years: 2 }, target: 30, cap: 30 };
        p.editions.push({ year: 2026.5, components: [component("b", { theme: "t" })] });
      }),
    );
    expect(codesAt(result)).toEqual(["not-an-integer@editions.1.year"]);
  });

  it("an unsound cap or target judges no rule that compares them", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = { ...p.policy, cap: "geen" as never, carryOver: 2, target: 3 };
      }),
    );
    expect(codesAt(result)).toEqual(["invalid-type@policy.cap"]);
    const noTarget = validateProgramme(
      variant((p) => (p.policy = { ...p.policy, target: -1, carryOver: 2 })),
    );
    expect(codesAt(noTarget)).toEqual(["too-small@policy.target"]);
  });

  it("a cap with a broken learning line is no duplicate and no unknown reference", () => {
    const result = validateProgramme(
      variant((p) => {
        p.policy = {
          ...p.policy,
          categoryCaps: [
            { kind: "learning-line", learningLine: "ll", maxStars: 2 },
            { kind: "learning-line", learningLine: 5 as never, maxStars: 2 },
            { kind: "learning-line", learningLine: "ll", maxStars: -1 },
          ],
        };
      }),
    );
    expect(codesAt(result)).toEqual([
      "invalid-type@policy.categoryCaps.1.learningLine",
      // The third caps the same learning line as the first: that is real, whatever its maximum.
      "duplicate-category-cap@policy.categoryCaps.2",
      "too-small@policy.categoryCaps.2.maxStars",
    ]);
  });

  it("a programme of another format version is not read for meaning", () => {
    const result = validateProgramme(
      variant((p) => {
        p.formatVersion = 2 as never;
        p.editions[0]?.components.push(component("b", { theme: "nope" }));
      }),
    );
    expect(codesAt(result)).toEqual(["unsupported-format-version@formatVersion"]);
  });

  it("a participant's role with an unreadable year, or a point of an unknown kind, is not judged", () => {
    const programme = parseProgramme(minimalProgramme());
    const result = validateParticipant(
      {
        id: "p1",
        roles: [{ theme: "onbekend", role: "trainer", year: "2025" }],
        developmentPoints: [{ kind: "thema", id: "onbekend" }],
        exemptions: [{ from: "2025-06-01", to: "2025-05-01", reason: "" }],
      },
      programme,
    );
    expect(codesAt(result as never)).toEqual([
      "invalid-value@developmentPoints.0.kind",
      "period-reversed@exemptions.0",
      "empty-text@exemptions.0.reason",
      "invalid-type@roles.0.year",
    ]);
  });

  it("each meaning diagnostic comes once, and none stands on a path that has a shape error", () => {
    const input = variant((p) => {
      p.themes?.push({ id: "t", name: "" });
      p.editions[0]?.components.push(
        component("a", { stars: 0, theme: "x" }),
        component("c", { learningLines: ["ll", 3, "zz"] }),
      );
    });
    const result = validateProgramme(input);
    const keys = codesAt(result);
    expect(new Set(keys).size).toBe(keys.length);
    const shapePaths = diagnosticsOf(result)
      .filter((d) => !isSemantic(d.code))
      .map((d) => d.path.join("."));
    for (const d of diagnosticsOf(result).filter((x) => isSemantic(x.code)))
      expect(shapePaths).not.toContain(d.path.join("."));
    expect(keys).toEqual([
      "duplicate-id@editions.0.components.1.id",
      "stars-out-of-range@editions.0.components.1.stars",
      "unknown-reference@editions.0.components.1.theme",
      "invalid-type@editions.0.components.2.learningLines.1",
      "unknown-reference@editions.0.components.2.learningLines.2",
      "duplicate-id@themes.1.id",
      "empty-text@themes.1.name",
    ]);
  });

  it("a value that changes between reads becomes a diagnostic, never a crash", () => {
    let reads = 0;
    const p = minimalProgramme() as Record<string, unknown>;
    Object.defineProperty(p, "name", {
      enumerable: true,
      get() {
        reads++;
        if (reads > 1) throw new Error("second read");
        return "";
      },
    });
    expect(() => validateProgramme(p)).not.toThrow();
    expect(codesAt(validateProgramme(p))).toEqual(["unreadable-input@"]);
  });
});
