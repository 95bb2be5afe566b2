#!/usr/bin/env bash
# Every test: formatting, clippy for each feature set (server/ssr, hydrate on wasm32), unit
# and integration tests on SQLite and PostgreSQL, then browser tests against the release
# server. Installs what is missing first. Fails loudly at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

# Each step says how long the suite has run, so CI's log shows where its time goes.
step() { printf '\n\033[1m==> %s\033[0m (at %dm %02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }
# within DURATION COMMAND...: run COMMAND, and fail with a message when it takes longer.
within() {
  local limit=$1 status=0
  shift
  timeout --kill-after=30s "$limit" "$@" || status=$?
  if ((status == 124 || status == 137)); then
    printf 'test.sh: error: "%s" did not finish within %s: a hung test?\n' "$*" "$limit" >&2
  fi
  return "$status"
}

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
# Built first, then run under a watchdog: a hung test fails this step within minutes
# instead of holding CI until its own time runs out (the server tests run in ~5 minutes here).
cargo test -p app --features ssr --locked --no-run
cargo test -p ecosoc-watch --locked --no-run
within 10m cargo test -p app --features ssr --locked
within 25m cargo test -p ecosoc-watch --locked

step "release build (server + WASM front end)"
scripts/build.sh

step "browser tests"
scripts/e2e.sh

step "done"
