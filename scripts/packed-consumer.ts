/**
 * `npm run test:package`: the package as its users get it. Packs the built package with
 * `npm pack` and checks the tarball: at most 250 kB packed (issue 17; what npm itself reports), no
 * source maps, every file a user needs. Installs it into a fresh temporary project, then:
 *
 * - imports the entry points (`sterrenprogramma`, `/koffer`, `/documents`) from ESM (`.mjs`) and
 *   requires them from CommonJS (`.cjs`), calling a function of each and checking its result;
 * - type-checks a TypeScript consumer under `module: node16` / `moduleResolution: node16` (an ESM
 *   `.mts` file and a CommonJS `.cts` file, so both `types` conditions are read) and under
 *   `module: esnext` / `moduleResolution: bundler`, with this repository's TypeScript;
 * - runs the `sterrenprogramma` command as installed, by its path and through the bin link npm
 *   makes, and checks that the package defines each exported function once: the command line
 *   shares the library's code instead of bundling it again.
 *
 * Child processes run with the `node` that runs this script (`process.execPath`), so the check
 * holds for whichever Node line runs it.
 *
 * No network: the tarball is unpacked into the consumer's node_modules/sterrenprogramma (what
 * `npm install <tarball>` does for a package without install scripts), and each runtime dependency
 * the packed package.json declares (peer dependencies included) is linked from this repository's
 * node_modules. A dependency the package uses but does not declare is therefore missing in the
 * consumer, and the test fails.
 * `npm run build` must have run first. Temporary directories are removed at the end.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
/** The packed size goal of issue 17, in bytes as `npm pack` counts kB (1 kB = 1000 bytes). */
const packedLimit = 250_000;

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
  "dist/cli.js",
]) {
  if (!existsSync(join(root, file))) fail(`${file} is missing: run \`npm run build\` first.`);
}

/** Runs a command in `cwd`; on a non-zero exit shows its output and fails. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  what: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 60_000, env });
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
  ) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[];
  const pack = packed[0] ?? fail("npm pack wrote no tarball");
  const tarball = join(project, pack.filename);

  // 1a. What is in it: the size goal, nothing but what users need, and all of that.
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  if (pack.size > packedLimit) {
    fail(
      `the tarball is ${kB(pack.size)} packed, over the ${kB(packedLimit)} goal (issue 17; ` +
        `unpacked ${kB(pack.unpackedSize)}, ${pack.files.length} files)`,
    );
  }
  console.log(
    `ok   packed ${kB(pack.size)} (goal ≤ ${kB(packedLimit)}), ` +
      `unpacked ${kB(pack.unpackedSize)}, ${pack.files.length} files`,
  );
  const paths = new Set(pack.files.map((file) => file.path));
  const stray = [...paths].filter(
    (path) =>
      path.endsWith(".map") ||
      !/^(?:dist|schemas|koffer|documents)\/|^(?:package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(
        path,
      ),
  );
  if (stray.length > 0) fail(`the tarball holds files users do not need: ${stray.join(", ")}`);
  const needed = [
    "package.json",
    "README.md",
    "LICENSE",
    "CHANGELOG.md",
    "dist/cli.js",
    ...["index", "koffer", "documents"].flatMap((entry) =>
      ["js", "cjs", "d.ts", "d.cts"].map((extension) => `dist/${entry}.${extension}`),
    ),
    "schemas/programme.schema.json",
    "schemas/participant.schema.json",
    "koffer/package.json",
    "documents/package.json",
  ];
  const missing = needed.filter((path) => !paths.has(path));
  if (missing.length > 0) fail(`the tarball lacks ${missing.join(", ")}`);
  console.log(`ok   tarball contents (${needed.length} files checked by name, no source maps)`);

  // 2. A fresh project; the tarball unpacked as its node_modules/sterrenprogramma.
  const target = join(project, "node_modules", "sterrenprogramma");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as {
    version: string;
    bin?: Record<string, string>;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  // Peer dependencies too: npm 7 and later install them with the package.
  const runtime = { ...manifest.dependencies, ...manifest.peerDependencies };
  for (const dependency of Object.keys(runtime)) {
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

  // 3. Runtime: ESM import and CommonJS require of the three entries. `require` loads the ES
  // module build (dist/*.cjs hold one `require` of dist/*.js): it must say nothing on stderr, not
  // even an ExperimentalWarning.
  writeFileSync(join(project, "esm.mjs"), esm);
  writeFileSync(join(project, "cjs.cjs"), cjs);
  for (const file of ["esm.mjs", "cjs.cjs"]) {
    const out = run(process.execPath, [file], project, `run ${file}`).trim();
    if (out !== expected) fail(`${file} printed\n${out}\ninstead of\n${expected}`);
    const { stderr } = spawnSync(process.execPath, [file], { cwd: project, encoding: "utf8" });
    if (stderr !== "") fail(`${file} wrote to stderr:\n${stderr}`);
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

  // 5. The command line as installed, on the example data. Expected by hand: the example
  // programme is valid; of the six koffer sheets femke's ties (four categories at 10 points, two
  // at 5), so 5 of 6 are valid, and Klantcontact's mean is (25 + 30 + 20 + 28 + 22) / 5 = 25.
  for (const file of ["programme.json", "participants.json", "koffer-sheets.csv"]) {
    copyFileSync(join(root, "examples", "data", file), join(project, file));
  }
  const cli = join("node_modules", "sterrenprogramma", "dist", "cli.js");
  const validated = run(
    process.execPath,
    [cli, "validate", "programme.json", "--lang", "en"],
    project,
    "node node_modules/sterrenprogramma/dist/cli.js validate",
  ).trim();
  if (validated !== "programme.json: valid, 0 errors, 0 warnings") {
    fail(`the installed CLI's validate printed\n${validated}`);
  }
  const html = run(
    process.execPath,
    [cli, "report", "programme.json", "participants.json", "--as-of", "2026-06-30", "--html"],
    project,
    "node node_modules/sterrenprogramma/dist/cli.js report --html",
  );
  if (!html.startsWith("<!DOCTYPE html>") || !html.trimEnd().endsWith("</html>")) {
    fail(`the installed CLI's report --html is not an HTML document:\n${html.slice(0, 200)}`);
  }
  // The bin link `npm install` makes (node_modules/.bin/<name> → the package's bin file), run as
  // a program: its `#!/usr/bin/env node` line finds this script's node first on PATH.
  const binFile =
    manifest.bin?.sterrenprogramma ?? fail("package.json has no sterrenprogramma bin");
  const link = join(project, "node_modules", ".bin", "sterrenprogramma");
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(join("..", "sterrenprogramma", binFile), link);
  const withThisNode = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`,
  };
  const version = run(link, ["--version"], project, "bin link --version", withThisNode).trim();
  if (version !== manifest.version) {
    fail(`the bin link printed version ${version}, the package is ${manifest.version}`);
  }
  const koffer = run(
    link,
    ["koffer", "voorbeeld-connectie", "koffer-sheets.csv", "--lang", "en"],
    project,
    "bin link koffer",
    withThisNode,
  );
  if (
    !koffer.includes("Sheets: 6 received, 5 valid, 1 left out") ||
    !/^\s*Klantcontact\s+5\s+25\s/m.test(koffer)
  ) {
    fail(`the bin link's koffer round printed\n${koffer}`);
  }

  // 6. The code is in the package once: each exported name is defined at the top level of at
  // most one of dist/'s JavaScript files, the bin's included (before issue 17, dist/cli.js bundled
  // the library a second time, and each entry point carried its own copy of what they share).
  const dist = join(target, "dist");
  const scripts = readdirSync(dist)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, text: readFileSync(join(dist, file), "utf8") }));
  const names = new Set<string>();
  for (const entry of ["index", "koffer", "documents"]) {
    const namespace = (await import(pathToFileURL(join(dist, `${entry}.js`)).href)) as object;
    for (const name of Object.keys(namespace)) names.add(name);
  }
  const definedIn = (name: string) =>
    scripts
      .filter(({ text }) =>
        new RegExp(`^(?:var|let|const|class|(?:async )?function\\*?) ${name}\\b`, "m").test(text),
      )
      .map(({ file }) => file);
  const twice = [...names].filter((name) => definedIn(name).length > 1);
  if (twice.length > 0) {
    fail(
      `defined in more than one file: ${twice.map((name) => `${name} (${definedIn(name).join(", ")})`).join("; ")}`,
    );
  }
  // The check above must see definitions at all: a few it must find, each exactly once.
  for (const name of ["validateProgramme", "computeStatement", "validateSheet", "toCsv"]) {
    if (definedIn(name).length !== 1) fail(`${name} is not defined exactly once in dist/`);
  }
  console.log(`ok   each of ${names.size} exported names is defined once in dist/`);
  console.log(
    "the packed package works from ESM, CommonJS, node16 and bundler resolution, and as a command",
  );
} finally {
  rmSync(project, { recursive: true, force: true });
}
