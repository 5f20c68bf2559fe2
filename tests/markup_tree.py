"""A small HTML tree built with the standard library, for tests that read or rewrite markup.

It lets the tests check and re-theme pages without going through the project's own parser
(whose readers are what those tests judge). Elements keep their attributes and children; text
is kept unescaped and escaped again on output; script and style bodies are kept verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr"}  # fmt: skip
RAW = {"script", "style"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt",
         "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td",
         "tfoot", "th", "thead", "tr", "ul"}  # fmt: skip


@dataclass
class Element:
    tag: str
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Element | str] = field(default_factory=list)
    raw: str = ""  # doctype, comment or declaration printed as is (tag == "")

    def get(self, name: str) -> str | None:
        return next((value for key, value in self.attrs if key == name), None)

    def elements(self) -> list[Element]:
        return [child for child in self.children if isinstance(child, Element)]

    def walk(self):
        """This element and every element below it, parents first."""
        yield self
        for child in self.elements():
            yield from child.walk()


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, attrs)
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_decl(self, decl: str) -> None:
        self.stack[-1].children.append(Element("", raw=f"<!{decl}>"))

    def handle_comment(self, data: str) -> None:
        self.stack[-1].children.append(Element("", raw=f"<!--{data}-->"))


def parse(html: str) -> Element:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def serialize(node: Element | str, raw_text: bool = False) -> str:
    if isinstance(node, str):
        return node if raw_text else escape(node, quote=False)
    if node.tag == "":
        return node.raw
    inner = "".join(serialize(child, node.tag in RAW) for child in node.children)
    if node.tag == "#root":
        return inner
    attrs = "".join(
        f" {key}" if value is None else f' {key}="{escape(value, quote=True)}"'
        for key, value in node.attrs
    )
    if node.tag in VOID:
        return f"<{node.tag}{attrs}>"
    return f"<{node.tag}{attrs}>{inner}</{node.tag}>"


def visible_text(node: Element | str) -> str:
    """The text a reader sees, one space for any run of whitespace, blocks and <br> as breaks."""
    return re.sub(r"\s+", " ", _text(node)).strip()


def _text(node: Element | str) -> str:
    if isinstance(node, str):
        return node
    if node.tag in RAW or node.tag in ("", "head", "template"):
        return ""
    if node.tag == "br":
        return "\n"
    inner = "".join(_text(child) for child in node.children)
    return f"\n{inner}\n" if node.tag in BLOCK else inner
