# Sourced by the benchmark scripts: start the release server on loopback with a fresh SQLite
# database holding the full reports dataset (from ../shared), stopped when the script exits.
#
#   source scripts/serve-real.sh; start_real_server PORT    # sets $base, $work, $server_pid
bin=target/release/ecosoc-watch
[[ -x $bin ]] || { echo "$0: $bin is missing: run scripts/build.sh first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "$0: wrk is missing: apt install wrk" >&2; exit 1; }
shared="$repo_root/../shared/ecosoc_status_steinert/xlsx"
[[ -d $shared ]] || { echo "$0: $shared is missing: the reports dataset is needed" >&2; exit 1; }

work=$(mktemp -d)
server_pid=
stop_real_server() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop_real_server EXIT

start_real_server() {
  local port=$1
  base="http://127.0.0.1:$port"
  export DATABASE_URL="sqlite://$work/real.db"
  "$bin" migrate >/dev/null
  "$bin" import steinert --from "$shared" >"$work/import.log" 2>&1
  "$bin" serve --addr "127.0.0.1:$port" --no-autoload --no-scrape >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 50); do curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && return 0; sleep 0.2; done
  echo "$0: the server did not start" >&2
  tail "$work/server.log" >&2
  exit 1
}

# The organization with the most deferrals (for the passport).
most_deferred() {
  curl -fsS "$base/api/v1/organizations?sort=deferrals&per_page=1" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2
}

# The server's peak and current resident memory.
server_rss() {
  awk '/^VmHWM|^VmRSS/ { printf "%s %.0f MB  ", $1, $2 / 1024 }' "/proc/$server_pid/status"
  echo
}
