#!/usr/bin/env bash
# Builds the app in release and serves it at http://127.0.0.1:3000 (ECOSOC_WATCH_ADDR or
# --addr to change). The database (default: SQLite file data/ecosoc-watch.db) is created and
# migrated at start. Extra arguments go to `ecosoc-watch serve`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
scripts/setup.sh
scripts/build.sh
# On first start with an empty database the server loads the reports dataset in the
# background: from a local copy beside the repository when there is one, else from upstream.
shared="$repo_root/../shared/ecosoc_status_steinert/xlsx"
if [[ -z ${ECOSOC_WATCH_AUTOLOAD_FROM:-} && -d $shared ]]; then
  export ECOSOC_WATCH_AUTOLOAD_FROM="$shared"
fi
exec target/release/ecosoc-watch serve "$@"
