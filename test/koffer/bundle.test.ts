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

  // The budget of the whole entry (B1–B6, every export). Issue 4's goal is 8 kB; with the team
  // score, action plans and comparisons the entry is about 10.8 kB, so the budget guards against
  // growth while the goal stays open (see bench/README.md, "Koffer"). Issue 16's category labels
  // in the messages took it to about 11.1 kB; issue 17 asks for 11 kB again.
  it("stays within its 11.25 kB budget minified and gzipped", async () => {
    const result = await bundle(true);
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(11.25 * 1024);
  });
});
