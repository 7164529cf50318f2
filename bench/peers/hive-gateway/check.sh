#!/usr/bin/env bash
# End-to-end check of the Hive Gateway peer: starts the demo backends (ports base+1..base+9) and the gateway (base+14,
# as bench/run.sh places it), runs the three benchmark queries (product 42; the list: ids 41..50), prints each
# response, and fails unless each is a 200 without "errors", carries the values the backends return directly, and cost
# exactly the backend calls our BFFs make (counted from the backends' request log, one ' -> ' line per call, as
# bench/bffs/run.sh counts them).
#
# Usage: bench/peers/hive-gateway/check.sh
#   CHECK_NO_BUILD=1      use the demo backends' Release build as it is
#   CHECK_PORT_BASE=5700  the port base (backends 5701-5709, the gateway 5714)
# Everything it starts is stopped on exit (bench/lib/common.sh). Logs: artifacts/peer-hive-gateway-check/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"
base="${CHECK_PORT_BASE:-5700}" bench_port_knob=CHECK_PORT_BASE
gateway_port=$((base + 14))
out="$root/artifacts/peer-hive-gateway-check"
rm -rf "$out"
mkdir -p "$out"
source bench/lib/common.sh

bench_check_ports $(bench_backend_ports) "$gateway_port"

"$here/install.sh"
if [[ -z "${CHECK_NO_BUILD:-}" ]]; then
  dotnet build "$root/demo-backends/DemoBackends" -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi

bench_start_backends
bench_start_peer "$here" "$gateway_port" "$out/gateway.log"
gateway_pid=$bench_last_pid
if [[ "$(cat "/proc/$gateway_pid/comm")" != node ]]; then
  echo "start.sh's pid $gateway_pid is $(cat "/proc/$gateway_pid/comm"), not the gateway's node process" >&2
  exit 1
fi

direct() { curl -fsS "http://127.0.0.1:$((base + $1))$2"; } # service offset, path: what the backends say themselves

failures=()
declare -A calls_of
# Runs one query; prints its response and the backend calls it made; checks status, errors and the call count.
run_query() { # name, variables (JSON), expected backend calls
  local name=$1 variables=$2 expected=$3 before after status
  before=$(bench_settled_backend_calls)
  status=$(jq -cn --rawfile q "$here/queries/$name.graphql" --argjson v "$variables" '{query: $q, variables: $v}' |
    curl -sS -o "$out/$name.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- \
      "http://127.0.0.1:$gateway_port/graphql")
  after=$(bench_settled_backend_calls)
  calls_of[$name]=$((after - before))
  echo "== $name $variables: HTTP $status, $((after - before)) backend calls (our BFFs: $expected)"
  grep ' -> ' "$out/backends.log" | tail -n +$((before + 1)) | head -n $((after - before)) | awk '{print "   ", $4, $5, $6, $7}'
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
