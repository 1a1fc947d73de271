"""The visible page as a metadata source: headlines, bylines and dates shown to the reader.

Each helper runs a few C-level CSS queries and looks only at the nodes they return; nothing
here walks the whole tree in Python or changes it. Nodes in the site's chrome (header bar,
navigation, sidebars, footers, comments, related stories) are skipped: a date in the masthead
is the day's date, a name in a sidebar is another story's author."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleannews.metadata.text import clean

# Landmarks that hold the article; a header or footer inside one of them is the article's own.
_ARTICLE_TAGS = frozenset({"article", "main"})
# Landmarks that are chrome wherever they sit.
_ALWAYS_CHROME = frozenset({"nav", "aside"})
# Landmarks that are chrome unless they sit inside the article.
_PAGE_CHROME = frozenset({"header", "footer"})
# class/id words that mark chrome built from plain divs.
_CHROME_NAME = re.compile(
    r"masthead|site-?header|global-?header|top-?bar|navbar|nav-?bar|\bnav\b|menu|sidebar|widget|"
    r"breadcrumb|related|recommend|comment|footer|promo|teaser|trending|popular|newsletter|cookie",
    re.IGNORECASE)
_MAX_DEPTH = 40

# Elements a page marks as the publication date.
_DATE_MARKS = ('[itemprop~="datePublished"], time[pubdate], [class*="published"], [class*="pubdate"], '
               '[class*="post-date"], [class*="entry-date"], [class*="publish-date"], [class*="date-publish"]')
_DATE_LOOSE = '[class*="date"], [class*="byline"], [class*="meta"]'
_SCOPE_LEVELS = 3
_MAX_DATE_TEXT = 120

_BYLINE_QUERY = ('[rel~="author"], [class*="byline"], [class*="author"], [id*="byline"], [id*="author"], '
                 '[class*="writer"], [data-testid*="byline"], [data-component*="byline"]')
_MAX_BYLINE_TEXT = 160


def in_chrome(node: LexborNode) -> bool:
    """True when ``node`` sits in the site's chrome rather than in the article."""
    parent = node.parent
    in_page_chrome = False
    depth = 0
    while parent is not None and depth < _MAX_DEPTH:
        tag = parent.tag
        if tag in _ARTICLE_TAGS:
            return False
        if tag in _ALWAYS_CHROME:
            return True
        if tag in _PAGE_CHROME:
            in_page_chrome = True
        attrs = parent.attributes
        names = f'{attrs.get("class") or ""} {attrs.get("id") or ""}'
        if names.strip() and _CHROME_NAME.search(names) and not _articleish(names):
            return True
        parent = parent.parent
        depth += 1
    return in_page_chrome


def _articleish(names: str) -> bool:
    # "article-header", "entry-footer", "post-meta" sit inside the story even when named like chrome.
    lowered = names.lower()
    return any(word in lowered for word in ("article", "entry", "post-", "story", "content"))


@dataclass(frozen=True)
class VisiblePage:
    """What the reader sees first: the <h1> texts outside the chrome, in document order, and the
    scope around the headline, where bylines and dates sit (None when the page has no headline,
    article or main element; the whole tree is searched then)."""

    headlines: tuple[str, ...] = ()
    scope: LexborNode | None = None
    times: tuple[LexborNode, ...] = ()


def read_page(h1s: Sequence[LexborNode], landmarks: Sequence[LexborNode],
              times: Sequence[LexborNode]) -> VisiblePage:
    """``h1s``, ``landmarks`` (article and main elements) and ``times``: the page's elements of
    each kind, in document order."""
    headlines: list[str] = []
    first: LexborNode | None = None
    for node in h1s[:8]:
        text = clean(node.text(separator=" "))
        if text and len(text) < 400 and not in_chrome(node):
            headlines.append(text)
            first = first or node
    scope = _around(first) if first is not None else (landmarks[0] if landmarks else None)
    return VisiblePage(headlines=tuple(headlines), scope=scope, times=tuple(times[:30]))


def _around(headline: LexborNode) -> LexborNode:
    """The headline's article or main ancestor, else its ancestor a few levels up: far enough to
    reach a byline block beside the headline's own wrapper, near enough to stay off the chrome."""
    node = headline
    for _ in range(_SCOPE_LEVELS):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
        if node.tag in _ARTICLE_TAGS:
            break
    return node


def date_candidates(tree: LexborHTMLParser, page: VisiblePage) -> Iterator[str]:
    """Publication date strings shown on the page: elements marked as such near the headline,
    then <time> elements anywhere, then short texts of date-ish or byline elements near the
    headline. Chrome is skipped."""
    seen: set[int] = set()
    near = page.scope or tree
    for nodes in (near.css(_DATE_MARKS)[:30], page.times, near.css(_DATE_LOOSE)[:30]):
        for node in nodes:
            if node.mem_id in seen:
                continue
            seen.add(node.mem_id)
            if node.tag in ("html", "body", "meta", "link", "script", "style"):
                continue
            if _is_modified_mark(node):
                continue
            value = _date_value(node)
            if value and not in_chrome(node):
                yield value


def _is_modified_mark(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f'{attrs.get("class") or ""} {attrs.get("itemprop") or ""}'.lower()
    return "updated" in names or "modified" in names


def _date_value(node: LexborNode) -> str:
    attrs = node.attributes
    for attr in ("datetime", "content", "data-datetime", "data-date", "title"):
        value = attrs.get(attr)
        if value and any(ch.isdigit() for ch in value):
            return value
    text = clean(node.text(separator=" "))
    return text if len(text) <= _MAX_DATE_TEXT else ""


def byline_texts(tree: LexborHTMLParser, page: VisiblePage) -> list[str]:
    """Short texts of elements marked as bylines or authors near the headline, outside the chrome."""
    out: list[str] = []
    for node in (page.scope or tree).css(_BYLINE_QUERY)[:40]:
        if node.tag in ("html", "body", "meta", "link", "script", "style", "img", "input", "section"):
            continue
        text = clean(node.text(separator=" "))
        if not text or len(text) > _MAX_BYLINE_TEXT or in_chrome(node):
            continue
        out.append(text)
    return out
