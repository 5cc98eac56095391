import { describe, expect, it } from "vitest";
import { bundleOf, modulesOf } from "../bundled.js";

/**
 * The koffer entry validates by hand: zod stays out, and so the entry stays small. How small is
 * size-limit's to hold, per use (package.json "size-limit": everything, one team round, a sheet
 * form), measured on the built entry in `.ci/run`; this test kept a second budget of its own for
 * the whole entry, measured another way (from source, without size-limit's correction), which
 * disagreed with it by a few dozen bytes and so could pass while size-limit failed, or the reverse.
 */
describe("the koffer entry bundle", () => {
  it("pulls in no zod module", async () => {
    const inputs = await modulesOf("src/koffer/index.ts");
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((path) => /(^|\/)zod(\/|$)|node_modules/.test(path))).toEqual([]);
  });

  // One entry, tree-shaken per use: what a use does not import is not in its bundle. The modules
  // that end up in a minified bundle of `import { validateTemplate, validateSheet }` are the
  // template and sheet readers, their messages and the shared helpers; not the aggregate with its
  // own message, the team score, the comparisons or the example templates.
  it("a sheet form bundles the readers and their messages, nothing of the other uses", async () => {
    const { carried, code } = await bundleOf(
      "validateTemplate, validateSheet",
      "src/koffer/index.ts",
    );
    const used = carried.map((path) => path.replace(/^.*src\/koffer\//, ""));
    expect(used).toEqual(expect.arrayContaining(["template.ts", "sheet.ts", "i18n/nl.ts"]));
    for (const path of ["aggregate.ts", "i18n/aggregate-nl.ts", "team-score.ts", "compare.ts"]) {
      expect(used).not.toContain(path);
    }
    expect(used).not.toContain("examples.ts");
    expect(code).toContain("Twee vakjes mogen niet evenveel punten krijgen");
    expect(code).not.toContain("duplicate-respondent");
  });
});
