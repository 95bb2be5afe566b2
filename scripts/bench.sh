#!/usr/bin/env bash
# Benchmark (not a test): the release server against nginx serving the very same bytes as a
# static file, on one machine, loopback only, with the same load generator (wrk) and the same
# load for both. Prints requests/s, p50 and p99 per endpoint and the ratio to nginx, and the
# server's memory — so anyone can check the speed claims on their own machine.
#
#   scripts/bench.sh [SECONDS] [CONNECTIONS]     # default 10 s, 50 connections
#
# Needs target/release/ecosoc-watch (scripts/build.sh), wrk and nginx
# (apt install wrk nginx-light).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$repo_root"
seconds=${1:-10}
connections=${2:-50}
command -v nginx >/dev/null || { echo "bench: nginx is missing: apt install nginx-light" >&2; exit 1; }
source scripts/serve-real.sh
start_real_server "${BENCH_PORT:-3941}"
nginx_port=${BENCH_NGINX_PORT:-3942}
org=$(most_deferred)

# name | path. Each answer is fetched once and written for nginx to serve as it is.
endpoints=(
  "sessions|/api/v1/sessions"
  "rates|/api/v1/rates?measure=session_deferral&from=2010&to=2024"
  "time-to-decision|/api/v1/time-to-decision?from=2010&to=2024"
  "passport API|/api/v1/organizations/$org"
  "home page|/?measure=session_deferral&from=2010&to=2024"
  "passport page|/organizations/$org"
)
mkdir -p "$work/static" "$work/nginx"
# nginx's workers run as an unprivileged user: they must be able to read the files.
chmod 755 "$work" "$work/static"
for entry in "${endpoints[@]}"; do
  name=${entry%%|*}
  curl -fsS "$base${entry#*|}" -o "$work/static/${name// /-}"
  chmod 644 "$work/static/${name// /-}"
done
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  default_type application/json;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
  }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx"
trap 'nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -s stop 2>/dev/null || true; stop_real_server' EXIT

# "requests/s p50 p99" of one wrk run against one URL.
measure() {
  printf '%s\n' "$2" >"$work/one.txt"
  LOAD_PATHS="$work/one.txt" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s \
    -s scripts/load/mix.lua "$1" |
    awk '/^requests/ { split($NF, r, "/"); rate = r[1] }
         /^latency/ { p50 = $3; p99 = $9 }
         /^status/ && $2 != "200:" { bad += $3 }
         /^socket/ { bad += $4 + $6 + $8 + $10 }
         END { printf "%s %s %s %d\n", rate, p50, p99, bad }'
}

echo "wrk, 2 threads, $connections connections, ${seconds}s each; same bytes from nginx"
printf '| %-16s | %9s | %8s | %8s | %6s | %9s | %8s | %8s | %7s |\n' endpoint "req/s" "p50 ms" "p99 ms" errors "nginx r/s" "p50 ms" "p99 ms" ratio
printf '|%s|\n' "------------------|-----------|----------|----------|--------|-----------|----------|----------|---------"
for entry in "${endpoints[@]}"; do
  name=${entry%%|*}
  read -r rate p50 p99 bad < <(measure "$base" "${entry#*|}")
  read -r nrate np50 np99 nbad < <(measure "http://127.0.0.1:$nginx_port" "/${name// /-}")
  [[ $nbad == 0 ]] || { echo "bench: nginx answered $nbad requests for /${name// /-} with an error" >&2; exit 1; }
  ratio=$(awk -v a="$rate" -v b="$nrate" 'BEGIN { printf "%.3f", a / b }')
  printf '| %-16s | %9s | %8s | %8s | %6s | %9s | %8s | %8s | %7s |\n' "$name" "$rate" "$p50" "$p99" "$bad" "$nrate" "$np50" "$np99" "$ratio"
done
echo "server memory: $(server_rss)"
