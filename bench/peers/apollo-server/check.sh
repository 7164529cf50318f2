#!/usr/bin/env bash
# Checks the Apollo Server peer end to end over the real demo backends: each of the three queries once (product 42;
# the list: ids 41..50) against a freshly started server, so that each count is of a cold server. Fails unless every
# answer is 200 without "errors", carries the values the backends return directly, and made exactly the expected
# number of backend calls (counted from the backends' ' -> ' log lines, as bench/bffs/run.sh counts them). Then asks
# the same query again of the same server and prints how many calls the shared HTTP cache left (information only).
# Last, bad input and a failing backend: clear errors, the process alive.
#
# Usage: bench/peers/apollo-server/check.sh
#   CHECK_NO_BUILD=1   use the demo backends' Release build as it is
#   PEER_REST_CACHE    passed to start.sh (shared, the default, or request)
#   CHECK_MOBILE=1     also run bff-mobile (Development, port base+11, its Redis on base+20) over the same backends
#                      and print the differences between its ProductDetail answer for product 42 and the peer's
#   CHECK_PORT_BASE=5750   the port base: demo backends 5751..5759, the peer 5765 (base+15, as bench/run.sh places it)
# Everything it starts is stopped on exit (bench/lib/common.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"

base="${CHECK_PORT_BASE:-5750}" bench_port_knob=CHECK_PORT_BASE
peer_port=$((base + 15)) mobile_port=$((base + 11))
out="$root/artifacts/peer-apollo-check"
rm -rf "$out"
mkdir -p "$out"
source bench/lib/common.sh

fail() { echo "FAIL: $*" >&2; exit 1; }

ports=($(bench_backend_ports) "$peer_port")
[[ -n "${CHECK_MOBILE:-}" ]] && ports+=("$mobile_port" "$(bench_redis_port)")
bench_check_ports "${ports[@]}"

if [[ -z "${CHECK_NO_BUILD:-}" ]]; then
  dotnet build demo-backends/DemoBackends -c Release -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log"; fail "build"; }
  if [[ -n "${CHECK_MOBILE:-}" ]]; then
    dotnet build bff-mobile/Bff.Mobile -c Release -v quiet -nologo >>"$out/build.log" 2>&1 || { cat "$out/build.log"; fail "build"; }
  fi
fi
[[ -d "$here/node_modules" ]] || "$here/install.sh"

unset OTEL_EXPORTER_OTLP_ENDPOINT ASPNETCORE_URLS
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production

# The demo backends exactly as bench/bffs/run.sh starts them: one line per request, ' -> ' in each.
bench_start_backends

backend() { # service index, path: the backend's JSON
  curl -fsS "http://127.0.0.1:$((base + 1 + $1))$2"
}

# What the backends say directly, before any peer runs (these calls are not in any query's count).
ids='41,42,43,44,45,46,47,48,49,50'
want_name=$(backend 0 /products/42 | jq -r .name)
want_amount=$(backend 2 /prices/42 | jq -c .amount)
want_top_reviews=$(backend 3 '/reviews?productIds=42&limit=3' | jq -c '[.[0].latest[].id]')
want_page_reviews=$(backend 3 '/products/42/reviews?page=1&pageSize=3' | jq -c '[.items[].id]')
want_similar=$(backend 7 '/recommendations/products/42?limit=4' | jq -c '[.items[].productId]')
want_list_names=$(backend 0 "/products?ids=$ids" | jq -c '[.[].name]')
want_list_amounts=$(backend 2 "/prices?productIds=$ids" | jq -c '[.[].amount]')
sleep 1

peer_pid=
start_peer() { # log name
  bench_start_peer "$here" "$peer_port" "$out/peer-$1.log"
  peer_pid=$bench_last_pid
}
stop_peer() { bench_stop "$peer_pid"; }

post() { # port, query file, variables JSON, output file: prints the HTTP status
  jq -cn --rawfile q "$2" --argjson v "$3" '{query: $q, variables: $v}' |
    curl -sS -o "$4" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$1/graphql"
}

summary=()
check_query() { # name, variables, expected calls, jq expression (of the answer, with $want) that must be true, want JSON
  local name=$1 variables=$2 expected=$3 test=$4 want=$5 file="$out/$1.json" status c0 c1 c2 made again
  start_peer "$name"
  c0=$(bench_settled_backend_calls)
  status=$(post "$peer_port" "$here/queries/$name.graphql" "$variables" "$file")
  c1=$(bench_settled_backend_calls)
  made=$((c1 - c0))
  echo "== $name: HTTP $status, $made backend calls"
  grep ' -> ' "$out/backends.log" | tail -n +$((c0 + 1)) | head -n "$made" | awk '{print "   ", $4, $5, $6, $7}'
  jq . "$file"
  post "$peer_port" "$here/queries/$name.graphql" "$variables" "$out/$name.again.json" >/dev/null
  c2=$(bench_settled_backend_calls)
  again=$((c2 - c1))
  stop_peer
  [[ $status == 200 ]] || fail "$name: HTTP $status"
  jq -e 'has("errors") | not' "$file" >/dev/null || fail "$name: errors in the answer"
  jq -e --argjson want "$want" "$test" "$file" >/dev/null || fail "$name: the answer lacks what the backends return: $want"
  ((made == expected)) || fail "$name: $made backend calls, expected $expected"
  summary+=("$name: 200, no errors, backend values present, $made backend calls (expected $expected); the same query again on the same server: $again calls")
}

check_query product-detail '{"id":"42","imageWidth":300,"density":2,"summaryLength":80}' 8 \
  '.data.product as $p | $p.name == $want.name and $p.price.amount == $want.amount
   and ([$p.topReviews[].id] == $want.reviews) and ([$p.similar[].product.id] == $want.similar)' \
  "$(jq -cn --arg name "$want_name" --argjson amount "$want_amount" --argjson reviews "$want_top_reviews" --argjson similar "$want_similar" \
    '{name: $name, amount: $amount, reviews: $reviews, similar: $similar}')"

check_query product-page '{"id":"42"}' 11 \
  '.data.productPage as $p | $p.product.name == $want.name and $p.price.amount == $want.amount
   and ([$p.reviews.items[].authorName] | length) == 3 and ([$p.recommendations[].product.id] == $want.similar)' \
  "$(jq -cn --arg name "$want_name" --argjson amount "$want_amount" --argjson similar "$want_similar" \
    '{name: $name, amount: $amount, similar: $similar}')"
# The page's query asks for no review id (bench/bffs/ProductPage.graphql); the three reviews are checked by their
# authors against the backend's page instead.
want_page_authors=$(backend 3 '/products/42/reviews?page=1&pageSize=3' | jq -c '[.items[].authorName]')
jq -e --argjson want "$want_page_authors" '[.data.productPage.reviews.items[].authorName] == $want' "$out/product-page.json" >/dev/null ||
  fail "product-page: review authors differ from the backend's page 1 ($want_page_authors; ids $want_page_reviews)"

check_query product-list "{\"ids\":$(jq -c 'split(",")' <<<"\"$ids\"")}" 4 \
  '[.data.products[].name] == $want.names and [.data.products[].price.amount] == $want.amounts' \
  "$(jq -cn --argjson names "$want_list_names" --argjson amounts "$want_list_amounts" '{names: $names, amounts: $amounts}')"

# Bad input and a failing backend: a clear GraphQL error on the field (or a 4xx), never a crash.
start_peer bad-input
expect() { # description, body, expected HTTP status, jq test of the answer
  local file="$out/bad.json" status
  status=$(curl -sS -o "$file" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$2" "http://127.0.0.1:$peer_port/graphql")
  [[ $status == "$3" ]] || fail "$1: HTTP $status, expected $3: $(head -c 300 "$file")"
  [[ -z $4 ]] || jq -e "$4" "$file" >/dev/null || fail "$1: $(head -c 300 "$file")"
  summary+=("$1: HTTP $status as expected")
}
expect "unknown product" '{"query":"{ product(id:\"99999\") { id } }"}' 200 '.data.product == null and (has("errors") | not)'
expect "imageUrl width 0" '{"query":"{ product(id:\"42\") { name imageUrl(width: 0) } }"}' 200 \
  '.errors[0].extensions.code == "BAD_USER_INPUT" and .errors[0].path == ["product","imageUrl"] and .data.product.name != null'
expect "101 ids" "{\"query\":\"query(\$ids:[ID!]!){ products(ids:\$ids){ id } }\",\"variables\":{\"ids\":$(seq 1 101 | jq -R . | jq -sc .)}}" 200 \
  '.errors[0].extensions.code == "BAD_USER_INPUT" and .data.products == null'
expect "broken JSON" '{"query": "{ product(id: ' 400 ''
expect "unknown field" '{"query":"{ nope }"}' 400 '.errors[0].extensions.code == "GRAPHQL_VALIDATION_FAILED"'
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"errorRate":1}' "http://127.0.0.1:$((base + 3))/admin/faults"
expect "pricing failing" '{"query":"{ product(id:\"7\") { name price { amount } } }"}' 200 \
  '.data.product.name != null and .data.product.price == null and .errors[0].extensions.code == "BACKEND_ERROR" and (.errors[0].extensions | has("response") | not)'
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"errorRate":0}' "http://127.0.0.1:$((base + 3))/admin/faults"
kill -0 "$peer_pid" || fail "the peer died"
stop_peer

if [[ -n "${CHECK_MOBILE:-}" ]]; then
  bench_start_redis
  bench_start_bff mobile "$mobile_port" "$out/bff-mobile.log" Development
  status=$(post "$mobile_port" "$here/queries/product-detail.graphql" '{"id":"42","imageWidth":300,"density":2,"summaryLength":80}' "$out/bff-mobile-product-detail.json")
  echo "== bff-mobile product-detail: HTTP $status"
  if diff <(jq -S . "$out/bff-mobile-product-detail.json") <(jq -S . "$out/product-detail.json") >"$out/mobile-vs-peer.diff"; then
    summary+=("product-detail for 42: the same JSON as bff-mobile's (keys sorted)")
  else
    echo "-- differences, bff-mobile (<) vs the peer (>):"
    cat "$out/mobile-vs-peer.diff"
    summary+=("product-detail for 42: differs from bff-mobile's, see $out/mobile-vs-peer.diff")
  fi
fi

echo
echo "check.sh: all passed"
for line in "${summary[@]}"; do echo "- $line"; done
