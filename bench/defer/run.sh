#!/usr/bin/env bash
# Time to the first part of bff-mobile's deferred product screen against time to the whole response, with the
# reviews backend slow: sequential GETs of the persisted ProductDetail (Production, as deployed), each for a product
# no earlier request read (so reviews, rating and the rest really come from the backends), over one keep-alive
# connection (bench/defer/first_part.py).
#   deferred parts   Accept: multipart/mixed;deferSpec=20220824 (Apollo's): to the end of the first part (product,
#                    price, stock) and to the end of the last (the reviews with their rating, similar items)
#   one JSON body    Accept: application/graphql-response+json: the same screen all at once
# Results: bench/results/defer.md.
#
# Usage (from anywhere): bench/defer/run.sh
#   BENCH_PORT_BASE=6400  ports: backends base+1..base+9, bff-mobile base+11, redis base+20
#   BENCH_REQUESTS=200    requests per measured series
#   BENCH_REVIEWS_MS=200  latency added to every reviews-service call
#   BENCH_NO_BUILD=1      use the Release binaries already built
# Output: the table on stdout and in artifacts/bench-defer/table.md; the raw per-request times and logs beside it.
# Everything it starts is stopped on exit (also on Ctrl-C or an error).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

base="${BENCH_PORT_BASE:-6400}"
requests="${BENCH_REQUESTS:-200}"
reviews_ms="${BENCH_REVIEWS_MS:-200}"
out="$root/artifacts/bench-defer"
mobile_port=$((base + 11))
# Products are "1".."5000": a warm-up range for the JIT, then one range per series so every request is a cold read.
warmup_first=4901 warmup_count=50 multipart_first=1 json_first=$((1 + requests))
if (( json_first + requests > warmup_first )); then echo "BENCH_REQUESTS is too large for the 5000 products" >&2; exit 1; fi

rm -rf "$out"
mkdir -p "$out"
source bench/lib/common.sh

bench_check_ports $(bench_backend_ports) "$mobile_port" "$(bench_redis_port)"

if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  dotnet build demo-backends/DemoBackends -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
  dotnet build bff-mobile/Bff.Mobile -c Release -v quiet -nologo >>"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi

unset OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production

load_before=$(cut -d" " -f1-3 /proc/loadavg)
bench_start_redis
bench_start_backends
bench_start_bff mobile "$mobile_port" "$out/bff-mobile.log"

reviews_port=$((base + 4))   # the fourth of bench_services
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d "{\"latencyMs\":$reviews_ms}" \
  "http://127.0.0.1:$reviews_port/admin/faults"

id=$(bench_operation_id ProductDetail)
client=(python3 bench/defer/first_part.py "127.0.0.1:$mobile_port" "$id")
"${client[@]}" "$warmup_first" "$warmup_count" multipart >/dev/null
"${client[@]}" $((warmup_first + warmup_count)) "$warmup_count" json >/dev/null
"${client[@]}" "$multipart_first" "$requests" multipart >"$out/multipart.txt"
"${client[@]}" "$json_first" "$requests" json >"$out/json.txt"

read -r n mf50 mf90 mf99 mw50 mw90 mw99 < <(python3 bench/defer/percentiles.py <"$out/multipart.txt")
read -r jn _ _ _ jw50 jw90 jw99 < <(python3 bench/defer/percentiles.py <"$out/json.txt")
{
  echo "| bff-mobile ProductDetail, reviews +${reviews_ms} ms | requests | p50 ms | p90 ms | p99 ms |"
  echo "|---|---:|---:|---:|---:|"
  echo "| deferred parts: first part (product, price, stock) | $n | $mf50 | $mf90 | $mf99 |"
  echo "| deferred parts: whole response (last part) | $n | $mw50 | $mw90 | $mw99 |"
  echo "| one JSON body: whole response | $jn | $jw50 | $jw90 | $jw99 |"
  echo
  echo "load average before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
} | tee "$out/table.md"
