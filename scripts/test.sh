#!/usr/bin/env bash
# Runs every test: formatting and lints, the engine's native tests, the
# release build, and the end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh --browser

echo "==> cargo fmt --check && cargo clippy"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
# The build-time renderer (the prerender binary and app::words) too.
cargo clippy --all-targets --features ssr --quiet -- -D warnings
cargo clippy --lib --tests --features ssr,fixture-version --quiet -- -D warnings

echo "==> Native tests (terms engine, link codec, state, and the build's words: --features ssr)"
cargo test --quiet --features ssr

echo "==> Native tests with a test-only third version of the terms (--features ssr,fixture-version)"
cargo test --quiet --features ssr,fixture-version

# The product restates the announcement in its own words; this checks that
# no run of 10+ words is copied (where the shared tools are beside the repo).
if [ -x ../shared/tools/copied-runs.py ]; then
  echo "==> No copied runs from the announcement"
  python3 ../shared/tools/copied-runs.py .
fi

echo "==> Release build"
# Built as it is published (EXPLAINER_URL), for the address the browser
# tests serve it at, so that oEmbed discovery works as WordPress reads it.
EXPLAINER_URL=http://127.0.0.1:8125/explainers/partnership/ ./scripts/build.sh

echo "==> Browser tests (Debian's Chromium, playwright-core)"
node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec tests/e2e/

echo "==> The pseudo-locale (en-XA): every word the reader sees comes from the catalogue"
LOCALE=en-XA DIST=dist-en-XA ./scripts/build.sh
DIST=dist-en-XA node --test --test-concurrency=1 --test-timeout=300000 --test-reporter=spec tests/locale/
