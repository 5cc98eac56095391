import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { DiagnosticOf } from "../../src/diagnostics/diagnostic.js";
import { actionStatuses, validateActionPlan } from "../../src/koffer/actions.js";
import { kofferSeverities } from "../../src/koffer/diagnostics.js";
import { planSeverities } from "../../src/koffer/team-score-action-plan-diagnostics.js";
import { anyValue, hostileJsonTree } from "../arbitraries/values.js";
import { diagnosticsOf, expectWellFormedIn, template } from "./fixtures.js";

const t = template({
  id: "t",
  kind: "connectie",
  name: "Test",
  categories: ["netwerken", "__proto__", "constructor"].map((id) => ({ id, label: id })),
});

const expectWellFormed = (d: DiagnosticOf<string, unknown>) =>
  expectWellFormedIn({ ...kofferSeverities, ...planSeverities }, d);

/** JSON whose objects use the plan's own keys and the keys that attack prototypes. */
const hostileJson = hostileJsonTree(["category", "small", "large", "text", "status"], {
  leaves: fc.constantFrom(...actionStatuses, "netwerken", "__proto__", ""),
});

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
