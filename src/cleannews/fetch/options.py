"""FetchOptions: every knob of a fetch in one typed, frozen object."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from cleannews import __version__

DEFAULT_USER_AGENT = f"cleannews/{__version__} (+https://pypi.org/project/cleannews/)"
# The token matched against robots.txt User-agent lines (RFC 9309 wants the product name alone).
ROBOTS_AGENT = "cleannews"
HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FetchOptions:
    """How to fetch a page. Every default is listed in docs/fetching.md.

    timeout          seconds for the whole fetch: robots.txt, rate-limit waits, retries, redirects and
                     the body together. A server that trickles bytes cannot stretch it.
    retries          extra attempts after a connection error or an HTTP 429/502/503/504.
    backoff          first retry delay in seconds; it doubles each time, plus up to ``backoff`` of jitter.
    max_backoff      ceiling for one backoff delay.
    max_retry_after  ceiling for a server's Retry-After; longer requests are shortened to this.
    max_redirects    redirects followed before TooManyRedirects; a loop fails at once.
    max_bytes        ceiling for the decoded body, enforced while streaming.
    accept           media types taken as a page; None accepts anything.
    user_agent       the User-Agent header.
    headers          extra request headers (they override the defaults, User-Agent aside).
    cookies          cookies sent with every request.
    proxy            proxy URL, e.g. "http://proxy:3128"; the environment's proxy variables are not read.
    http2            offer HTTP/2 (needs the ``h2`` package: ``pip install httpx[http2]``).
    verify           check TLS certificates.
    robots           obey robots.txt. None: Fetcher/AsyncFetcher obey it, one-shot fetch()/afetch() don't.
    host_delay       least seconds between two requests to the same host.
    max_crawl_delay  ceiling for a robots.txt Crawl-delay (which raises host_delay for that host).
    cache_dir        directory for an RFC 9111 HTTP cache (hishel, SQLite); None: no cache.
    """

    timeout: float = 30.0
    retries: int = 2
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 30.0
    max_redirects: int = 10
    max_bytes: int = 10 * 1024 * 1024
    accept: tuple[str, ...] | None = HTML_TYPES
    user_agent: str = DEFAULT_USER_AGENT
    headers: Mapping[str, str] = field(default_factory=dict)
    cookies: Mapping[str, str] = field(default_factory=dict)
    proxy: str | None = None
    http2: bool = False
    verify: bool = True
    robots: bool | None = None
    host_delay: float = 0.0
    max_crawl_delay: float = 30.0
    cache_dir: str | Path | None = None

    def __post_init__(self) -> None:
        # Wrong values are programming errors, so they fail here, once, not halfway through a crawl.
        self._check_types()
        for name in ("timeout", "backoff", "max_backoff", "max_retry_after", "host_delay", "max_crawl_delay"):
            if getattr(self, name) < 0:
                raise ValueError(f"FetchOptions.{name} must not be negative")
        if self.timeout == 0:
            raise ValueError("FetchOptions.timeout must be positive")
        for name in ("retries", "max_redirects"):
            if getattr(self, name) < 0:
                raise ValueError(f"FetchOptions.{name} must not be negative")
        if self.max_bytes <= 0:
            raise ValueError("FetchOptions.max_bytes must be positive")
        if self.accept is not None:
            object.__setattr__(self, "accept", tuple(t.lower() for t in self.accept))

    def _check_types(self) -> None:
        """A number given as text ("5") or a switch given as "no" fails with its name, not deep in
        httpx or as the opposite of what was meant."""
        for name in _NUMBERS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"FetchOptions.{name} must be a number, not {value!r}")
        for name in ("http2", "robots"):
            value = getattr(self, name)
            if not isinstance(value, bool) and not (name == "robots" and value is None):
                raise TypeError(f"FetchOptions.{name} must be True or False, not {value!r}")


_NUMBERS = ("timeout", "retries", "backoff", "max_backoff", "max_retry_after", "max_redirects", "max_bytes",
            "host_delay", "max_crawl_delay")


_NAMES = frozenset(f.name for f in fields(FetchOptions))


def merge(options: FetchOptions | None, overrides: Mapping[str, object]) -> FetchOptions:
    """``options`` (or the defaults) with keyword ``overrides`` applied; unknown names are a TypeError."""
    unknown = sorted(set(overrides) - _NAMES)
    if unknown:
        raise TypeError(f"unknown fetch option(s): {', '.join(unknown)}")
    if options is not None and not isinstance(options, FetchOptions):
        raise TypeError(f"fetch options must be a FetchOptions, not {type(options).__name__}")
    base = options or FetchOptions()
    return replace(base, **overrides) if overrides else base  # type: ignore[arg-type]
