"""URL -> Page over HTTP. The only stage that does I/O.

::

    fetch(url, options=None, **overrides)     one page, blocking; robots.txt only if asked
    afetch(url, options=None, **overrides)    the same, awaited
    Fetcher(options, **overrides)             reusable: connection pool, robots.txt, per-host rate limit
    AsyncFetcher(options, **overrides)        the same for asyncio/trio

Inside, one module per job: options (FetchOptions), deadline (the total timeout), body (bounded
streaming and decoding), retry (the retry policy), robots (robots.txt rules), ratelimit (per-host
spacing), transport (httpx clients and the cache), steps (decisions about a response), failures
(httpx errors -> FetchError), sync and aio (the two fetchers). docs/fetching.md has the details.
"""

from cleannews.fetch.aio import AsyncFetcher, afetch
from cleannews.fetch.options import FetchOptions
from cleannews.fetch.sync import Fetcher, fetch

__all__ = ["AsyncFetcher", "FetchOptions", "Fetcher", "afetch", "fetch"]
