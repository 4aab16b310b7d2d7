#!/usr/bin/env bash
# Builds the release site into dist/ (static files, relative paths).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh "$@"
export PATH="$PWD/node_modules/.bin:$PATH" # wasm-opt from npm's binaryen
trunk build --release --offline
node scripts/sizes.mjs dist
