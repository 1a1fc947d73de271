"""One exception tree for the whole library.

::

    CleannewsError
    ├── InputError                 input cannot be read at all (CLI: missing file, empty stdin)
    ├── ExtractionError            no article content found (raised only where asked, e.g. the CLI)
    └── FetchError                 anything that stopped a fetch
        ├── FetchTimeout           the total deadline passed
        ├── FetchConnectionError   DNS, refused, reset, TLS
        ├── HTTPStatusError        the server answered 4xx/5xx (after retries)
        ├── TooManyRedirects       redirect limit hit or a loop
        ├── ResponseTooLarge       the body passed max_bytes
        ├── NotHTML                the content type is not HTML/XHTML
        └── RobotsDisallowed       robots.txt forbids the URL

``extract()`` never raises for any str or bytes: an empty page gives an Article
whose ``text`` is "". Every message is one line, fit to print as is.
"""

from __future__ import annotations


class CleannewsError(Exception):
    """Base of every error this library raises on purpose."""


class InputError(CleannewsError):
    """The input could not be read (missing file, unreadable stream)."""


class ExtractionError(CleannewsError):
    """The page held no article content."""


class FetchError(CleannewsError):
    """A fetch failed; ``url`` is the address that was being fetched."""

    def __init__(self, message: str, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class FetchTimeout(FetchError):
    """The total deadline for the fetch passed."""


class FetchConnectionError(FetchError):
    """The connection could not be made or was broken."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, url: str | None = None, status: int = 0) -> None:
        super().__init__(message, url)
        self.status = status


class TooManyRedirects(FetchError):
    """Too many redirects, or a redirect loop."""


class ResponseTooLarge(FetchError):
    """The response body passed the size limit."""


class NotHTML(FetchError):
    """The response is not an HTML or XHTML document."""


class RobotsDisallowed(FetchError):
    """robots.txt forbids fetching the URL."""
