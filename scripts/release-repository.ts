/**
 * `tsx scripts/release-repository.ts`: does package.json name the repository the release runs in?
 * npm checks a provenance statement against the package's `repository.url` and refuses a publish
 * whose repository is missing or another one (E422 "repository.url is "", expected to match
 * https://github.com/owner/name from provenance"). scripts/release.sh asks this first, so that a
 * release fails in a second with what to write, not after all of .ci/run. Offline: it reads
 * package.json and `GITHUB_REPOSITORY` (owner/name, set by GitHub Actions) only.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The forms npm reads as a GitHub repository: a URL (git+https, https, git, ssh), `github:owner/name` or `owner/name`. */
const GITHUB_REPOSITORY =
  /^(?:(?:git\+)?https:\/\/github\.com\/|git:\/\/github\.com\/|(?:git\+)?ssh:\/\/git@github\.com\/|git@github\.com:|github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i;

/** The `owner/name` a package.json `repository` field points to on GitHub, or null. */
export function githubRepositoryOf(repository: unknown): string | null {
  const url =
    typeof repository === "string"
      ? repository
      : typeof repository === "object" && repository !== null
        ? (repository as { url?: unknown }).url
        : undefined;
  if (typeof url !== "string") return null;
  const match = GITHUB_REPOSITORY.exec(url.trim());
  return match === null ? null : `${match[1]}/${match[2]}`;
}

/**
 * Why npm would refuse to publish this manifest with provenance from `githubRepository`
 * (`owner/name`), or null when it names that repository.
 */
export function repositoryProblem(manifest: unknown, githubRepository: string): string | null {
  const repository = (manifest as { repository?: unknown } | null)?.repository;
  const wanted = `"repository": { "type": "git", "url": "git+https://github.com/${githubRepository}.git" }`;
  if (repository === undefined)
    return `package.json has no "repository"; npm refuses a provenance statement without it. Add ${wanted}.`;
  const named = githubRepositoryOf(repository);
  if (named === null)
    return `package.json's "repository" is not a GitHub repository npm can match; write ${wanted}.`;
  if (named.toLowerCase() !== githubRepository.toLowerCase())
    return `package.json's "repository" is ${named}, but the release runs in ${githubRepository}; npm refuses a provenance statement from another repository. Write ${wanted}.`;
  return null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const github = process.env.GITHUB_REPOSITORY;
  if (github === undefined || github === "") {
    console.error("release-repository: GITHUB_REPOSITORY is not set (it is, in GitHub Actions).");
    process.exit(1);
  }
  const root = join(fileURLToPath(import.meta.url), "..", "..");
  const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const problem = repositoryProblem(manifest, github);
  if (problem !== null) {
    console.error(`release: ${problem}`);
    process.exit(1);
  }
  console.log(`release: package.json names ${github}.`);
}
