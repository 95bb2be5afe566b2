#!/usr/bin/env bash
# Load script: the server time of each page (and its API answer), median and 90th
# percentile over N requests (default 100), one at a time, against a running server on this
# machine with the reports dataset loaded.
#
#   scripts/bench-pages.sh [BASE_URL] [N]    # BASE_URL default http://127.0.0.1:3000
#
# The passport measured is the organization with the most deferrals (found through the API),
# which has about 40 considerations on the reports data. Only loopback addresses are
# accepted: this is a benchmark of our own server, nothing else.
set -euo pipefail
base=${1:-"http://127.0.0.1:3000"}
n=${2:-100}
case $base in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "bench-pages: only loopback URLs, not $base" >&2; exit 2 ;;
esac
curl -fsS -o /dev/null "$base/healthz" || { echo "bench-pages: no server at $base" >&2; exit 1; }

# The organization with the most deferrals.
org=$(curl -fsS "$base/api/v1/organizations?sort=deferrals&per_page=1" |
  grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
[[ -n $org ]] || { echo "bench-pages: no organization found: is the database loaded?" >&2; exit 1; }

measure() {
  local name=$1 url=$2 times median p90 bytes
  curl -fsS -o /dev/null "$url" # warm-up, and fail loudly on an error status
  times=$(for _ in $(seq 1 "$n"); do curl -fsS -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
  median=$(awk -v n="$n" 'NR == int((n + 1) / 2) { printf "%.1f", $1 * 1000 }' <<<"$times")
  p90=$(awk -v n="$n" 'NR == int(n * 0.9) { printf "%.1f", $1 * 1000 }' <<<"$times")
  bytes=$(curl -fsS "$url" | wc -c)
  printf '%-34s median %7s ms  p90 %7s ms  %8s bytes  %s\n' "$name" "$median" "$p90" "$bytes" "${url#"$base"}"
}

echo "$n requests each, one at a time, against $base"
measure "home page" "$base/?measure=session_deferral&from=2010&to=2024"
measure "search page (q=women)" "$base/organizations?q=women"
measure "search API (q=women)" "$base/api/v1/organizations?q=women"
measure "search API (area=lgbti, pending)" "$base/api/v1/organizations?area=lgbti&outcome=pending"
measure "passport page (most deferrals)" "$base/organizations/$org"
measure "passport API" "$base/api/v1/organizations/$org"
measure "time-to-decision page" "$base/time-to-decision?from=2010&to=2024"
measure "time-to-decision API" "$base/api/v1/time-to-decision?by=focus_area&from=2010&to=2024"
measure "who-asks page" "$base/who-asks?from=2016&to=2024"
measure "who-asks API" "$base/api/v1/states/measures?from=2016&to=2024"
measure "rates API (region=africa)" "$base/api/v1/rates?measure=session_deferral&from=2010&to=2024&region=africa"
measure "sessions page" "$base/sessions"
measure "session page (2019 resumed)" "$base/sessions/2019-resumed"
measure "states page" "$base/states"
measure "methodology page" "$base/methodology"
