"""httpx exceptions -> the cleannews FetchError tree, each with a one-line message."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from cleannews.errors import (
    FetchConnectionError,
    FetchError,
    FetchTimeout,
    TooManyRedirects,
)
from cleannews.fetch.deadline import Deadline


def one_line(text: object) -> str:
    """``text`` squeezed to a single line: the CLI prints messages as they are."""
    return " ".join(str(text).split()) or "no details"


def timeout_error(url: str, deadline: Deadline, during: str = "") -> FetchTimeout:
    where = f" {during}" if during else ""
    return FetchTimeout(f"timed out after {deadline.timeout:g}s{where} fetching {url}", url)


@contextmanager
def translated(url: str, deadline: Deadline) -> Iterator[None]:
    """Re-raise httpx errors met while fetching ``url`` as FetchError subclasses.

    A broken connection after the deadline is the watchdog's doing, so it counts as a timeout.
    """
    try:
        yield
    except FetchError:
        raise
    except httpx.TimeoutException as exc:
        raise timeout_error(url, deadline) from exc
    except httpx.TooManyRedirects as exc:
        raise TooManyRedirects(f"too many redirects fetching {url}", url) from exc
    except httpx.TransportError as exc:
        if deadline.expired:
            raise timeout_error(url, deadline) from exc
        if isinstance(exc, httpx.UnsupportedProtocol):
            raise FetchError(f"unsupported URL scheme: {url}", url) from exc
        reason = one_line(exc) if str(exc) else type(exc).__name__
        raise FetchConnectionError(f"connection failed fetching {url}: {reason}", url) from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL {url!r}: {one_line(exc)}", url) from exc
    except TimeoutError as exc:
        # anyio.fail_after in the async path, when the deadline passes outside an httpx call.
        raise timeout_error(url, deadline) from exc
