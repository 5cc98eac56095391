import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      koffer: "src/koffer/index.ts",
      documents: "src/documents/index.ts",
    },
    format: ["esm", "cjs"],
    // TypeScript 6 deprecates `baseUrl`, which tsup's .d.ts step still sets internally.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    target: "es2022",
    platform: "neutral",
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
  },
  // The `sterrenprogramma` bin (src/cli): ESM for Node only, no types, and no `clean`, so that it
  // never removes the library build beside it in dist/.
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    sourcemap: true,
    clean: false,
    dts: false,
    treeshake: true,
    splitting: false,
  },
]);
