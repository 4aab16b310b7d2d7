#!/usr/bin/env bash
# Builds the release site into dist/ (static files, relative paths), or into
# $DIST; in the language $LOCALE (en, or the pseudo-locale en-XA).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh "$@"
export PATH="$PWD/node_modules/.bin:$PATH" # wasm-opt from npm's binaryen
DIST="${DIST:-dist}"
trunk build --release --offline --dist "$DIST"
node scripts/sizes.mjs "$DIST"
