#!/usr/bin/env python3
"""Draws the focus-area development set's names (server/data/focus_dev_set/names.tsv).

Reproducible: the distinct organization names of the reports dataset's CSV conversions
(../shared/ecosoc_status_steinert/csv, name columns of every file, white space collapsed),
sorted, then sampled with a fixed seed:
  random      170 names, uniformly: base rates and unbiased precision/recall;
  enriched-*  names matched by broad keyword searches (wider than the rules, so that rule
              misses show up), 35 per area (all 20 for lgbti's small pool) and 35 likely
              false friends; names already drawn are not drawn twice.
Labels are then written by hand into labels.tsv following ../shared/docs/measures.md; the
labeller does not look at the classifier's output.
"""
import csv, random, re, sys
from pathlib import Path

from steinert_names import distinct_names

SEED = 20261127
root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/ecosoc_status_steinert/csv")
names = distinct_names(root)
rng = random.Random(SEED)
drawn, out = set(), []

def take(part, pool, k):
    pool = [n for n in pool if n not in drawn]
    for n in rng.sample(pool, min(k, len(pool))):
        drawn.add(n)
        out.append((part, n))

def grep(pattern):
    rx = re.compile(pattern, re.I)
    return [n for n in names if rx.search(n)]

take("random", names, 170)
take("enriched-women", grep(r"wom[ae]n|femm|mujer|mulher|frau|girl|fille|niña|gender|genre|género|mother|mère|madre|widow|veuve|matern|reproduct|feminis"), 35)
take("enriched-lgbti", grep(r"lesbi|\bgays?\b|bisex|transgend|transex|\btrans\b|intersex|queer|lgb|glbt|homosex|sexual orient|gender ident|diversidad sexual|diversité sexuelle|ilga"), 20)
take("enriched-minority", grep(r"minorit|indigen|autochton|ind[ií]gena|tribal|tribe|dalit|caste|\broma\b|romani|sinti|gypsy|uyghur|uighur|tibet|kurd|assyri|yazid|rohingya|amazigh|berber|sami|maori|aborig|first nation|pygm|afrodesc|ethnic|etnia"), 35)
take("enriched-human_rights", grep(r"human rights|droits|derechos|direitos|menschenrecht|justice|justicia|liberty|libert|freedom|democra|torture|defender|amnesty|journalist|civil rights|accountab"), 35)
take("enriched-false-friends", grep(r"transparen|transport|transit|transnational|transform|church|fellowship|daughters of|filles de|sisters|indigenous (ngo|knowledge|development|enterprise)|minority (business|owned|report)|animal|property|copyright|wildlife|tax justice|climate justice|roma\b|gay[a-z]|trans-"), 35)

w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
w.writerow(["part", "name"])
for part, name in out:
    w.writerow([part, name])
