"""What the article page shows beyond the text: photos, attachments and a diff of revisions.

Images and attachments are stored as JSON in the article's row; here they become what a
reader needs (a caption, a file's name and type). Two versions are compared word by word,
so a changed figure or name stands out in a long release; every word is escaped before it
is marked.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from markupsafe import Markup, escape

FILE_TYPES = {
    "pdf": "PDF",
    "doc": "DOC",
    "docx": "DOCX",
    "xls": "XLS",
    "xlsx": "XLSX",
    "ppt": "PPT",
    "pptx": "PPTX",
    "odt": "ODT",
    "ods": "ODS",
    "csv": "CSV",
    "zip": "ZIP",
    "rar": "RAR",
    "jpg": "JPG",
    "jpeg": "JPG",
    "png": "PNG",
}
_TOKEN = re.compile(r"\n{2,}|\S+")


@dataclass(frozen=True, slots=True)
class Photo:
    url: str
    alt: str
    caption: str


@dataclass(frozen=True, slots=True)
class Attachment:
    url: str
    name: str
    kind: str  # "PDF", "DOCX", ...; "Berkas" when the name tells nothing


def photos(images_json: str | None) -> list[Photo]:
    """The article's photos, hotlinked at their original address; web-safe URLs only."""
    images = json.loads(images_json or "[]")
    return [
        Photo(image["url"], image.get("alt") or "", image.get("caption") or "")
        for image in images
        if urlsplit(image.get("url") or "").scheme in ("http", "https")
    ]


def attachments(attachments_json: str | None) -> list[Attachment]:
    """The documents the article links, named by their file name."""
    urls = json.loads(attachments_json or "[]")
    return [_attachment(url) for url in urls if urlsplit(url).scheme in ("http", "https")]


def _attachment(url: str) -> Attachment:
    name = unquote(PurePosixPath(urlsplit(url).path).name) or url
    extension = PurePosixPath(name).suffix.lstrip(".").lower()
    return Attachment(url, name, FILE_TYPES.get(extension, "Berkas"))


def word_diff(old: str, new: str) -> Markup:
    """`new` against `old`, word by word: removed words in <del>, added ones in <ins>.

    Paragraph breaks count as tokens, so a moved paragraph shows where it went; shown in a
    block with `white-space: pre-wrap`, they stay paragraph breaks.
    """
    before, after = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts: list[str] = []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed = " ".join(before[old_start:old_end])
        added = " ".join(after[new_start:new_end])
        if operation == "equal":
            parts.append(str(escape(added)))
            continue
        if removed:
            parts.append(f"<del>{escape(removed)}</del>")
        if added:
            parts.append(f"<ins>{escape(added)}</ins>")
    return Markup(" ".join(parts).replace(" \n", "\n").replace("\n ", "\n"))


def changed(old: str | None, new: str | None) -> bool:
    return (old or "").split() != (new or "").split()
