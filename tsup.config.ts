import { rmSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsup";

/** The library's entry points, as package.json "exports" names them. */
const entry = {
  index: "src/index.ts",
  koffer: "src/koffer/index.ts",
  documents: "src/documents/index.ts",
};

/**
 * The CommonJS entry points: `require("sterrenprogramma")` loads the ES module build itself
 * (`require(esm)`, Node ≥ 20.19 and ≥ 22.12), so the package holds its code once. Their types are
 * the full declarations (`.d.cts`); the ESM `.d.ts` files re-export them, because ESM types may
 * import CommonJS ones under every `moduleResolution`, while the other way round fails `node16`
 * (TS1479). Measured sizes and the options weighed: docs/decisions.md, "The tarball (issue 17)".
 */
function writeCommonJsEntries(): void {
  for (const name of Object.keys(entry)) {
    writeFileSync(`dist/${name}.cjs`, `"use strict";\nmodule.exports = require("./${name}.js");\n`);
    writeFileSync(`dist/${name}.d.ts`, `export * from "./${name}.cjs";\n`);
  }
}

export default defineConfig(() => {
  // One clean before both builds below, which run at the same time: tsup's own `clean` in either
  // could remove what the other has written, and with declarations on it keeps stale `.d.ts` files.
  rmSync("dist", { recursive: true, force: true });
  return [
    // The code, once: ES modules split into shared chunks, with the `sterrenprogramma` bin
    // (src/cli/bin.ts, whose first line is its `#!` line) as a fourth entry that imports the same
    // chunks as the library instead of bundling it again. No source maps: see docs/decisions.md.
    {
      entry: { ...entry, cli: "src/cli/bin.ts" },
      format: ["esm"],
      target: "es2022",
      platform: "neutral",
      sourcemap: false,
      clean: false,
      dts: false,
      treeshake: true,
      splitting: true,
      onSuccess: async () => writeCommonJsEntries(),
    },
    // The declarations, once, as `.d.cts` (with shared `.d.cts` chunks).
    {
      entry,
      format: ["cjs"],
      // TypeScript 6 deprecates `baseUrl`, which tsup's .d.ts step still sets internally.
      dts: { only: true, compilerOptions: { ignoreDeprecations: "6.0" } },
      clean: false,
    },
  ];
});
