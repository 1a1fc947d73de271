"""Article metadata from the same parse as the body."""

from __future__ import annotations

from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser

from cleannews.models import Metadata


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"]')
        if node is not None:
            value = (node.attributes.get("content") or "").strip()
            if value:
                return value
    return None


def extract_metadata(tree: LexborHTMLParser, url: str | None) -> Metadata:
    """Metadata from meta tags and the visible page. Reads the tree; never changes it."""
    title = _meta(tree, "og:title", "twitter:title")
    if not title:
        h1 = tree.css_first("h1")
        title = h1.text(strip=True) if h1 is not None else None
    if not title:
        node = tree.css_first("title")
        title = node.text(strip=True) if node is not None else None
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or "").strip() if html is not None else ""
    link = tree.css_first('link[rel="canonical"]')
    href = (link.attributes.get("href") or "").strip() if link is not None else ""
    canonical = (urljoin(url, href) if url else href) if href else None
    return Metadata(
        title=title or None,
        language=lang.split("-")[0].lower() or None,
        canonical_url=canonical,
        site_name=_meta(tree, "og:site_name"),
        description=_meta(tree, "og:description", "description"),
        image=_meta(tree, "og:image"),
        date_published=_meta(tree, "article:published_time"),
    )
