#!/usr/bin/env python3
"""Draws the focus-area DEVELOPMENT set's second drawing (appended to
server/data/focus_dev_set/labels.tsv, then labelled by hand).

Purpose: more minority and human-rights names to tune the rules on, without touching the
held-out set (server/data/focus_test_set/). Only the held-out set's names.tsv is read (names
only), to exclude its names; its labels are not read.

Reproducible: the same distinct-name universe as scripts/sample_dev_set.py and
scripts/sample_test_set.py (scripts/steinert_names.py: the name columns of every CSV of
../shared/ecosoc_status_steinert/csv, white space collapsed, names ending in ':' dropped,
sorted), MINUS every name of the development set's labels.tsv as it stood before this drawing
(its first 330 rows) and every name of the held-out set's names.tsv. Then sampled with seed
20261208, each part a seeded shuffle of its pool from which the first k acceptable names are
taken:
  random-2                  60 names, uniformly;
  enriched-minority-2      110 from a wide multilingual search for peoples, communities and
                               minorities (general words and ethnonyms worldwide);
  enriched-human_rights-2   60 from a wide multilingual search for human rights in general,
                               civil liberties, justice, freedom, torture, prisoners, ...
A name is not acceptable if it was drawn already, or if it is a spelling variant (variant(),
scripts/steinert_names.py) of a dev-set name, of a held-out name or of a name
already drawn, or if it is listed in SAME_ORGANIZATION (another name, found by reading, of an
organization in either set). So this drawing shares no organization spelling with either set.

Usage: python3 scripts/sample_dev_set_2.py [csv_dir] > /tmp/dev2_names.tsv
(pool sizes and counts per part on stderr). The names are then labelled by hand and appended
to server/data/focus_dev_set/labels.tsv; the labeller does not look at the classifier, its
rules file or the held-out labels.
"""
import csv, random, re, sys
from collections import Counter
from pathlib import Path

from steinert_names import distinct_names, key, variant

SEED = 20261208
DEV_ROWS_BEFORE = 330  # the dev set's rows before this drawing was appended
here = Path(__file__).resolve().parent.parent
root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/ecosoc_status_steinert/csv")
dev_labels = here / "server/data/focus_dev_set/labels.tsv"
test_names = here / "server/data/focus_test_set/names.tsv"

names = distinct_names(root)


def read_names(path, limit=None):
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    return [r["name"] for r in rows[:limit]]


dev = read_names(dev_labels, DEV_ROWS_BEFORE)
test = read_names(test_names)
excluded = set(dev) | set(test)
excluded_keys = [key(n) for n in dev + test]
universe = [n for n in names if n not in excluded]

# Other names (a renaming, a translation) of an organization already in the dev set or the
# held-out set, which variant() cannot see. Found by reading this drawing's names against
# both sets' names (the held-out set's names.tsv only); skipped like variants.
SAME_ORGANIZATION = {
    "Inuit Circumpolar Council": "held-out: Inuit Circumpolar Conference (special; 1983)",
    "International Council for Human Rights":
        "held-out: Le Conseil international pour les droits de l'homme (probably the same)",
    "International Institute of Higher Studies in Criminal Sciences (special, 1989)":
        "dev: Siracusa International Institute for Criminal Justice and Human Rights",
    "Forum européen pour les Roms et les gens du voyage": "dev: European Roma and Travellers Forum",
}

rng = random.Random(SEED)
drawn_keys, out = [], []
skipped = Counter()


def take(part, pool, k):
    """A seeded shuffle of the pool, then the first k names that are neither a variant of a
    dev-set or held-out name nor a variant of a name already drawn."""
    picked = []
    for n in rng.sample(pool, len(pool)):
        if len(picked) == k:
            break
        kn = key(n)
        if n in SAME_ORGANIZATION:
            skipped["another name of a dev-set or held-out organization"] += 1
            continue
        if any(variant(kn, d) for d in excluded_keys):
            skipped["variant of a dev-set or held-out name"] += 1
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


MINORITY = (
    # general words, several languages
    r"minorit", r"minorías?\b", r"minderheit", r"minoranz", r"mniejszo", r"меньшинств",
    r"indigen", r"indígena", r"ind[ií]genas?\b", r"autochton", r"originari", r"\bnativ[eo]s?\b",
    r"tribal", r"\btribes?\b", r"\btribu", r"first nations?", r"first peoples?", r"aborig",
    r"urfolk", r"alkuperäis", r"inheems", r"of colou?r", r"de colou?r", r"diaspor",
    r"\bethnic", r"\bethnie", r"ethnique", r"\b[eé]tni", r"\bethno", r"nationalities",
    r"national[- ]cultural", r"ethnocultur", r"multi-?ethnic", r"inter-?ethnic", r"plurinacional",
    r"plurinational", r"unrepresented", r"self-determination", r"autodetermina",
    r"\bpeoples\b", r"\bpueblos?\b", r"\bpeuples?\b", r"\bpovos?\b", r"\bvölker",
    r"racis", r"racial", r"\brace\b", r"\braza\b", r"xenophob", r"antisemit", r"islamophob",
    r"apartheid", r"linguisti", r"lingü[ií]stic", r"language rights", r"mother tongue",
    r"langue maternelle", r"lengua materna", r"persecut",
    # caste
    r"dalit", r"\bcastes?\b", r"untouchab", r"ambedkar", r"bahujan", r"valmiki", r"harijan",
    r"scheduled (caste|tribe)", r"buraku",
    # religious communities that are minorities in most places
    r"ahmadi", r"bah[aá].?[ií]\b", r"\bcopt", r"yazid", r"ezid", r"\bdruze", r"\bsikh",
    r"alevi", r"zoroastr", r"\bparsi", r"mandae", r"shabak", r"jewish", r"\bjuif", r"\bjuive",
    r"jüdisch", r"\bjud[ií][oa]s?\b", r"hebrew", r"hadassah", r"b.nai b.rith", r"rastafari",
    r"muslim communit", r"\bmuslims (of|in)\b", r"\b(american|european|british|indian|canadian)[- ]muslim",
    r"christians? (of|in) the (middle east|orient)", r"middle east(ern)? christian",
    r"eastern christian", r"hindus? (american|council|minorit)",
    # Middle East, Caucasus, Central Asia
    r"assyri", r"chaldea", r"syriac", r"aramea", r"\bkurd", r"armenia", r"turkmen",
    r"turkoman", r"ahwaz", r"ahvaz", r"azerbaijani", r"\bazeri", r"bedouin", r"circassian",
    r"adyghe", r"chechen", r"ingush", r"abkhaz", r"ossetia", r"lezgi", r"tatar", r"crimea",
    r"hazara", r"pashtun", r"pakhtun", r"balo[cu]h", r"sindh", r"kashmir", r"muhajir",
    r"mohajir", r"u[iy]gh?ur", r"turkestan", r"turkistan", r"tibet", r"(inner|southern) mongolia", r"\bmongols\b",
    r"\bkazakhs\b",
    # Europe and the North
    r"\broma\b", r"\bromani\b", r"\brom\b", r"\broms\b", r"\brroma", r"gypsy", r"gypsies",
    r"gitan", r"tsigan", r"tzigan", r"zigeuner", r"cigan", r"sinti", r"traveller", r"yenish",
    r"jenisch", r"\bsa+mi\b", r"sámi", r"sorb", r"frisian", r"basque", r"euskal", r"catalan",
    r"breton", r"occitan", r"welsh", r"gaelic", r"romansh", r"aromanian", r"\bvlach",
    r"pomak", r"rusyn", r"ruthen", r"gagauz", r"karaim", r"karaite", r"finno-?ugric",
    r"small[- ]numbered", r"numerically small", r"northern peoples", r"inuit", r"\binuk",
    r"greenland", r"russian[- ]speaking", r"russophone", r"russian communit",
    r"compatriots", r"nenets", r"khanty", r"evenk", r"buryat", r"yakut", r"\bsakha\b", r"kalmyk",
    # South and Southeast Asia
    r"adivasi", r"janajati", r"tharu", r"madhes", r"\bnaga\b", r"nagaland", r"\bkuki\b",
    r"\bmizo", r"\bbodo\b", r"manipur", r"santal", r"\bjumma\b", r"chakma", r"chittagong hill",
    r"\btamil", r"thamil", r"eelam", r"rohingya", r"arakan", r"rakhine", r"\bkaren\b",
    r"karenni", r"kachin", r"\bshan\b", r"\bchin\b", r"montagnard", r"\bdegar\b",
    r"khmer krom", r"hmong", r"\bcham\b", r"orang asli", r"dayak", r"igorot", r"cordillera",
    r"lumad", r"bangsamoro", r"\bmoro\b", r"\bainu\b", r"ryukyu", r"okinawa",
    # Africa
    r"berber", r"amazigh", r"imazighen", r"kabyl", r"tuareg", r"touareg", r"sahrawi",
    r"saharaoui", r"saharaui", r"western sahara", r"nubia", r"darfur", r"\bnuba\b", r"oromo",
    r"ogaden", r"\bafar\b", r"sidama", r"anuak", r"batwa", r"\btwa\b", r"pygm", r"\bbaka\b",
    r"mbuti", r"maa?sai", r"samburu", r"ogiek", r"endorois", r"sengwer", r"pastoralist",
    r"\bnomad", r"basarwa", r"\bsan people", r"bushm", r"khoi", r"khoe", r"griqua", r"herero",
    r"mbororo", r"fulani", r"\bpeul", r"ogoni", r"\bijaw", r"\bigbo\b", r"biafra", r"anglophone",
    r"ambazonia", r"southern cameroon", r"banyamulenge",
    # the Americas and the Pacific
    r"\bafro", r"afri(c|k)an[oa]?s?[- ]desc", r"afrodesc", r"african descent",
    r"ascendance africaine", r"ascendencia africana", r"\bnegr[oa]s?\b", r"\bnoir(e)?s\b",
    r"\bblack\b", r"quilombo", r"palenque", r"raizal", r"garifuna", r"maroon", r"cimarr",
    r"(?<!am[eé]rica )\blatin[oa]s?\b(?![- ]?americ)", r"hispanic", r"chican[oa]", r"african heritage",
    r"\b(african|afro|asian|arab|muslim|jewish|hindu|sikh|chinese|sino|japanese|korean|filipino|"
    r"vietnamese|indian|pakistani|bangladeshi|iranian|persian|armenian|greek|italian|irish|"
    r"polish|ukrainian|lebanese|syrian|palestinian|haitian|mexican|cuban|puerto rican|"
    r"dominican|somali|ethiopian|nigerian|ghanaian|native|turkish|albanian|serbian|"
    r"croatian)[- ](americans?|canadians?|australians?|british)\b",
    r"american indian", r"\bindians\b", r"premi[eè]res? nations", r"primeras naciones",
    r"indian (tribe|nation|country|law|affairs|council|treat)", r"alaska native", r"hawai",
    r"navajo", r"\bdiné\b", r"lakota", r"dakota", r"sioux", r"cherokee", r"apache", r"\bhopi\b",
    r"oneida", r"mohawk", r"haudenosaunee", r"iroquois", r"\bcree\b", r"ojibw", r"anishina",
    r"chippewa", r"mi.kmaq", r"\binnu\b", r"\bdene\b", r"tlingit", r"haida", r"yup.?ik",
    r"inupiat", r"aleut", r"m[eé]tis\b", r"\bmaya", r"\bnahua", r"náhuatl", r"zapotec",
    r"mixtec", r"\bmixe\b", r"otom[ií]", r"tzotzil", r"tzeltal", r"quechua", r"kichwa",
    r"aymara", r"mapuche", r"guaran[ií]\b", r"way[uú]u", r"\bshuar", r"ash[aá]ninka",
    r"yanomam", r"kayap[oó]", r"\bguna\b", r"\bkuna\b", r"miskit", r"lenca", r"xinca",
    r"q.eqchi", r"maori", r"torres strait", r"\bkoori", r"\bmurri\b", r"noongar", r"yolngu", r"wiradjuri",
    r"\bkaurna", r"peramangk", r"pacific islander", r"kanak", r"papua",
    r"chamorro", r"chamoru", r"rapa nui", r"m[aā]ohi",
)

HUMAN_RIGHTS = (
    r"human rights", r"droits (de l.homme|humains|fondamentaux)", r"\bdroits?\b", r"derechos",
    r"direitos", r"diritti", r"menschenrecht", r"grundrecht", r"bürgerrecht", r"\brechte",
    r"mänskliga rättigheter", r"menneskerett", r"menneskeret", r"ihmisoikeu", r"mensenrecht",
    r"prawa człowieka", r"ljudska prava", r"права человека", r"insan hak", r"hak asasi",
    r"inimõigus", r"\brights\b", r"civil liberties", r"civil rights", r"libertés? civil",
    r"libert", r"freedom", r"freiheit", r"liberdade", r"\bliberty", r"democra", r"d[eé]mocra",
    r"demokra", r"election", r"[eé]lectora", r"torture", r"tortura", r"folter", r"justice",
    r"justicia", r"justi[çc]a", r"giustizia", r"gerechtigkeit", r"impunit", r"accountab",
    r"rule of law", r"[eé]tat de droit", r"estado de derecho", r"rechtsstaat",
    r"transitional justice", r"truth", r"verdad", r"v[eé]rit[eé]", r"disappear", r"desaparec",
    r"disparu", r"prisoner", r"prisonnier", r"\bpresos?\b", r"prison", r"detain", r"d[eé]tenu",
    r"detenid", r"detention", r"death penalty", r"peine de mort", r"pena de muerte",
    r"abolition", r"habeas", r"fair trial", r"free speech", r"expression", r"press freedom",
    r"journalist", r"reporters", r"censor", r"defenders?\b", r"d[eé]fenseur", r"defensor",
    r"amnest", r"amnist", r"ombud", r"genocid", r"g[eé]nocid", r"crimes against humanity",
    r"war crimes", r"atrocit", r"international criminal", r"legal aid", r"aide juridique",
    r"assistance (juridique|judiciaire)", r"access to justice", r"acc[eè]s [aà] la justice",
    r"acceso a la justicia", r"lawyers", r"avocats", r"abogad", r"advogad", r"jurist",
    r"dignit", r"dignid", r"discriminat", r"equality", r"[eé]galit[eé]", r"igualdad",
    r"igualdade", r"civic", r"citizens?.? rights", r"watch\b",
)

take("random-2", universe, 60)
take("enriched-minority-2", grep(*MINORITY), 110)
take("enriched-human_rights-2", grep(*HUMAN_RIGHTS), 60)

w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
w.writerow(["part", "name"])
for part, name in out:
    w.writerow([part, name])
c = Counter(p for p, _ in out)
print(f"universe {len(names)} distinct names, {len(universe)} after excluding the dev set's "
      f"{len(dev)} and the held-out set's {len(test)} names; skipped while drawing: "
      f"{dict(skipped)}; drawn {len(out)}: {dict(c)}", file=sys.stderr)
