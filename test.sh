#!/usr/bin/env bash
# Builds the solution and runs every test project. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"
./dev/prerequisites.sh
rm -rf artifacts/test-results
# Built once, all projects in parallel; then the test projects one at a time (-m:1): several start real processes
# under load (the chaos suite, two-instance and cluster tests, headless Chromium), and two of them side by side on two
# cores starve each other's timeouts.
dotnet build Bff.sln -c Release -v quiet -nologo
dotnet test Bff.sln -c Release --no-build -m:1 --logger trx --results-directory artifacts/test-results "$@"
