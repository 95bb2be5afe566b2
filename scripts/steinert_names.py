"""The distinct organization names of the reports dataset's CSV conversions, as the labelled
samples draw them (scripts/sample_dev_set.py, sample_test_set.py, sample_dev_set_2.py): the
name columns of every file, white space collapsed, names ending in ':' (headings) dropped,
sorted; and the spelling-variant test the later samples use to keep their names apart."""
import csv, glob, re, unicodedata
from difflib import SequenceMatcher
from pathlib import Path

NAME_COLUMNS = ("NGO_name", "Old_name", "New_name", "Old_name1", "Old_name2")


def distinct_names(root: Path) -> list:
    names = set()
    for f in glob.glob(str(root / "*.csv")):
        for row in csv.DictReader(open(f, encoding="utf-8")):
            for col in NAME_COLUMNS:
                value = " ".join((row.get(col) or "").split())
                if value and not value.endswith(":"):
                    names.add(value)
    return sorted(names)


def key(name):
    """Spelling-variant key: case, accents, parenthesised parts, a leading 'The' and
    everything but letters and digits ignored."""
    s = re.sub(r"\([^)]*\)", " ", name)
    s = unicodedata.normalize("NFKD", s.casefold())
    s = re.sub(r"^\W*the\s+", "", s)
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


def variant(a, b):
    """Two keys name the same organization, probably: equal, one inside the other with at
    most 12 characters more (an acronym, 'Inc.', a place), or near-identical spelling."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) <= 12 and len(short) >= 12 and short in long_:
        return True
    return (min(len(a), len(b)) >= 20
            and SequenceMatcher(None, a, b).quick_ratio() >= 0.94
            and SequenceMatcher(None, a, b).ratio() >= 0.94)
