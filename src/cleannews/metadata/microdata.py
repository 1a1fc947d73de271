"""schema.org microdata: ``itemprop`` attributes on the visible page (headline, author,
datePublished...). Only the first value of each property is kept: article markup comes before
the related-story teasers that repeat the same properties further down."""

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
    for node in nodes:
        for prop in (node.attributes.get("itemprop") or "").lower().split():
            if prop not in _WANTED:
                continue
            if prop in ("author", "creator"):
                if in_chrome(node):
                    continue  # commenters and related stories' authors
                name = _person(node)
                if name and name not in authors:
                    authors.append(name)
            elif prop not in values:
                value = _value(node)
                if value:
                    values[prop] = value
    return Microdata(values=MappingProxyType(values), authors=tuple(authors[:10]))


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
