"""Throughput of parse_article against trafilatura on the gold pages, single process, one run.

Every extractor reads the same pages for at least `--seconds` of wall time, whole passes over
the set. parse_article gets the bytes as fetched (decoding is part of its work); trafilatura is
timed on the bytes and, more favourably to it, on text decoded outside the clock, because its own
charset detection on bytes costs it about ten times more. A bare parse (selectolax/Lexbor and
lxml) is timed for reference.

Usage: python bench/bench_extract.py [--seconds S]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html
from selectolax.lexbor import LexborHTMLParser
from trafilatura import bare_extraction

from scrapers.article import ExtractionError
from scrapers.extract import decode_html, parse_article

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold"
Page = tuple[bytes, str, str | None]  # html, URL, HTTP charset
DECODED: dict[bytes, str] = {}


def load_pages() -> list[Page]:
    """(html bytes, URL, HTTP charset) of every gold page."""
    pages = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        html = path.with_suffix(".html").read_bytes()
        pages.append((html, expected["url"], expected.get("http_charset")))
    return pages


def project(page: Page) -> None:
    with contextlib.suppress(ExtractionError):  # the non-article pages
        parse_article(page[0], page[1], http_charset=page[2])


def trafilatura(page: Page) -> None:
    bare_extraction(page[0], url=page[1], with_metadata=True)


def trafilatura_on_text(page: Page) -> None:
    """trafilatura at its fastest: handed text decoded beforehand, outside the clock."""
    bare_extraction(DECODED[page[0]], url=page[1], with_metadata=True)


def bare_lexbor(page: Page) -> None:
    LexborHTMLParser(decode_html(page[0], page[2]))


def bare_lxml(page: Page) -> None:
    lxml.html.document_fromstring(page[0])


def pages_per_second(extract: Callable[[Page], None], pages: list[Page], seconds: float) -> float:
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds or not done:
        for page in pages:
            extract(page)
        done += len(pages)
    return done / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per extractor")
    seconds = parser.parse_args().seconds
    pages = load_pages()
    size = sum(len(page[0]) for page in pages) / len(pages) / 1024
    print(f"{len(pages)} gold pages, {size:.1f} KiB on average, {seconds:g} s per extractor\n")
    DECODED.update((page[0], decode_html(page[0], page[2])) for page in pages)
    rates = {}
    for name, extract in (
        ("parse_article (bytes)", project),
        ("trafilatura (bytes)", trafilatura),
        ("trafilatura (decoded text)", trafilatura_on_text),
        ("bare decode+parse: selectolax", bare_lexbor),
        ("bare parse: lxml", bare_lxml),
    ):
        rates[name] = pages_per_second(extract, pages, seconds)
        print(f"{name:<30}{rates[name]:>10.0f} pages/s{1000 / rates[name]:>10.3f} ms/page")
    print()
    for other in ("trafilatura (bytes)", "trafilatura (decoded text)"):
        ratio = rates["parse_article (bytes)"] / rates[other]
        print(f"parse_article / {other}: {ratio:.1f}x")


if __name__ == "__main__":
    main()
