import { join } from "node:path";
import { build } from "esbuild";

/** The repository's root, which module paths in the answers below are relative to. */
const root = join(import.meta.dirname, "..");

/**
 * Every module a bundle of `entry` (a path from the repository's root, e.g. `src/koffer/index.ts`)
 * reads, tree-shaking aside: what importing the whole entry can pull in.
 */
export async function modulesOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

/**
 * A minified, tree-shaken bundle of `export { names } from entry`, as an app that imports just
 * those names gets it: the modules that keep code in it (a module with 0 bytes in the output was
 * dropped by tree-shaking), and its code.
 */
export async function bundleOf(
  names: string,
  entry: string,
): Promise<{ carried: string[]; code: string }> {
  const result = await build({
    stdin: { contents: `export { ${names} } from "./${entry}";`, resolveDir: root, loader: "ts" },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  const carried = Object.entries(output?.inputs ?? {})
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => path);
  return { carried, code: result.outputFiles[0]?.text ?? "" };
}
