import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
/** Modules a koffer-only app must never carry: the star rules, the programme, zod. */
const forbidden = /src\/(programme|stars|example)\/|node_modules\/zod\//;

/**
 * The koffer charts are for apps that score koffers, which import `sterrenprogramma/koffer` and
 * must not pull in the star rules (rules C). These bundle the charts and read which modules went in.
 */
describe("the koffer charts import no star rules", () => {
  it("the chart modules themselves import no star-rule, programme or zod module", async () => {
    const result = await build({
      entryPoints: [join(root, "src/documents/koffer-charts/index.ts")],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("src/documents/koffer-charts/strip.ts");
    expect(inputs.filter((path) => forbidden.test(path))).toEqual([]);
  });

  it("an app that imports only the charts from sterrenprogramma/documents carries none either", async () => {
    const result = await build({
      stdin: {
        contents:
          'export { kofferStripChart, kofferRoundsChart, kofferTeamsChart } from "./src/documents/index.ts";',
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    // What ends up in the output after tree-shaking (an input with 0 bytes in it was dropped).
    const [output] = Object.values(result.metafile.outputs);
    const carried = Object.entries(output?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([path]) => path);
    expect(carried).toContain("src/documents/koffer-charts/strip.ts");
    expect(carried.filter((path) => forbidden.test(path))).toEqual([]);
  });
});
