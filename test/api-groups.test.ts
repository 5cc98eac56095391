import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type ApiGroup, groupOfFile, withoutTrailingTags } from "../scripts/typedoc-tasks.mjs";
import { type EntryExport, entryExports } from "./entry-exports.js";

/**
 * The API reference (`npm run docs`) groups every export by task and includes the guides. The
 * grouping is a mapping by source path in typedoc.json ("apiGroups"), applied by the plugin
 * scripts/typedoc-tasks.mjs; these tests fail when an export, a guide or a group falls outside
 * it, without running TypeDoc (the build in .ci/run fails on the same mistakes, later and slower).
 */

const root = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

interface TypedocConfig {
  entryPoints: string[];
  readme: string;
  projectDocuments: string[];
  apiDocuments: Record<string, { group: string; title: string }>;
  apiModules: Record<string, string>;
  apiGroups: Record<string, ApiGroup>;
  groupOrder: string[];
}

const config = JSON.parse(read("typedoc.json")) as TypedocConfig;

interface ExportInfo extends EntryExport {
  /** The group named by a `@group` tag in its own TSDoc, which overrides the mapping. */
  tagged: string | undefined;
}

/** Every export of every entry point of the reference, with the group its own TSDoc names. */
function entryPointExports(): ExportInfo[] {
  return entryExports(config.entryPoints).map((e) => {
    const tag = e.tags.find((t) => t.name === "group");
    return {
      ...e,
      tagged: tag === undefined ? undefined : ts.displayPartsToString(tag.text).trim(),
    };
  });
}

const exports = entryPointExports();
const groupOf = (e: ExportInfo) => e.tagged ?? groupOfFile(config.apiGroups, e.file);

describe("the API reference: every export in a task group", () => {
  it("reads the entry points' exports (the walk itself works)", () => {
    const names = exports.map((e) => `${e.entry}:${e.name}`);
    expect(names).toContain("src/index.ts:validateProgramme");
    expect(names).toContain("src/koffer/index.ts:aggregateSheets");
    expect(names).toContain("src/documents/index.ts:statementDocument");
    expect(exports.length).toBeGreaterThan(250);
  });

  it("every export of every entry point belongs to a group of typedoc.json 'apiGroups'", () => {
    const ungrouped = exports
      .filter((e) => groupOf(e) === undefined)
      .map((e) => `${e.entry} exports ${e.name} from ${e.file}`);
    expect(ungrouped).toEqual([]);
  });

  it("every group an export lands in is ordered in 'groupOrder' (else it sorts last)", () => {
    const unordered = new Set(
      exports.map(groupOf).filter((g) => g !== undefined && !config.groupOrder.includes(g)),
    );
    expect([...unordered]).toEqual([]);
  });

  it("every group has a description and is used by some export (no stale groups or paths)", () => {
    const used = new Set(exports.map(groupOf));
    for (const [group, { description, paths }] of Object.entries(config.apiGroups)) {
      expect(description.length, group).toBeGreaterThan(10);
      expect(used.has(group), `no export is in "${group}"`).toBe(true);
      for (const path of paths) {
        expect(existsSync(join(root, path)), `${group}: ${path} does not exist`).toBe(true);
        const covers = exports.some((e) =>
          path.endsWith("/") ? e.file.startsWith(path) : e.file === path,
        );
        expect(covers, `${group}: nothing exported comes from ${path}`).toBe(true);
      }
    }
  });

  it("the task groups the issue asks for are there, each holding what its name says", () => {
    const groupOfExport = (entry: string, name: string) => {
      const found = exports.find((e) => e.entry === entry && e.name === name);
      return found === undefined ? undefined : groupOf(found);
    };
    expect(groupOfExport("src/index.ts", "validateProgramme")).toBe("Validation");
    expect(groupOfExport("src/index.ts", "computeStatement")).toBe("Statements");
    expect(groupOfExport("src/index.ts", "organisationReport")).toBe("Report");
    expect(groupOfExport("src/index.ts", "planToTarget")).toBe("Plans");
    expect(groupOfExport("src/index.ts", "startNextEdition")).toBe("Editing");
    expect(groupOfExport("src/index.ts", "readParticipantsTable")).toBe("Data in: tables and xAPI");
    expect(groupOfExport("src/index.ts", "completionsFromXapi")).toBe("Data in: tables and xAPI");
    expect(groupOfExport("src/index.ts", "longDate")).toBe("Dates and formatting");
    expect(groupOfExport("src/koffer/index.ts", "validateSheet")).toBe("Templates and sheets");
    expect(groupOfExport("src/documents/index.ts", "toCsv")).toBe("Spreadsheets and CSV");
  });
});

describe("the API reference: entry points", () => {
  it("shows every entry point under the import path users write", () => {
    const pkg = JSON.parse(read("package.json")) as {
      name: string;
      exports: Record<string, unknown>;
    };
    const importPaths = Object.keys(pkg.exports).map((key) =>
      key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`,
    );
    expect(Object.keys(config.apiModules).sort()).toEqual([...config.entryPoints].sort());
    for (const name of Object.values(config.apiModules)) {
      expect(importPaths, name).toContain(name);
    }
  });
});

describe("the API reference: the guides", () => {
  const docsPages = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`);

  it("includes every page of docs/ (but docs/README.md, whose table the navigation replaces)", () => {
    const missing = docsPages.filter(
      (page) => page !== "docs/README.md" && !config.projectDocuments.includes(page),
    );
    expect(missing).toEqual([]);
    expect(config.projectDocuments).toContain("docs/rules.md");
    expect(config.projectDocuments).toContain("docs/cli.md");
    expect(config.readme).toBe("README.md");
  });

  it("every listed guide exists and has a title and a group that is ordered", () => {
    for (const page of config.projectDocuments) {
      expect(existsSync(join(root, page)), `${page} does not exist`).toBe(true);
      const settings = config.apiDocuments[page];
      expect(settings, `${page} has no "apiDocuments" entry`).toBeDefined();
      expect(config.groupOrder, page).toContain(settings?.group);
      expect(settings?.title.length, page).toBeGreaterThan(2);
    }
    expect(Object.keys(config.apiDocuments).sort()).toEqual([...config.projectDocuments].sort());
  });

  it("the command line is a group of its own, holding docs/cli.md (it is not a library export)", () => {
    const cliGroup = config.apiDocuments["docs/cli.md"]?.group;
    expect(cliGroup).toMatch(/CLI/);
    const others = Object.entries(config.apiDocuments).filter(
      ([page, { group }]) => group === cliGroup && page !== "docs/cli.md",
    );
    expect(others).toEqual([]);
    expect(Object.keys(config.apiGroups)).not.toContain(cliGroup);
  });
});

describe("groupOfFile (the plugin's mapping)", () => {
  const groups: Record<string, ApiGroup> = {
    Whole: { description: "a folder", paths: ["src/a/"] },
    Part: { description: "a file in it", paths: ["src/a/b.ts"] },
    Deeper: { description: "a subfolder", paths: ["src/a/c/"] },
  };

  it("a file is in the group of the most specific path that covers it", () => {
    expect(groupOfFile(groups, "src/a/x.ts")).toBe("Whole");
    expect(groupOfFile(groups, "src/a/b.ts")).toBe("Part");
    expect(groupOfFile(groups, "src/a/c/d.ts")).toBe("Deeper");
  });

  it("a file path covers that file only, a folder only what is inside it", () => {
    expect(groupOfFile(groups, "src/a/b.tsx")).toBe("Whole");
    expect(groupOfFile(groups, "src/ab.ts")).toBeUndefined();
    expect(groupOfFile(groups, "src/a")).toBeUndefined();
    expect(groupOfFile(groups, "other/a/b.ts")).toBeUndefined();
  });
});

describe("withoutTrailingTags (examples as the reference shows them)", () => {
  it("drops the `@function` or `@class` line that ends an example, keeping the code", () => {
    expect(withoutTrailingTags("```ts\nconst a = f(1);\n@function\n```")).toBe(
      "```ts\nconst a = f(1);\n```",
    );
    expect(withoutTrailingTags("```ts\nnew E();\n@class\n```")).toBe("```ts\nnew E();\n```");
  });

  it("leaves an `@` that is code alone: a decorator, a string, a tag not at the end", () => {
    const decorated = "```ts\n@sealed\nclass A {}\n```";
    expect(withoutTrailingTags(decorated)).toBe(decorated);
    const text = '```ts\nconsole.log("@function");\n```';
    expect(withoutTrailingTags(text)).toBe(text);
  });
});
