#!/usr/bin/env bash
# The two BFFs' product screens under wrk: backend calls per request, req/s, p50/p90/p99, BFF CPU and peak RSS,
# for {mobile ProductDetail, web productPage} x {backends at 0 ms, at 20 ms} x {cold, warm}; then the same screens
# fetched by a naive client straight from the backends (bench/bffs/naive.py). Results: bench/results/bffs.md.
#
# Usage (from anywhere): bench/bffs/run.sh
#   BENCH_PORT_BASE=5600  ports: backends base+1..base+9, bff-mobile base+11, bff-web base+12, redis base+20
#   BENCH_DURATION=15     seconds of each measured wrk run (cold runs stop earlier if they run out of product ids)
#   BENCH_LIBRARY_LOG_LEVEL=Warning   Serilog level for FusionCache's and Polly's categories (default: as shipped, i.e.
#                         the BFFs' Information, at which both write lines for every cache read and backend call)
#   BENCH_WARM_IDS=100    size of the warm runs' hot set: ids 1..N, all fetched by the cold run just before
#   BENCH_NO_BUILD=1      use the Release binaries already built
# Output: the tables on stdout and in artifacts/bench-bffs/table.md; raw wrk output and every log beside it.
# Everything it starts is stopped on exit (also on Ctrl-C or an error). About 5 minutes after the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

base="${BENCH_PORT_BASE:-5600}"
duration="${BENCH_DURATION:-15}"
threads=2 connections=16
out="$root/artifacts/bench-bffs"
mobile_port=$((base + 11)) web_port=$((base + 12)) redis_port=$((base + 20))
# Products are "1".."5000". Cold runs take ids 1..4950, each once; 4951..4999 are for the JIT warm-up, 5000 for the
# single requests.
cold_first=1 cold_last=4950 warmup_first=4951 warmup_last=4999 single_id=5000
warm_ids="${BENCH_WARM_IDS:-100}"
naive_screens=50

rm -rf "$out"
mkdir -p "$out"
# Starting and stopping processes, the demo backends, the BFFs' arguments, CPU and RSS sampling: shared with bench/run.sh.
source bench/lib/common.sh


bench_check_ports $(bench_backend_ports) "$mobile_port" "$web_port" "$redis_port"

# Release, once, only what runs here (bffs.slnf: the demo backends and the two BFFs, one MSBuild run).
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  dotnet build bench/bffs/bffs.slnf -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi

# Nothing exported from the developer's shell changes what runs.
unset OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production

bench_start_redis

bench_start_backends

set_latency() { bench_set_latency "$@"; }


start_bffs() { # log suffix; fresh processes (empty memory cache) over an empty Redis
  bench_flush_redis
  bench_start_bff mobile "$mobile_port" "$out/bff-mobile-$1.log"
  mobile_pid=$bench_last_pid
  bench_start_bff web "$web_port" "$out/bff-web-$1.log"
  web_pid=$bench_last_pid
}

stop_bffs() {
  bench_stop "$mobile_pid"
  bench_stop "$web_pid"
}

# The app's persisted operation, by id (what the BFF's Production mode runs: nothing else).
operation=$(bench_operation_id ProductDetail)

cpu_ticks() { bench_cpu_ticks "$@"; }
tick=$bench_tick
backend_calls() { bench_backend_calls; }

sample_rss() { bench_sample_rss "$@"; }

wrk_screen() { # url, seconds, lua args...
  local url=$1 seconds=$2; shift 2
  # A 10 s timeout (wrk's default is 2 s), as the BFFs' own request budgets are 5 s and 10 s: slow answers are
  # measured, not dropped.
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s bench/bffs/screen.lua "$url" -- "$@" "$threads" "$operation"
}

to_ms() { bench_to_ms; }

printf 'screen\tlatency_ms\tcache\tcalls_per_req\treq_s\tp50_ms\tp90_ms\tp99_ms\tbff_cpu_s\tbff_cpu_ms_per_req\tbff_peak_rss_mb\trequests\terrors\tbackends_cpu_s\tcalls_by_backend\tbff_served\tbff_logged_problems\tbff_aborted_by_client\tbff_log_lines_per_req\tbff_log_kb_per_req\n' >"$out/results.tsv"

measure() { # screen (mobile|web), latency, mode (cold|warm), first, last
  local screen=$1 latency=$2 mode=$3 first=$4 last=$5 pid url name
  if [[ $screen == mobile ]]; then pid=$mobile_pid url="http://127.0.0.1:$mobile_port"; else pid=$web_pid url="http://127.0.0.1:$web_port"; fi
  name="$screen-${latency}ms-$mode"
  echo "== $name: ids $first..$last, $(uptime | sed 's/.*load/load/')" >&2

  local log=$out/bff-$screen-${latency}ms.log calls0 logged0 cpu0 bcpu0 sampler
  calls0=$(backend_calls)
  logged0=$(wc -l <"$log")
  cpu0=$(cpu_ticks "$pid")
  bcpu0=$(cpu_ticks "$backends_pid")
  sample_rss "$pid" >"$out/$name.rss" &
  sampler=$!
  bench_pids+=("$sampler")
  wrk_screen "$url" "$duration" "$screen" "$mode" "$first" "$last" >"$out/$name.wrk.txt"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  local cpu1 bcpu1
  cpu1=$(cpu_ticks "$pid")
  bcpu1=$(cpu_ticks "$backends_pid")
  sleep 1 # the backends' console logger writes from a queue
  local calls1 logged1 summary requests log_lines log_bytes problems aborted
  calls1=$(backend_calls)
  logged1=$(wc -l <"$log")
  # Requests the BFF answered in the window (per request: including the few still in flight when wrk stopped,
  # whose backend calls are in the count too), its log volume, and what it logged at Warning or above.
  summary=$(python3 bench/bffs/logsummary.py "$log" $((logged0 + 1)) "$logged1" "$out/$name.log-events.txt")
  read -r requests log_lines log_bytes problems aborted < <(sed -E 's/[a-z]+=//g' <<<"$summary")

  local w=$out/$name.wrk.txt completed rps p50 p90 p99 status
  completed=$(awk '/ requests in /{print $1}' "$w")
  rps=$(awk '/^Requests\/sec:/{printf "%.0f", $2}' "$w")
  p50=$(awk '$1=="50%"{print $2}' "$w" | to_ms)
  p90=$(awk '$1=="90%"{print $2}' "$w" | to_ms)
  p99=$(awk '$1=="99%"{print $2}' "$w" | to_ms)
  status=$(grep '^covered=' "$w")
  covered=$(sed -E 's/^covered=([0-9]+).*/\1/' <<<"$status")
  local errors
  errors=$(awk -F'[= ]' '{print $4 + $6 + $8}' <<<"$status")
  # The ids whose answers all came back: the last request of each connection may have been cut off by wrk's stop.
  covered=$((covered - connections))

  local by_backend
  by_backend=$(grep ' -> ' "$out/backends.log" | tail -n +$((calls0 + 1)) | head -n $((calls1 - calls0)) | awk -v n="$requests" '
    { path = $5; status = $7
      if (path ~ /^\/products\/[^\/]+\/reviews/ || path ~ /^\/(reviews|ratings)/) s = "reviews"
      else if (path ~ /^\/(products|categories)/) s = "catalog"
      else if (path ~ /^\/(stock|stores)/) s = "inventory"
      else if (path ~ /^\/prices/) s = "pricing"
      else if (path ~ /^\/recommendations/) s = "recommendations"
      else s = "other"
      count[s]++
      if (status != 200) bad++ }
    END { line = ""
      for (s in count) line = line sprintf("%s%s %.2f", (line == "" ? "" : ", "), s, count[s] / n)
      if (bad) line = line sprintf(" (%d non-200)", bad)
      print line }')
  printf '%s\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%.1f\t%.2f\t%.0f\t%s\t%s\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\n' "$screen" "$latency" "$mode" \
    "$(awk -v c=$((calls1 - calls0)) -v n="$requests" 'BEGIN{print c / n}')" "$rps" "$p50" "$p90" "$p99" \
    "$(awk -v t=$((cpu1 - cpu0)) -v k="$tick" 'BEGIN{print t / k}')" \
    "$(awk -v t=$((cpu1 - cpu0)) -v k="$tick" -v n="$requests" 'BEGIN{print t / k * 1000 / n}')" \
    "$(awk '$1 > max {max = $1} END {print max / 1024}' "$out/$name.rss")" "$completed" "$errors" \
    "$(awk -v t=$((bcpu1 - bcpu0)) -v k="$tick" 'BEGIN{print t / k}')" "$by_backend" "$requests" "$problems" "$aborted" \
    "$(awk -v l="$log_lines" -v n="$requests" 'BEGIN{printf "%.0f", l / n}')" \
    "$(awk -v b="$log_bytes" -v n="$requests" 'BEGIN{printf "%.1f", b / n / 1024}')" >>"$out/results.tsv"
}

# The curl arguments of one screen's request (the same request as screen.lua's) for one product id.
screen_request() { # screen, id
  if [[ $1 == mobile ]]; then
    request=("http://127.0.0.1:$mobile_port/graphql?id=$operation&variables=$(python3 -c 'import urllib.parse,json,sys;print(urllib.parse.quote(json.dumps({"id":sys.argv[1],"imageWidth":300,"density":2,"summaryLength":80})))' "$2")")
  else
    request=("http://127.0.0.1:$web_port/graphql" -H 'Content-Type: application/json'
      --data-binary "$(jq -cn --rawfile q bench/bffs/ProductPage.graphql --arg id "$2" '{query: $q, variables: {id: $id}}')")
  fi
}

# Both screens answer without errors before anything is measured: a wrong setup fails here, not in a table of
# errors. A fresh process on a busy machine may need a few tries (JIT, first connections; the budget is 5 s).
first_answers() {
  local screen file
  for screen in mobile web; do
    file="$out/first-$screen.json"
    screen_request "$screen" "$warmup_first"
    for attempt in $(seq 1 20); do
      if curl -fsS -o "$file" "${request[@]}" && grep -q '"data"' "$file" && ! grep -q '"errors"' "$file"; then break; fi
      if ((attempt == 20)); then echo "$screen: no answer without errors: $(head -c 500 "$file")" >&2; exit 1; fi
      sleep 1
    done
  done
}

# One request at a time, after the warm-up: a product no run asks for, cold then warm, with its backend calls.
single=()
single_requests() { # latency
  local screen file t_cold t_warm c0 c1 c2 request note
  for screen in mobile web; do
    file="$out/single-$screen-${1}ms.json"
    screen_request "$screen" "$single_id"
    c0=$(backend_calls)
    t_cold=$(curl -fsS -o "$file" -w '%{time_total}' "${request[@]}")
    sleep 1
    c1=$(backend_calls)
    # The cold request's backend calls in the order they ended: time, path, time spent in the service.
    grep ' -> ' "$out/backends.log" | tail -n +$((c0 + 1)) | head -n $((c1 - c0)) |
      awk '{print $1, $4, $5, $7, $9, $10}' >"$out/single-$screen-${1}ms.trace.txt"
    t_warm=$(curl -fsS -o /dev/null -w '%{time_total}' "${request[@]}")
    sleep 1
    c2=$(backend_calls)
    note=""
    if grep -q '"errors"' "$file"; then
      note=" — the cold answer had errors: $(jq -r '[.errors[].extensions.code] | unique | join(", ")' "$file")"
    fi
    single+=("$(awk -v s="$screen" -v l="$1" -v a="$t_cold" -v b="$t_warm" -v x=$((c1 - c0)) -v y=$((c2 - c1)) \
      'BEGIN{printf "%s, backends at %s ms: cold %.1f ms (%d backend calls), warm %.1f ms (%d)", s, l, a * 1000, x, b * 1000, y}')$note")
  done
}

echo "load before: $(uptime)" | tee "$out/load.txt" >&2
for latency in 0 20; do
  set_latency "$latency"
  start_bffs "${latency}ms"
  first_answers
  # JIT warm-up (tiered compilation), on ids the cold runs never ask for.
  wrk_screen "http://127.0.0.1:$mobile_port" 5 mobile warm "$warmup_first" "$warmup_last" >"$out/warmup-mobile-${latency}ms.txt"
  wrk_screen "http://127.0.0.1:$web_port" 5 web warm "$warmup_first" "$warmup_last" >"$out/warmup-web-${latency}ms.txt"
  single_requests "$latency"
  for screen in mobile web; do
    measure "$screen" "$latency" cold "$cold_first" "$cold_last"
    # Warm: the first ids the cold run asked for (a hot set of popular products), now in the BFF's memory cache and
    # in Redis.
    measure "$screen" "$latency" warm "$cold_first" $((cold_first + (covered < warm_ids ? covered : warm_ids) - 1))
  done
  stop_bffs
done

naive=()
for latency in 0 20; do
  set_latency "$latency"
  for screen in mobile web; do
    naive+=("$latency ms: $(python3 bench/bffs/naive.py "$base" "$screen" 1 "$naive_screens")")
  done
done
set_latency 0
echo "load after: $(uptime)" | tee -a "$out/load.txt" >&2

{
  echo "| screen | backends | cache | backend calls / request | req/s | p50 | p90 | p99 | BFF CPU s (ms / request) | BFF peak RSS | requests | errors |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  tail -n +2 "$out/results.tsv" | awk -F'\t' '{
    printf "| %s | %s ms | %s | %s | %s | %s ms | %s ms | %s ms | %s (%s) | %s MB | %s | %s |\n",
      ($1 == "mobile" ? "mobile ProductDetail" : "web productPage"), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }'
  echo
  echo "| screen | backends | cache | calls / request by backend | requests the BFF served | BFF events ≥ Warning or 5xx (+ cut off by wrk's stop) | BFF log lines (KB) / request | demo backends CPU s |"
  echo "| --- | ---: | --- | --- | ---: | ---: | ---: | ---: |"
  tail -n +2 "$out/results.tsv" | awk -F'\t' '{ printf "| %s | %s ms | %s | %s | %s | %s (+%s) | %s (%s) | %s |\n", $1, $2, $3, $15, $16, $17, $18, $19, $20, $14 }'
  echo
  echo "One request at a time (product $single_id, after the warm-up; curl's time_total):"
  echo
  for line in "${single[@]}"; do echo "- $line"; done
  echo
  echo "Naive client (sequential calls straight to the demo backends, $naive_screens screens each):"
  echo
  for line in "${naive[@]}"; do echo "- $line"; done
  echo
  cat "$out/load.txt"
} | tee "$out/table.md"
