#!/usr/bin/env python3
# A state's who-asks figures counted straight from a SQLite database and the membership file,
# beside what a running server's /api/v1/states/measures returns: an independent check of the
# measure (no code shared with it). Loopback servers only.
#
#   scripts/check-who-asks.py DB_FILE BASE_URL [STATE] [FROM] [TO]
#   e.g. scripts/check-who-asks.py data/ecosoc-watch.db http://127.0.0.1:3000 Cuba 2016 2024
import json, os, sqlite3, sys, urllib.request

if len(sys.argv) < 3:
    sys.exit("usage: check-who-asks.py DB_FILE BASE_URL [STATE] [FROM] [TO]")
db = sqlite3.connect(sys.argv[1]); base = sys.argv[2]
if not base.startswith(("http://127.", "http://localhost")):
    sys.exit("check-who-asks: only loopback servers")
state = sys.argv[3] if len(sys.argv) > 3 else "Cuba"
lo, hi = (int(sys.argv[4]), int(sys.argv[5])) if len(sys.argv) > 5 else (2016, 2024)
tsv = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server", "data", "committee_membership.tsv")
years = set()
for line in open(tsv, encoding="utf-8"):
    if line.startswith("#") or line.startswith("from_year"): continue
    f = line.rstrip("\n").split("\t")
    if f[2] == state: years |= set(range(int(f[0]), int(f[1]) + 1))
sessions = [(y, p) for (y, p) in db.execute("select year, part from session where year between ? and ?", (lo, hi))]
member = [s for s in sessions if s[0] in years]
with_q = set(db.execute("""select distinct s.year, s.part from question q join consideration c on c.consideration_id = q.consideration_id
  join application a on a.application_id = c.application_id join session s on s.session_id = c.session_id
  where a.kind = 'status' and s.year between ? and ?""", (lo, hi)))
rows = db.execute("""select c.application_id, s.year, s.part, coalesce(rc.decision, c.decision)
  from question q join member_state m on m.member_state_id = q.member_state_id
  join consideration c on c.consideration_id = q.consideration_id
  join application a on a.application_id = c.application_id join session s on s.session_id = c.session_id
  left join consideration rc on rc.application_id = c.application_id and rc.session_id = c.session_id and rc.source = 'steinert'
  where m.name = ? and a.kind = 'status' and s.year between ? and ?""", (state, lo, hi)).fetchall()
cons = {(r[0], r[1], r[2]): r[3] for r in rows}
own = {s for s in with_q if s in member or any((k[1], k[2]) == s for k in cons)}
releases = sum(n for (y, p, n) in db.execute("""select s.year, s.part, count(*) from press_release p join session s on s.session_id = p.session_id
  where p.is_placeholder = 0 group by s.year, s.part""") if (y, p) in own)
hand = dict(member_sessions=len(member), covered_sessions=len([s for s in own if s in member]),
            releases_read=releases, questions=len(rows), applications_questioned=len({r[0] for r in rows}),
            considerations_questioned=len(cons), deferral_linked=sum(1 for d in cons.values() if d == "deferred"))
api = json.load(urllib.request.urlopen(f"{base}/api/v1/states/measures?from={lo}&to={hi}"))
got = next(s for s in api["states"] if s["state"] == state)
print(f"{'figure':28} {'by hand':>8} {'API':>8}")
differs = [k for k, v in hand.items() if v != got[k]]
for k, v in hand.items(): print(f"{k:28} {v:>8} {got[k]:>8}{'   <-- differs' if k in differs else ''}")
sys.exit(1 if differs else 0)
