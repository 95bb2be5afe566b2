"""The distinct organization names of the reports dataset's CSV conversions, as both labelled
samples draw them (scripts/sample_dev_set.py, scripts/sample_test_set.py): the name columns of
every file, white space collapsed, names ending in ':' (headings) dropped, sorted."""
import csv, glob
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
