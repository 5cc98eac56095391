import { describe, expect, it } from "vitest";
import { bundleOf, modulesOf } from "../bundled.js";

/** Modules a koffer-only app must never carry: the star rules, the programme, zod. */
const forbidden = /src\/(programme|stars|example)\/|node_modules\/zod\//;

/**
 * The koffer charts are for apps that score koffers, which import `sterrenprogramma/koffer` and
 * must not pull in the star rules (rules C). These bundle the charts and read which modules went in.
 */
describe("the koffer charts import no star rules", () => {
  it("the chart modules themselves import no star-rule, programme or zod module", async () => {
    const inputs = await modulesOf("src/documents/koffer-charts/index.ts");
    expect(inputs).toContain("src/documents/koffer-charts/strip.ts");
    expect(inputs.filter((path) => forbidden.test(path))).toEqual([]);
  });

  it("an app that imports only the charts from sterrenprogramma/documents carries none either", async () => {
    const { carried } = await bundleOf(
      "kofferStripChart, kofferRoundsChart, kofferTeamsChart",
      "src/documents/index.ts",
    );
    expect(carried).toContain("src/documents/koffer-charts/strip.ts");
    expect(carried.filter((path) => forbidden.test(path))).toEqual([]);
  });
});
