import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", koffer: "src/koffer/index.ts" },
  format: ["esm", "cjs"],
  // TypeScript 6 deprecates `baseUrl`, which tsup's .d.ts step still sets internally.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  target: "es2022",
  platform: "neutral",
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: false,
});
