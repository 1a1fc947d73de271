"""Small string helpers shared by the metadata extractors."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

_NON_WORD = re.compile(r"[\W_]+")
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
# A year of the last two centuries: every date a page shows holds one, so a text without one
# can be passed over before any date pattern is tried.
YEAR = re.compile(r"(?:19|20)\d\d")
# Characters a browser does not show where they stand: the soft hyphen (a hyphenation hint),
# the zero-width space and the byte-order mark.
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\ufeff")


def clean(value: object) -> str:
    """Collapse whitespace and undo entities.

    Meta contents are sometimes escaped twice (``&amp;reg;``), so the browser shows the entity
    text; one more unescape turns it into the character a reader expects.
    """
    if not isinstance(value, str):
        return ""
    if "&" in value:
        value = html.unescape(value)
    if not value.isascii():  # the invisible characters are none of ASCII's
        value = value.translate(_INVISIBLE)
    # str.split() cuts at the very characters a regex's \s matches (checked for every code
    # point), four times faster than re.sub(r"\s+", " ", value).strip().
    return " ".join(value.split())


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


def absolute(href: str | None, base: str | None) -> str | None:
    """An absolute http(s) URL for ``href``, or None when it cannot be made one."""
    href = clean(href)
    if not href or href.startswith(("data:", "javascript:", "#")):
        return None
    if base:
        try:
            href = urljoin(base, href)
        except ValueError:  # malformed IPv6 hosts and the like: keep nothing rather than junk
            return None
    elif href.startswith("//"):
        href = "https:" + href
    return href if urlsplit(href).scheme in ("http", "https") else None


def host(url: str | None) -> str:
    """The host name without ``www.``, lowercased ('' when there is none)."""
    if not url:
        return ""
    try:
        netloc = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return netloc[4:] if netloc.startswith("www.") else netloc


def is_origin(url: str | None) -> bool:
    """``url`` is a site's root: a host and no path past "/", no query ("https://acme.org/").
    A query may name a post ("/?p=123"), so a root URL with one is not the root."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed host ("http://[") is no site
        return False
    return bool(parts.netloc) and parts.path in ("", "/") and not parts.query


def squash(value: str) -> str:
    """Letters and digits only, lowercased: for comparing names that differ in spacing or case."""
    return _NON_WORD.sub("", value.lower())


# Separators sites put between a headline and the site or section name in <title> and og:title.
# A bare colon is not one: "Daring Fireball: Colophon" and "Review: ..." keep theirs.
_SEPARATOR = re.compile(r"(\s+[|\-–—·•»~/\\:]{1,2}\s+|\s*[|｜]\s*|_)")


def segments(title: str) -> list[str]:
    """``title`` cut at its separators; the separators themselves are dropped."""
    parts = _SEPARATOR.split(title)
    return [part.strip() for part in parts[::2]]


def rejoin(title: str, start: int, stop: int) -> str:
    """The original text of segments ``start:stop`` of ``title``, separators inside kept."""
    parts = _SEPARATOR.split(title)
    return "".join(parts[start * 2:stop * 2 - 1]).strip()
