#!/usr/bin/env bash
# The package on the other supported Node lines: the last step of .ci/run, or by hand with
# `npm run test:node-lines` after `npm run build`.
#
# .ci/run runs every check on the Node it was started with. This script then takes each other line
# that scripts/node-line.sh pins (20, 22 and 24; on a Node 20 machine, 22 and 24), installs that
# exact Node when missing, puts it first on PATH, and runs:
#
#   1. `npm test -- --isolate=false`: the whole suite, every test with its full property-test runs
#      and the type tests, with the test files of a worker sharing its module cache instead of
#      each importing the library afresh: about a quarter of the CPU time, which is what lets three
#      lines fit in .ci/run's ten minutes (docs/decisions.md, "Runtimes and workflows").
#   2. `npm run build`, and dist/ compared file by file with the build .ci/run made: the package is
#      the same bytes whichever supported Node builds it (the release workflow builds on Node 24).
#   3. `npm run test:package`: the packed package installed and used from ESM, CommonJS and
#      TypeScript, on that Node.
#
# Then, on the lowest versions `engines` admits (20.19.0 and 22.12.0, `--floors`), the built package
# from CommonJS and ESM and the command line (scripts/dist-smoke.mjs; a few seconds): the first
# versions with `require(esm)`, which the CommonJS entries need, so a raised floor fails here.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'other-node-lines: %s\n' "$*" >&2
  exit 1
}

[ -f dist/index.js ] || fail "dist/ is missing: run \`npm run build\` first."

hash_dist() { (cd dist && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
reference="$(mktemp)"
trap 'rm -f "$reference"' EXIT
hash_dist >"$reference"

own_line="$(node -p 'process.versions.node.split(".")[0]')"
for line in $(bash scripts/node-line.sh --list); do
  if [ "$line" = "$own_line" ]; then
    echo "Node $line: $(node --version) ran all of .ci/run."
    continue
  fi
  node_bin="$(bash scripts/node-line.sh "$line")"
  started=$SECONDS
  (
    PATH="$(dirname "$node_bin"):$PATH"
    export PATH
    version="$(node --version)"
    [ "$version" = "$("$node_bin" --version)" ] || fail "node on PATH is $version, not $node_bin"

    say "Node $version: the test suite (npm test -- --isolate=false)"
    npm test -- --isolate=false

    say "Node $version: the build, compared with the first one"
    npm run build >/dev/null
    if ! diff -u "$reference" <(hash_dist); then
      fail "Node $version built a different dist/ (files and sha256 above)."
    fi
    echo "dist/ is byte for byte the same."

    say "Node $version: the packed package (npm run test:package)"
    npm run test:package
  )
  echo "Node $line: passed in $((SECONDS - started)) s."
done

for floor in $(bash scripts/node-line.sh --floors); do
  node_bin="$(bash scripts/node-line.sh "$floor")"
  say "Node $("$node_bin" --version), the floor of engines on its line: the built package"
  # From outside node_modules, require(esm) warns that it is experimental on these versions;
  # installed as a dependency it does not (checked by hand), so the warning is noise here.
  "$node_bin" --disable-warning=ExperimentalWarning scripts/dist-smoke.mjs
done
