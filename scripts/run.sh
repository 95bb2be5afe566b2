#!/usr/bin/env bash
# Builds the app in release and serves it at http://127.0.0.1:3000 (ECOSOC_WATCH_ADDR or
# --addr to change). The database (default: SQLite file data/ecosoc-watch.db) is created and
# migrated at start. Extra arguments go to `ecosoc-watch serve`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
scripts/setup.sh
cargo leptos build --release
exec target/release/ecosoc-watch serve "$@"
