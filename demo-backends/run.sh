#!/usr/bin/env bash
# Starts the demo backends: all nine services in one process (ports 5201-5209), or a subset.
#   ./demo-backends/run.sh                          all services, Development (GET /dev/token enabled)
#   ./demo-backends/run.sh --services catalog,pricing
#   ./demo-backends/run.sh --Faults:Pricing:LatencyMs=200 --DemoBackends:Host=0.0.0.0
set -euo pipefail
cd "$(dirname "$0")"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project DemoBackends -c "${CONFIGURATION:-Release}" -- "$@"
