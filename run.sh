#!/usr/bin/env bash
# Starts the dev stack without Docker: Redis, the demo REST backends and every service built so far.
# Ctrl-C stops everything it started. docker-compose.yml describes the same stack for Docker hosts.
set -euo pipefail
cd "$(dirname "$0")"
BFF_NEEDS_BROWSER=0 ./dev/prerequisites.sh
exec ./dev/stack.sh "$@"
