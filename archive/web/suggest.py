"""What to try when a search finds little: a spelling the archive knows, and looser searches.

"Did you mean" comes from the archive's own vocabulary (`word_stems` holds every archived
word): the words one or two edits away from a word no article contains, the most frequent
first. Nothing is corrected silently; the reader gets a link.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from datasette.database import Database

from archive.web.search import FILTER_NAMES, SearchQuery

MAX_EDITS = 2
CANDIDATE_ROWS = 5_000
FREQUENCY_CAP = 10_000
RANKED_CANDIDATES = 8
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
KNOWN_WORDS = "SELECT word FROM word_stems WHERE word IN (SELECT value FROM json_each(:words))"
NEAR_WORDS = f"""
SELECT word FROM word_stems WHERE word >= :low AND word < :high
AND length(word) BETWEEN :shortest AND :longest LIMIT {CANDIDATE_ROWS}
"""
FREQUENCY = (
    "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH :word"
    f" LIMIT {FREQUENCY_CAP})"
)
_EXCLUSION = re.compile(r'(?:(?<!\S)-|\bNOT\s+)(?:"[^"]*"?|\S+)')


@dataclass(frozen=True)
class Tip:
    """One looser search to try, in Indonesian and English, with its link."""

    label: str
    label_en: str
    href: str


def search_href(query: SearchQuery, *, text: str | None = None, **changes: str | int) -> str:
    """The search page for this query with its text or some arguments changed ("" drops)."""
    args = {
        "q": query.text if text is None else text,
        **query.filters,
        "order": query.order if query.order != "relevance" else "",
        **changes,
    }
    return "/search?" + urlencode({name: value for name, value in args.items() if value})


async def did_you_mean(db: Database, query: SearchQuery) -> tuple[str, str] | None:
    """The query with each word unknown to the archive replaced by its likeliest spelling,
    and the link to search it; None when every word is known or nothing close is."""
    typed = query.terms.plain_words
    if not typed:
        return None
    rows = (await db.execute(KNOWN_WORDS, {"words": json.dumps(typed)})).rows
    known = {row["word"] for row in rows}
    text = query.text
    for word in typed:
        if word in known or not word.isalpha() or len(word) < 3:
            continue
        if spelling := await _likeliest(db, word):
            text = re.sub(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", spelling, text)
    if text == query.text:
        return None
    return text, search_href(query, text=text, page="")


async def _likeliest(db: Database, word: str) -> str | None:
    """The archived word fewest edits away, the most frequent among equals."""
    candidates = {
        row["word"]
        for row in (
            await db.execute(KNOWN_WORDS, {"words": json.dumps(sorted(one_edit_away(word)))})
        ).rows
    }
    prefix = word[:2]
    near = await db.execute(
        NEAR_WORDS,
        {
            "low": prefix,
            "high": prefix[:-1] + chr(ord(prefix[-1]) + 1),
            "shortest": len(word) - MAX_EDITS,
            "longest": len(word) + MAX_EDITS,
        },
    )
    candidates |= {row["word"] for row in near.rows}
    distances = {
        candidate: distance
        for candidate in candidates
        if (distance := edit_distance(word, candidate)) <= MAX_EDITS
    }
    if not distances:
        return None
    closest = min(distances.values())
    ranked = sorted(candidate for candidate, d in distances.items() if d == closest)
    frequencies = {
        candidate: (await db.execute(FREQUENCY, {"word": f'"{candidate}"'})).single_value()
        for candidate in ranked[:RANKED_CANDIDATES]
    }
    best = max(frequencies, key=lambda candidate: (frequencies[candidate], -len(candidate)))
    return best if frequencies[best] else None


def one_edit_away(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion from the word."""
    splits = [(word[:cut], word[cut:]) for cut in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    transposes = {
        left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1
    }
    replaces = {left + letter + right[1:] for left, right in splits if right for letter in ALPHABET}
    inserts = {left + letter + right for left, right in splits for letter in ALPHABET}
    return (deletes | transposes | replaces | inserts) - {word}


def edit_distance(first: str, second: str) -> int:
    """Optimal string alignment distance: insertions, deletions, replacements and swaps of
    two neighbouring letters each count one. Stops early past MAX_EDITS."""
    if abs(len(first) - len(second)) > MAX_EDITS:
        return MAX_EDITS + 1
    before: list[int] = []
    previous = list(range(len(second) + 1))
    for i, left in enumerate(first, 1):
        current = [i]
        for j, right in enumerate(second, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left != right))
            if i > 1 and j > 1 and left == second[j - 2] and first[i - 2] == right:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > MAX_EDITS:
            return MAX_EDITS + 1
        before, previous = previous, current
    return previous[-1]


def looser_searches(query: SearchQuery) -> list[Tip]:
    """Searches likelier to find something: without a filter, quotes or exclusions, or with
    any one of the words instead of all."""
    terms = query.terms
    tips = [
        Tip(
            f"tanpa saringan {FILTER_NAMES[name]}",
            f"without the {name} filter",
            search_href(query, **{name: "", "page": ""}),
        )
        for name in query.filters
    ]
    if terms.phrases:
        tips.append(
            Tip(
                "tanpa tanda kutip",
                "without the quotes",
                search_href(query, text=query.text.replace('"', ""), page=""),
            )
        )
    if terms.excluded:
        loose = " ".join(_EXCLUSION.sub(" ", query.text).split())
        tips.append(
            Tip(
                "tanpa pengecualian",
                "without the exclusions",
                search_href(query, text=loose, page=""),
            )
        )
    if len(terms.groups) > 1:
        any_word = " OR ".join(
            term.text if not term.exact else f'"{term.text}"'
            for group in terms.groups
            for term in group[:1]
        )
        tips.append(
            Tip(
                "salah satu kata saja",
                "any one of the words",
                search_href(query, text=any_word, page=""),
            )
        )
    return tips
