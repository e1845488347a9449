#!/usr/bin/env bash
# Builds the release bundle under several release-profile settings and prints the gzip size
# of each, to choose the profile by measurement. Overrides go through CARGO_PROFILE_RELEASE_*
# so Cargo.toml is untouched. Usage: scripts/measure-profile.sh > report.txt
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=$PWD/.tools/node_modules/.bin:$PATH TRUNK_SKIP_VERSION_CHECK=true
run() {
  local name=$1; shift
  local out=/tmp/poolscope-profile-$name
  env "$@" trunk build --release --offline --dist "$out" >/dev/null 2>&1
  local total
  total=$(scripts/size.sh "$out" | awk '/total/{print $1}')
  local wasm
  wasm=$(stat -c %s "$out"/*.wasm)
  printf '%-34s wasm %7d B   gzip(wasm+js+css) %6d B\n' "$name" "$wasm" "$total"
}
run "z-lto-cu1-abort (chosen)" CARGO_PROFILE_RELEASE_OPT_LEVEL=z
run "s-lto-cu1-abort" CARGO_PROFILE_RELEASE_OPT_LEVEL=s
run "3-lto-cu1-abort" CARGO_PROFILE_RELEASE_OPT_LEVEL=3
run "z-nolto-cu16-abort" CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
run "z-lto-cu1-unwind" CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_PANIC=unwind
