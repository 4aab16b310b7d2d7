#!/usr/bin/env bash
# Builds the explainer and a bare Yew counter the same way, then measures
# both in headless Chromium (bench/run.mjs). Prints numbers; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh --browser
export PATH="$PWD/node_modules/.bin:$PATH"
(cd bench/counter && CARGO_TARGET_DIR=../../target/baseline trunk build --release --offline)
# Lighthouse lives apart (bench/package.json), so the test run stays lean.
[ -x bench/node_modules/.bin/lighthouse ] || npm ci --prefix bench --no-audit --no-fund --loglevel=error
# Everything below is printed and kept in bench/latest.txt, which the README
# links for the figures (so no figure in the README goes stale).
{
echo "Bench of $(git rev-parse --short HEAD)$(git diff --quiet -- . ':!bench/latest.txt' || echo ' (with uncommitted changes)'), $(date -u '+%Y-%m-%d %H:%M UTC'), on $(nproc) cores"
node bench/run.mjs
echo
node scripts/prose.mjs
echo
echo "The engine's explanations (release build, native; the wasm runs the same code):"
cargo run --quiet --release --example flips_timing
# Where the wasm's bytes go, by crate: the same build, through wasm-bindgen
# and wasm-opt as trunk runs them, but keeping the function names.
echo
echo "Size profile of the wasm (names kept; raw bytes, before compression):"
profile=$(mktemp -d)
wasm-bindgen --target web --out-dir "$profile" target/wasm32-unknown-unknown/release/partnership-explainer.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$profile/partnership-explainer_bg.wasm" -o "$profile/named.wasm"
python3 bench/wasm-profile.py "$profile/named.wasm"
} 2>&1 | tee bench/latest.txt
