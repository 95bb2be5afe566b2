#!/usr/bin/env bash
# Load script (a benchmark, not a test): the release server on loopback with the full reports
# data, hammered by wrk (Debian's package) over a mix of pages and API answers, then each
# cheap endpoint alone, then 2,000 idle connections held open while new requests are timed.
# Prints requests/s, p50/p90/p99, answers by status (503s are deliberate load shedding),
# socket errors and the server's peak RSS. Bounded: loopback only, fixed durations.
#
#   scripts/load.sh [SECONDS] [CONNECTIONS]     # default 60 s, 500 connections
#
# Needs target/release/ecosoc-watch (scripts/build.sh) and wrk (apt install wrk).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
seconds=${1:-60}
connections=${2:-500}
port=${LOAD_PORT:-3931}
source scripts/serve-real.sh
start_real_server "$port"

org=$(most_deferred)
home="/?measure=session_deferral&from=2010&to=2024"
rates="/api/v1/rates?measure=session_deferral&from=2010&to=2024"
search="/api/v1/organizations?q=women"
passport="/organizations/$org"
csv="/api/v1/sessions.csv"
png="/api/v1/rates.png?measure=ever_deferred&from=2010&to=2024"
# The mix: cheap pages and answers, a CSV, and one chart image in twenty requests.
{
  for _ in 1 2 3 4; do printf '%s\n' "$home" "$rates" "$search" "$passport" "$csv"; done
  printf '%s\n' "$png"
} >"$work/mix.txt"

echo "== mix: $connections connections for ${seconds}s against $base (wrk, 2 threads)"
LOAD_PATHS="$work/mix.txt" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -s scripts/load/mix.lua "$base" | sed -n '/^requests/,$p'
echo "server memory after the mix: $(server_rss)"

echo "== each cheap endpoint alone: 200 connections for 10s"
for path in "$home" "$rates" "$search" "$passport" "$csv"; do
  printf '%s\n' "$path" >"$work/one.txt"
  printf '%-64s ' "$path"
  LOAD_PATHS="$work/one.txt" wrk -t2 -c200 -d10s --timeout 5s -s scripts/load/mix.lua "$base" |
    awk '/^requests/ { rate = $NF } /^latency/ { lat = $0 } /^status/ { st = st " " $0 } /^socket/ { so = $0 } END { print rate, lat, st, "|", so }'
done

echo "== 2,000 idle connections held open; new requests meanwhile"
python3 - "$port" <<'PY'
import socket, sys, time, urllib.request
port = int(sys.argv[1])
idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(2000)]
time.sleep(1)
for path in ["/healthz", "/?measure=session_deferral&from=2010&to=2024", "/api/v1/sessions"]:
    started = time.time()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as answer:
        answer.read()
        print(f"{answer.status} in {(time.time() - started) * 1000:.1f} ms  {path}")
# The server closes idle connections after its header timeout (10 s).
time.sleep(11)
closed = 0
for s in idle:
    s.settimeout(0.5)
    try:
        closed += s.recv(1) == b""
    except (socket.timeout, ConnectionResetError):
        closed += 1
print(f"closed by the server after its header timeout: {closed} of {len(idle)}")
PY
echo "server memory at the end: $(server_rss)"
