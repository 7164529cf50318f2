#!/usr/bin/env bash
# End-to-end check of the Hive Gateway peer: starts the demo backends (ports 5701-5709) and the gateway (5720), runs
# the three benchmark queries (product 42; the list: ids 41..50), prints each response, and fails unless each is a 200
# without "errors", carries the values the backends return directly, and cost exactly the backend calls our BFFs make
# (counted from the backends' request log, one ' -> ' line per call, as bench/bffs/run.sh counts them).
#
# Usage: bench/peers/hive-gateway/check.sh     (CHECK_NO_BUILD=1: use the demo backends' Release build as it is)
# Everything it starts is stopped on exit. Logs: artifacts/peer-hive-gateway-check/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
base=5700 gateway_port=5720
services=(Catalog Inventory Pricing Reviews Users Orders Cart Recommendations Notifications)
out="$root/artifacts/peer-hive-gateway-check"
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

for port in $(seq $((base + 1)) $((base + 9))) "$gateway_port"; do
  if [[ -n "$(ss -Htln "sport = :$port")" ]]; then echo "port $port is taken" >&2; exit 1; fi
done

"$here/install.sh"
if [[ -z "${CHECK_NO_BUILD:-}" ]]; then
  dotnet build "$root/demo-backends/DemoBackends" -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi

backend_args=(--Logging:Console:FormatterName=simple --Logging:Console:FormatterOptions:SingleLine=true)
for i in "${!services[@]}"; do backend_args+=("--DemoBackends:Ports:${services[$i]}=$((base + 1 + i))"); done
(cd "$root/demo-backends/DemoBackends/bin/Release/net10.0" && exec dotnet DemoBackends.dll "${backend_args[@]}") >"$out/backends.log" 2>&1 &
pids+=($!)
wait_until "demo backends" 300 bash -c "[[ \$(grep -c 'OpenAPI:' '$out/backends.log') -eq ${#services[@]} ]]"

PEER_PORT=$gateway_port BACKENDS_BASE=$base "$here/start.sh" >"$out/gateway.log" 2>&1 &
gateway_pid=$!
pids+=("$gateway_pid")
wait_until "the gateway" 300 curl -fs -o /dev/null "http://127.0.0.1:$gateway_port/readiness"
if [[ "$(cat "/proc/$gateway_pid/comm")" != node ]]; then
  echo "start.sh's pid $gateway_pid is $(cat "/proc/$gateway_pid/comm"), not the gateway's node process" >&2
  exit 1
fi

backend_calls() { sleep 1; grep -c ' -> ' "$out/backends.log" || true; } # the console logger writes from a queue
direct() { curl -fsS "http://127.0.0.1:$((base + $1))$2"; } # service offset, path: what the backends say themselves

failures=()
declare -A calls_of
# Runs one query; prints its response and the backend calls it made; checks status, errors and the call count.
run_query() { # name, variables (JSON), expected backend calls
  local name=$1 variables=$2 expected=$3 before after status
  before=$(backend_calls)
  status=$(jq -cn --rawfile q "$here/queries/$name.graphql" --argjson v "$variables" '{query: $q, variables: $v}' |
    curl -sS -o "$out/$name.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- \
      "http://127.0.0.1:$gateway_port/graphql")
  after=$(backend_calls)
  calls_of[$name]=$((after - before))
  echo "== $name $variables: HTTP $status, $((after - before)) backend calls (our BFFs: $expected)"
  grep ' -> ' "$out/backends.log" | tail -n +$((before + 1)) | head -n $((after - before)) | awk '{print "   ", $3, $4, $5, $6}'
  jq -c . "$out/$name.json" 2>/dev/null || cat "$out/$name.json"
  [[ $status == 200 ]] || failures+=("$name: HTTP $status")
  jq -e 'has("data") and (has("errors") | not)' "$out/$name.json" >/dev/null || failures+=("$name: errors or no data")
  ((after - before == expected)) || failures+=("$name: $((after - before)) backend calls, expected $expected")
}

expect() { # description, jq expression over the response that must be true (with $want bound to the direct answer)
  local name=$1 what=$2 want=$3 test=$4
  if ! jq -e --argjson want "$want" "$test" "$out/$name.json" >/dev/null; then
    failures+=("$name: $what differs from the backends' $(jq -c . <<<"$want")")
  fi
}

# product-detail: 8 calls, as bff-mobile's ProductDetail.
run_query product-detail '{"id":"42"}' 8
expect product-detail "product name" "$(direct 1 /products/42 | jq .name)" '.data.product.name == $want'
expect product-detail "price amount" "$(direct 3 /prices/42 | jq .amount)" '.data.product.price.amount == $want'
expect product-detail "review ids" "$(direct 4 '/reviews?productIds=42&limit=3' | jq '[.[0].latest[].id]')" \
  '[.data.product.latestReviews.latest[].id] == $want and ($want | length) == 3'
similar=$(direct 8 '/recommendations/products/42?limit=4' | jq '[.items[].productId]')
expect product-detail "similar ids" "$similar" '[.data.product.recommendations.items[].product.id] == $want and ($want | length) == 4'
expect product-detail "similar prices" "$(direct 3 "/prices?productIds=$(jq -r 'join(",")' <<<"$similar")" | jq '[.[].amount]')" \
  '[.data.product.recommendations.items[].product.price.amount] == $want'

# product-page: 11 calls, as bff-web's productPage (bench/bffs/naive.py lists them).
run_query product-page '{"id":"42"}' 11
expect product-page "product name" "$(direct 1 /products/42 | jq .name)" '.data.product.name == $want'
expect product-page "price amount" "$(direct 3 /prices/42 | jq .amount)" '.data.product.price.amount == $want'
expect product-page "review ids" "$(direct 4 '/products/42/reviews?page=1&pageSize=3' | jq '[.items[].id]')" \
  '[.data.product.reviewPage.items[].id] == $want and ($want | length) == 3'
expect product-page "similar ids" "$similar" '[.data.product.recommendations.items[].product.id] == $want'
expect product-page "store names" "$(direct 2 /stores | jq '[.[].name]')" '[.data.product.stock.storeDirectory[].name] == $want'

# product-list: 4 calls, one batch per service.
ids='["41","42","43","44","45","46","47","48","49","50"]'
list=$(jq -r 'join(",")' <<<"$ids")
run_query product-list "{\"ids\":$ids}" 4
expect product-list "names" "$(direct 1 "/products?ids=$list" | jq '[.[].name]')" '[.data.products[].name] == $want and ($want | length) == 10'
expect product-list "price amounts" "$(direct 3 "/prices?productIds=$list" | jq '[.[].amount]')" \
  '[.data.products[].price.amount] == $want and ($want | length) == 10'

echo
echo "backend calls per query: product-detail ${calls_of[product-detail]} (8), product-page ${calls_of[product-page]} (11), product-list ${calls_of[product-list]} (4)"
if ((${#failures[@]})); then
  printf 'FAILED: %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "OK: all three queries answered 200 without errors, with the backends' values and our BFFs' backend calls"
