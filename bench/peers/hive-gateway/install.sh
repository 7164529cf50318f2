#!/usr/bin/env bash
# Installs the peer's pinned packages (package-lock.json) into node_modules. Idempotent: skips npm when node_modules
# already matches the lock file and has both command-line tools.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -f node_modules/.package-lock.json && -x node_modules/.bin/hive-gateway && -x node_modules/.bin/mesh-compose ]] && cmp -s <(jq -S .packages package-lock.json | jq -S 'del(.[""])') \
  <(jq -S .packages node_modules/.package-lock.json); then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
