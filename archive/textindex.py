"""How the archive's text is indexed: words as FTS5 splits them, and their Indonesian stems.

Cheap to import (no NumPy, no MinHash): the web search needs these rules and nothing else of
the store. The store writes `articles_fts_stemmed` and `word_stems` with them; the search reads
the same tables with the same rules, so a query word and an archived word meet on one stem.
"""

from __future__ import annotations

import re

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

SEARCH_COLUMNS = ("title", "lead", "body")
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"
STEMMED_FTS = "articles_fts_stemmed"
STEMMED_COLUMNS = ("title_stems", "text_stems")
WORD = re.compile(r"[^\W_]+")
"""A word as FTS5's unicode61 tokenizer sees one: letters and digits, nothing else."""

_SASTRAWI = StemmerFactory().create_stemmer()  # caches the stem of every word it has seen
_STEMS: dict[str, str] = {}  # word -> stem_word(word); bounded by the language's vocabulary


def words(text: str) -> list[str]:
    """The lowercase words of a text, split where FTS5's unicode61 tokenizer splits."""
    return WORD.findall(text.lower())


def stem_word(word: str) -> str:
    """The Indonesian stem of a lowercase word ("pengawasan" -> "awas"); numbers stay as is.

    Memoised here: Sastrawi's own cache still normalises the word with two regexes per call.
    """
    stem = _STEMS.get(word)
    if stem is None:
        stem = _STEMS[word] = _stem_uncached(word)
    return stem


def _stem_uncached(word: str) -> str:
    if not word.isalpha():
        return word
    stem = _SASTRAWI.stem(word)
    return stem if stem.isalnum() else word


def stem_text(text: str) -> str:
    return " ".join(stem_word(word) for word in words(text))
