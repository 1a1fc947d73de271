"""Everything the field extractors read, gathered once per page."""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleannews.metadata.dom import VisiblePage, read_page, with_declared_heading
from cleannews.metadata.jsonld import JsonLd, read_jsonld
from cleannews.metadata.meta_tags import HeadTags, read_head
from cleannews.metadata.microdata import Microdata, read_microdata
from cleannews.metadata.text import absolute


@dataclass(frozen=True)
class Sources:
    """The page's structured metadata, the visible headlines, and the tree for extractors that
    fall back to the visible page. ``base`` is the absolute URL relative links resolve against
    (``<base href>`` over the page URL), or None when neither is known."""

    tree: LexborHTMLParser
    url: str | None
    base: str | None
    head: HeadTags
    jsonld: JsonLd
    micro: Microdata
    page: VisiblePage


# Everything the readers need, in one query: lexbor walks the tree once (a walk costs about
# 0.25 ms on a typical news page, a second selector in the same query far less).
_QUERY = ('meta, title, script[type="application/ld+json"], [itemprop], h1, time, article, main, '
          '[role="main"]')
# <link> and <base> belong in <head>; searching only there keeps the big query smaller.
_HEAD_QUERY = 'link[rel~="canonical"], link[rel~="image_src"], base[href]'


def gather(tree: LexborHTMLParser, url: str | None) -> Sources:
    metas: list[dict[str, str | None]] = []
    titles: list[LexborNode] = []
    scripts: list[LexborNode] = []
    itemprops: list[LexborNode] = []
    visible: list[LexborNode] = []
    landmarks: list[LexborNode] = []
    for node in tree.css(_QUERY):
        # Dispatch on the tag first: reading attributes costs a dict per node, the tag does not.
        tag = node.tag
        if tag == "meta":
            attrs = node.attributes
            if "itemprop" in attrs:
                itemprops.append(node)
            else:
                metas.append(attrs)
            continue
        if tag == "title":
            titles.append(node)
            continue
        if tag == "script":
            scripts.append(node)
            continue
        if tag in ("h1", "time"):
            visible.append(node)
        elif tag in ("article", "main"):
            landmarks.append(node)
        attrs = node.attributes
        if "itemprop" in attrs:
            itemprops.append(node)
        elif attrs.get("role") == "main" and tag not in ("article", "main"):
            landmarks.append(node)
    links = tree.head.css(_HEAD_QUERY) if tree.head is not None else []
    head = read_head(metas, titles, links, tree.root)
    base = url
    if head.base:
        base = absolute(head.base, url) or (url if url else None)
    declared = (head.title, head.first("og:title"))
    page = read_page(visible, landmarks, declared)
    if page.headline is None:
        page = with_declared_heading(page, landmarks[0] if landmarks else tree, declared)
    return Sources(tree=tree, url=url, base=base, head=head, jsonld=read_jsonld(scripts),
                   micro=read_microdata(itemprops), page=page)


def sells_product(sources: Sources) -> bool:
    """The page declares a product for sale (a JSON-LD Product, og:type "product") and no
    article: a shop's page."""
    if sources.jsonld.is_article:
        return False
    return sources.jsonld.has_product or sources.head.first("og:type").lower().startswith("product")
