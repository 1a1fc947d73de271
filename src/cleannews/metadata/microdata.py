"""schema.org microdata: ``itemprop`` attributes on the visible page (headline, author,
datePublished...). Only the first value of each property is kept: article markup comes before
the related-story teasers that repeat the same properties further down. Authors are kept for
the first item that names one only: on forums and Q&A pages every reply is an item with its
own author, and the first item is the post that opened the thread."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from selectolax.lexbor import LexborNode

from cleannews.metadata.dom import in_chrome
from cleannews.metadata.text import clean

_WANTED = frozenset({"headline", "author", "creator", "datepublished", "datecreated", "datemodified",
                     "inlanguage", "publisher", "keywords", "articlesection"})
_MAX_TEXT = 200  # an itemprop=author on a whole bio box is not a name


@dataclass(frozen=True)
class Microdata:
    """First value of each wanted property (keys lowercased); ``authors`` keeps all of them."""

    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    authors: tuple[str, ...] = ()


def read_microdata(nodes: Iterable[LexborNode]) -> Microdata:
    """``nodes``: the page's elements with an ``itemprop`` attribute, in document order."""
    values: dict[str, str] = {}
    authors: list[str] = []
    author_item: int | None = None
    for node in nodes:
        for prop in (node.attributes.get("itemprop") or "").lower().split():
            if prop not in _WANTED:
                continue
            if prop in ("author", "creator"):
                if in_chrome(node):
                    continue  # commenters and related stories' authors
                item = _item_of(node)
                if author_item is not None and item != author_item:
                    continue  # a reply's or a comment's author
                name = _person(node)
                if name and name not in authors:
                    authors.append(name)
                    author_item = item
            elif prop not in values:
                value = _value(node)
                if value:
                    values[prop] = value
    return Microdata(values=MappingProxyType(values), authors=tuple(authors[:10]))


_MAX_DEPTH = 40


def _item_of(node: LexborNode) -> int:
    """An id of the item ``node`` is a property of: its nearest ``itemscope`` ancestor (0 for
    none, the page itself)."""
    parent = node.parent
    depth = 0
    while parent is not None and depth < _MAX_DEPTH:
        if "itemscope" in parent.attributes:
            return parent.mem_id
        parent = parent.parent
        depth += 1
    return 0


def _value(node: LexborNode) -> str:
    attrs = node.attributes
    for attr in ("content", "datetime", "value"):
        if attrs.get(attr):
            return clean(attrs[attr])
    text = clean(node.text(separator=" "))
    return text if len(text) <= _MAX_TEXT else ""


def _person(node: LexborNode) -> str:
    """An author's name: the nested itemprop=name of a Person scope, else the node's own value."""
    if "itemscope" in node.attributes:
        inner = node.css_first('[itemprop~="name"]')
        return _value(inner) if inner is not None else ""
    return _value(node)
