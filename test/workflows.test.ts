import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lintWorkflows, nodePins, pinnedNodeVersions } from "../scripts/lint-workflows.js";

/**
 * The release machinery of issue 17: the Node lines CI runs on (scripts/node-line.sh), the GitHub
 * workflows, and the linter that checks them (npm run lint:workflows). The linter is only worth
 * having if it catches mistakes, so each rule is shown failing on a broken copy of a real workflow.
 */

const root = join(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const ci = read(".github/workflows/ci.yml");
const release = read(".github/workflows/release.yml");

const scratch = mkdtempSync(join(tmpdir(), "workflows-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Lints `text` as the only workflow of a fresh directory; returns the problems' kinds and lines. */
async function lintOne(name: string, text: string) {
  const dir = mkdtempSync(join(scratch, `${name}-`));
  writeFileSync(join(dir, `${name}.yml`), text);
  const { problems } = await lintWorkflows(dir);
  return problems.map((p) => ({ kind: p.kind, line: p.line, message: p.message }));
}

/** `text` with `from` (which must occur exactly once) replaced, so a stale mutation fails loudly. */
function mutate(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split("\n").length;

describe("scripts/node-line.sh", () => {
  const script = join(root, "scripts", "node-line.sh");
  const lines = () => nodePins().filter((pin) => !pin.key.includes("."));
  const floors = () => nodePins().filter((pin) => pin.key.includes("."));

  it("pins one exact version for each of Node 20, 22 and 24, on its line", () => {
    expect(lines().map((pin) => pin.key)).toEqual(["20", "22", "24"]);
    for (const { key, version } of lines())
      expect(version).toMatch(new RegExp(`^${key}\\.\\d+\\.\\d+$`));
  });

  it("pins the floors of engines: the first 20.x and 22.x with require(esm), 20.19.0 and 22.12.0", () => {
    expect(floors()).toEqual([
      { key: "20.19", version: "20.19.0" },
      { key: "22.12", version: "22.12.0" },
    ]);
    // package.json admits exactly these as the lowest versions of their lines.
    const engines = JSON.parse(read("package.json")).engines.node as string;
    expect(engines).toBe("^20.19.0 || >=22.12.0");
  });

  it("lists the lines and the floors it pins, and refuses a key it does not pin", () => {
    const list = spawnSync("bash", [script, "--list"], { encoding: "utf8" });
    expect(list.status).toBe(0);
    expect(list.stdout.trim().split("\n")).toEqual(["20", "22", "24"]);
    const floorList = spawnSync("bash", [script, "--floors"], { encoding: "utf8" });
    expect(floorList.stdout.trim().split("\n")).toEqual(["20.19", "22.12"]);

    for (const key of ["18", "20.1", "2"]) {
      const unknown = spawnSync("bash", [script, key], { encoding: "utf8" });
      expect(unknown.status, key).toBe(2);
      expect(unknown.stdout, key).toBe("");
      expect(unknown.stderr, key).toContain(`no pinned version for Node line "${key}"`);
    }
  });

  it("the README's Supported runtimes names every version CI tests", () => {
    const readme = read("README.md");
    const start = readme.indexOf("## Supported runtimes");
    const section = readme.slice(start, readme.indexOf("\n## ", start + 3));
    expect(section.length).toBeGreaterThan(200);
    for (const version of pinnedNodeVersions()) expect(section, version).toContain(version);
  });
});

describe("the GitHub workflows", () => {
  it("pass the linter as they are", async () => {
    const { files, problems } = await lintWorkflows();
    expect(files.map((f) => f.split("/").pop())).toEqual(["ci.yml", "release.yml"]);
    expect(problems).toEqual([]);
  });

  it("CI runs .ci/run on the pinned Node 20; the release publishes on the pinned Node 24", () => {
    const [v20, , v24] = nodePins().map((pin) => pin.version);
    expect(ci).toContain(`node-version: ${v20}\n`);
    expect(ci).toMatch(/run: bash \.ci\/run\n/);
    expect(release).toContain(`node-version: ${v24}\n`);
    expect(release).toContain("publish: npm run release\n");
  });

  it("CI reads the repository only; the release gets exactly what publishing needs", () => {
    expect(ci).toMatch(/^permissions:\n {2}contents: read\n/m);
    expect(release).toMatch(/^permissions: \{\}\n/m);
    const job = release.slice(release.indexOf("    permissions:\n"));
    const granted = [...job.matchAll(/^ {6}([a-z-]+): (read|write)/gm)].map(
      (m) => `${m[1]}: ${m[2]}`,
    );
    expect(granted).toEqual(["contents: write", "pull-requests: write", "id-token: write"]);
  });

  it("the release job gives npm no token, so npm publishes with trusted publishing (OIDC)", () => {
    // A token in the environment, or setup-node's registry-url (which writes an .npmrc with one),
    // makes npm and changesets/action use the token instead of OIDC.
    expect(release).not.toMatch(/NPM_TOKEN:|NODE_AUTH_TOKEN:|registry-url:/);
    expect(read("scripts/release.sh")).toContain("npm publish --provenance --access public\n");
  });
});

describe("npm run lint:workflows catches real mistakes", () => {
  it("a misspelt permission scope (id_token for id-token)", async () => {
    const broken = mutate(release, "      id-token: write", "      id_token: write");
    expect(await lintOne("scope", broken)).toEqual([
      expect.objectContaining({ kind: "permissions", line: lineOf(release, "id-token: write") }),
    ]);
  });

  it("a context that does not exist (secret. for secrets.)", async () => {
    const broken = mutate(release, "secrets.GITHUB_TOKEN", "secret.GITHUB_TOKEN");
    const problems = await lintOne("context", broken);
    expect(problems).toEqual([expect.objectContaining({ kind: "expression" })]);
    expect(problems[0]?.message).toContain('undefined variable "secret"');
  });

  it("an event that does not exist (pull-request for pull_request)", async () => {
    const broken = mutate(ci, "\n  pull_request:\n", "\n  pull-request:\n");
    expect(await lintOne("event", broken)).toEqual([expect.objectContaining({ kind: "events" })]);
  });

  it("untrusted input pasted into a script (a pull request's title)", async () => {
    const broken = mutate(
      ci,
      "run: bash .ci/run",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
      'run: echo "${{ github.event.pull_request.title }}" && bash .ci/run',
    );
    const problems = await lintOne("injection", broken);
    expect(problems).toEqual([expect.objectContaining({ kind: "expression" })]);
    expect(problems[0]?.message).toContain("potentially untrusted");
  });

  it("an action's input at the step's level (indentation)", async () => {
    const broken = mutate(
      ci,
      "          persist-credentials: false",
      "        persist-credentials: false",
    );
    const problems = await lintOne("indent", broken);
    expect(problems.map((p) => p.kind)).toContain("syntax-check");
    expect(problems.map((p) => p.message).join("\n")).toContain(
      'unexpected key "persist-credentials" for "step" section',
    );
  });

  it("an action on a branch instead of a version (house rule)", async () => {
    const broken = mutate(ci, "actions/checkout@v5", "actions/checkout@main");
    expect(await lintOne("branch", broken)).toEqual([
      expect.objectContaining({
        kind: "house-pinned-action",
        line: lineOf(ci, "actions/checkout@"),
      }),
    ]);
  });

  it("a Node version that scripts/node-line.sh does not pin (house rule)", async () => {
    const [v20] = pinnedNodeVersions();
    const broken = mutate(ci, `node-version: ${v20}`, "node-version: 20");
    expect(await lintOne("node", broken)).toEqual([
      expect.objectContaining({ kind: "house-node-version", line: lineOf(ci, "node-version:") }),
    ]);
  });

  it("a workflow without top-level permissions (house rule)", async () => {
    const broken = mutate(ci, "permissions:\n  contents: read\n", "");
    expect(await lintOne("permissions", broken)).toEqual([
      expect.objectContaining({ kind: "house-permissions" }),
    ]);
  });

  it("a directory without workflows (a wrong path must not pass)", async () => {
    const { problems } = await lintWorkflows(mkdtempSync(join(scratch, "empty-")));
    expect(problems).toEqual([expect.objectContaining({ kind: "no-workflows" })]);
  });
});
