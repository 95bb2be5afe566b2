# Sourced by the other scripts: the PATH that building needs.
# npm's binaryen (a working wasm-opt) goes first: Debian's binaryen 108 builds a front end
# that never hydrates (see ../shared/docs/toolchain.md), so it must never be picked up.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$repo_root/scripts/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
