"""Indonesian election terms and region short names, so a search finds both ways of writing.

Bawaslu's sites write "ASN" and "aparatur sipil negara", "Jatim" and "Jawa Timur" for the same
thing; a journalist types one and expects both. The pairs live in glossary.csv (short form,
long form, kind), edited by people, not code. A word or run of words the search box holds is
matched against both columns and gains the other forms as alternatives.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from archive.textindex import words

GLOSSARY_PATH = Path(__file__).with_name("glossary.csv")

Phrase = tuple[str, ...]


@cache
def glossary() -> dict[Phrase, tuple[Phrase, ...]]:
    """Each form (as its lowercase words) with the other forms it stands for, both ways."""
    others: dict[Phrase, list[Phrase]] = defaultdict(list)
    with GLOSSARY_PATH.open(encoding="utf-8", newline="") as source:
        for row in csv.DictReader(source):
            short, long = tuple(words(row["short"])), tuple(words(row["long"]))
            others[short].append(long)
            others[long].append(short)
    return {form: tuple(dict.fromkeys(alternatives)) for form, alternatives in others.items()}


def longest_form(tokens: Sequence[str], start: int) -> Phrase | None:
    """The longest glossary form that the words from `start` on begin with, if any."""
    entries = glossary()
    longest = max(map(len, entries))
    for size in range(min(longest, len(tokens) - start), 0, -1):
        candidate = tuple(tokens[start : start + size])
        if candidate in entries:
            return candidate
    return None
