#!/usr/bin/env bash
# Browser tests: starts the release server on its own port with a fresh SQLite database
# holding the real reports dataset (from ../shared when present), runs Playwright against
# it with Debian's Chromium, and stops the server whatever happens.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"

port=${E2E_PORT:-3917}
work=$(mktemp -d)
server_pid=
fixture_site_pid=
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ -n $fixture_site_pid ]]; then kill "$fixture_site_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export DATABASE_URL="sqlite://$work/e2e.db"
bin=target/release/ecosoc-watch
[[ -x $bin ]] || { echo "e2e: $bin is missing: run scripts/build.sh first" >&2; exit 1; }
"$bin" migrate >/dev/null
# Real data, not fixtures: the reports dataset from ../shared when it is there (CI), else
# from upstream at the pinned commit.
shared="$repo_root/../shared/ecosoc_status_steinert/xlsx"
if [[ -d $shared ]]; then
  "$bin" import steinert --from "$shared" >"$work/import.log" 2>&1
else
  echo "e2e: ../shared is not here; importing the reports dataset from upstream"
  "$bin" import steinert >"$work/import.log" 2>&1
fi
# The press layer from the fixture releases (test data: invented organizations and
# questions), scraped from a local site as `scrape` reads press.un.org.
source "$repo_root/scripts/fixture-site.sh"
start_fixture_site "$work"
"$bin" scrape --base-url "$fixture_site_url" --delay-ms 0 --attempts 1 >"$work/scrape.log" 2>&1 \
  || { echo "e2e: the fixture scrape failed:" >&2; tail -n 20 "$work/scrape.log" >&2; exit 1; }
kill "$fixture_site_pid" 2>/dev/null || true
fixture_site_pid=

"$bin" serve --addr "127.0.0.1:$port" --no-scrape >"$work/server.log" 2>&1 &
server_pid=$!
export BASE_URL="http://127.0.0.1:$port"
if ! (cd end2end && npx playwright test); then
  echo "e2e: server log:" >&2
  tail -n 50 "$work/server.log" >&2
  exit 1
fi
