#!/usr/bin/env bash
# Every test: formatting, clippy for each feature set (server/ssr, hydrate on wasm32), unit
# and integration tests on SQLite and PostgreSQL, then browser tests against the release
# server. Installs what is missing first. Fails loudly at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "setup"
scripts/setup.sh --with-browser

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy: server and app with ssr"
cargo clippy -p ecosoc-watch --all-targets --locked -- -D warnings
cargo clippy -p app --features ssr --all-targets --locked -- -D warnings
step "clippy: app with hydrate on wasm32"
cargo clippy -p app --features hydrate --target wasm32-unknown-unknown --locked -- -D warnings

step "PostgreSQL"
scripts/postgres.sh

step "unit and integration tests (SQLite and PostgreSQL)"
cargo test -p app --features ssr --locked
cargo test -p ecosoc-watch --locked

step "release build (server + WASM front end)"
cargo leptos build --release

step "browser tests"
scripts/e2e.sh
