"""Crawl records as JSON text, for the Redis queue between crawl workers and the one loader.

What the spider yields are frozen dataclasses of strings, numbers, dates, tuples and nested
records (`Article` holds `Credit`, `Image`, `DateClue` and `ArticleDate`). Each is written as
its class path and its fields, and rebuilt from the class's type hints, so that
`decode(encode(record))` gives back an equal record: JSON alone would turn tuples into lists
and lose the types. Only classes of the `scrapers` package can be named, so a queue entry
cannot make the loader import arbitrary code.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import types
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

TRUSTED_PACKAGE = "scrapers"


class CodecError(ValueError):
    """A queue entry that does not describe a record of this project."""


@dataclass(frozen=True, slots=True)
class Envelope:
    """A record and when the worker captured it (UTC)."""

    record: Any
    captured_at: datetime


def encode(record: Any, captured_at: datetime | None = None) -> str:
    """One record as a JSON document, stamped with its capture time (default: now)."""
    cls = type(record)
    if not dataclasses.is_dataclass(record) or not cls.__module__.startswith(TRUSTED_PACKAGE):
        raise CodecError(f"not a crawl record: {cls.__qualname__}")
    document = {
        "type": f"{cls.__module__}:{cls.__qualname__}",
        "captured_at": (captured_at or datetime.now(UTC)).isoformat(),
        "fields": _plain(record),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def encode_item(record: Any) -> str:
    """`encode` as the one-argument serializer that scrapy-redis's item pipeline calls."""
    return encode(record)


def decode(text: str | bytes) -> Envelope:
    """The record and capture time that `encode` wrote."""
    try:
        document = json.loads(text)
        cls = _record_class(document["type"])
        captured_at = datetime.fromisoformat(document["captured_at"])
        return Envelope(_rebuild(cls, document["fields"]), captured_at)
    except (KeyError, TypeError, ValueError) as error:
        raise CodecError(f"unreadable queue entry: {error}") from error


def _plain(value: Any) -> Any:
    """JSON-ready data: records become objects, tuples lists, dates ISO text."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(element) for element in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rebuild(hint: Any, value: Any) -> Any:
    """`value` (from JSON) as an instance of the type `hint`."""
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (member,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _rebuild(member, value)
    if origin is tuple:
        element = typing.get_args(hint)[0]
        return tuple(_rebuild(element, item) for item in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = _field_hints(hint)
        return hint(**{name: _rebuild(hints[name], item) for name, item in value.items()})
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return date.fromisoformat(value)
    return value


@functools.cache
def _field_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _record_class(path: str) -> type:
    module_name, _, qualname = path.partition(":")
    if module_name.split(".")[0] != TRUSTED_PACKAGE:
        raise CodecError(f"not a crawl record: {path}")
    cls = getattr(importlib.import_module(module_name), qualname, None)
    if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
        raise CodecError(f"not a crawl record: {path}")
    return cls
