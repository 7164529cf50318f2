#!/usr/bin/env bash
# The proof benchmark, in one run: the mobile product-detail screen, the web product page and a ten-product list,
# with every demo backend at a fixed injected latency (0 ms, then 20 ms per call), served by
#   naive         the backend calls a client without a BFF makes, one after another (bench/bffs/naive.py);
#   bff-mobile    cold cache, then warm (product-detail, product-list: its persisted operations, GET by id);
#   bff-web       cold cache, then warm (product-page, product-list: POST, as the SPA sends);
#   aggregator    bench/Bff.Aggregator, the same calls hand-written with Task.WhenAll (the ".NET limit");
#   hive-gateway, apollo-server   the peers of bench/peers/<name>/, when installed;
# and then the engine alone against GraphQL.NET (bench/Bff.GraphQL.Comparison, categories 3 and 4, --job short).
# For each: backend calls per request, req/s at a fixed concurrency (wrk -t2 -c16), p50/p90/p99, server CPU seconds,
# peak RSS; then the ratios and the goals of issue 13. Report: bench/results/proof.md (bench/lib/report.py).
#
# Usage (from anywhere): bench/run.sh
#   BENCH_DURATION=15       seconds of each measured wrk run
#   BENCH_PRODUCT_IDS=1000000  product ids the demo backends know (DemoBackends:ProductIds): past the seeded 5000,
#                           copies under their own ids, so that cold runs never run out of fresh ids
#   BENCH_WARMUP=15         seconds of warm-up per server and screen, on fresh ids no measured run asks for: long enough
#                           for the JIT's tiering to finish on the cache-miss path, which a cold run measures (a server
#                           measured seconds after its start is measured compiling; see bench/results/proof-notes.md)
#   BENCH_SYSTEMS="naive bff-mobile bff-web aggregator hive-gateway apollo-server engine"   a subset to measure
#   BENCH_SCREENS="product-detail product-page product-list"   BENCH_LATENCIES="0 20"
#   BENCH_PORT_BASE=5800    backends base+1..+9, bff-mobile +11, bff-web +12, aggregator +13, hive-gateway +14,
#                           apollo-server +15, redis +20
#   BENCH_NO_BUILD=1        use the Release binaries already built (and the peers as installed)
#   BENCH_COMPRESSION=1     send Accept-Encoding: br, gzip (default: none, so that every system writes the same bytes)
#   BENCH_LIBRARY_LOG_LEVEL=Warning   Serilog level of FusionCache's and Polly's categories in the BFFs
#   BENCH_PEERS_DIR=bench/peers       where the peers' directories are
# Peers: bench/peers/<name>/ with install.sh, start.sh (env PEER_PORT, BACKENDS_BASE; execs the server in the
# foreground) and queries/<screen>.graphql; a peer without its directory is reported as not installed.
# Every answer is checked before it is measured (product 42, the list 41..50: a 200, no errors, the values the
# backends return directly); a wrong answer stops the run. Raw output and logs: artifacts/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

base="${BENCH_PORT_BASE:-5800}"
duration="${BENCH_DURATION:-15}"
warmup="${BENCH_WARMUP:-15}"
systems="${BENCH_SYSTEMS:-naive bff-mobile bff-web aggregator hive-gateway apollo-server engine}"
screens="${BENCH_SCREENS:-product-detail product-page product-list}"
latencies="${BENCH_LATENCIES:-0 20}"
threads=2 connections=16
out="$root/artifacts/bench"
report="$root/bench/results/proof.md"
peers=(hive-gateway apollo-server)
peers_dir="${BENCH_PEERS_DIR:-bench/peers}"
declare -A port=([bff-mobile]=$((base + 11)) [bff-web]=$((base + 12)) [aggregator]=$((base + 13))
  [hive-gateway]=$((base + 14)) [apollo-server]=$((base + 15)))
# The seed makes products "1".."5000"; past it the backends answer copies under their own ids (BENCH_PRODUCT_IDS). Cold
# runs take fresh ids, each once (the list: ten at a time), from 5001 up; the warm-ups take fresh ids from the top nine
# tenths up (the cache-miss path is what they must compile). A cold run that still uses up its ids is marked "ids ran
# out": its figures are capped. The checks read product 42 and the list 41..50 (seeded), compared with what the
# backends return directly.
product_ids="${BENCH_PRODUCT_IDS:-1000000}"
if ((product_ids < 20000)); then echo "BENCH_PRODUCT_IDS must be at least 20000" >&2; exit 1; fi
cold_first=5001 cold_last=$((product_ids * 9 / 10)) warmup_first=$((product_ids * 9 / 10 + 1)) warmup_last=$product_ids
warm_ids=100
naive_screens=50

rm -rf "$out"
mkdir -p "$out"
source bench/lib/common.sh

wants() { [[ " ${systems//,/ } " == *" $1 "* ]]; }

bench_check_ports $(bench_backend_ports) "${port[@]}" "$(bench_redis_port)"

if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  echo "== building (Release)" >&2
  for project in bench/bffs/bffs.slnf bench/Bff.Aggregator; do
    dotnet build "$project" -c Release -v quiet -nologo >>"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
  done
  for peer in "${peers[@]}"; do
    if wants "$peer" && [[ -x $peers_dir/$peer/install.sh && ! -d $peers_dir/$peer/node_modules ]]; then
      $peers_dir/$peer/install.sh >>"$out/build.log" 2>&1 || { echo "$peers_dir/$peer/install.sh failed; see $out/build.log" >&2; exit 1; }
    fi
  done
fi

# Nothing exported from the developer's shell changes what runs.
unset OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
  echo "memory: $(awk '/^MemTotal:/{printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
  echo "os: $(uname -sr)"
  echo "dotnet: $(dotnet --version)"
  echo "node: $(node --version 2>/dev/null || echo none)"
  echo "wrk: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "load before: $(uptime | sed 's/.*load average: //')"
} >"$out/machine.txt"

bench_start_redis
bench_product_ids=$product_ids bench_start_backends

# ---- The requests: per system and screen, what wrk sends (bench/lib/request.lua's templates) ----------------------

accept='Accept:application/graphql-response+json, application/json'
encoding=()
[[ -n "${BENCH_COMPRESSION:-}" ]] && encoding=('Accept-Encoding:br, gzip')

# A POST body {"query": <file>, "variables": <JSON with the {id}/{ids_json} placeholders>} in $out/bodies/.
graphql_body() { # name, query file, variables
  mkdir -p "$out/bodies"
  # [{ids_json}] is not JSON: jq carries a stand-in string, put back afterwards.
  jq -cn --rawfile q "$2" --argjson v "${3//\{ids_json\}/\"@IDS@\"}" '{query: $q, variables: $v}' |
    sed 's/"@IDS@"/{ids_json}/' >"$out/bodies/$1.json"
  echo "$out/bodies/$1.json"
}

# Sets method, path, body, per (ids per request), headers for one system's screen.
request_of() { # system, screen
  local system=$1 screen=$2 variables
  per=1
  [[ $screen == product-list ]] && per=10
  case $screen in
    product-detail) variables='{"id":"{id}","imageWidth":300,"density":2,"summaryLength":80}' ;;
    product-page) variables='{"id":"{id}"}' ;;
    product-list) variables='{"ids":[{ids_json}],"imageWidth":160,"density":2}' ;;
  esac
  headers=("$accept" "${encoding[@]}")
  case $system in
    bff-mobile)
      local operation
      if [[ $screen == product-detail ]]; then operation=ProductDetail; else operation=RecentlyViewed; fi
      method=GET body=- path="/graphql?id=$(bench_operation_id "$operation")&variables=$variables" ;;
    bff-web)
      local query=bench/bffs/ProductPage.graphql
      [[ $screen == product-list ]] && query=bench/bffs/ProductList.graphql
      method=POST path=/graphql body=$(graphql_body "$system-$screen" "$query" "$variables")
      headers+=('Content-Type:application/json' 'Origin:http://localhost:5173') ;;
    aggregator)
      method=GET body=-
      case $screen in
        product-detail) path='/screens/product-detail/{id}?imageWidth=300&density=2&summaryLength=80' ;;
        product-page) path='/screens/product-page/{id}' ;;
        product-list) path='/screens/product-list?ids={ids_csv}&imageWidth=160&density=2' ;;
      esac ;;
    *)
      method=POST path=/graphql body=$(graphql_body "$system-$screen" "$peers_dir/$system/queries/$screen.graphql" "$variables")
      headers+=('Content-Type:application/json') ;;
  esac
}

# ---- Servers -------------------------------------------------------------------------------------------------------

# Starts a system fresh (empty memory, empty Redis): its pid in server_pid.
start_server() { # system, log suffix
  local system=$1 log="$out/$1-$2.log"
  case $system in
    bff-mobile) bench_flush_redis; bench_start_bff mobile "${port[$system]}" "$log" ;;
    bff-web) bench_flush_redis; bench_start_bff web "${port[$system]}" "$log" ;;
    aggregator)
      local args=(--Kestrel:Endpoints:Http:Url="http://127.0.0.1:${port[$system]}" --Logging:LogLevel:Default=Warning) i
      for i in "${!bench_services[@]}"; do args+=("--Backends:${bench_services[$i]}:BaseUrl=http://127.0.0.1:$((base + 1 + i))"); done
      bench_start "$log" bash -c 'cd bench/Bff.Aggregator/bin/Release/net10.0 && exec dotnet Bff.Aggregator.dll "$@"' aggregator "${args[@]}"
      wait_until aggregator 900 curl -fs "http://127.0.0.1:${port[$system]}/health" ;;
    *) bench_start_peer "$peers_dir/$system" "${port[$system]}" "$log" ;;
  esac
  server_pid=$bench_last_pid
}

peer_missing() { # system: why it cannot run, or nothing
  [[ $1 == hive-gateway || $1 == apollo-server ]] || return 0
  if [[ ! -x $peers_dir/$1/start.sh ]]; then echo "not installed (bench/peers/$1/install.sh)"; return 0; fi
  local screen
  for screen in $screens; do
    [[ -f $peers_dir/$1/queries/$screen.graphql ]] || { echo "no query for $screen ($peers_dir/$1/queries/$screen.graphql)"; return 0; }
  done
}

# ---- Measuring -----------------------------------------------------------------------------------------------------

printf 'screen\tlatency_ms\tsystem\tcache\tcalls_first\tcalls_again\tcalls_per_req\trequests\treq_s\tp50_ms\tp90_ms\tp99_ms\tcpu_s\tcpu_ms_per_req\tpeak_rss_mb\terrors\tnote\n' >"$out/results.tsv"

row() { printf '%s\t' "${@:1:16}" >>"$out/results.tsv"; printf '%s\n' "${17:-}" >>"$out/results.tsv"; }

wrk_run() { # url, seconds, mode, first, last, output
  wrk -t"$threads" -c"$connections" -d"${2}s" --timeout 10s --latency -s bench/lib/request.lua "$1" -- \
    "$method" "$path" "$body" "$3" "$4" "$5" "$threads" "$per" "${headers[@]}" >"$6"
}

# A fresh server's first answers compile its code paths; on a busy machine they can outlast a BFF's backend timeout
# (a degraded answer). Asks for a warm-up product until an answer has no errors (at most 20 tries).
first_answer() { # system
  local url="http://127.0.0.1:${port[$1]}" status
  for attempt in $(seq 1 20); do
    read -r status _ < <(python3 bench/lib/fetch.py "$url" "$method" "$path" "$body" "$warmup_first" "$per" "$out/first-$1.json" "${headers[@]}")
    if [[ $status == 200 ]] && ! grep -q '"errors"' "$out/first-$1.json"; then return 0; fi
    sleep 1
  done
  echo "ABORT: $1 gives no answer without errors: $(head -c 500 "$out/first-$1.json")" >&2
  exit 1
}

# The check before measuring, then the same request again (a cache's first and second answer): each time its backend
# calls. A wrong answer stops the run.
check_answer() { # system, screen, latency
  local url="http://127.0.0.1:${port[$1]}" first=42 answer="$out/answer-$1-$2-${3}ms.json" c0 c1 c1b c2 status
  [[ $2 == product-list ]] && first=41
  c0=$(bench_settled_backend_calls)
  read -r status _ < <(python3 bench/lib/fetch.py "$url" "$method" "$path" "$body" "$first" "$per" "$answer" "${headers[@]}")
  c1=$(bench_settled_backend_calls)
  if ! problem=$(python3 bench/lib/check_answer.py "$base" "$2" "$answer" "$status" 2>&1); then
    echo "ABORT: $1 answers $2 wrongly (backends at $3 ms): $problem" >&2
    echo "       request: $method $url$path $( [[ $body != - ]] && head -c 300 "$body")" >&2
    exit 1
  fi
  # The check read the backends itself: the second request's calls count from here.
  c1b=$(bench_settled_backend_calls)
  python3 bench/lib/fetch.py "$url" "$method" "$path" "$body" "$first" "$per" "$answer.again" "${headers[@]}" >/dev/null
  c2=$(bench_settled_backend_calls)
  calls_first=$((c1 - c0)) calls_again=$((c2 - c1b))
}

# One measured wrk run of a running system: appends its row.
measure() { # system, screen, latency, cache (cold|warm|-), mode (cold|warm), first, last
  local system=$1 screen=$2 latency=$3 cache=$4 mode=$5 first=$6 last=$7 name sampler
  name="$screen-${latency}ms-$system${cache:+-$cache}"
  echo "== $name: ids $first..$last, load $(uptime | sed 's/.*load average: //')" >&2
  local calls0 cpu0 cpu1 calls1
  calls0=$(bench_settled_backend_calls)
  cpu0=$(python3 bench/lib/proctree.py cpu "$server_pid")
  (while python3 bench/lib/proctree.py rss "$server_pid"; do sleep 0.2; done) >"$out/$name.rss" 2>/dev/null &
  sampler=$!
  bench_pids+=("$sampler")
  wrk_run "http://127.0.0.1:${port[$system]}" "$duration" "$mode" "$first" "$last" "$out/$name.wrk.txt"
  cpu1=$(python3 bench/lib/proctree.py cpu "$server_pid")
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  calls1=$(bench_settled_backend_calls)

  local w=$out/$name.wrk.txt completed rps p50 p90 p99 status errors
  read -r completed rps p50 p90 p99 < <(bench_wrk_figures "$w")
  status=$(grep '^covered=' "$w")
  covered=$(sed -E 's/^covered=([0-9]+).*/\1/' <<<"$status")
  errors=$(awk -F'[= ]' '{print $4 + $6 + $8}' <<<"$status")
  # A cold run that asked for every id it had stopped early: its figures are capped, not the system's.
  local note=""
  if [[ $mode == cold ]] && ((covered >= (last - first + 1) / per * per)); then note="ids ran out"; fi
  # The ids whose answers all came back: the last request of each connection may have been cut off by wrk's stop.
  covered=$((covered - connections * per))
  row "$screen" "$latency" "$system" "${cache:--}" "$calls_first" "$calls_again" \
    "$(awk -v c=$((calls1 - calls0)) -v n="$completed" 'BEGIN{printf "%.2f", n ? c / n : 0}')" "$completed" "$rps" "$p50" "$p90" "$p99" \
    "$(awk -v t=$((cpu1 - cpu0)) -v k="$bench_tick" 'BEGIN{printf "%.1f", t / k}')" \
    "$(awk -v t=$((cpu1 - cpu0)) -v k="$bench_tick" -v n="$completed" 'BEGIN{printf "%.2f", n ? t / k * 1000 / n : 0}')" \
    "$(awk '$1 > max {max = $1} END {printf "%.0f", max / 1024}' "$out/$name.rss")" "$errors" "$note"
}

run_server() { # system, screen, latency
  local system=$1 screen=$2 latency=$3
  request_of "$system" "$screen"
  start_server "$system" "$screen-${latency}ms"
  first_answer "$system"
  check_answer "$system" "$screen" "$latency"
  # JIT warm-up on the cold path (fresh ids, which the measured runs never ask for): the code a cold run measures.
  wrk_run "http://127.0.0.1:${port[$system]}" "$warmup" cold "$warmup_first" "$warmup_last" "$out/warmup-$screen-${latency}ms-$system.txt"
  case $system in
    bff-*)
      measure "$system" "$screen" "$latency" cold cold "$cold_first" "$cold_last"
      # Warm: the first ids the cold run asked for (a hot set of popular products), now in memory and in Redis.
      measure "$system" "$screen" "$latency" warm warm "$cold_first" $((cold_first + (covered < warm_ids ? covered : warm_ids) - 1)) ;;
    aggregator)
      # No cache: the ids may come round again.
      measure "$system" "$screen" "$latency" "" warm "$cold_first" "$cold_last" ;;
    *)
      # A peer's HTTP cache (Apollo's RESTDataSource honours the backends' Cache-Control) must not help: fresh ids.
      measure "$system" "$screen" "$latency" "" cold "$cold_first" "$cold_last" ;;
  esac
  bench_stop "$server_pid"
}

run_naive() { # screen, latency
  local kind calls line
  case $1 in product-detail) kind=mobile calls=8 ;; product-page) kind=web calls=11 ;; product-list) kind=list calls=4 ;; esac
  echo "== $1-${2}ms-naive" >&2
  line=$(python3 bench/bffs/naive.py "$base" "$kind" "$cold_first" "$naive_screens")
  echo "$line" >"$out/$1-${2}ms-naive.txt"
  row "$1" "$2" naive - "$calls" "$calls" "$calls" "$naive_screens" - \
    "$(sed -E 's/.*p50 ([0-9.]+) ms.*/\1/' <<<"$line")" "$(sed -E 's/.*p90 ([0-9.]+) ms.*/\1/' <<<"$line")" \
    "$(sed -E 's/.*p99 ([0-9.]+) ms.*/\1/' <<<"$line")" - - - 0 "one client, calls one after another"
}

for latency in $latencies; do
  bench_set_latency "$latency"
  for screen in $screens; do
    for system in naive bff-mobile bff-web aggregator "${peers[@]}"; do
      wants "$system" || continue
      [[ $system == bff-mobile && $screen == product-page ]] && continue
      [[ $system == bff-web && $screen == product-detail ]] && continue
      if [[ $system == naive ]]; then run_naive "$screen" "$latency"; continue; fi
      why=$(peer_missing "$system")
      if [[ -n $why ]]; then
        row "$screen" "$latency" "$system" - - - - - - - - - - - - - "$why"
        continue
      fi
      run_server "$system" "$screen" "$latency"
    done
  done
done
bench_set_latency 0
echo "load after: $(uptime | sed 's/.*load average: //')" >>"$out/machine.txt"

# ---- The engine alone ----------------------------------------------------------------------------------------------

if wants engine; then
  echo "== engine vs GraphQL.NET (BenchmarkDotNet, --job short)" >&2
  (cd bench/Bff.GraphQL.Comparison && dotnet run -c Release -- --filter '*FullRequest*' '*Cached*' --job short --memory \
    --exporters json --artifacts "$out/comparison") >"$out/comparison.log" 2>&1 || { tail -40 "$out/comparison.log"; exit 1; }
fi

command="bench/run.sh"
[[ "$duration" != 15 ]] && command="BENCH_DURATION=$duration $command"
[[ -n "${BENCH_SYSTEMS:-}" ]] && command="BENCH_SYSTEMS=\"$systems\" $command"
mkdir -p "$(dirname "$report")"
python3 bench/lib/report.py "$out" "$command" "$duration" "$connections" >"$report"
cp "$report" "$out/proof.md"
cat "$report"
