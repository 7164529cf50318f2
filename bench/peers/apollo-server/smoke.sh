#!/usr/bin/env bash
# A short wrk run of the peer's product-detail screen, to show it runs under load (not a benchmark: bench/run.sh is).
# Two runs over one peer process: "spread" asks for product ids 1..4950 in turn (no id twice, so nothing but the
# similar items and their prices can come from RESTDataSource's HTTP cache), then "hot" asks for product 42 only
# (every backend response cached after the first). Prints wrk's numbers, the peer's CPU seconds and peak RSS, and
# backend calls per request.
#
# Usage: bench/peers/apollo-server/smoke.sh
#   SMOKE_DURATION=5  seconds per run; SMOKE_NO_BUILD=1  use the demo backends' Release build as it is
#   PEER_REST_CACHE   passed to start.sh (shared, the default, or request)
# Ports: demo backends 5751..5759, the peer 5770. Everything it starts is stopped on exit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

base=5750 peer_port=5770 duration="${SMOKE_DURATION:-5}" threads=2 connections=16
out="$root/artifacts/peer-apollo-smoke"
services=(Catalog Inventory Pricing Reviews Users Orders Cart Recommendations Notifications)
rm -rf "$out"
mkdir -p "$out"

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_until() { # description, tries (0.2 s each), command...
  local what=$1 tries=$2; shift 2
  for _ in $(seq 1 "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "timed out waiting for $what" >&2
  exit 1
}

for port in $(seq $((base + 1)) $((base + 9))) "$peer_port"; do
  [[ -z "$(ss -Htln "sport = :$port")" ]] || { echo "port $port is taken" >&2; exit 1; }
done
if [[ -z "${SMOKE_NO_BUILD:-}" ]]; then
  dotnet build demo-backends/DemoBackends -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi
[[ -d "$here/node_modules" ]] || "$here/install.sh"

unset OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
backend_args=(--Logging:Console:FormatterName=simple --Logging:Console:FormatterOptions:SingleLine=true
  "--Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff ")
for i in "${!services[@]}"; do backend_args+=("--DemoBackends:Ports:${services[$i]}=$((base + 1 + i))"); done
(cd demo-backends/DemoBackends/bin/Release/net10.0 && exec dotnet DemoBackends.dll "${backend_args[@]}") >"$out/backends.log" 2>&1 &
pids+=($!)
wait_until "demo backends" 300 bash -c "[[ \$(grep -c 'OpenAPI:' '$out/backends.log') -eq ${#services[@]} ]]"

PEER_PORT=$peer_port BACKENDS_BASE=$base "$here/start.sh" >"$out/peer.log" 2>&1 &
peer_pid=$!
pids+=("$peer_pid")
wait_until "the peer" 150 curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  --data-binary '{"query":"{__typename}"}' "http://127.0.0.1:$peer_port/graphql"

jq -cn --rawfile q "$here/queries/product-detail.graphql" \
  '{query: $q, variables: {id: "__ID__", imageWidth: 300, density: 2, summaryLength: 80}}' >"$out/body.json"

calls() { grep -c ' -> ' "$out/backends.log" || true; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
sample_rss() { while awk '/^VmRSS:/{print $2}' "/proc/$1/status" 2>/dev/null; do sleep 0.1; done; }
tick=$(getconf CLK_TCK)

run() { # name, first id, last id
  local name=$1 c0 c1 cpu0 cpu1 sampler requests
  c0=$(calls)
  cpu0=$(cpu_ticks "$peer_pid")
  sample_rss "$peer_pid" >"$out/$name.rss" &
  sampler=$!
  pids+=("$sampler")
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/smoke.lua" \
    "http://127.0.0.1:$peer_port" -- "$out/body.json" "$2" "$3" "$threads" >"$out/$name.wrk.txt"
  kill "$sampler" 2>/dev/null || true
  cpu1=$(cpu_ticks "$peer_pid")
  sleep 1
  c1=$(calls)
  requests=$(awk '/ requests in /{print $1}' "$out/$name.wrk.txt")
  echo "== $name (product ids $2..$3, ${duration} s, $connections connections):"
  grep -E '^\s+(Latency|50%|90%|99%)|Requests/sec|non200=|Socket errors' "$out/$name.wrk.txt"
  awk -v r="$requests" -v c=$((c1 - c0)) -v t=$((cpu1 - cpu0)) -v k="$tick" -v rss="$(sort -n "$out/$name.rss" | tail -1)" \
    'BEGIN { printf "  requests %d, backend calls/request %.2f, peer CPU %.1f s (%.2f ms/request), peer peak RSS %.0f MB\n", r, c / r, t / k, t / k * 1000 / r, rss / 1024 }'
}

# A few requests first, so the JIT has compiled the hot paths (ids the spread run asks for late).
wrk -t1 -c4 -d2s -s "$here/smoke.lua" "http://127.0.0.1:$peer_port" -- "$out/body.json" 4951 4999 1 >/dev/null
echo "load: $(uptime | sed 's/.*load/load/')"
run spread 1 4950
run hot 42 42
echo "load: $(uptime | sed 's/.*load/load/')"
