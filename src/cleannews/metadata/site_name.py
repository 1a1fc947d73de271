"""site_name: the name of the publication.

Precedence: ``og:site_name``; ``application-name`` and ``apple-mobile-web-app-title``; the
JSON-LD WebSite ``name``; the JSON-LD publisher's ``name``; Dublin Core ``publisher``; last, a
segment of the <title> that spells the host name ("How to X | eHow" on ehow.com)."""

from __future__ import annotations

from cleannews.metadata.sources import Sources
from cleannews.metadata.text import host, is_url, segments, squash

SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title")
_MAX_LENGTH = 80


def extract(sources: Sources) -> str | None:
    head = sources.head
    for value in (
        head.first(*SITE_META),
        sources.jsonld.website,
        sources.jsonld.publisher,
        head.first("dc.publisher", "dcterms.publisher", "publisher"),
    ):
        if value and len(value) <= _MAX_LENGTH and not is_url(value):
            return value
    return from_title(head.title, sources.url)


def from_title(title: str, url: str | None) -> str | None:
    """The first or last <title> segment that names the host (``eHow`` for ehow.com)."""
    parts = segments(title)
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if part and matches_host(part, url):
            return part
    return None


def matches_host(name: str, url: str | None) -> bool:
    """True when ``name`` spells the site's host ("The Motley Fool" for fool.com)."""
    hostname = host(url)
    if not hostname:
        return False
    squashed = squash(name)
    labels = [label for label in hostname.split(".")[:-1] if len(label) >= 3]
    if not labels or not squashed:
        return False
    label = squash(labels[-1])
    return bool(label) and (label in squashed or squashed in label and len(squashed) >= 3)
