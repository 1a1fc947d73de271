"""URL -> Page over HTTP with httpx. The only stage that does I/O."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from cleannews import __version__
from cleannews.decode import decode
from cleannews.errors import (
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    NotHTML,
    TooManyRedirects,
)
from cleannews.models import Page

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchOptions:
    """timeout: seconds for the whole fetch; max_redirects: redirects followed before giving up."""

    timeout: float = 30.0
    max_redirects: int = 10
    user_agent: str = f"cleannews/{__version__} (+https://pypi.org/project/cleannews/)"


def fetch(url: str, options: FetchOptions | None = None) -> Page:
    opts = options or FetchOptions()
    headers = {"User-Agent": opts.user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}
    try:
        with httpx.Client(follow_redirects=True, max_redirects=opts.max_redirects,
                          timeout=opts.timeout, headers=headers) as client:
            response = client.get(url)
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"timed out after {opts.timeout:g}s fetching {url}", url) from exc
    except httpx.TooManyRedirects as exc:
        raise TooManyRedirects(f"more than {opts.max_redirects} redirects fetching {url}", url) from exc
    except httpx.TransportError as exc:
        raise FetchConnectionError(f"cannot connect to fetch {url}: {exc}", url) from exc
    except httpx.InvalidURL as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}", url) from exc
    if response.status_code >= 400:
        raise HTTPStatusError(f"HTTP {response.status_code} fetching {url}", url, response.status_code)
    content_type = response.headers.get("content-type", "")
    if content_type and not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        raise NotHTML(f"not an HTML page ({content_type.split(';')[0]}): {url}", url)
    text, encoding = decode(response.content, content_type)
    return Page(url=str(response.url), status=response.status_code, headers=dict(response.headers),
                content=response.content, encoding=encoding, text=text)
