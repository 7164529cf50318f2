#!/usr/bin/env bash
# The no-Docker dev stack: builds once, starts each part in the background, prints where it listens,
# and stops them all on exit. REDIS_PORT overrides Redis's port (default 6379).
set -euo pipefail
cd "$(dirname "$0")/.."

redis_port="${REDIS_PORT:-6379}"
# A development stack: dev tokens, the dev signing key, introspection and the IDE on (override to try Production).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
logs="artifacts/logs"
mkdir -p "$logs"
pids=()

stopping=0
stop_all() {
  stopping=1
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM

start() { # name, command...
  local name=$1; shift
  "$@" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

if redis-cli -p "$redis_port" ping >/dev/null 2>&1; then
  echo "redis            already running on 127.0.0.1:$redis_port"
else
  start redis redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no
  echo "redis            127.0.0.1:$redis_port"
fi

dotnet build Bff.sln -c Release -v quiet -nologo >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }

# Each service: a name, its project, and the URL it listens on (ports are documented in README).
services=(
  "demo-backends|demo-backends/DemoBackends|ports 5201-5209"
  "engine-test-server|tests/Bff.GraphQL.TestServer|http://127.0.0.1:5199"
  "bff-mobile|bff-mobile/Bff.Mobile|http://127.0.0.1:5101"
  "bff-web|bff-web/Bff.Web|http://127.0.0.1:5102"
)
for entry in "${services[@]}"; do
  IFS='|' read -r name project where <<<"$entry"
  [[ -d "$project" ]] || continue
  args=(--no-build -c Release --project "$project")
  [[ "$where" == http* ]] && args+=(-- --urls "$where")
  # The BFFs find Redis where this script started (or found) it.
  [[ "$name" == bff-* ]] && args+=(--Redis:Configuration "127.0.0.1:$redis_port")
  start "$name" dotnet run "${args[@]}"
  printf '%-16s %s (log: %s)\n' "$name" "$where" "$logs/$name.log"
done

echo "stack is up; Ctrl-C stops it"
wait -n "${pids[@]}" || true
((stopping)) || echo "a service exited; see $logs" >&2
