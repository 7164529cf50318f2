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
#   SMOKE_PORT_BASE=5750   the port base: demo backends 5751..5759, the peer 5765 (base+15, as bench/run.sh places it)
# Everything it starts is stopped on exit (bench/lib/common.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

base="${SMOKE_PORT_BASE:-5750}" bench_port_knob=SMOKE_PORT_BASE
peer_port=$((base + 15)) duration="${SMOKE_DURATION:-5}" threads=2 connections=16
out="$root/artifacts/peer-apollo-smoke"
rm -rf "$out"
mkdir -p "$out"
source bench/lib/common.sh

bench_check_ports $(bench_backend_ports) "$peer_port"
if [[ -z "${SMOKE_NO_BUILD:-}" ]]; then
  dotnet build demo-backends/DemoBackends -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi
[[ -d "$here/node_modules" ]] || "$here/install.sh"

unset OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
bench_start_backends
bench_start_peer "$here" "$peer_port" "$out/peer.log"
peer_pid=$bench_last_pid

jq -cn --rawfile q "$here/queries/product-detail.graphql" \
  '{query: $q, variables: {id: "__ID__", imageWidth: 300, density: 2, summaryLength: 80}}' >"$out/body.json"

run() { # name, first id, last id
  local name=$1 c0 c1 cpu0 cpu1 sampler requests
  c0=$(bench_settled_backend_calls)
  cpu0=$(bench_cpu_ticks "$peer_pid")
  bench_sample_rss "$peer_pid" >"$out/$name.rss" &
  sampler=$!
  bench_pids+=("$sampler")
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$here/smoke.lua" \
    "http://127.0.0.1:$peer_port" -- "$out/body.json" "$2" "$3" "$threads" >"$out/$name.wrk.txt"
  kill "$sampler" 2>/dev/null || true
  cpu1=$(bench_cpu_ticks "$peer_pid")
  c1=$(bench_settled_backend_calls)
  requests=$(awk '/ requests in /{print $1}' "$out/$name.wrk.txt")
  echo "== $name (product ids $2..$3, ${duration} s, $connections connections):"
  grep -E '^\s+(Latency|50%|90%|99%)|Requests/sec|non200=|Socket errors' "$out/$name.wrk.txt"
  awk -v r="$requests" -v c=$((c1 - c0)) -v t=$((cpu1 - cpu0)) -v k="$bench_tick" -v rss="$(sort -n "$out/$name.rss" | tail -1)" \
    'BEGIN { printf "  requests %d, backend calls/request %.2f, peer CPU %.1f s (%.2f ms/request), peer peak RSS %.0f MB\n", r, c / r, t / k, t / k * 1000 / r, rss / 1024 }'
}

# A few requests first, so the JIT has compiled the hot paths (ids the spread run asks for late).
wrk -t1 -c4 -d2s -s "$here/smoke.lua" "http://127.0.0.1:$peer_port" -- "$out/body.json" 4951 4999 1 >/dev/null
echo "load: $(uptime | sed 's/.*load/load/')"
run spread 1 4950
run hot 42 42
echo "load: $(uptime | sed 's/.*load/load/')"
