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
import { anyValue, hostileJson, mutate, mutation } from "../arbitraries/programme.js";
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

describe("SPEC A10 invariant 7: validation never throws and every diagnostic is well formed", () => {
  test.prop([hostileJson], { numRuns: 300 })("A10.7 arbitrary JSON as a programme", (input) => {
    expectValidationContract(input);
  });

  test.prop([anyValue], { numRuns: 300 })("A10.7 arbitrary JS values as a programme", (input) => {
    expect(() => validateProgramme(input)).not.toThrow();
    expect(() => validateParticipant(input)).not.toThrow();
    expect(() => validateParticipants(input)).not.toThrow();
  });

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: 400 })(
    "A10.7 mutated copies of the example programme",
    (mutations) => {
      expectValidationContract(mutate(exampleProgramme, mutations));
    },
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 300 })(
    "A10.7 mutated copies of the minimal programme",
    (mutations) => {
      expectValidationContract(mutate(minimalProgramme(), mutations));
    },
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 })], { numRuns: 300 })(
    "A10.7 mutated example participants",
    (mutations) => {
      const input = mutate(exampleParticipants, mutations);
      const programme = validateProgramme(exampleProgramme);
      if (!programme.ok) throw new Error("the example must be valid");
      const result = validateParticipants(input, programme.value);
      for (const d of diagnosticsOf(result)) expectWellFormed(d, input);
    },
  );
});

describe("SPEC A10 invariant 6: purity", () => {
  test.prop([fc.array(mutation, { maxLength: 2 })], { numRuns: 100 })(
    "A10.6 deep-frozen inputs are accepted, left unchanged, and give a deep-equal output",
    (mutations) => {
      const input = mutate(exampleProgramme, mutations);
      const snapshot = structuredClone(input);
      const frozen = deepFreeze(input);
      const first = validateProgramme(frozen);
      expect(frozen).toEqual(snapshot);
      expect(validateProgramme(structuredClone(snapshot))).toEqual(first);
    },
  );

  it("A10.6 the frozen example validates like the unfrozen one", () => {
    const frozen = deepFreeze(structuredClone(exampleProgramme));
    const result = validateProgramme(frozen);
    expect(result.ok).toBe(true);
    expect(result).toEqual(validateProgramme(structuredClone(exampleProgramme)));
    if (!result.ok) return;
    const participants = deepFreeze(structuredClone(exampleParticipants));
    expect(validateParticipants(participants, deepFreeze(result.value)).ok).toBe(true);
  });
});
