import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import { schemaSeverities } from "../../src/diagnostics/schema-codes.js";
import { isMissing, valueAt } from "../../src/diagnostics/value.js";
import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import { semanticSeverities } from "../../src/programme/diagnostics.js";
import {
  validateParticipant,
  validateParticipants,
  validateProgramme,
} from "../../src/programme/validate.js";
import { anyValue, hostileJson, mutate, mutation, pathsOf } from "../arbitraries/programme.js";
import { deepFreeze, diagnosticsOf } from "../fixtures/helpers.js";
import { minimalProgramme } from "../fixtures/minimal.js";

const severities: Record<string, string> = { ...schemaSeverities, ...semanticSeverities };

/** The checks every diagnostic must pass, whatever the input. */
function expectWellFormed(diagnostic: DiagnosticOf<string, unknown>, input: unknown) {
  expect(severities[diagnostic.code]).toBe(diagnostic.severity);
  expect(Array.isArray(diagnostic.path)).toBe(true);
  for (const s of diagnostic.path) expect(["string", "number"]).toContain(typeof s);
  expect(diagnostic.message.nl.length).toBeGreaterThan(0);
  expect(diagnostic.message.en.length).toBeGreaterThan(0);
  expect(diagnostic.message.nl).not.toBe(diagnostic.message.en);
  // The path leads into the input: at least its parent exists (a missing field names its key).
  if (diagnostic.code !== "unreadable-input") {
    expect(isMissing(valueAt(input, diagnostic.path.slice(0, -1)))).toBe(false);
  }
}

function expectValidationContract(input: unknown) {
  const result = validateProgramme(input);
  const diagnostics = diagnosticsOf(result);
  if (!result.ok) expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  else expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
  for (const d of diagnostics) expectWellFormed(d, input);
}

/** Property runs are many small validations; on a shared machine they need more than 5 s. */
const PROPERTY_TIMEOUT = 60_000;

describe("rules A10.7: validation never throws and every diagnostic is well formed", () => {
  test.prop([hostileJson], { numRuns: 300 })(
    "rules A10.7 arbitrary JSON as a programme",
    (input) => {
      expectValidationContract(input);
    },
    PROPERTY_TIMEOUT,
  );

  test.prop([anyValue], { numRuns: 300 })(
    "rules A10.7 arbitrary JS values as a programme",
    (input) => {
      expect(() => validateProgramme(input)).not.toThrow();
      expect(() => validateParticipant(input)).not.toThrow();
      expect(() => validateParticipants(input)).not.toThrow();
    },
    PROPERTY_TIMEOUT,
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: 400 })(
    "rules A10.7 mutated copies of the example programme",
    (mutations) => {
      expectValidationContract(mutate(exampleProgramme, mutations));
    },
    PROPERTY_TIMEOUT,
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 300 })(
    "rules A10.7 mutated copies of the minimal programme",
    (mutations) => {
      expectValidationContract(mutate(minimalProgramme(), mutations));
    },
    PROPERTY_TIMEOUT,
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 300 })(
    "rules A10.7 mutated example participants",
    (mutations) => {
      const input = mutate(exampleParticipants, mutations);
      const programme = validateProgramme(exampleProgramme);
      if (!programme.ok) throw new Error("the example must be valid");
      const result = validateParticipants(input, programme.value);
      for (const d of diagnosticsOf(result)) expectWellFormed(d, input);
    },
    PROPERTY_TIMEOUT,
  );
});

describe("rules A10.6: purity", () => {
  test.prop([fc.array(mutation, { maxLength: 2 })], { numRuns: 100 })(
    "rules A10.6 deep-frozen inputs are accepted, left unchanged, and give a deep-equal output",
    (mutations) => {
      const input = mutate(exampleProgramme, mutations);
      const snapshot = structuredClone(input);
      const frozen = deepFreeze(input);
      const first = validateProgramme(frozen);
      expect(frozen).toEqual(snapshot);
      expect(validateProgramme(structuredClone(snapshot))).toEqual(first);
    },
  );

  it("rules A10.6 the frozen example validates like the unfrozen one", () => {
    const frozen = deepFreeze(structuredClone(exampleProgramme));
    const result = validateProgramme(frozen);
    expect(result.ok).toBe(true);
    expect(result).toEqual(validateProgramme(structuredClone(exampleProgramme)));
    if (!result.ok) return;
    const participants = deepFreeze(structuredClone(exampleParticipants));
    expect(validateParticipants(participants, deepFreeze(result.value)).ok).toBe(true);
  });
});

/**
 * The example programme with a problem of every meaning a check can find, so that the laws below
 * have meaning diagnostics to keep or lose.
 */
function troubledProgramme(): Record<string, unknown> {
  const p = structuredClone(exampleProgramme) as unknown as {
    themes: { id: string; name: string }[];
    learningLines: { id: string; name: string }[];
    policy: Record<string, unknown>;
    editions: { year: number; components: Record<string, unknown>[] }[];
  };
  const first = p.editions[0]?.components[0] as Record<string, unknown>;
  first.theme = "klantgerichtheit";
  first.spearheads = ["mediawijsheid", "laaggeletterheid"];
  p.themes.push({ id: "leeg", name: "Leeg" });
  p.learningLines.push({ ...(p.learningLines[0] as { id: string; name: string }) });
  p.policy = { ...p.policy, cap: null, carryOver: 2, minimumPerYear: 20 };
  const small = {
    id: "kort",
    title: "Kort",
    stars: 1,
    requirement: "elective",
    format: "informal",
    theme: "mediawijsheid",
  };
  // 2027–2028 cannot reach the target (and 2028 is empty); 2029 is missing.
  p.editions.push(
    { year: 2027, components: [small] },
    { year: 2028, components: [] },
    { year: 2030, components: [small] },
  );
  return p as unknown as Record<string, unknown>;
}

/** The meaning diagnostics of a result, in order, with their params and messages. */
const semanticOf = (result: Parameters<typeof diagnosticsOf>[0]) =>
  diagnosticsOf(result).filter((d) => !Object.hasOwn(schemaSeverities, d.code));

const keyOf = (d: DiagnosticOf<string, unknown>) => `${d.code}@${d.path.join(".")}`;

/** A value no field of any schema accepts: an object with a key no schema knows. */
const BROKEN = { "\u0000broken": true };

/** The document with the value at one path replaced by `BROKEN`. */
function breakAt(document: unknown, pick: number): unknown {
  const copy = structuredClone(document);
  const paths = pathsOf(copy).filter((path) => path.length > 0);
  const path = paths[pick % paths.length] as (string | number)[];
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy);
  (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = BROKEN;
  return copy;
}

const programmes = fc.constantFrom<[string, unknown]>(
  ["example", exampleProgramme],
  ["troubled", troubledProgramme()],
  ["minimal", minimalProgramme()],
);

describe("validation all at once: the laws (issue 16, rules A9, A10.7)", () => {
  it("the troubled programme has meaning diagnostics of many kinds to work with", () => {
    const codes = new Set(semanticOf(validateProgramme(troubledProgramme())).map((d) => d.code));
    expect([...codes].sort()).toEqual([
      "carry-over-without-cap",
      "duplicate-id",
      "empty-edition",
      "minimum-per-year-unreachable",
      "missing-edition",
      "target-unreachable",
      "theme-without-components",
      "unknown-reference",
    ]);
  });

  test.prop([programmes, fc.nat()], { numRuns: 400 })(
    "rules A9 no follow-on: making any one part unsound never adds a meaning diagnostic",
    ([, document], pick) => {
      const before = new Set(semanticOf(validateProgramme(document)).map(keyOf));
      const broken = breakAt(document, pick);
      const result = validateProgramme(broken);
      expect(result.ok).toBe(false);
      for (const d of semanticOf(result)) expect(before).toContain(keyOf(d));
    },
    PROPERTY_TIMEOUT,
  );

  const unrelatedFields = new Set(["name", "title", "description", "hours"]);
  test.prop(
    [
      programmes,
      fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 5 }),
      fc.constantFrom<unknown>("", "   ", null, -1, [], { x: 1 }),
    ],
    { numRuns: 300 },
  )(
    "rules A9 the meaning diagnostics are the same whether or not an unrelated part is unsound",
    ([, document], picks, value) => {
      const copy = structuredClone(document) as Record<string, unknown>;
      const targets = pathsOf(copy).filter((path) =>
        unrelatedFields.has(String(path[path.length - 1])),
      );
      const expected = semanticOf(validateProgramme(copy));
      for (const pick of picks) {
        const path = targets[pick % targets.length] as (string | number)[];
        const parent = path
          .slice(0, -1)
          .reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy);
        (parent as Record<string | number, unknown>)[path[path.length - 1] as string] = value;
      }
      const result = validateProgramme(copy);
      expect(result.ok).toBe(false);
      expect(semanticOf(result)).toEqual(expected);
    },
    PROPERTY_TIMEOUT,
  );

  const programme = validateProgramme(exampleProgramme);
  const troubledParticipants = (() => {
    const list = structuredClone(exampleParticipants) as unknown as Record<string, unknown>[];
    list.push(
      { id: "p-anouk", groups: ["front-office"] },
      {
        id: "p-extra",
        completions: [{ component: "privacy-en-agv", date: "2025-03-01" }],
        roles: [{ theme: "mediawysheid", role: "trainer", year: 2025 }],
        exemptions: [{ from: "2025-06-01", to: "2025-05-01", reason: "verlof" }],
        developmentPoints: [{ kind: "spearhead", id: "educatie-x" }],
      },
    );
    return list;
  })();
  const participantLists = fc.constantFrom<unknown>(exampleParticipants, troubledParticipants);

  test.prop([participantLists, fc.nat()], { numRuns: 300 })(
    "rules A9 no follow-on in participants: making any one part unsound never adds a meaning diagnostic",
    (list, pick) => {
      if (!programme.ok) throw new Error("the example must be valid");
      const before = new Set(semanticOf(validateParticipants(list, programme.value)).map(keyOf));
      const result = validateParticipants(breakAt(list, pick), programme.value);
      expect(result.ok).toBe(false);
      for (const d of semanticOf(result)) expect(before).toContain(keyOf(d));
    },
    PROPERTY_TIMEOUT,
  );

  it("the troubled participants have meaning diagnostics of every participant kind", () => {
    if (!programme.ok) throw new Error("the example must be valid");
    const codes = new Set(
      semanticOf(validateParticipants(troubledParticipants, programme.value)).map((d) => d.code),
    );
    expect([...codes].sort()).toEqual([
      "duplicate-id",
      "period-reversed",
      "unknown-component",
      "unknown-development-point",
      "unknown-group",
      "unknown-role-theme",
    ]);
  });
});
