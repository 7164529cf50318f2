#!/usr/bin/env bash
# Builds the solution and runs every test project. Extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"
./dev/prerequisites.sh
rm -rf artifacts/test-results
dotnet test Bff.sln -c Release --logger trx --results-directory artifacts/test-results "$@"
