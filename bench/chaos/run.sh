#!/usr/bin/env bash
# The load and chaos suite, full length (about nine minutes after the build): Redis, the demo backends and both BFFs
# as real processes (Production, as bench/bffs/run.sh starts them), 40 requests/s to each BFF through five minutes of
# steady load with pricing failing 20% of calls and reviews hanging, Redis stopped (SIGTERM, then SIGKILL) and
# restarted, inventory down then back, and the hostile corpus against both BFFs under the same load.
# Report: bench/results/chaos.md (requests, failures, degraded answers, p50/p99 per phase, RSS over time, verdicts).
# Exit code 0 when every check held.
#
# Usage (from anywhere): bench/chaos/run.sh [runner options, e.g. --profile short | --steady-seconds 60 | --rate 20]
#   CHAOS_PORT_BASE=5900  ports: backends base+1..base+9, bff-mobile base+11, bff-web base+12, Redis base+20
#   CHAOS_REPORT=bench/results/chaos.md
#   CHAOS_NO_BUILD=1      use the Release binaries already built
# Each process's log: artifacts/chaos/. tests/Bff.Chaos.Tests runs the short profile (a couple of minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."

base="${CHAOS_PORT_BASE:-5900}"
report="${CHAOS_REPORT:-bench/results/chaos.md}"
for port in $(seq $((base + 1)) $((base + 9))) $((base + 11)) $((base + 12)) $((base + 20)); do
  if [[ -n "$(ss -Htln "sport = :$port")" ]]; then
    echo "port $port is taken; set CHAOS_PORT_BASE to a free range" >&2
    exit 1
  fi
done

if [[ -z "${CHAOS_NO_BUILD:-}" ]]; then
  mkdir -p artifacts/chaos
  dotnet build bench/Bff.Chaos -c Release -v quiet -nologo >artifacts/chaos/build.log 2>&1 || { cat artifacts/chaos/build.log; exit 1; }
fi

rm -f artifacts/chaos/*.log.old
for log in artifacts/chaos/{redis,demo-backends,bff-mobile,bff-web}.log; do [[ -f $log ]] && mv "$log" "$log.old"; done
# The profile comes first: it sets every duration, and the options after it change single ones.
export CHAOS_COMMAND="bench/chaos/run.sh${*:+ $*}"
exec dotnet bench/Bff.Chaos/bin/Release/net10.0/Bff.Chaos.dll --port-base "$base" --logs artifacts/chaos --report "$report" "$@"
