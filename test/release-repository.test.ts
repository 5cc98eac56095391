import { describe, expect, it } from "vitest";
import { githubRepositoryOf, repositoryProblem } from "../scripts/release-repository.js";

// docs/releasing.md: npm publishes with provenance only when package.json names the repository
// the workflow runs in; the release checks that before anything else (issue 17).
describe("the release's repository check (scripts/release-repository.ts)", () => {
  it("reads every form npm reads as a GitHub repository", () => {
    for (const url of [
      "git+https://github.com/bieb/sterrenprogramma.git",
      "https://github.com/bieb/sterrenprogramma",
      "https://github.com/bieb/sterrenprogramma/",
      "git://github.com/bieb/sterrenprogramma.git",
      "git+ssh://git@github.com/bieb/sterrenprogramma.git",
      "git@github.com:bieb/sterrenprogramma.git",
      "github:bieb/sterrenprogramma",
      "bieb/sterrenprogramma",
    ]) {
      expect(githubRepositoryOf({ type: "git", url }), url).toBe("bieb/sterrenprogramma");
      expect(githubRepositoryOf(url), url).toBe("bieb/sterrenprogramma");
    }
    for (const other of ["https://gitlab.com/bieb/s.git", "", 3, null, {}, { url: 7 }])
      expect(githubRepositoryOf(other)).toBeNull();
  });

  it("passes a manifest that names the repository, in any letter case", () => {
    const manifest = {
      repository: { type: "git", url: "git+https://github.com/Bieb/Sterrenprogramma.git" },
    };
    expect(repositoryProblem(manifest, "bieb/sterrenprogramma")).toBeNull();
  });

  it("refuses a missing, foreign or unreadable repository, and says what to write", () => {
    const wanted = '"url": "git+https://github.com/bieb/sterrenprogramma.git"';
    const missing = repositoryProblem({ name: "sterrenprogramma" }, "bieb/sterrenprogramma");
    expect(missing).toContain('has no "repository"');
    expect(missing).toContain(wanted);
    const fork = repositoryProblem(
      { repository: "https://github.com/someone/sterrenprogramma" },
      "bieb/sterrenprogramma",
    );
    expect(fork).toContain(
      "is someone/sterrenprogramma, but the release runs in bieb/sterrenprogramma",
    );
    expect(
      repositoryProblem({ repository: { url: "https://example.org/x" } }, "bieb/sterrenprogramma"),
    ).toContain("not a GitHub repository");
  });
});
