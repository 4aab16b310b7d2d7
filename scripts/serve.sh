#!/usr/bin/env bash
# Serves the explainer at http://127.0.0.1:8080/ with live reload.
# Extra arguments go to `trunk serve` (e.g. --release, --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" # wasm-opt from npm's binaryen
exec trunk serve --offline "$@"
