#!/usr/bin/env bash
# Are two builds' API answers the same, byte for byte? (A check for refactors, not a test.)
#
#   scripts/api-snapshot.sh BEFORE_BINARY AFTER_BINARY [OUT_DIR]
#
# Loads one database per engine with BEFORE_BINARY — the full reports dataset from ../shared
# and the press fixture releases (test data) scraped from a local site, as scripts/e2e.sh
# does — then lets each binary serve the same database in turn and writes every /api/v1
# answer (scripts/api-snapshot.py: each documented route, bare and once per documented
# parameter) to OUT_DIR/{sqlite,postgres}/{before,after}, and diffs them. Exits 1 on any
# difference. PostgreSQL is ECOSOC_WATCH_TEST_POSTGRES_URL's server (default
# postgres://postgres@127.0.0.1:5432/test); a database `ecosoc_test_api_snapshot` is
# created there and dropped at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
[[ $# -ge 2 ]] || { sed -n '2,13p' "$0" >&2; exit 2; }
before=$(realpath "$1")
after=$(realpath "$2")
out=${3:-$(mktemp -d)}
shared="$repo_root/../shared/ecosoc_status_steinert/xlsx"
[[ -d $shared ]] || { echo "api-snapshot: $shared is missing" >&2; exit 1; }
admin_url=${ECOSOC_WATCH_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
pg_name=ecosoc_test_api_snapshot
pg_url="${admin_url%/*}/$pg_name"

work=$(mktemp -d)
fixture_site_pid=
cleanup() {
  if [[ -n $fixture_site_pid ]]; then kill "$fixture_site_pid" 2>/dev/null || true; fi
  psql -q "$admin_url" -c "drop database if exists $pg_name with (force)" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
source "$repo_root/scripts/fixture-site.sh"
start_fixture_site "$work"

status=0
for engine in sqlite postgres; do
  if [[ $engine == sqlite ]]; then
    url="sqlite://$work/snapshot.db"
  else
    psql -q "$admin_url" -c "drop database if exists $pg_name with (force)" -c "create database $pg_name"
    url=$pg_url
  fi
  DATABASE_URL=$url "$before" migrate >/dev/null
  DATABASE_URL=$url "$before" import steinert --from "$shared" >"$work/import-$engine.log" 2>&1
  DATABASE_URL=$url "$before" scrape --base-url "$fixture_site_url" --delay-ms 0 --attempts 1 \
    >"$work/scrape-$engine.log" 2>&1
  python3 scripts/api-snapshot.py "$before" "$url" "$out/$engine/before"
  python3 scripts/api-snapshot.py "$after" "$url" "$out/$engine/after"
  if diff -r -q -x server.log "$out/$engine/before" "$out/$engine/after"; then
    echo "api-snapshot: $engine: $(wc -l <"$out/$engine/before/index.tsv") answers, all identical"
  else
    echo "api-snapshot: $engine: answers differ (diff -r $out/$engine/before $out/$engine/after)"
    status=1
  fi
done
exit $status
