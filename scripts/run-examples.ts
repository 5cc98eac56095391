/**
 * `npm run examples`: runs every user example in examples/ against the BUILT package, so the
 * examples cannot rot. The examples import the package by its own name (`sterrenprogramma`,
 * `sterrenprogramma/koffer`), which Node resolves through the exports map to dist/; so
 * `npm run build` must have run first.
 *
 * Steps: check that dist/ is there and that the package name resolves into it; type-check the
 * examples against dist/'s declarations (they are left out of the root tsconfig, whose typecheck
 * runs before any build); run each example with tsx as a child process and check that it exits
 * with 0 and prints what it is known to print.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

interface Example {
  readonly file: string;
  /** Text the example must print; each is worked out by hand from the example's own data. */
  readonly expect: readonly string[];
}

const examples: readonly Example[] = [
  // The shipped p-anouk reaches 15 of 15 with 3 stars over the cap (see src/example/participants.ts).
  { file: "examples/quickstart.ts", expect: ["p-anouk: 15/15 stars (3 over the cap), complete"] },
  {
    file: "examples/policy-author.ts",
    // The draft's cap 12 lies below its target 15; startNextEdition adds 2027 after 2025 and 2026.
    expect: ["(cap-below-target)", "editions after startNextEdition: 2025, 2026, 2027"],
  },
  {
    file: "examples/app-statements.ts",
    // Seven rows, one with the impossible date 2026-02-30: six participants remain.
    expect: ["1 row left out, 6 kept", "organisation report at 2026-06-30: 6 participants"],
  },
  {
    file: "examples/koffer-session.ts",
    // Five sheets, Sem's gives every box 20 points (a tie); two agreed action pairs.
    expect: ["sheets: 5 received, 4 valid, 1 left out", "action plan: 2 pairs"],
  },
  {
    file: "examples/re-evaluation.ts",
    // 2025-09-15 to 2026-03-16 is six whole months; of two earlier pairs one is done, one is added.
    expect: ["re-evaluation after 6 months", "action pairs: 1 done, 1 still open, 1 new"],
  },
];

/** Why the check failed; thrown so that the `finally` blocks still clean up. */
class CheckFailed extends Error {}

function fail(message: string): never {
  throw new CheckFailed(message);
}

process.on("uncaughtException", (error) => {
  console.error(`run-examples: ${error instanceof CheckFailed ? error.message : error.stack}`);
  process.exit(1);
});

for (const file of ["dist/index.js", "dist/index.d.ts", "dist/koffer.js", "dist/koffer.d.ts"]) {
  if (!existsSync(join(root, file))) fail(`${file} is missing: run \`npm run build\` first.`);
}

// The examples must run against dist/, not src/: ask Node where the package name leads.
for (const entry of ["sterrenprogramma", "sterrenprogramma/koffer"]) {
  const resolved = spawnSync(
    process.execPath,
    ["--input-type=module", "-e", `console.log(import.meta.resolve(${JSON.stringify(entry)}))`],
    { cwd: root, encoding: "utf8" },
  );
  const url = resolved.stdout.trim();
  if (resolved.status !== 0 || !url.includes("/dist/")) {
    fail(`${entry} does not resolve into dist/ (got ${JSON.stringify(url)}): ${resolved.stderr}`);
  }
}

// Type-check the examples against the built declarations, with the root's strict options.
const scratch = mkdtempSync(join(tmpdir(), "sterrenprogramma-examples-"));
try {
  const tsconfig = join(scratch, "tsconfig.json");
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(root, "tsconfig.json"),
      compilerOptions: { typeRoots: [join(root, "node_modules", "@types")] },
      files: examples.map((e) => join(root, e.file)),
      include: [],
      exclude: [],
    }),
  );
  const tsc = spawnSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "--noEmit", "-p", tsconfig],
    { cwd: root, encoding: "utf8" },
  );
  if (tsc.status !== 0) fail(`the examples do not type-check:\n${tsc.stdout}${tsc.stderr}`);
  console.log(`type-checked ${examples.length} examples against dist/`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const tsx = require.resolve("tsx/cli");
let failures = 0;
for (const { file, expect } of examples) {
  const run = spawnSync(process.execPath, [tsx, file], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  const missing = expect.filter((text) => !run.stdout.includes(text));
  if (run.status === 0 && missing.length === 0) {
    console.log(`ok   ${file}`);
    continue;
  }
  failures++;
  console.error(
    `FAIL ${file}: exit code ${run.status}${run.signal ? `, signal ${run.signal}` : ""}`,
  );
  for (const text of missing) console.error(`  did not print: ${JSON.stringify(text)}`);
  console.error(`  stdout:\n${run.stdout}\n  stderr:\n${run.stderr}`);
}
if (failures > 0) fail(`${failures} of ${examples.length} examples failed`);
console.log(`all ${examples.length} examples ran against the built package`);
