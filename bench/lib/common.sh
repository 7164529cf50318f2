# Shell functions shared by the benchmark harnesses (bench/run.sh, bench/bffs/run.sh, bench/defer/run.sh) and the
# peers' checks (bench/peers/*/check.sh, smoke.sh); sourced, not run.
# The caller sets: root (the repository), out (its artifacts directory), base (its port base), and runs from $root;
# bench_port_knob names the variable that sets base, for messages (default BENCH_PORT_BASE).
# Ports: demo backends base+1..base+9 (Catalog, Inventory, Pricing, Reviews, Users, Orders, Cart, Recommendations,
# Notifications), redis base+20; the harness picks the others (bench/run.sh: bff-mobile +11, bff-web +12, aggregator
# +13, hive-gateway +14, apollo-server +15; the peers' checks use the same).
# Everything started through bench_start is stopped on exit (also on Ctrl-C or an error).

bench_services=(Catalog Inventory Pricing Reviews Users Orders Cart Recommendations Notifications)
bench_tick=$(getconf CLK_TCK)
bench_pids=()

bench_cleanup() {
  local pid
  for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${bench_pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# Runs a command in the background, remembered for the cleanup; its pid in $bench_last_pid.
bench_start() { # log file, command...
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  bench_last_pid=$!
  bench_pids+=("$bench_last_pid")
}

# Stops one process bench_start started.
bench_stop() { # pid
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

wait_until() { # description, tries (0.2 s each), command...
  local what=$1 tries=$2; shift 2
  for _ in $(seq 1 "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "timed out waiting for $what" >&2
  exit 1
}

bench_check_ports() { # ports...
  local port
  for port in "$@"; do
    if [[ -n "$(ss -Htln "sport = :$port")" ]]; then
      echo "port $port is taken; set ${bench_port_knob:-BENCH_PORT_BASE} to a free range" >&2
      exit 1
    fi
  done
}

bench_backend_ports() { seq $((base + 1)) $((base + 9)); }
bench_redis_port() { echo $((base + 20)); }

bench_start_redis() {
  bench_start "$out/redis.log" redis-server --port "$(bench_redis_port)" --bind 127.0.0.1 --save '' --appendonly no
  wait_until redis 100 redis-cli -p "$(bench_redis_port)" ping
}

bench_flush_redis() { redis-cli -p "$(bench_redis_port)" flushall >/dev/null; }

# The demo backends, one process, with their per-request log line (one line each): the count of backend calls.
# Each line starts with a time stamp, so a single request's calls show their levels. Sets backends_pid. With
# bench_product_ids set, they know that many product ids (DemoBackends:ProductIds; default: the seeded 5000).
bench_start_backends() {
  local args=(--Logging:Console:FormatterName=simple --Logging:Console:FormatterOptions:SingleLine=true
    "--Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff ") i
  for i in "${!bench_services[@]}"; do args+=("--DemoBackends:Ports:${bench_services[$i]}=$((base + 1 + i))"); done
  [[ -n "${bench_product_ids:-}" ]] && args+=("--DemoBackends:ProductIds=$bench_product_ids")
  bench_start "$out/backends.log" bash -c 'cd demo-backends/DemoBackends/bin/Release/net10.0 && exec dotnet DemoBackends.dll "$@"' backends "${args[@]}"
  backends_pid=$bench_last_pid
  wait_until "demo backends" 900 bash -c "[[ \$(grep -c 'OpenAPI:' '$out/backends.log') -eq ${#bench_services[@]} ]]"
}

bench_set_latency() { # milliseconds, on every service
  local port
  for port in $(bench_backend_ports); do
    curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d "{\"latencyMs\":$1}" "http://127.0.0.1:$port/admin/faults"
  done
}

# How many calls the demo backends have logged so far.
bench_backend_calls() { grep -c ' -> ' "$out/backends.log" || true; }

# The same, once the count has stopped moving (the backends' console logger writes from a queue, which lags on a
# busy machine): two reads 0.5 s apart agree, or 10 s have passed.
bench_settled_backend_calls() {
  local before now
  before=$(bench_backend_calls)
  for _ in $(seq 1 20); do
    sleep 0.5
    now=$(bench_backend_calls)
    [[ $now == "$before" ]] && break
    before=$now
  done
  echo "$now"
}

# The BFFs' arguments: Production, as deployed, except a signing key of its own (Production refuses the dev key), and
# no rate limiter (every wrk request comes from one IP, whose ceiling is 120 a minute). BENCH_LIBRARY_LOG_LEVEL sets
# the Serilog level of FusionCache's and Polly's categories (default: as shipped).
bench_bff_args() {
  bff_args=(--Redis:Configuration="127.0.0.1:$(bench_redis_port)" --RateLimiting:Enabled=false
    --Auth:Jwt:SigningKey=bench-only-signing-key-not-the-development-one-0123456789
    --Auth:Jwt:Issuer=bff-bench --Auth:Jwt:Audience=bff-bench)
  local i
  for i in "${!bench_services[@]}"; do bff_args+=("--Backends:${bench_services[$i]}:BaseUrl=http://127.0.0.1:$((base + 1 + i))"); done
  if [[ -n "${BENCH_LIBRARY_LOG_LEVEL:-}" ]]; then
    bff_args+=(--Serilog:MinimumLevel:Override:ZiggyCreatures.Caching.Fusion="$BENCH_LIBRARY_LOG_LEVEL"
      --Serilog:MinimumLevel:Override:Polly="$BENCH_LIBRARY_LOG_LEVEL")
  fi
}

# Starts a BFF from its Release output (mobile|web) on a port, logging to a file; waits until it is ready. Sets
# bench_last_pid. The environment is the caller's (the harnesses export Production) unless given: Development, say,
# to send a query document to bff-mobile, which runs only its persisted operations in Production.
bench_start_bff() { # mobile|web, port, log[, ASP.NET Core environment]
  local project dll environment=()
  if [[ $1 == mobile ]]; then project=bff-mobile/Bff.Mobile dll=Bff.Mobile.dll; else project=bff-web/Bff.Web dll=Bff.Web.dll; fi
  [[ -n "${4:-}" ]] && environment=(ASPNETCORE_ENVIRONMENT="$4" DOTNET_ENVIRONMENT="$4")
  bench_bff_args
  bench_start "$3" env "${environment[@]}" bash -c 'cd "$1" && shift && exec dotnet "$@"' bff "$project/bin/Release/net10.0" "$dll" \
    "${bff_args[@]}" --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$2"
  wait_until "bff-$1" 900 curl -fs "http://127.0.0.1:$2/health/ready"
}

# Starts a peer (its directory: start.sh, which execs the server, so $bench_last_pid is the server's process) on a port
# over the demo backends at base; up once it answers a GraphQL request at all (composition, for Hive Gateway, comes
# first). A start.sh that exits (not installed, composition failed) stops the caller at once.
bench_start_peer() { # peer directory, port, log
  local tries
  bench_start "$3" env PEER_PORT="$2" BACKENDS_BASE="$base" NODE_ENV=production "$1/start.sh"
  for tries in $(seq 1 600); do
    curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' \
      "http://127.0.0.1:$2/graphql" && return 0
    if ! kill -0 "$bench_last_pid" 2>/dev/null; then
      echo "ABORT: $1/start.sh exited while starting: $(tail -c 500 "$3")" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "ABORT: $1 did not answer within 2 minutes (see $3)" >&2
  exit 1
}

# The persisted id of one of the app's operations (what bff-mobile's Production mode runs: nothing else).
bench_operation_id() { sha256sum "bff-mobile/Operations/$1.graphql" | cut -d' ' -f1; }

bench_cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

bench_sample_rss() { # pid: its VmRSS (kB) every 0.1 s, one line each
  local rss
  while rss=$(awk '/^VmRSS:/{print $2}' "/proc/$1/status" 2>/dev/null) && [[ -n "$rss" ]]; do
    echo "$rss"
    sleep 0.1
  done
}

# wrk's latency figures (10.5ms, 850.00us, 1.20s) in milliseconds.
bench_to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000} printf "%.1f", v}'; }

# From a wrk --latency output: "<completed requests> <req/s> <p50 ms> <p90 ms> <p99 ms>".
bench_wrk_figures() { # wrk output file
  printf '%s %s %s %s %s\n' "$(awk '/ requests in /{print $1}' "$1")" "$(awk '/^Requests\/sec:/{printf "%.0f", $2}' "$1")" \
    "$(awk '$1=="50%"{print $2}' "$1" | bench_to_ms)" "$(awk '$1=="90%"{print $2}' "$1" | bench_to_ms)" \
    "$(awk '$1=="99%"{print $2}' "$1" | bench_to_ms)"
}
