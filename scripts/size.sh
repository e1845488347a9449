#!/usr/bin/env bash
# Prints the gzip -9 size of the files a visitor downloads from dist/ (wasm + js + css).
set -euo pipefail
dir=${1:-dist}
total=0
for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css; do
  [ -f "$f" ] || continue
  n=$(gzip -9 -c "$f" | wc -c)
  total=$((total + n))
  printf '%8d  %s\n' "$n" "$(basename "$f")"
done
printf '%8d  total (gzip -9)\n' "$total"
