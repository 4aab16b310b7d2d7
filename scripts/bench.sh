#!/usr/bin/env bash
# Builds the explainer and a bare Yew counter the same way, then measures
# both in headless Chromium (bench/run.mjs). Prints numbers; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH"
(cd bench/counter && CARGO_TARGET_DIR=../../target/baseline trunk build --release --offline)
node bench/run.mjs
