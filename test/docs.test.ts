import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaSeverities } from "../src/diagnostics/schema-codes.js";
import { kofferSeverities } from "../src/koffer/diagnostics.js";
import { planSeverities } from "../src/koffer/team-score-action-plan-diagnostics.js";
import { semanticSeverities } from "../src/programme/diagnostics.js";

const root = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("docs/diagnostics.md", () => {
  const page = read("docs/diagnostics.md");
  it("lists every code with the severity the library gives it", () => {
    for (const [code, severity] of Object.entries({ ...schemaSeverities, ...semanticSeverities })) {
      expect(page, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });

  it("lists every koffer code with its severity", () => {
    const koffer = page.slice(page.indexOf("## Koffer diagnostics"));
    expect(koffer.length).toBeGreaterThan(100);
    for (const [code, severity] of Object.entries({ ...kofferSeverities, ...planSeverities })) {
      expect(koffer, code).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${severity}\\s*\\|`));
    }
  });
});

/**
 * The pages whose links this test checks: the README and every page of docs/ (a new page belongs
 * here too). Their code is run and type-checked by test/guides.test.ts.
 */
const guides = [
  "README.md",
  "docs/README.md",
  "docs/concepts.md",
  "docs/app-developers.md",
  "docs/policy-authors.md",
  "docs/koffer.md",
  "docs/plans.md",
  "docs/cli.md",
  "docs/diagnostics.md",
  "docs/decisions.md",
  "docs/documents.md",
  "docs/rules.md",
  "docs/releasing.md",
];

describe("the guides' code", () => {
  it("checks every page of docs/", () => {
    const pages = readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md"));
    expect(guides).toEqual(expect.arrayContaining(pages.map((name) => `docs/${name}`)));
  });

  it("every relative link of the guides points at a file that exists, and at a heading or anchor it has", () => {
    const broken: string[] = [];
    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    const anchor = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-");
    for (const guide of guides) {
      for (const [, target = ""] of read(guide).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target) || target.startsWith("#")) continue;
        const [file = "", hash] = target.split("#");
        const path = join(dirname(join(root, guide)), file);
        if (!existsSync(path)) {
          broken.push(`${guide}: ${target}`);
          continue;
        }
        if (hash === undefined || !path.endsWith(".md")) continue;
        const text = readFileSync(path, "utf8");
        const headings = [...text.matchAll(/^#+ (.*)$/gm)].map((m) => anchor(m[1] ?? ""));
        // An explicit anchor counts too: docs/rules.md gives every rule one (`<a id="a6.4"></a>`).
        const ids = [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
        if (!headings.includes(hash) && !ids.includes(hash))
          broken.push(`${guide}: ${target} (no such heading or anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
