#!/usr/bin/env bash
# Starts the dev stack without Docker: Redis, the demo REST backends and every service built so far, waits until each
# is ready and prints a curl per BFF (dev/stack.sh). Ctrl-C stops everything it started and nothing else.
# docker-compose.yml describes the same stack for Docker hosts.
set -euo pipefail
cd "$(dirname "$0")"
BFF_NEEDS_BROWSER=0 BFF_REDIS_OPTIONAL=1 ./dev/prerequisites.sh
exec ./dev/stack.sh "$@"
