"""cleannews: turn a web page into a clean article.

>>> import cleannews
>>> article = cleannews.extract("<html>...</html>", url="https://example.com/a")
>>> article = cleannews.clean("https://example.com/a")   # fetch + extract
"""

from __future__ import annotations

__version__ = "0.1.0"

from cleannews.errors import (  # noqa: E402
    CleannewsError,
    ExtractionError,
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InputError,
    NotHTML,
    ResponseTooLarge,
    RobotsDisallowed,
    TooManyRedirects,
)
from cleannews.explain import Explanation, explain  # noqa: E402
from cleannews.fetch import AsyncFetcher, Fetcher, FetchOptions, afetch, fetch  # noqa: E402
from cleannews.models import Article, Metadata, Page  # noqa: E402
from cleannews.options import Options  # noqa: E402
from cleannews.pipeline import extract  # noqa: E402


def clean(url: str, *, fetch_options: FetchOptions | None = None, options: Options | None = None,
          **overrides: object) -> Article:
    """Fetch ``url`` and extract its article. Raises FetchError subclasses on fetch failure."""
    page = fetch(url, fetch_options)
    return extract(page.text, url=page.url, options=options, **overrides)


__all__ = [
    "Article",
    "AsyncFetcher",
    "CleannewsError",
    "Explanation",
    "ExtractionError",
    "FetchConnectionError",
    "FetchError",
    "FetchOptions",
    "FetchTimeout",
    "Fetcher",
    "HTTPStatusError",
    "InputError",
    "Metadata",
    "NotHTML",
    "Options",
    "Page",
    "ResponseTooLarge",
    "RobotsDisallowed",
    "TooManyRedirects",
    "__version__",
    "afetch",
    "clean",
    "explain",
    "extract",
    "fetch",
]
