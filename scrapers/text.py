"""Text hygiene: the one place where extracted strings are normalised.

Every field the archive stores goes through these functions, so a title, a paragraph or a
credit line compares equal however the editor's CMS spaced it: NBSP and tabs become spaces,
zero-width characters disappear, runs of spaces collapse, and Unicode is NFC-composed.
Typographic quotes, dashes and accented letters are content and are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
"""Zero-width space/joiners, word joiner, BOM and soft hyphen: never visible, never content."""


def clean_line(text: str) -> str:
    """One line: invisible characters dropped, any whitespace run as one space, NFC."""
    if not text.isascii():  # ASCII has nothing invisible or decomposed: skip the costly steps
        text = unicodedata.normalize("NFC", INVISIBLE.sub("", text))
    return " ".join(text.split())  # str.split() breaks on exactly what `\s` matches, faster


def clean_lines(text: str) -> str:
    """Several lines (e.g. split by `<br>`): each line cleaned, empty lines dropped."""
    if "\n" not in text and "\r" not in text:
        return clean_line(text)
    lines = (clean_line(line) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraphs separated by exactly one blank line, empty ones dropped."""
    cleaned = (clean_lines(paragraph) for paragraph in paragraphs)
    return "\n\n".join(paragraph for paragraph in cleaned if paragraph)
