#!/usr/bin/env bash
# `npm run release`: publishes the version in package.json, once. Run by the release workflow
# (.github/workflows/release.yml) after the "Version packages" pull request is merged; see
# docs/releasing.md.
#
# 0. package.json must name this repository (npm checks it against the provenance statement).
# 1. If this version is already on npm, there is nothing to do (the workflow runs this on every
#    push to main that brings no changeset, long after the release).
# 2. All of .ci/run: the package that goes out is the one it just built and checked, on every
#    supported Node line.
# 3. npm publish --provenance --access public, then `changeset tag` (git tag v<version>); its
#    "New tag:" line tells changesets/action to push the tag and make the GitHub release.
#
# --provenance needs a CI provider that signs (GitHub Actions with `id-token: write`): by hand,
# publish as docs/releasing.md describes instead.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm refuses a provenance statement whose repository package.json does not name (E422): say so
# now, not after all of .ci/run.
npx tsx scripts/release-repository.ts

name="$(node -p 'require("./package.json").name')"
version="$(node -p 'require("./package.json").version')"

# npm trusts a workflow only for a package that exists: the first version is published by hand.
if ! found="$(npm view "$name" name 2>&1)"; then
  if grep -q E404 <<<"$found"; then
    echo "release: $name is not on npm yet. Publish its first version by hand, as docs/releasing.md" >&2
    echo "says under \"Once, before the first release\"; the workflow publishes every later one." >&2
  else
    echo "release: could not ask npm about $name:" >&2
    echo "$found" >&2
  fi
  exit 1
fi

if [ "$(npm view "$name@$version" version 2>/dev/null)" = "$version" ]; then
  echo "release: $name@$version is already on npm; nothing to publish."
  exit 0
fi

echo "release: $name@$version is not on npm yet; checking it with .ci/run first."
bash .ci/run

npm publish --provenance --access public
npx changeset tag
