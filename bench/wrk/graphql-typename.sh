#!/usr/bin/env bash
# Requests/s of POST /graphql {"query":"{ __typename }"} against a bare minimal-API route returning the same JSON,
# both served by bench/Bff.GraphQL.HttpBench (Release), measured back to back after a warm-up.
# Usage: bench/wrk/graphql-typename.sh [rounds]    (from the repository root)
set -euo pipefail
rounds="${1:-2}"
url="http://127.0.0.1:5090"
script="bench/wrk/graphql-typename.lua"

dotnet build -c Release bench/Bff.GraphQL.HttpBench >/dev/null
dotnet bench/Bff.GraphQL.HttpBench/bin/Release/net10.0/Bff.GraphQL.HttpBench.dll --urls "$url" &
server=$!
trap 'kill "$server"' EXIT
until curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url/graphql"; do sleep 0.2; done

echo "load before: $(uptime)"
curl -s -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url/graphql"; echo
curl -s -X POST -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url/bare"; echo
for route in graphql bare; do
  wrk -t2 -c16 -d5s -s "$script" "$url/$route" >/dev/null   # warm-up (JIT tiers, pools)
done
for round in $(seq "$rounds"); do
  for route in bare graphql; do
    echo "== round $round: /$route"
    wrk -t2 -c16 -d10s --latency -s "$script" "$url/$route"
  done
done
echo "load after: $(uptime)"
