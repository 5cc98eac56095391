import { describe, expect, it } from "vitest";
import { modulesOf } from "./bundled.js";

/**
 * `sterrenprogramma/koffer` must be usable on its own: bundling it must pull in no star rule and
 * no programme module (rules C). This bundles the entry and reads the bundle's inputs.
 */
describe("the koffer entry point", () => {
  it("bundles without any star-rule or programme module", async () => {
    const inputs = await modulesOf("src/koffer/index.ts");
    expect(inputs.length).toBeGreaterThan(0);
    const forbidden = inputs.filter((path) => /src\/(programme|stars|example)\//.test(path));
    expect(forbidden).toEqual([]);
  });
});
