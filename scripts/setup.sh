#!/usr/bin/env bash
# Installs what poolscope's two commands need, and skips whatever is already there.
#
#   scripts/setup.sh serve   # wasm target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh test    # all of the above, plus Chromium, chromedriver and the e2e driver
#
# Everything comes from package registries (crates.io, Debian, npm): nothing downloads a
# prebuilt binary from elsewhere, so it works on a machine with only registry access.
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-serve}
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen the app links against, exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
TOOLS=$PWD/.tools   # npm-installed tools live here, not on the global PATH

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
need_apt_update=1
apt_install() {
  if [ "$need_apt_update" = 1 ]; then apt-get update -qq; need_apt_update=0; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 8 minutes, once)"
  # Not --locked: with it, this version's lockfile names a crate the registry no longer has.
  cargo install --force "wasm-bindgen-cli@$WB_VERSION"
fi

# Debian's binaryen (108) can't read what rustc 1.95 emits; npm's binaryen can.
if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ]; then
  say "installing wasm-opt (npm binaryen) into .tools/"
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" binaryen@132.0.0 >/dev/null
fi

if [ "$want" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
  if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    say "installing CJK fonts (so Chinese renders in headless screenshots)"
    apt_install fonts-noto-cjk
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ]; then
    say "installing the e2e driver (playwright-core, driving Debian's chromium)"
    (cd tests/e2e && npm ci --silent --no-audit --no-fund)
  fi
fi
say "ready"
