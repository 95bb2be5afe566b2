#!/usr/bin/env python3
"""Draws the focus-area HELD-OUT test set's names (server/data/focus_test_set/names.tsv).

Held out: these names are for measuring the focus-area classifier only, never for tuning it.

Reproducible: the same distinct-name universe as scripts/sample_dev_set.py (the reports
dataset's CSV conversions, ../shared/ecosoc_status_steinert/csv, the name columns of every
file, white space collapsed, names ending in ':' dropped), sorted, MINUS every name of the
development set (server/data/focus_dev_set/labels.tsv). Then sampled with a fixed seed, each
part a seeded shuffle of its pool from which the first k acceptable names are taken:
  random                 220 names, uniformly: base rates and unbiased precision/recall;
  enriched-women          45 from a broad multilingual women/gender keyword search;
  enriched-lgbti          up to 40 (all if fewer) from a broad LGBTI keyword search;
  enriched-minority       55 from a broad peoples/communities/ethnonym search;
  enriched-human_rights   35 from a broad human rights/justice/freedom search;
  enriched-false-friends  35 from words that look like an area but usually are not.
A name is not acceptable if it was drawn already, or if it is a spelling variant of a dev-set
name or of a name already drawn (see variant(): same key after case folding, accent
stripping, dropping parenthesised parts such as '(special, 2010)', a leading 'The' and all
but letters and digits; or one key inside the other with at most 12 more characters; or a
near-identical spelling). So the test set shares no organization spelling with the dev set.
The keyword searches were written from the kinds of organization each area covers
(../shared/docs/measures.md), not from the classifier's rules, and are deliberately wider.

Usage: python3 scripts/sample_test_set.py [csv_dir] > server/data/focus_test_set/names.tsv
(counts per part are printed on stderr).
"""
import csv, random, re, sys
from collections import Counter
from pathlib import Path

from steinert_names import distinct_names, key, variant

SEED = 20261207
here = Path(__file__).resolve().parent.parent
root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/ecosoc_status_steinert/csv")
dev_labels = here / "server/data/focus_dev_set/labels.tsv"

# The same names as scripts/sample_dev_set.py draws from.
names = distinct_names(root)

# The dev set as it was when this set was drawn: its first drawing. Later drawings (parts named
# "...-2", scripts/sample_dev_set_2.py) exclude this set, not the other way round.
dev = [r["name"] for r in csv.DictReader(open(dev_labels, encoding="utf-8"), delimiter="\t")
       if not r["part"].endswith("-2")]
dev_keys = [key(n) for n in dev]
universe = [n for n in names if n not in set(dev)]

rng = random.Random(SEED)
drawn_keys, out = [], []
skipped = Counter()


def take(part, pool, k):
    """A seeded shuffle of the pool, then the first k names that are neither a dev-set name's
    variant nor a variant of a name already drawn."""
    picked = []
    for n in rng.sample(pool, len(pool)):
        if len(picked) == k:
            break
        kn = key(n)
        if any(variant(kn, d) for d in dev_keys):
            skipped["variant of a dev-set name"] += 1
            continue
        if any(variant(kn, d) for d in drawn_keys):
            skipped["variant of a name already drawn"] += 1
            continue
        drawn_keys.append(kn)
        picked.append(n)
    out.extend((part, n) for n in picked)
    print(f"{part}\tpool {len(pool)}\tdrawn {len(picked)}", file=sys.stderr)


def grep(*patterns):
    rx = re.compile("|".join(patterns), re.I)
    return [n for n in universe if rx.search(n)]


WOMEN = (
    r"wom[ae]n", r"\bfemm", r"f[eé]minin", r"feminis", r"femenin", r"feminil", r"mujer",
    r"mulher", r"\bfrauen", r"\bfrau\b", r"donne\b", r"\bdonna\b", r"kvinn", r"kvinde",
    r"vrouw", r"kobiet", r"\bmahila", r"\bnari\b", r"\bstree\b", r"girl", r"\bfilles?\b",
    r"niñas?\b", r"meninas?\b", r"mädchen", r"mother", r"\bm[eè]res?\b", r"\bmadres?\b",
    r"\bmães?\b", r"matern", r"widow", r"veuve", r"viuda", r"gender", r"\bgenre\b",
    r"g[eé]nero", r"sororit", r"obstet", r"gyn", r"midwi", r"sages?-femmes?", r"parteras?",
    r"lesbi", r"sisters", r"\bsœurs?\b", r"hermanas", r"ladies", r"wives", r"\bwife",
    r"reproducti", r"family planning", r"planning familial", r"planificaci[oó]n familiar",
    r"\bdaughters", r"fistula", r"\bfgm\b", r"excision", r"\bsuffrag",
)
LGBTI = (
    r"lesbi", r"lesben", r"\bgays?\b", r"\bgai[es]?\b", r"schwul", r"bisex", r"\btrans\b",
    r"\btrans\*", r"transg", r"trans[- ]?s?ex", r"transg[eê]n", r"intersex", r"queer",
    r"lgb", r"glbt", r"homosex", r"homosek", r"homof", r"homoph", r"\bsogi", r"two[- ]spirit",
    r"sexual orientation", r"orientation sexuelle", r"orientaci[oó]n sexual",
    r"gender identit", r"identit[eé] de genre", r"identidad de g[eé]nero",
    r"sexual rights", r"droits sexuels", r"derechos sexuales", r"sexual minorit",
    r"sexual divers", r"diversidad sexual", r"diversit[eé] sexuelle", r"diversidade sexual",
    r"rainbow", r"arc-en-ciel", r"arco ?[ií]ris", r"regenbogen", r"pride", r"ilga",
    r"sexualit", r"sexualid",
    r"same[- ]sex", r"\bmsm\b", r"travesti",
)
MINORITY = (
    r"minorit", r"minderheit", r"indigen", r"autochton", r"ind[ií]gena", r"originari",
    r"tribal", r"\btribes?\b", r"\bnative", r"first nations?", r"first peoples?", r"aborig",
    r"of colou?r", r"diaspora", r"\bethnic", r"\betni", r"\bethno",
    r"u[iy]g(h)?ur", r"tibet", r"rohingya", r"dalit", r"\bcaste", r"adivasi", r"ahmadi",
    r"baha.?i\b", r"assyri", r"chaldea", r"\bkurd", r"\bsa+mi\b", r"\broma\b", r"\bromani\b",
    r"\brom\b", r"gypsy", r"gitan", r"sinti", r"traveller", r"berber", r"amazigh",
    r"armenia", r"\btamil", r"thamil", r"balo[cu]h", r"sindh", r"kashmir", r"\bnaga\b",
    r"\bkaren\b", r"\bchin\b", r"hmong", r"maa?sai", r"batwa", r"pygm", r"ogoni",
    r"tatar", r"circassian", r"\bcopt", r"yazid", r"ezid", r"\bdruze", r"\bsikh", r"hazara",
    r"pashtun", r"oromo", r"\bafro", r"afrodesc", r"african[- ]american", r"\bnegro",
    r"maori", r"inuit", r"sámi", r"kanak", r"mapuche", r"aymara", r"quechua", r"guaran[ií]\b",
    r"\bmaya", r"quilombo", r"montagnard", r"papuan?", r"\bsahrawi", r"saharaoui",
    r"\bbedouin", r"\bainu\b", r"\bpueblos?\b", r"\bpeuples?\b",
)
HUMAN_RIGHTS = (
    r"human rights", r"droits (de l.homme|humains)", r"\bdroits?\b", r"derechos", r"direitos",
    r"diritti", r"menschenrecht", r"\brechte", r"\brights\b", r"torture", r"tortura",
    r"justice", r"justicia", r"justi[çc]a", r"giustizia", r"freedom", r"libert",
    r"democra", r"d[eé]mocra", r"civil rights", r"defenders?\b", r"d[eé]fenseur",
    r"defensor", r"amnesty", r"amnistía", r"impunit", r"accountab", r"journalist",
    r"fair trial", r"rule of law", r"[eé]tat de droit", r"estado de derecho", r"prisoner",
    r"detain", r"detention", r"disappear", r"genocide", r"dignit", r"discriminat",
    r"legal aid", r"equality", r"[eé]galit[eé]", r"igualdad", r"ombuds", r"inimõigus",
)
FALSE_FRIENDS = (
    r"transparen", r"transport", r"transit", r"transnational", r"transform", r"transatl",
    r"\btrans-", r"church", r"fellowship", r"\bwives\b", r"temperance", r"mothers.? union",
    r"ladies", r"auxiliar", r"native (plant|seed|species|forest|tree)", r"minority (share|invest|business|owned|report|supplier)",
    r"rainbow", r"\bpride\b", r"sisters", r"daughters", r"congregation", r"\bgay[a-z]",
    r"\bsami[a-z]", r"\broman\b", r"romania", r"indigenous (knowledge|development|enterprise|seed|crop|innovation|technolog)",
    r"freedom from (hunger|debt|want)", r"(climate|tax|social|economic|environmental) justice",
    r"mother (earth|nature|tongue|land)", r"madre tierra", r"terre m[eè]re", r"girl (scouts?|guides?)",
    r"boys and girls", r"\bgrand ?mother", r"orient", r"\bcaste(l|ll)", r"ethnograph",
)

take("random", universe, 220)
take("enriched-women", grep(*WOMEN), 45)
take("enriched-lgbti", grep(*LGBTI), 40)
take("enriched-minority", grep(*MINORITY), 55)
take("enriched-human_rights", grep(*HUMAN_RIGHTS), 35)
take("enriched-false-friends", grep(*FALSE_FRIENDS), 35)

w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
w.writerow(["part", "name"])
for part, name in out:
    w.writerow([part, name])
c = Counter(p for p, _ in out)
print(f"universe {len(names)} distinct names, {len(universe)} after excluding the dev set's "
      f"{len(dev)} names; skipped while drawing: {dict(skipped)}; drawn {len(out)}: {dict(c)}",
      file=sys.stderr)
