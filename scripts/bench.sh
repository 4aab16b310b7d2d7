#!/usr/bin/env bash
# Builds the explainer and a bare Yew counter the same way, then measures
# both in headless Chromium (bench/run.mjs). Prints numbers; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH"
(cd bench/counter && CARGO_TARGET_DIR=../../target/baseline trunk build --release --offline)
# The same counter with Yew's hydration feature: its size is the floor for
# any Yew app that hydrates a prerendered page.
(cd bench/counter && CARGO_TARGET_DIR=../../target/baseline trunk build --release --offline --features hydration --dist dist-hydration)
# Lighthouse lives apart (bench/package.json), so the test run stays lean.
[ -x bench/node_modules/.bin/lighthouse ] || npm ci --prefix bench --no-audit --no-fund --loglevel=error
node bench/run.mjs
