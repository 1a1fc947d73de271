"""Decisions about one response, shared by the sync and async fetchers (no I/O here)."""

from __future__ import annotations

import httpx

from cleannews.errors import FetchError, HTTPStatusError, TooManyRedirects
from cleannews.fetch.retry import RETRY_STATUSES, RetryableStatus, parse_retry_after


def checked_url(url: str) -> httpx.URL:
    """``url`` as an httpx.URL, if it is an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"invalid URL {url!r}", str(url)) from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FetchError(f"not an http(s) URL: {url!r}", url)
    return parsed


class RedirectTrail:
    """The hops of one attempt: counts them and notices a loop.

    A hop repeats only if both its URL and the cookies it carries repeat: a site may redirect a
    page to itself once to set a cookie, and that is not a loop.
    """

    def __init__(self, url: str, max_redirects: int) -> None:
        self._url = url
        self._max = max_redirects
        self._seen: set[tuple[str, str]] = set()

    def visit(self, request: httpx.Request) -> None:
        key = (str(request.url), request.headers.get("cookie", ""))
        if key in self._seen:
            raise TooManyRedirects(f"redirect loop at {request.url} fetching {self._url}", self._url)
        if len(self._seen) > self._max:
            raise TooManyRedirects(f"more than {self._max} redirects fetching {self._url}", self._url)
        self._seen.add(key)


def next_hop(response: httpx.Response, url: str) -> httpx.Request | None:
    """The request a redirect points to, or None if ``response`` is not a redirect."""
    if not response.has_redirect_location:
        return None
    if response.next_request is None:
        raise FetchError(f"unusable redirect from {response.url} fetching {url}", url)
    return response.next_request


def judge_status(response: httpx.Response, url: str) -> RetryableStatus | None:
    """None for a usable answer, a RetryableStatus for a "try later", HTTPStatusError otherwise."""
    status = response.status_code
    if status < 400:
        return None
    reason = response.reason_phrase
    if status in RETRY_STATUSES:
        return RetryableStatus(url, status, reason, parse_retry_after(response.headers.get("retry-after")))
    suffix = f" {reason}" if reason else ""
    raise HTTPStatusError(f"HTTP {status}{suffix} fetching {url}", url, status)


def host_key(url: httpx.URL) -> str:
    return f"{url.host}:{url.port}" if url.port else url.host
