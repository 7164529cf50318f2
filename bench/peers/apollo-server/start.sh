#!/usr/bin/env bash
# Runs the peer in the foreground: POST /graphql on 127.0.0.1:$PEER_PORT, over the demo backends at
# $BACKENDS_BASE + 1 + i (bench/bffs/run.sh's layout). `exec`s node, so the caller's $! is the server process.
# Optional: PEER_REST_CACHE=shared (default) | request — see README.md.
set -euo pipefail
cd "$(dirname "$0")"
: "${PEER_PORT:?PEER_PORT is required}" "${BACKENDS_BASE:?BACKENDS_BASE is required}"
[[ -d node_modules ]] || { echo "node_modules missing: run $(pwd)/install.sh first" >&2; exit 1; }
export NODE_ENV=production
exec node src/server.mjs
