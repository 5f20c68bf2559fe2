"""Credit lines as Bawaslu editors type them at the end of an article.

Variants seen on the sites: "Editor : X" and "Foto : Y" (one line or two), "Penulis : X" and
"Desain : Humas ...", "Penulis dan Editor : X", "Penulis dan Foto: X" then "Editor:1T" (no
spaces), "Editor / Fotografer : X / Y" pairs, a bare "Humas Bawaslu X" and a "//redd"
sign-off, on its own line or glued to the last sentence ("...tuturnya.//redd"). Only the
trailing paragraphs of a body are read as credits, and only when every line of the paragraph
is a credit line, so a sentence that mentions an editor stays in the body.
"""

from __future__ import annotations

import re

from scrapers.article import Credit

ROLES_BY_WORD = {
    "penulis": "writer",
    "reporter": "writer",
    "pewarta": "writer",
    "kontributor": "writer",
    "teks": "writer",
    "naskah": "writer",
    "editor": "editor",
    "redaktur": "editor",
    "penyunting": "editor",
    "foto": "photo",
    "fotografer": "photo",
    "dokumentasi": "photo",
    "desain": "design",
    "desain grafis": "design",
    "grafis": "design",
}

_ROLE = (
    r"(?:penulis|reporter|pewarta|kontributor|teks|naskah|editor|redaktur|penyunting"
    r"|fotografer|foto|dokumentasi|desain\s+grafis|desain|grafis)"
)
_JOINER = re.compile(r"\s*(?:\bdan\b|dan(?=\w)|&|/|,)\s*", re.IGNORECASE)
"""Between the role words of one label: "Penulis dan Foto", "PenulisdanEditor", "Editor / Foto"."""
_LABEL = re.compile(
    rf"(?:(?<!\w)|(?-i:(?<=[a-z])(?=[A-Z])))({_ROLE}(?:\s*(?:dan|&|/|,)\s*{_ROLE})*)\s*[:：]\s*",
    re.IGNORECASE,
)
"""A role label; the next one may be glued to the previous name ("Nurul HidayahFoto : X")."""
_OFFICE = re.compile(r"(?i:(?:tim\s+)?humas\s+bawaslu)(?:\s+[A-Z][\w.'/-]*){0,4}")
"""A bare office sign-off: "Humas Bawaslu Kabupaten Nganjuk" (capitalised words only)."""
_SIGN_OFF = re.compile(r"//\s*([\w.-]+)")
_GLUED_SIGN_OFF = re.compile(r"(?<=[.!?\"”’)])\s*(//\s*[\w.-]+)\s*$")
"""A sign-off typed straight after the last sentence: "...tuturnya.//redd"."""
_NAME_TRIM = " ,;|/-–—()"


def parse_credit_line(line: str) -> tuple[Credit, ...] | None:
    """The credits on one line, or None when the line is not a credit line."""
    line = line.strip()
    if ":" not in line and "：" not in line and "//" not in line and "umas" not in line:
        return None  # every credit line has a label, a sign-off or the office's name
    if _OFFICE.fullmatch(line):
        return (Credit("author", line),)
    sign_off = _SIGN_OFF.fullmatch(line)
    if sign_off:
        return (Credit("author", sign_off.group(1)),)
    return _labelled_credits(line)


def _labelled_credits(line: str) -> tuple[Credit, ...] | None:
    """ "Penulis : X, Editor : Y" read label by label; None unless the line opens with a label."""
    first = _LABEL.match(line)
    if not first:  # most lines are prose: fail before scanning the whole line
        return None
    colons = line.count(":") + line.count("：")  # each label takes one: with one, no other
    labels = list(_LABEL.finditer(line)) if colons > 1 else [first]
    credits: list[Credit] = []
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        end = following.start() if following else len(line)
        credits.extend(_label_credits(label.group(1), line[label.end() : end]))
    return tuple(credits)


def _label_credits(label: str, names: str) -> list[Credit]:
    """One label's credits; "Editor / Fotografer : A / B" pairs roles and names in order."""
    roles = [_role_of(word) for word in _JOINER.split(label) if word.strip()]
    name = names.strip(_NAME_TRIM)
    if not name:
        return []
    parts = [part.strip(_NAME_TRIM) for part in name.split("/")]
    if len(roles) > 1 and len(parts) == len(roles) and all(parts):
        return [Credit(role, part) for role, part in zip(roles, parts, strict=True)]
    return [Credit(role, name) for role in dict.fromkeys(roles)]


def _role_of(word: str) -> str:
    return ROLES_BY_WORD.get(" ".join(word.lower().split()), "author")


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
    body, printed = paragraphs[:end], paragraphs[end:]
    glued = _GLUED_SIGN_OFF.search(body[-1]) if body and "//" in body[-1] else None
    if glued:
        body = [*body[:-1], body[-1][: glued.start()].rstrip()]
        printed = [glued.group(1), *printed]
        found.append(parse_credit_line(glued.group(1)) or ())
    credits = tuple(credit for block in reversed(found) for credit in block)
    return body, printed, credits
