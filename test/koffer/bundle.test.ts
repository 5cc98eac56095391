import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

async function bundle() {
  return build({
    entryPoints: [join(root, "src/koffer/index.ts")],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
}

/**
 * The koffer entry validates by hand: zod stays out, and so the entry stays small. How small is
 * size-limit's to hold, per use (package.json "size-limit": everything, one team round, a sheet
 * form), measured on the built entry in `.ci/run`; this test kept a second budget of its own for
 * the whole entry, measured another way (from source, without size-limit's correction), which
 * disagreed with it by a few dozen bytes and so could pass while size-limit failed, or the reverse.
 */
describe("the koffer entry bundle", () => {
  it("pulls in no zod module", async () => {
    const result = await bundle();
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((path) => /(^|\/)zod(\/|$)|node_modules/.test(path))).toEqual([]);
  });

  // One entry, tree-shaken per use: what a use does not import is not in its bundle. The modules
  // that end up in a minified bundle of `import { validateTemplate, validateSheet }` are the
  // template and sheet readers, their messages and the shared helpers; not the aggregate with its
  // own message, the team score, the comparisons or the example templates.
  it("a sheet form bundles the readers and their messages, nothing of the other uses", async () => {
    const result = await build({
      stdin: {
        contents: 'export { validateTemplate, validateSheet } from "./src/koffer/index.ts";',
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    const [output] = Object.values(result.metafile.outputs);
    const used = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path.replace(/^.*src\/koffer\//, ""));
    expect(used).toEqual(expect.arrayContaining(["template.ts", "sheet.ts", "i18n/nl.ts"]));
    for (const path of ["aggregate.ts", "i18n/aggregate-nl.ts", "team-score.ts", "compare.ts"]) {
      expect(used).not.toContain(path);
    }
    expect(used).not.toContain("examples.ts");
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).toContain("Twee vakjes mogen niet evenveel punten krijgen");
    expect(code).not.toContain("duplicate-respondent");
  });
});
