#!/usr/bin/env bash
# Load script: the server time of the home page, median and 90th percentile over N requests
# (default 100), one at a time, against a running server on this machine.
#
#   scripts/bench-home.sh [URL] [N]      # URL default http://127.0.0.1:3000/?from=2010&to=2024
#
# Only loopback addresses are accepted: this is a benchmark of our own server, nothing else.
set -euo pipefail
url=${1:-"http://127.0.0.1:3000/?measure=session_deferral&from=2010&to=2024"}
n=${2:-100}
case $url in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "bench-home: only loopback URLs, not $url" >&2; exit 2 ;;
esac
curl -fsS -o /dev/null "$url" # warm-up, and fail loudly if the server is not there
times=$(for _ in $(seq 1 "$n"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
median=$(awk -v n="$n" 'NR == int((n + 1) / 2) { print $1 * 1000 }' <<<"$times")
p90=$(awk -v n="$n" 'NR == int(n * 0.9) { print $1 * 1000 }' <<<"$times")
bytes=$(curl -fsS "$url" | wc -c)
echo "home page: $n requests, median ${median} ms, p90 ${p90} ms, ${bytes} bytes uncompressed ($url)"
