#!/usr/bin/env bash
# Hive Gateway over the demo backends, in the foreground on 127.0.0.1:$PEER_PORT.
#
# Usage: PEER_PORT=5720 BACKENDS_BASE=5700 bench/peers/hive-gateway/start.sh
#   BACKENDS_BASE  the demo backends run on BACKENDS_BASE+1..+9 (as bench/bffs/run.sh starts them) and must be up:
#                  Mesh Compose reads their OpenAPI documents to build supergraph.graphql.
# Composing runs first and exits; then this shell becomes the gateway (exec), so the caller's $! is the gateway's node
# process and nothing else is left running. Needs ./install.sh first.
set -euo pipefail
cd "$(dirname "$0")"
: "${PEER_PORT:?set PEER_PORT (the gateway listens on 127.0.0.1:PEER_PORT)}"
: "${BACKENDS_BASE:?set BACKENDS_BASE (the demo backends are on BACKENDS_BASE+1..+9)}"
export BACKENDS_BASE
if [[ ! -x node_modules/.bin/hive-gateway ]]; then
  echo "hive-gateway is not installed: run $PWD/install.sh" >&2
  exit 1
fi

# Quiet unless composition fails (it then prints why, e.g. a backend not answering).
if ! compose_log=$(node_modules/.bin/mesh-compose -o supergraph.graphql 2>&1); then
  echo "$compose_log" >&2
  exit 1
fi

# One process (--fork 1; FORK in the environment would otherwise be read), no other config file looked for.
exec node_modules/.bin/hive-gateway --fork 1 --config-path gateway.config.ts \
  supergraph supergraph.graphql --host 127.0.0.1 --port "$PEER_PORT"
