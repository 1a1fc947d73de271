"""description: the page's own summary of the article.

Precedence: ``og:description``; meta ``description``; ``twitter:description``; JSON-LD
``description``; Dublin Core ``description``."""

from __future__ import annotations

from cleannews.metadata.sources import Sources

DESCRIPTION_META = ("og:description", "description", "twitter:description")


def extract(sources: Sources) -> str | None:
    head = sources.head
    return (head.first(*DESCRIPTION_META) or sources.jsonld.description
            or head.first("dc.description", "dcterms.description", "dcterms.abstract") or None)
