#!/usr/bin/env bash
# Makes sure the PostgreSQL the tests use is up, and drops databases that earlier test runs
# left behind. The server is ECOSOC_WATCH_TEST_POSTGRES_URL (default
# postgres://postgres@127.0.0.1:5432/test). In CI (CI=true) a PostgreSQL that cannot be
# reached is an error; elsewhere the database tests then skip their PostgreSQL half, saying so.
set -euo pipefail
url=${ECOSOC_WATCH_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
ci=${CI:-false}

reachable() { command -v psql >/dev/null && psql "$url" -qAtc 'select 1' >/dev/null 2>&1; }

if ! reachable && command -v pg_ctlcluster >/dev/null; then
  for version in $(ls /etc/postgresql 2>/dev/null); do
    echo "postgres: starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do reachable && break; sleep 1; done
fi

if reachable; then
  echo "postgres: $url is up"
  leftovers=$(psql "$url" -qAtc "select datname from pg_database where datname like 'ecosoc\_test\_%'")
  for db in $leftovers; do psql "$url" -qc "drop database if exists $db with (force)"; done
elif [[ $ci == true || $ci == 1 ]]; then
  echo "postgres: $url is not reachable and CI=$ci: the PostgreSQL tests must run in CI" >&2
  exit 1
else
  echo "postgres: NOTICE: $url is not reachable; database tests will run on SQLite only" >&2
fi
