/**
 * `node scripts/dist-smoke.mjs`: the built package (dist/) works on the Node that runs this file.
 * Each entry point is loaded from CommonJS (`require`, which loads the ES module build and so needs
 * `require(esm)`: Node 20.19 and 22.12 or newer) and from ESM, and one function of each is called
 * with a result worked out by hand; then the command line validates the example programme.
 *
 * Plain JavaScript, run by Node itself, so that it needs nothing but dist/: scripts/other-node-lines.sh
 * runs it on the lowest versions package.json's `engines` admits (scripts/node-line.sh --floors).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const problems = [];

/** A two-category koffer template; a sheet of 60 + 40 points is valid. */
const template = {
  id: "t",
  kind: "collectie",
  name: "T",
  categories: [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
  ],
};

/** What each entry must do; `how` says whether it was required or imported. */
function check(how, main, koffer, documents) {
  if (main.validateProgramme(main.exampleProgramme).ok !== true) {
    problems.push(`${how}: validateProgramme(exampleProgramme) is not ok`);
  }
  const valid = koffer.validateTemplate(template);
  if (!valid.ok || !koffer.validateSheet(valid.value, { scores: { a: 60, b: 40 } }).ok) {
    problems.push(`${how}: a 60 + 40 koffer sheet is not valid`);
  }
  const date = documents.longDate("2026-06-30", "nl");
  if (date !== "30 juni 2026") problems.push(`${how}: longDate gave ${JSON.stringify(date)}`);
}

try {
  check(
    "require",
    require(join(root, "dist/index.cjs")),
    require(join(root, "dist/koffer.cjs")),
    require(join(root, "dist/documents.cjs")),
  );
} catch (error) {
  problems.push(`require: ${error}`);
}
try {
  check(
    "import",
    await import("../dist/index.js"),
    await import("../dist/koffer.js"),
    await import("../dist/documents.js"),
  );
} catch (error) {
  problems.push(`import: ${error}`);
}

const cli = spawnSync(
  process.execPath,
  [join(root, "dist/cli.js"), "validate", join(root, "examples/data/programme.json")],
  { encoding: "utf8" },
);
if (cli.status !== 0 || !cli.stdout.includes("geldig, 0 fouten")) {
  problems.push(`the command line: exit ${cli.status}\n${cli.stdout}${cli.stderr}`);
}

if (problems.length > 0) {
  console.error(`dist-smoke on Node ${process.version}:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(
  `dist-smoke: the package works on Node ${process.version} (require, import, command line)`,
);
