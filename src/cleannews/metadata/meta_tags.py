"""The document's declared metadata: <meta> tags (OpenGraph, Twitter cards, Dublin Core, plain names),
<title>, <link rel=canonical>, <base href> and <html lang>."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from selectolax.lexbor import LexborNode

from cleannews.metadata.text import clean


def _empty() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class HeadTags:
    """What the page declares about itself. ``meta`` maps a lowercased name or property to every
    distinct content it was given, raw, in document order (``article:tag`` and ``citation_author``
    repeat); ``first`` and ``all`` return them cleaned."""

    meta: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    title: str = ""
    canonical: str = ""
    base: str = ""
    lang: str = ""
    links: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)

    # Both are asked for long lists of names of which a page gives few (34 publication-date
    # names, 10 author names...), some 40 times a page: absent names are passed over first.
    def first(self, *names: str) -> str:
        """The first non-empty content among ``names``, tried in the order given."""
        meta = self.meta
        for name in names:
            if name in meta:
                for value in meta[name]:
                    text = clean(value)
                    if text:
                        return text
        return ""

    def all(self, *names: str) -> tuple[str, ...]:
        """Every content of every name in ``names``, in that order."""
        meta = self.meta
        return tuple(text for name in names if name in meta for text in map(clean, meta[name]) if text)


def read_head(metas: Iterable[Mapping[str, str | None]], titles: Sequence[LexborNode],
              link_nodes: Iterable[LexborNode], root: LexborNode | None) -> HeadTags:
    """``metas``: attributes of the page's <meta> elements (itemprop ones excluded), in document
    order; ``titles``: its <title> elements; ``link_nodes``: <link> and <base> elements; ``root``: <html>.
    Contents are kept raw here and cleaned when asked for: most are never asked for."""
    meta: dict[str, list[str]] = {}
    # How many of a key's values came from a ``property`` attribute: they go before those from
    # ``name``. RDFa (OpenGraph, Dublin Core) is written with ``property``; a page giving both
    # spellings different values means the ``property`` one ("og:title" by name is a copy).
    by_property: dict[str, int] = {}
    for attrs in metas:
        content = attrs.get("content") or attrs.get("value")
        if not content or content.isspace():
            continue
        # Some pages put several properties in one attribute ("og:title twitter:title").
        for attr in ("property", "name", "http-equiv"):
            keys = attrs.get(attr)
            if keys:
                for key in keys.lower().split():
                    if key.startswith(("dc:", "dcterms:")):
                        key = key.replace(":", ".", 1)  # RDFa spells Dublin Core "dc:title"
                    values = meta.setdefault(key, [])
                    if content in values:
                        continue
                    if attr == "property":
                        values.insert(by_property.get(key, 0), content)
                        by_property[key] = by_property.get(key, 0) + 1
                    else:
                        values.append(content)
    links: dict[str, list[str]] = {}
    base = ""
    for node in link_nodes:
        attrs = node.attributes
        href = (attrs.get("href") or "").strip()
        if not href:
            continue
        if node.tag == "base":
            base = base or href
            continue
        for rel in (attrs.get("rel") or "").lower().split():
            links.setdefault(rel, []).append(href)
    # The first <title> is the document's; later ones sit inside inline SVG.
    title = clean(titles[0].text()) if titles else ""
    lang = ""
    if root is not None:
        lang = clean(root.attributes.get("lang") or root.attributes.get("xml:lang"))
    return HeadTags(
        meta=MappingProxyType({key: tuple(values) for key, values in meta.items()}),
        title=title,
        canonical=links["canonical"][0] if "canonical" in links else "",
        base=base,
        lang=lang,
        links=MappingProxyType({key: tuple(values) for key, values in links.items()}),
    )
