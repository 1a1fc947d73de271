"""Building the httpx clients: headers, cookies, proxy, HTTP/2, TLS and the optional hishel cache.

Redirects are never followed by httpx here: the fetcher follows them itself, to check robots.txt
and the rate limit at every hop and to notice loops.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from cleannews.errors import FetchError
from cleannews.fetch.body import ACCEPT_ENCODING
from cleannews.fetch.options import FetchOptions

CACHE_FILE = "http-cache.sqlite"


def request_headers(options: FetchOptions) -> dict[str, str]:
    accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" if options.accept is not None else "*/*"
    headers = {"Accept": accept, "Accept-Encoding": ACCEPT_ENCODING}
    headers.update(options.headers)
    headers["User-Agent"] = options.user_agent
    return headers


def _check_http2(options: FetchOptions) -> None:
    if options.http2:
        try:
            import h2  # noqa: F401
        except ImportError as exc:
            raise FetchError("http2=True needs the h2 package: pip install 'httpx[http2]'") from exc


def _transport_kwargs(options: FetchOptions) -> dict[str, Any]:
    # retries=0: httpx's own connect retries would hide failures from our retry policy and deadline.
    return {"http2": options.http2, "verify": options.verify, "proxy": options.proxy, "retries": 0}


def _client_kwargs(options: FetchOptions) -> dict[str, Any]:
    # trust_env=False: proxies come from FetchOptions.proxy only, so a fetch means the same everywhere.
    return {"headers": request_headers(options), "cookies": dict(options.cookies),
            "follow_redirects": False, "trust_env": False}


def _cache_path(options: FetchOptions) -> Path:
    assert options.cache_dir is not None
    directory = Path(options.cache_dir).expanduser()
    directory.mkdir(parents=True, exist_ok=True)
    return directory / CACHE_FILE


def sync_client(options: FetchOptions, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    _check_http2(options)
    base = transport or httpx.HTTPTransport(**_transport_kwargs(options))
    if options.cache_dir is not None:
        from hishel import CacheOptions, SqliteStorage
        from hishel.httpx import CacheTransport

        storage = SqliteStorage(database_path=_cache_path(options))
        # A private cache (one user agent's), following RFC 9111 freshness and revalidation.
        base = CacheTransport(base, storage=storage, rfc=CacheOptions(shared=False))
    return httpx.Client(transport=base, **_client_kwargs(options))


def async_client(
    options: FetchOptions, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    _check_http2(options)
    base = transport or httpx.AsyncHTTPTransport(**_transport_kwargs(options))
    if options.cache_dir is not None:
        from hishel import AsyncSqliteStorage, CacheOptions
        from hishel.httpx import AsyncCacheTransport

        storage = AsyncSqliteStorage(database_path=_cache_path(options))
        base = AsyncCacheTransport(base, storage=storage, rfc=CacheOptions(shared=False))
    return httpx.AsyncClient(transport=base, **_client_kwargs(options))
