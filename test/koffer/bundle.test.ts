import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

async function bundle(minify: boolean) {
  return build({
    entryPoints: [join(root, "src/koffer/index.ts")],
    bundle: true,
    write: false,
    metafile: true,
    minify,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
}

/** The koffer entry validates by hand: zod stays out, and so the entry stays small. */
describe("the koffer entry bundle", () => {
  it("pulls in no zod module", async () => {
    const result = await bundle(false);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((path) => /(^|\/)zod(\/|$)|node_modules/.test(path))).toEqual([]);
  });

  it("stays within 8 kB minified and gzipped", async () => {
    const result = await bundle(true);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(8 * 1024);
  });
});
