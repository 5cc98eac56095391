import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

/**
 * `sterrenprogramma/koffer` must be usable on its own: bundling it must pull in no star rule and
 * no programme module (rules C). This bundles the entry and reads the bundle's inputs.
 */
describe("the koffer entry point", () => {
  it("bundles without any star-rule or programme module", async () => {
    const result = await build({
      entryPoints: [join(root, "src/koffer/index.ts")],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(0);
    const forbidden = inputs.filter((path) => /src\/(programme|stars|example)\//.test(path));
    expect(forbidden).toEqual([]);
  });
});
