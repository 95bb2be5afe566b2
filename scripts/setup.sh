#!/usr/bin/env bash
# Installs what building (and, with --with-browser, testing) needs; skips what is already
# there, so a second run takes seconds. Never downloads a prebuilt toolchain or browser:
# only crates.io, npm and Debian's packages are used.
#
#   scripts/setup.sh                 # build tools: wasm32 target, cargo-leptos, wasm-bindgen, wasm-opt
#   scripts/setup.sh --with-browser  # and Debian's chromium + the end2end npm packages
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

CARGO_LEPTOS_VERSION=0.3.10   # 0.3.11 needs rustc 1.96
with_browser=0
[[ ${1:-} == --with-browser ]] && with_browser=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs)"
command -v rustup >/dev/null || die "rustup not found: the wasm32 target is added with rustup"
command -v npm >/dev/null || die "npm not found: install Node.js 20+ and npm"

installed_targets=$(rustup target list --installed)
if ! grep -qx wasm32-unknown-unknown <<<"$installed_targets"; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding rustup component $component"
    rustup component add "$component"
  fi
done

if ! cargo leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 11 minutes, once per machine)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
fi

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or the build fails with a
# "schema version" error. Without --locked: its lock names a crate the registry lacks.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[[ -n $wasm_bindgen_version ]] || die "no wasm-bindgen in Cargo.lock"
if [[ $(wasm-bindgen --version 2>/dev/null) != "wasm-bindgen $wasm_bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

# npm ci only when the lock file changed since the last install.
npm_install() {
  local dir=$1
  local stamp="$dir/node_modules/.installed-from-lock"
  if [[ ! -f $stamp ]] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    say "installing npm packages of $dir from its lock file"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund
    cp "$dir/package-lock.json" "$stamp"
  fi
}
npm_install scripts/tools
[[ $(command -v wasm-opt) == "$repo_root/scripts/tools/node_modules/.bin/wasm-opt" ]] \
  || die "wasm-opt on PATH is $(command -v wasm-opt), not npm's binaryen"

# Fonts for the charts' PNGs (and the browser tests' pages) in every UN script: Noto Sans
# covers Latin, Cyrillic and Arabic (shaped by resvg), WenQuanYi Micro Hei covers Chinese.
if ! fc-list 2>/dev/null | grep -q "Noto Sans Arabic" || ! fc-list 2>/dev/null | grep -q "WenQuanYi"; then
  if command -v apt-get > /dev/null; then
    say "installing Debian's fonts for Arabic, Chinese and Cyrillic"
    sudo_cmd=()
    ((EUID == 0)) || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq fonts-noto-core fonts-wqy-microhei
  else
    say "warning: no apt-get; install fonts for Arabic and Chinese yourself, or chart PNGs lose their text in those languages"
  fi
fi

if ((with_browser)); then
  if [[ ! -x /usr/bin/chromium ]]; then
    say "installing Debian's chromium"
    sudo_cmd=()
    ((EUID == 0)) || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium
  fi
  npm_install end2end
fi
say "tools ready"
