#!/usr/bin/env bash
# The release build: the server and the WASM front end (cargo-leptos, files named by their
# content), the front end's files precompressed at the highest levels, and the front end's
# size as a browser receives it, checked against its ceiling.
#
#   scripts/build.sh
#
# FRONT_END_CEILING (bytes, brotli, WASM + JS) fails the build when the front end grows past
# it: the budget of issue 18, 250 KB as served, so that growth is a decision, not an accident.
# What takes the space: scripts/wasm-sizes.py.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
ceiling=${FRONT_END_CEILING:-250000}
goal=250000

cargo leptos build --release
target/release/ecosoc-watch precompress --site-root target/site >/dev/null

# The front end as served: the browser fetches the JS and the WASM; a client that accepts
# brotli gets the .br copies, one that only accepts gzip the .gz ones.
shopt -s nullglob
files=(target/site/pkg/*.js target/site/pkg/*.wasm)
((${#files[@]} >= 2)) || { echo "build: no front end under target/site/pkg" >&2; exit 1; }
size() { if [[ -f $1 ]]; then stat -c %s "$1"; else stat -c %s "${1%.*}"; fi; }
raw=0 gzip=0 brotli=0
for file in "${files[@]}"; do
  raw=$((raw + $(stat -c %s "$file")))
  gzip=$((gzip + $(size "$file.gz")))
  brotli=$((brotli + $(size "$file.br")))
done
printf 'front end (WASM + JS): %d bytes raw, %d gzip, %d brotli (as served); goal %d, ceiling %d\n' \
  "$raw" "$gzip" "$brotli" "$goal" "$ceiling"
if ((brotli > ceiling)); then
  echo "build: the front end is $brotli bytes as served, over its ceiling of $ceiling" >&2
  exit 1
fi
