"""Credit lines as Bawaslu editors type them at the end of an article.

Variants seen on the sites: "Editor : X" and "Foto : Y" (one line or two), "Penulis : X" and
"Desain : Humas ...", "Penulis dan Editor : X", a bare "Humas Bawaslu X" and a "//redd"
sign-off. Only the trailing paragraphs of a body are read as credits, and only when every line
of the paragraph is a credit line, so a sentence that mentions an editor stays in the body.
"""

from __future__ import annotations

import re

from scrapers.article import Credit

ROLES_BY_LABEL = {
    "penulis dan editor": ("writer", "editor"),
    "penulis": ("writer",),
    "reporter": ("writer",),
    "pewarta": ("writer",),
    "editor": ("editor",),
    "redaktur": ("editor",),
    "penyunting": ("editor",),
    "foto": ("photo",),
    "fotografer": ("photo",),
    "desain": ("design",),
    "desain grafis": ("design",),
}

_LABEL = re.compile(
    r"(?<!\w)(penulis\s*(?:dan|&)\s*editor|penulis|reporter|pewarta|editor|redaktur|penyunting"
    r"|fotografer|foto|desain\s+grafis|desain)\s*[:：]\s*",
    re.IGNORECASE,
)
_OFFICE = re.compile(r"(?i:(?:tim\s+)?humas\s+bawaslu)(?:\s+[A-Z][\w.'/-]*){0,4}")
"""A bare office sign-off: "Humas Bawaslu Kabupaten Nganjuk" (capitalised words only)."""
_SIGN_OFF = re.compile(r"//\s*([\w.-]+)")
_NAME_TRIM = " ,;|/-–—()"


def parse_credit_line(line: str) -> tuple[Credit, ...] | None:
    """The credits on one line, or None when the line is not a credit line."""
    line = line.strip()
    if _OFFICE.fullmatch(line):
        return (Credit("author", line),)
    sign_off = _SIGN_OFF.fullmatch(line)
    if sign_off:
        return (Credit("author", sign_off.group(1)),)
    return _labelled_credits(line)


def _labelled_credits(line: str) -> tuple[Credit, ...] | None:
    """ "Penulis : X, Editor : Y" read label by label; None unless the line opens with a label."""
    labels = list(_LABEL.finditer(line))
    if not labels or labels[0].start() != 0:
        return None
    credits: list[Credit] = []
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        end = following.start() if following else len(line)
        name = line[label.end() : end].strip(_NAME_TRIM)
        roles = ROLES_BY_LABEL[" ".join(label.group(1).lower().replace("&", " dan ").split())]
        if name:
            credits.extend(Credit(role, name) for role in roles)
    return tuple(credits)


def parse_credit_block(paragraph: str) -> tuple[Credit, ...] | None:
    """The credits of a paragraph whose every line is a credit line, else None."""
    credits: list[Credit] = []
    for line in paragraph.splitlines():
        parsed = parse_credit_line(line)
        if parsed is None:
            return None
        credits.extend(parsed)
    return tuple(credits)


def split_credits(paragraphs: list[str]) -> tuple[list[str], list[str], tuple[Credit, ...]]:
    """(body paragraphs, credit paragraphs as printed, credits) from a body's paragraphs."""
    end = len(paragraphs)
    found: list[tuple[Credit, ...]] = []
    while end > 0:
        credits = parse_credit_block(paragraphs[end - 1])
        if credits is None:
            break
        found.append(credits)
        end -= 1
    credits = tuple(credit for block in reversed(found) for credit in block)
    return paragraphs[:end], paragraphs[end:], credits
