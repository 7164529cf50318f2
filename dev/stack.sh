#!/usr/bin/env bash
# The no-Docker dev stack: builds once, starts Redis (or reuses one answering on REDIS_PORT; without any, the BFFs run
# on their in-memory L1 cache alone), the demo backends, the engine test server and both BFFs from their build output,
# waits until each is ready, then prints the addresses and a curl per BFF. Every service's output goes to
# artifacts/logs/<name>.log and to the terminal prefixed with its name. Ctrl+C (SIGINT), SIGTERM or SIGHUP stops what
# it started, and only that: a reused Redis stays running.
#   REDIS_PORT          Redis's port (default 6379)
#   BFF_NO_BUILD=1      skip the build (the solution is already built in Release)
#   BFF_READY_TIMEOUT   seconds each service may take to turn ready (default 120)
set -euo pipefail
cd "$(dirname "$0")/.."
source dev/processes.sh

redis_port="${REDIS_PORT:-6379}"
ready_timeout="${BFF_READY_TIMEOUT:-120}"
# A development stack: dev tokens, the dev signing key, introspection and the IDE on (override to try Production).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" DOTNET_ENVIRONMENT="${DOTNET_ENVIRONMENT:-Development}"
logs="artifacts/logs"
mkdir -p "$logs"
bin="bin/Release/net10.0"

# Each service: a name, its project, and the URL it listens on (ports are documented in README).
services=(
  "demo-backends|demo-backends/DemoBackends|ports 5201-5209"
  "engine-test-server|tests/Bff.GraphQL.TestServer|http://127.0.0.1:5199"
  "bff-mobile|bff-mobile/Bff.Mobile|http://127.0.0.1:5101"
  "bff-web|bff-web/Bff.Web|http://127.0.0.1:5102"
)
demo_ports=(5201 5202 5203 5204 5205 5206 5207 5208 5209)

stopping=0
stop() {
  ((stopping)) && return
  stopping=1
  ((${#services_pids[@]})) && echo "stopping the stack"
  stop_services
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap 'stop; exit 129' HUP

if [[ "${BFF_NO_BUILD:-0}" != 1 ]]; then
  echo "building Bff.sln (Release; log: $logs/build.log)"
  # No build servers: they would outlive the stack, and Ctrl+C leaves nothing behind.
  dotnet build Bff.sln -c Release -v quiet -nologo --disable-build-servers >"$logs/build.log" 2>&1 || { cat "$logs/build.log"; exit 1; }
fi

# A port already taken would make a readiness check answer for someone else's process.
for entry in "${services[@]}"; do
  IFS='|' read -r name project where <<<"$entry"
  [[ $where == http* ]] && ports=("${where##*:}") || ports=("${demo_ports[@]}")
  for port in "${ports[@]}"; do
    listening "$port" && { echo "error: port $port ($name) is in use by another process; is a stack already running?" >&2; exit 1; }
  done
  [[ -f "$project/$bin/$(basename "$project").dll" ]] || { echo "error: $project is not built; run without BFF_NO_BUILD=1" >&2; exit 1; }
done

# Redis: one already answering is reused (and left running); else ours; else none, and the BFFs say so.
redis_configuration="127.0.0.1:$redis_port"
if redis_answers "$redis_port"; then
  echo "redis             reusing the Redis on 127.0.0.1:$redis_port (left running on exit)"
else
  no_redis=""
  if ! command -v redis-server >/dev/null 2>&1; then
    no_redis="redis-server is not installed (sudo apt-get install -y redis-server)"
  else
    start_service redis . redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no
    wait_until redis "$started_pid" 10 redis_answers "$redis_port" 2>/dev/null \
      || no_redis="redis-server did not start on 127.0.0.1:$redis_port (see $logs/redis.log)"
  fi
  if [[ -n $no_redis ]]; then
    redis_configuration=""
    echo "redis             NONE: $no_redis; the BFFs run on their in-memory L1 cache alone (no L2, no backplane, rate limits per process)"
  else
    echo "redis             127.0.0.1:$redis_port"
  fi
fi

for entry in "${services[@]}"; do
  IFS='|' read -r name project where <<<"$entry"
  directory="$project/$bin"
  args=(dotnet "$(basename "$project").dll")
  case $name in
    engine-test-server) args+=(--urls "$where") ;;
    # Orders and notifications publish their events (order status, new notification) on the same Redis.
    demo-backends) [[ -n $redis_configuration ]] && args+=("--Events:Redis=$redis_configuration") ;;
    # The BFFs find Redis where this script started (or found) it; an empty configuration is memory only.
    bff-*) args+=("--Kestrel:Endpoints:Http:Url=$where" "--Redis:Configuration=$redis_configuration") ;;
  esac
  start_service "$name" "$directory" "${args[@]}"
  declare "pid_${name//-/_}=$started_pid"
done

started=$SECONDS
for port in "${demo_ports[@]}"; do
  wait_until demo-backends "$pid_demo_backends" "$ready_timeout" http_ok "http://127.0.0.1:$port/admin/faults" || exit 1
done
wait_until engine-test-server "$pid_engine_test_server" "$ready_timeout" http_ok 'http://127.0.0.1:5199/graphql?query=%7B__typename%7D' || exit 1
wait_until bff-mobile "$pid_bff_mobile" "$ready_timeout" http_ok http://127.0.0.1:5101/health/ready || exit 1
wait_until bff-web "$pid_bff_web" "$ready_timeout" http_ok http://127.0.0.1:5102/health/ready || exit 1

# The mobile app's ProductDetail operation by its id (the SHA-256 of its text), variables URL-encoded.
operation_id=$(sha256sum "bff-mobile/Bff.Mobile/$bin/Operations/ProductDetail.graphql" | cut -d' ' -f1)
variables='%7B%22id%22%3A%2242%22%2C%22imageWidth%22%3A300%7D' # {"id":"42","imageWidth":300}
cat <<EOF
stack ready in $((SECONDS - started)) s; Ctrl+C stops it (logs: $logs/)
  demo backends     http://127.0.0.1:5201 ... :5209 (catalog, inventory, pricing, reviews, users, orders, cart, recommendations, notifications)
  engine test server http://127.0.0.1:5199/graphql
  bff-mobile        http://127.0.0.1:5101/graphql
  bff-web           http://127.0.0.1:5102/graphql
  IDE               http://127.0.0.1:5102/graphql in a browser (Banana Cake Pop)
try:
  curl -s 'http://127.0.0.1:5101/graphql?id=$operation_id&variables=$variables'
  curl -s http://127.0.0.1:5102/graphql -H 'Content-Type: application/json' -d '{"query":"query(\$id: ID!) { productPage(id: \$id) { product { name brand } price { amount currency } } }","variables":{"id":"42"}}'
EOF

# Until a signal stops it, or a service exits by itself (then everything stops: the stack is incomplete).
exited="" code=0
wait -n -p exited "${services_pids[@]}" || code=$?
for i in "${!services_pids[@]}"; do
  if [[ ${services_pids[i]} == "$exited" ]]; then
    echo "error: ${services_names[i]} exited (code $code); its log: $logs/${services_names[i]}.log" >&2
  fi
done
exit 1
