#!/usr/bin/env bash
# Installs Debian's chromium for the browser test (npm run test:browser) when it is missing.
# The browser comes from Debian's packages: a test tool's own browser download cannot work on a
# machine whose only network is the package registries. Uses sudo only when not root.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it (not root, no sudo)." >&2
  echo "Install Debian's chromium package, then run npm run test:browser again." >&2
  exit 1
fi

echo "ensure-chromium: installing Debian's chromium"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium is still missing." >&2
  exit 1
fi
