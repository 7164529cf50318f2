#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with only the .NET SDK lacks, or says exactly what to install.
# Idempotent and quiet when everything is there; called by ./test.sh and ./run.sh.
# BFF_REDIS_OPTIONAL=1 (./run.sh): a redis-server that cannot be installed is not an error; the stack then runs the
# BFFs on their in-memory cache alone and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

can_install=0
[[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1 && can_install=1
need_apt=()
if ! command -v redis-server >/dev/null 2>&1; then
  if ((can_install)) || [[ "${BFF_REDIS_OPTIONAL:-0}" != 1 ]]; then need_apt+=(redis-server); fi
fi
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [[ "${BFF_NEEDS_BROWSER:-1}" == 1 ]]; then
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need_apt+=(chromium)
fi

if ((${#need_apt[@]})); then
  if ((can_install)); then
    echo "prerequisites: installing ${need_apt[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "prerequisites: missing ${need_apt[*]}; install with: sudo apt-get install -y ${need_apt[*]}" >&2
    exit 1
  fi
fi

command -v dotnet >/dev/null 2>&1 || { echo "prerequisites: the .NET 10 SDK is required: https://dot.net" >&2; exit 1; }

# Node packages the tests and benchmarks use (graphql-js as the reference implementation, its HTTP audit).
for dir in tests/js bench/graphql-js shared/Bff.GraphQL.Ide; do
  if [[ -f "$dir/package-lock.json" ]]; then
    stamp="$dir/node_modules/.package-lock.json"
    if [[ ! -f "$stamp" || "$dir/package-lock.json" -nt "$stamp" ]]; then
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    fi
  fi
done
