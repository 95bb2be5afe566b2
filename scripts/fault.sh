#!/usr/bin/env bash
# Fault script: kill -9 the release binary during an import, a scrape and a reparse, run each
# again, and check that the database passes SQLite's integrity and foreign-key checks and that
# its data equals that of a run nobody interrupted. Each job writes in transactions, so a kill
# may lose only the transaction in flight, and the rerun must finish the work.
#
#   scripts/fault.sh [rounds]   # default 3; needs target/release/ecosoc-watch and ../shared
#
# The scrape reads a local site (python3 -m http.server on loopback) holding the press fixture
# pages (test data, in press.un.org's structure). The kill comes at a random moment inside
# each job's measured duration; the script prints when, and whether the job had finished.
# Compared: every table but the run log (import_run) and the data version, without the
# columns that record when something happened (`*_at`) and without snapshot bodies (their
# sha256 is compared).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

rounds=${1:-3}
bin=$repo_root/target/release/ecosoc-watch
xlsx="$repo_root/../shared/ecosoc_status_steinert/xlsx"
[[ -x $bin ]] || { echo "$0: $bin is missing: run scripts/build.sh first" >&2; exit 1; }
[[ -d $xlsx ]] || { echo "$0: $xlsx is missing: the reports dataset is needed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "$0: python3 is needed (the local site, the dump)" >&2; exit 1; }

work=$(mktemp -d)
site_pid=
cleanup() {
  [[ -n $site_pid ]] && kill "$site_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

source "$repo_root/scripts/fixture-site.sh"
start_fixture_site "$work"
site_pid=$fixture_site_pid

import() { "$bin" import steinert --from "$xlsx"; }
scrape() { "$bin" scrape --base-url "$fixture_site_url" --delay-ms 150 --attempts 1 --json; }
reparse() { "$bin" reparse --json; }

dump() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (check,) in db.execute("pragma integrity_check"):
    if check != "ok":
        sys.exit(f"integrity_check: {check}")
if db.execute("pragma foreign_key_check").fetchall():
    sys.exit("foreign_key_check found orphans")
tables = [t for (t,) in db.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' "
    "and name not like '_sqlx%' and name not in ('import_run', 'data_version') order by name")]
for table in tables:
    columns = [c[1] for c in db.execute(f"pragma table_info({table})")
               if not c[1].endswith("_at") and c[1] != "body"]
    select = ", ".join(f'"{c}"' for c in columns)
    rows = db.execute(f"select {select} from {table} order by {select}").fetchall()
    print(f"-- {table}: {len(rows)} rows")
    for row in rows:
        print(repr(row))
PY
}

# Run a job with a kill -9 at `at` seconds (unless it ends first).
killed_run() {
  local job=$1 at=$2
  "$job" >"$work/$job.out" 2>&1 &
  local pid=$!
  sleep "$at"
  if kill -0 "$pid" 2>/dev/null; then
    # The binary is a child of the job's subshell: kill it, not only the subshell (which
    # would leave the binary running on, unkilled).
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "  $job: killed at ${at}s"
  else
    wait "$pid" || { echo "$0: $job failed on its own:" >&2; cat "$work/$job.out" >&2; exit 1; }
    echo "  $job: finished before ${at}s"
  fi
}

# Reference: the three jobs, uninterrupted, timed.
export DATABASE_URL="sqlite://$work/reference.db"
"$bin" migrate >/dev/null
declare -A took
for job in import scrape reparse; do
  start=$(date +%s.%N)
  "$job" >"$work/$job.out" 2>&1 || { echo "$0: $job failed:" >&2; cat "$work/$job.out" >&2; exit 1; }
  took[$job]=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
done
echo "reference run: import ${took[import]}s, scrape ${took[scrape]}s, reparse ${took[reparse]}s"
dump "$work/reference.db" >"$work/reference.dump"
echo "reference dump: $(grep -c '' "$work/reference.dump") lines"

failed=0
for round in $(seq 1 "$rounds"); do
  echo "round $round:"
  export DATABASE_URL="sqlite://$work/round$round.db"
  "$bin" migrate >/dev/null
  for job in import scrape reparse; do
    at=$(python3 -c "import random; print(round(random.uniform(0.05, ${took[$job]}), 2))")
    killed_run "$job" "$at"
    "$job" >"$work/$job.out" 2>&1 || { echo "$0: $job failed after the kill:" >&2; cat "$work/$job.out" >&2; exit 1; }
  done
  if dump "$work/round$round.db" >"$work/round$round.dump" \
    && cmp -s "$work/reference.dump" "$work/round$round.dump"; then
    echo "  integrity ok; the data equals the uninterrupted run's"
  else
    echo "  DIFFERS from the uninterrupted run:"
    diff "$work/reference.dump" "$work/round$round.dump" | head -20 || true
    failed=1
  fi
done
exit "$failed"
