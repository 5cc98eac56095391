import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { aggregateSheets } from "../../src/koffer/aggregate.js";
import { exampleConnectieTemplate } from "../../src/koffer/examples.js";
import { validateSheet } from "../../src/koffer/sheet.js";
import { validateTemplate } from "../../src/koffer/template.js";
import { anyValue, hostileJsonTree } from "../arbitraries/values.js";
import { diagnosticsOf, expectWellFormed } from "./fixtures.js";

/** JSON whose objects use the format's own keys and the keys that attack prototypes. */
const hostileJson = hostileJsonTree([
  "id",
  "kind",
  "name",
  "categories",
  "budget",
  "budgetRule",
  "respondent",
  "scores",
  "netwerken",
]);

describe("hostile input never throws and every diagnostic is well formed", () => {
  test.prop([fc.oneof(hostileJson, anyValue)], { numRuns: 300 })(
    "validateTemplate on arbitrary input",
    (input) => {
      const result = validateTemplate(input);
      for (const d of diagnosticsOf(result)) expectWellFormed(d);
      if (!result.ok) expect(result.diagnostics.length).toBeGreaterThan(0);
    },
  );

  test.prop([fc.oneof(hostileJson, anyValue)], { numRuns: 300 })(
    "validateSheet on arbitrary input",
    (input) => {
      const result = validateSheet(exampleConnectieTemplate, input);
      for (const d of diagnosticsOf(result)) expectWellFormed(d);
    },
  );

  test.prop([fc.array(fc.oneof(hostileJson, anyValue), { maxLength: 5 }), fc.boolean()], {
    numRuns: 200,
  })("aggregateSheets on arbitrary sheets", (inputs, anonymous) => {
    const aggregate = aggregateSheets(exampleConnectieTemplate, inputs, { anonymous });
    expect(aggregate.counts.received).toBe(inputs.length);
    expect(aggregate.counts.valid + aggregate.counts.leftOut).toBe(inputs.length);
    for (const sheet of aggregate.leftOut) {
      expect(sheet.diagnostics.length).toBeGreaterThan(0);
      for (const d of sheet.diagnostics) {
        expectWellFormed(d);
        expect(d.path[0]).toBe(sheet.index);
      }
      if (anonymous) expect(sheet.respondent).toBeNull();
    }
  });

  test.prop([hostileJson], { numRuns: 200 })("nothing pollutes Object.prototype", (input) => {
    validateTemplate(input);
    validateSheet(exampleConnectieTemplate, input);
    aggregateSheets(exampleConnectieTemplate, [input, { scores: input }]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).budget).toBeUndefined();
  });
});
