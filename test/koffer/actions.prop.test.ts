import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import { actionStatuses, validateActionPlan } from "../../src/koffer/actions.js";
import { kofferSeverities } from "../../src/koffer/diagnostics.js";
import { planSeverities } from "../../src/koffer/team-score-action-plan-diagnostics.js";
import { anyValue } from "../arbitraries/values.js";
import { diagnosticsOf, template } from "./fixtures.js";

const t = template({
  id: "t",
  kind: "connectie",
  name: "Test",
  categories: ["netwerken", "__proto__", "constructor"].map((id) => ({ id, label: id })),
});

const severities: Record<string, string> = { ...kofferSeverities, ...planSeverities };

function expectWellFormed(d: DiagnosticOf<string, unknown>): void {
  expect(severities[d.code], d.code).toBe(d.severity);
  for (const segment of d.path) expect(["string", "number"]).toContain(typeof segment);
  expect(d.message.nl.length).toBeGreaterThan(0);
  expect(d.message.en.length).toBeGreaterThan(0);
  expect(d.message.nl).not.toBe(d.message.en);
}

const keys = fc.constantFrom(
  "__proto__",
  "constructor",
  "toString",
  "category",
  "small",
  "large",
  "text",
  "status",
);

/** JSON whose objects use the plan's own keys and the keys that attack prototypes. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(...actionStatuses, "netwerken", "__proto__", ""),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(keys, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** Near-valid plans: pairs with parts left out or spoiled. */
const point = fc.record(
  {
    text: fc.oneof(fc.constantFrom("Een stap.", "", " "), anyValue),
    status: fc.oneof(fc.constantFrom(...actionStatuses, "klaar"), anyValue),
  },
  { requiredKeys: [] },
);
const pair = fc.record(
  {
    category: fc.constantFrom("netwerken", "__proto__", "constructor", "toString", " x"),
    small: point,
    large: point,
  },
  { requiredKeys: [] },
);

describe("hostile input to validateActionPlan never throws", () => {
  test.prop([fc.oneof(hostileJson, anyValue, fc.array(pair, { maxLength: 5 }))], {
    numRuns: 400,
  })("a result, and every diagnostic has code, path and both messages", (input) => {
    const result = validateActionPlan(t, input);
    if (!result.ok) expect(result.diagnostics.length).toBeGreaterThan(0);
    else expect(Array.isArray(input) && result.value.length === input.length).toBe(true);
    for (const d of diagnosticsOf(result)) expectWellFormed(d);
  });

  test.prop([fc.array(pair, { maxLength: 5 })], { numRuns: 300 })(
    "a pair is refused with lone-action exactly when it has only one of small and large",
    (input) => {
      const lone = input.flatMap((p, i) => ("small" in p !== "large" in p ? [i] : []));
      const reported = diagnosticsOf(validateActionPlan(t, input))
        .filter((d) => d.code === "lone-action")
        .map((d) => d.path[0]);
      expect(reported).toEqual(lone);
    },
  );
});
