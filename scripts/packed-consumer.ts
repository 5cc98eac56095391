/**
 * `npm run test:package`: the package as its users get it. Packs the built package with
 * `npm pack`, installs the tarball into a fresh temporary project, then, for both entry points
 * (`sterrenprogramma` and `sterrenprogramma/koffer`):
 *
 * - imports them from ESM (`.mjs`) and requires them from CommonJS (`.cjs`), calling a function of
 *   each and checking its result;
 * - type-checks a TypeScript consumer under `module: node16` / `moduleResolution: node16` (an ESM
 *   `.mts` file and a CommonJS `.cts` file, so both `types` conditions are read) and under
 *   `module: esnext` / `moduleResolution: bundler`, with this repository's TypeScript.
 *
 * No network: the tarball is unpacked into the consumer's node_modules/sterrenprogramma (what
 * `npm install <tarball>` does for a package without install scripts), and each runtime dependency
 * the packed package.json declares is linked from this repository's node_modules. A dependency the
 * package uses but does not declare is therefore missing in the consumer, and the test fails.
 * `npm run build` must have run first. Temporary directories are removed at the end.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Why the check failed; thrown so that the `finally` blocks still clean up. */
class CheckFailed extends Error {}

function fail(message: string): never {
  throw new CheckFailed(message);
}

process.on("uncaughtException", (error) => {
  console.error(`packed-consumer: ${error instanceof CheckFailed ? error.message : error.stack}`);
  process.exit(1);
});

for (const file of [
  "dist/index.js",
  "dist/index.cjs",
  "dist/koffer.js",
  "dist/koffer.cjs",
  "dist/documents.js",
  "dist/documents.cjs",
]) {
  if (!existsSync(join(root, file))) fail(`${file} is missing: run \`npm run build\` first.`);
}

/** Runs a command in `cwd`; on a non-zero exit shows its output and fails. */
function run(command: string, args: readonly string[], cwd: string, what: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 60_000 });
  if (result.status !== 0) {
    fail(`${what} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  console.log(`ok   ${what}`);
  return result.stdout;
}

// Each consumer prints one line per entry point; the values are worked out by hand:
// formatPath(["editions", 0, "components", 3]) is "editions[0].components[3]" (both entries export
// it), exampleProgramme.id is "voorbeeldstad", and a 2-category koffer sheet of 60 + 40 points is
// valid and ranks the 60 first; longDate("2026-06-30", "nl") is "30 juni 2026" and a text cell
// starting with "=" is neutralised with a quote.
const expected =
  "root voorbeeldstad editions[0].components[3]\nkoffer true a editions[0].components[3]\ndocuments 30 juni 2026 true";

const esm = `import { exampleProgramme, formatPath } from "sterrenprogramma";
import { longDate, toCsv } from "sterrenprogramma/documents";
import { formatPath as kofferPath, rankSheet, validateSheet, validateTemplate } from "sterrenprogramma/koffer";

const path = ["editions", 0, "components", 3];
console.log("root", exampleProgramme.id, formatPath(path));
const template = validateTemplate({ id: "t", kind: "collectie", name: "T", categories: [{ id: "a", label: "A" }, { id: "b", label: "B" }] });
const sheet = template.ok && validateSheet(template.value, { scores: { a: 60, b: 40 } });
const first = sheet && sheet.ok ? rankSheet(template.value, sheet.value).find((c) => c.rank === 1)?.category : null;
console.log("koffer", sheet.ok, first, kofferPath(path));
const csv = toCsv({ header: ["x"], rows: [["=1+1"]] }, { locale: "nl" });
console.log("documents", longDate("2026-06-30", "nl"), csv.includes("'=1+1"));
`;

const cjs = `const { exampleProgramme, formatPath } = require("sterrenprogramma");
const { longDate, toCsv } = require("sterrenprogramma/documents");
const { formatPath: kofferPath, rankSheet, validateSheet, validateTemplate } = require("sterrenprogramma/koffer");

const path = ["editions", 0, "components", 3];
console.log("root", exampleProgramme.id, formatPath(path));
const template = validateTemplate({ id: "t", kind: "collectie", name: "T", categories: [{ id: "a", label: "A" }, { id: "b", label: "B" }] });
const sheet = template.ok && validateSheet(template.value, { scores: { a: 60, b: 40 } });
const first = sheet && sheet.ok ? rankSheet(template.value, sheet.value).find((c) => c.rank === 1)?.category : null;
console.log("koffer", sheet.ok, first, kofferPath(path));
const csv = toCsv({ header: ["x"], rows: [["=1+1"]] }, { locale: "nl" });
console.log("documents", longDate("2026-06-30", "nl"), csv.includes("'=1+1"));
`;

// A typed consumer of both entries; the @ts-expect-error lines prove the types are real (not any).
const typed = `import { computeStatement, type Programme, type Statement, validateProgramme } from "sterrenprogramma";
import { aggregateSheets, type KofferTemplate, type TeamAggregate } from "sterrenprogramma/koffer";

export function counted(programme: Programme, participant: Parameters<typeof computeStatement>[1]): number {
  const statement: Statement = computeStatement(programme, participant, "2026-06-30");
  return statement.totals.counted;
}
export function isValid(input: unknown): boolean {
  const result = validateProgramme(input);
  // @ts-expect-error a failed result has no value
  if (!result.ok) return result.value === undefined;
  return result.value.editions.length > 0;
}
export function team(template: KofferTemplate, sheets: readonly unknown[]): number {
  const aggregate: TeamAggregate = aggregateSheets(template, sheets);
  // @ts-expect-error counts are numbers
  const wrong: string = aggregate.counts.valid;
  return aggregate.counts.valid + wrong.length;
}
`;

const project = mkdtempSync(join(tmpdir(), "sterrenprogramma-consumer-"));
try {
  // 1. Pack the package as npm would publish it.
  const packed = JSON.parse(
    run(npm, ["pack", "--json", "--pack-destination", project], root, "npm pack"),
  ) as { filename: string }[];
  const tarball = join(project, packed[0]?.filename ?? fail("npm pack wrote no tarball"));

  // 2. A fresh project; the tarball unpacked as its node_modules/sterrenprogramma.
  const target = join(project, "node_modules", "sterrenprogramma");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const source = join(root, "node_modules", dependency);
    if (!existsSync(source))
      fail(`the dependency ${dependency} is not installed in this repository`);
    mkdirSync(dirname(join(project, "node_modules", dependency)), { recursive: true });
    symlinkSync(source, join(project, "node_modules", dependency), "dir");
  }
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );

  // 3. Runtime: ESM import and CommonJS require of both entries.
  writeFileSync(join(project, "esm.mjs"), esm);
  writeFileSync(join(project, "cjs.cjs"), cjs);
  for (const file of ["esm.mjs", "cjs.cjs"]) {
    const out = run(process.execPath, [file], project, `run ${file}`).trim();
    if (out !== expected) fail(`${file} printed\n${out}\ninstead of\n${expected}`);
  }

  // 4. Types: node16 (ESM and CommonJS files) and bundler resolution.
  writeFileSync(join(project, "consumer.mts"), typed);
  writeFileSync(join(project, "consumer-cjs.cts"), typed);
  writeFileSync(join(project, "consumer.ts"), typed);
  const strict = { strict: true, noEmit: true, types: [], skipLibCheck: false };
  const configs = {
    "tsconfig.node16.json": {
      compilerOptions: { ...strict, module: "node16", moduleResolution: "node16" },
      files: ["consumer.mts", "consumer-cjs.cts"],
    },
    "tsconfig.bundler.json": {
      compilerOptions: { ...strict, module: "esnext", moduleResolution: "bundler" },
      files: ["consumer.ts"],
    },
  };
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(project, name), JSON.stringify(config));
    run(process.execPath, [tsc, "-p", name], project, `type-check (${name})`);
  }
  console.log("the packed package works from ESM, CommonJS, node16 and bundler resolution");
} finally {
  rmSync(project, { recursive: true, force: true });
}
