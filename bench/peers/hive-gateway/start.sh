#!/usr/bin/env bash
# Hive Gateway over the demo backends, in the foreground on 127.0.0.1:$PEER_PORT.
#
# Usage: PEER_PORT=5714 BACKENDS_BASE=5700 bench/peers/hive-gateway/start.sh
#   BACKENDS_BASE  the demo backends run on BACKENDS_BASE+1..+9 (as bench/bffs/run.sh starts them) and must be up:
#                  Mesh Compose reads their OpenAPI documents to build the supergraph.
# Composing runs first and exits; then this shell becomes the gateway (exec), so the caller's $! is the gateway's node
# process and nothing else is left running. Needs ./install.sh first. The supergraph is written to
# supergraph-$PEER_PORT.graphql: the gateway watches its file and reloads it when it changes, so two gateways over
# different backends (say check.sh while the harness runs) must not share one.
set -euo pipefail
cd "$(dirname "$0")"
: "${PEER_PORT:?set PEER_PORT (the gateway listens on 127.0.0.1:PEER_PORT)}"
: "${BACKENDS_BASE:?set BACKENDS_BASE (the demo backends are on BACKENDS_BASE+1..+9)}"
if [[ ! $PEER_PORT =~ ^[0-9]+$ || ! $BACKENDS_BASE =~ ^[0-9]+$ ]]; then
  echo "PEER_PORT and BACKENDS_BASE must be port numbers (got '$PEER_PORT', '$BACKENDS_BASE')" >&2
  exit 1
fi
export BACKENDS_BASE
if [[ ! -x node_modules/.bin/hive-gateway ]]; then
  echo "hive-gateway is not installed: run $PWD/install.sh" >&2
  exit 1
fi

# Quiet unless composition fails (it then prints why, e.g. a backend not answering).
if ! compose_log=$(node_modules/.bin/mesh-compose -o "supergraph-$PEER_PORT.graphql" 2>&1); then
  echo "$compose_log" >&2
  exit 1
fi

# One process (--fork 1; FORK in the environment would otherwise be read), no other config file looked for.
exec node_modules/.bin/hive-gateway --fork 1 --config-path gateway.config.ts \
  supergraph "supergraph-$PEER_PORT.graphql" --host 127.0.0.1 --port "$PEER_PORT"
