"""Article metadata from the same parse as the body.

The page's sources are read once (``sources.gather``: meta tags, JSON-LD, microdata; the tree
for the visible page), then each field has its own extractor with its own documented
precedence, broadly: JSON-LD, then OpenGraph / Twitter / Dublin Core / other meta tags, then
microdata, then the visible page. See docs/metadata.md. Nothing here modifies the tree: the
body extractor prunes it afterwards."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleannews.metadata import authors, dates, description, language, links, site_name, tags, title
from cleannews.metadata.sources import gather
from cleannews.models import Metadata

__all__ = ["extract_metadata"]


def extract_metadata(tree: LexborHTMLParser, url: str | None) -> Metadata:
    """Every Metadata field for the page in ``tree``, fetched from ``url`` (if known)."""
    sources = gather(tree, url)
    site = site_name.extract(sources)
    return Metadata(
        title=title.extract(sources, site),
        authors=authors.extract(sources, site),
        date_published=dates.published(sources),
        date_modified=dates.modified(sources),
        site_name=site,
        language=language.extract(sources),
        canonical_url=links.canonical_url(sources),
        description=description.extract(sources),
        tags=tags.extract(sources),
        image=links.image(sources),
    )
