"""title: the article's headline, without the site name its <title> carries.

Precedence:

1. an <h1> outside the site chrome that one of the declared titles confirms (equal to it, or
   to a run of its segments: the h1 "X" against the og:title "X | Site"). The visible headline
   is what the reader sees, and the declared title confirms it is the article's and not a
   logo or a section banner;
2. the declared titles, the first non-empty of: JSON-LD ``headline``, ``og:title``,
   ``twitter:title``, Dublin Core ``title``, Parse.ly and Sailthru titles, microdata
   ``headline``, then <title>; a leading or trailing segment naming the site is removed;
3. the first <h1> outside the chrome.

A segment names the site when it equals a known site name (og:site_name, JSON-LD publisher or
WebSite, application-name) or spells the host name."""

from __future__ import annotations

from cleannews.metadata.site_name import matches_host
from cleannews.metadata.sources import Sources
from cleannews.metadata.text import rejoin, segments, squash

TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title",
              "title", "headline")


def extract(sources: Sources, site_name: str | None) -> str | None:
    head = sources.head
    declared = [value for value in (
        sources.jsonld.headline if sources.jsonld.is_article else "",
        *(head.first(name) for name in TITLE_META),
        sources.micro.values.get("headline", ""),
        head.title,
    ) if value]
    headlines = sources.page.headlines
    for headline in headlines:
        if any(confirms(title, headline) for title in declared):
            return headline
    sites = _site_names(sources, site_name)
    for title in declared:
        stripped = strip_site(title, sites, sources.url)
        if stripped:
            return stripped
    return headlines[0] if headlines else None


def confirms(title: str, headline: str) -> bool:
    """True when ``title`` is ``headline`` or a run of its segments is."""
    target = squash(headline)
    if not target:
        return False
    if squash(title) == target:
        return True
    count = len(segments(title))
    return any(squash(rejoin(title, start, stop)) == target
               for start in range(count) for stop in range(start + 1, count + 1) if (start, stop) != (0, count))


def strip_site(title: str, sites: set[str], url: str | None) -> str:
    """``title`` without a leading or trailing segment that names the site."""
    parts = segments(title)
    start, stop = 0, len(parts)
    while stop - start > 1 and _is_site(parts[stop - 1], sites, url):
        stop -= 1
    while stop - start > 1 and _is_site(parts[start], sites, url):
        start += 1
    if (start, stop) == (0, len(parts)):
        return title
    return rejoin(title, start, stop)


def _is_site(segment: str, sites: set[str], url: str | None) -> bool:
    squashed = squash(segment)
    return bool(squashed) and (squashed in sites or matches_host(segment, url))


def _site_names(sources: Sources, site_name: str | None) -> set[str]:
    names = {site_name or "", sources.head.first("og:site_name"), sources.head.first("application-name"),
             sources.jsonld.publisher, sources.jsonld.website}
    return {squash(name) for name in names if name}
