#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) needs. Idempotent:
# each tool is skipped when the right version is already there. Nothing is
# downloaded from outside crates.io, npm and Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v cargo >/dev/null; then
  echo "Rust is needed (rustup, stable 1.95 or newer): https://rustup.rs" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (from source: 10-20 minutes the first time)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN (from source: several minutes the first time)"
  # Not --locked: its lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN"
fi
if ! grep -q "^wasm_bindgen = \"$WASM_BINDGEN\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must say \"$WASM_BINDGEN\", as Cargo.lock does." >&2
  exit 1
fi

if ! command -v npm >/dev/null; then
  say "Installing Node.js and npm"
  apt_install nodejs npm
fi
# binaryen (wasm-opt) and playwright-core, at the versions package-lock.json pins.
# --ignore-scripts: no package needs its install script here, and
# metascraper's optional re2 would try (and fail) to compile.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/metascraper ] || [ ! -d node_modules/@extractus/feed-extractor ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing node packages (binaryen for wasm-opt; for tests: playwright-core, axe-core, pym.js, metascraper, readability, jsdom, feed-extractor)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ]; then
  if ! [ -x /usr/bin/chromium ]; then
    say "Installing Debian's Chromium for the browser tests"
    apt_install chromium chromium-driver
  fi
  # The embed tests run WordPress's own code: its oEmbed discovery and
  # sanitiser (PHP) and its wp-embed.js. Debian's package is unpacked, not
  # installed (no web server, no database), where the tests load it from.
  if ! command -v php >/dev/null; then
    say "Installing PHP (Debian's php-cli) for WordPress's oEmbed code"
    apt_install php-cli
  fi
  # The feed test reads feed.xml with Python's feedparser, as feed readers
  # do, from a virtual environment of its own under target/hosts/.
  if ! target/hosts/python/bin/python -c "import feedparser" 2>/dev/null; then
    say "Installing Python's feedparser (in target/hosts/python) for the feed test"
    python3 -m venv --help >/dev/null 2>&1 || apt_install python3-venv
    python3 -m venv target/hosts/python
    target/hosts/python/bin/pip install --quiet --disable-pip-version-check "feedparser==6.0.14"
  fi
  if ! [ -f "target/hosts/wordpress/usr/share/wordpress/wp-includes/js/wp-embed.js" ]; then
    say "Unpacking Debian's WordPress package into target/hosts/ for the embed tests"
    [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
    download=$(mktemp -d)
    (cd "$download" && apt-get download -qq -o APT::Sandbox::User=root wordpress)
    mkdir -p target/hosts
    dpkg-deb -x "$download"/wordpress_*.deb target/hosts/wordpress
    rm -rf "$download"
  fi
fi

# trunk builds with --offline, which makes cargo offline too: fetch first.
cargo fetch --locked --quiet
