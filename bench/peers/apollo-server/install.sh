#!/usr/bin/env bash
# Installs the peer's pinned dependencies (package-lock.json) into node_modules; safe to run again.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
