#!/usr/bin/env bash
# Measures the demo pricing service's batch read with wrk, at zero injected latency, in Release.
# Usage: bench/wrk/demo-backends-prices.sh [extra args for the service, e.g. --Logging:LogLevel:DemoBackends.Requests=Warning]
set -euo pipefail
cd "$(dirname "$0")/../.."

dotnet build demo-backends/DemoBackends -c Release -v quiet -nologo >/dev/null
dll=demo-backends/DemoBackends/bin/Release/net10.0/DemoBackends.dll
dotnet "$dll" --services pricing --Faults:Pricing:LatencyMs=0 "$@" >/tmp/demo-backends-bench.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:5203/prices?productIds=1" >/dev/null && break
  sleep 0.2
done

# Warm-up (JIT, tiered compilation), then the measured run.
wrk -t2 -c16 -d5s -s bench/wrk/prices-batch.lua http://127.0.0.1:5203 >/dev/null
wrk -t2 -c16 -d10s --latency -s bench/wrk/prices-batch.lua http://127.0.0.1:5203
