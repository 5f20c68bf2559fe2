"""Re-theme a page: the markup changes a site's new theme would bring, its text kept.

Used by the property tests (tests/test_retheme_properties.py) and checked on its own in
tests/test_unseen_corpus.py. It works on the standard-library tree of markup_tree.py, so the
rewrite never goes through the project's parser.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from hypothesis import strategies as st
from markup_tree import Element, parse, serialize, visible_text

INLINE = {"a", "b", "strong", "em", "i", "u", "span", "sup", "sub", "br", "font"}


@dataclass(frozen=True)
class Retheme:
    classes: str  # keep | rename | strip
    salt: str
    depth: int  # wrappers put around the body's children
    wrapper: str  # div | section
    br_paragraphs: bool
    layout_table: bool


RETHEMES = st.builds(
    Retheme,
    classes=st.sampled_from(["keep", "rename", "strip"]),
    salt=st.text("abcdefgh", min_size=1, max_size=4),
    depth=st.integers(0, 3),
    wrapper=st.sampled_from(["div", "section"]),
    br_paragraphs=st.booleans(),
    layout_table=st.booleans(),
)


def renamed(value: str, salt: str) -> str:
    return " ".join(
        "t" + hashlib.sha1((salt + token).encode()).hexdigest()[:6] for token in value.split()
    )


def restyle_attributes(root: Element, classes: str, salt: str) -> None:
    for element in root.walk():
        if classes == "strip":
            element.attrs = [(k, v) for k, v in element.attrs if k not in ("class", "id")]
        elif classes == "rename":
            element.attrs = [
                (k, renamed(v, salt) if k in ("class", "id") and v else v) for k, v in element.attrs
            ]


def body_container(root: Element) -> Element | None:
    """The element holding most of the body's paragraphs or bare text lines directly."""

    def direct_paragraphs(element: Element) -> int:
        paragraphs = sum(child.tag == "p" for child in element.elements())
        lines = sum(
            isinstance(child, str) and len(child.strip()) > 40 for child in element.children
        )
        return paragraphs + lines

    best = max(root.walk(), key=direct_paragraphs)
    return best if direct_paragraphs(best) >= 2 else None


def is_plain_paragraph(node: Element | str) -> bool:
    """A <p> of inline text that is not an image or a caption in italics."""
    if not isinstance(node, Element) or node.tag != "p":
        return False
    inline = all(element.tag in INLINE for element in node.walk() if element is not node)
    italic_only = [child.tag for child in node.elements()] in (["em"], ["i"]) and not any(
        isinstance(child, str) and child.strip() for child in node.children
    )
    return inline and not italic_only and bool(visible_text(node))


def paragraphs_to_breaks(container: Element) -> None:
    """Runs of plain <p> become one <div> whose paragraphs are joined by <br><br>."""
    merged: list[Element | str] = []
    run: list[Element] = []

    def flush() -> None:
        if len(run) >= 2:
            joined = Element("div")
            for number, paragraph in enumerate(run):
                if number:
                    joined.children += [Element("br"), Element("br"), "\n"]
                joined.children += paragraph.children
            merged.append(joined)
        else:
            merged.extend(run)
        run.clear()

    for child in container.children:
        if is_plain_paragraph(child):
            run.append(child)
        elif isinstance(child, str) and not child.strip() and run:
            continue
        else:
            flush()
            merged.append(child)
    flush()
    container.children = merged


def nest(container: Element, depth: int, wrapper: str) -> None:
    for level in range(depth):
        container.children = [Element(wrapper, [("class", f"lapis-{level}")], container.children)]


def into_layout_table(root: Element, container: Element) -> None:
    for parent in root.walk():
        if container in parent.children:
            cell = Element("td", [("valign", "top"), ("style", "padding:10px;font-size:13px")])
            cell.children = [container]
            side = Element("td", [("width", "180"), ("valign", "top"), ("bgcolor", "#eeeeee")])
            side.children = [
                Element(
                    "font",
                    [("size", "1")],
                    ["Tautan: ", Element("a", [("href", "/")], ["Beranda"])],
                )
            ]
            row = Element("tr", [], [cell, side])
            table = Element(
                "table", [("width", "100%"), ("border", "0"), ("cellpadding", "4")], [row]
            )
            parent.children[parent.children.index(container)] = table
            return


def retheme(html: str, how: Retheme) -> str:
    root = parse(html)
    container = body_container(root)
    if container is not None:
        if how.br_paragraphs:
            paragraphs_to_breaks(container)
        nest(container, how.depth, how.wrapper)
        if how.layout_table:
            into_layout_table(root, container)
    restyle_attributes(root, how.classes, how.salt)
    return serialize(root)
