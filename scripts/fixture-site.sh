# Sourced by scripts that scrape: a local site on loopback (python3 -m http.server) holding
# every press fixture page (test data, in press.un.org's structure) under one listing page.
# The server ignores the query string, so every listing page is page 0 and the scraper's walk
# stops at the first repeat.
#
#   start_fixture_site DIR   # sets fixture_site_url and fixture_site_pid; the caller kills it

start_fixture_site() {
  local site=$1/site rows= page stem lang year port
  command -v python3 >/dev/null || { echo "fixture site: python3 is needed (python3 -m http.server)" >&2; return 1; }
  mkdir -p "$site/en"
  for page in "$repo_root"/server/tests/fixtures/press/*.html; do
    stem=$(basename "$page" .html)
    [[ $stem == *placeholder* ]] && continue
    lang=${stem:0:2}
    year=$(grep -oE '20[0-9]{2}' <<<"$stem" | head -1 || true)
    mkdir -p "$site/$lang/fixtures"
    cp "$page" "$site/$lang/fixtures/$stem.doc.htm"
    rows+="<div class=\"views-row\"><time datetime=\"${year:-2015}-06-01T12:00:00Z\"></time><a href=\"/$lang/fixtures/$stem.doc.htm\">$stem</a></div>"
  done
  printf '<!-- TEST FIXTURE for ecosoc-watch: a listing page. --><div class="view-content">%s</div>' "$rows" \
    >"$site/en/committee-non-governmental-organizations"
  port=$((20000 + RANDOM % 20000))
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >"$1/site.log" 2>&1 &
  fixture_site_pid=$!
  fixture_site_url="http://127.0.0.1:$port"
  # python3 rather than curl: the one tool this script already needs.
  for _ in $(seq 1 50); do
    python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" \
      "$fixture_site_url/" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "fixture site: no answer at $fixture_site_url:" >&2
  cat "$1/site.log" >&2
  return 1
}
