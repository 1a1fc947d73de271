"""A response body, read with bounded memory: content decoding and the size limit, chunk by chunk.

httpx's own decoders inflate a whole network chunk at once (a 64 KiB gzip chunk can hold 64 MiB of
zeros), so the body is read raw and inflated here with zlib's ``max_length``: no step ever produces
more than the bytes still allowed, which is what stops a decompression bomb early.
"""

from __future__ import annotations

import zlib

from cleannews.decode import decode, looks_like_html
from cleannews.errors import FetchError, NotHTML, ResponseTooLarge
from cleannews.models import Page

# What we offer in Accept-Encoding: the codings this module can inflate with a bounded output.
ACCEPT_ENCODING = "gzip, deflate"
# Headers that describe the bytes on the wire, not Page.content (which is already inflated).
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
# Content types that say nothing about the body; such a body is sniffed instead.
_VAGUE_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream", "text/plain"})


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    size = float(n)
    for unit in ("KiB", "MiB", "GiB"):
        size /= 1024
        if size < 1024 or unit == "GiB":
            break
    return f"{size:.1f} {unit}"


def too_large(url: str, max_bytes: int) -> ResponseTooLarge:
    return ResponseTooLarge(f"response larger than {human_size(max_bytes)} (max_bytes) fetching {url}", url)


def check_declared(url: str, headers: dict[str, str], accept: tuple[str, ...] | None, max_bytes: int) -> None:
    """Refuse, before reading a byte of body, what the headers already rule out."""
    declared = media_type(headers.get("content-type"))
    if accept is not None and declared not in accept and declared not in _VAGUE_TYPES:
        raise NotHTML(f"not an HTML page ({declared}): {url}", url)
    length = headers.get("content-length", "")
    coding = headers.get("content-encoding", "identity").strip().lower()
    if length.isdigit() and coding in ("", "identity") and int(length) > max_bytes:
        raise too_large(url, max_bytes)


def check_sniffed(url: str, headers: dict[str, str], accept: tuple[str, ...] | None, content: bytes) -> None:
    """A body whose content type said nothing must at least look like HTML."""
    if accept is None or media_type(headers.get("content-type")) in accept:
        return
    if not looks_like_html(content):
        declared = media_type(headers.get("content-type")) or "no content type"
        raise NotHTML(f"not an HTML page ({declared}, and the body does not look like HTML): {url}", url)


class _Inflater:
    """gzip/deflate decoding whose output per call is capped, following concatenated gzip members."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._obj = self._new()
        self._first = True

    def _new(self) -> zlib._Decompress:
        # 16+: gzip header; 32+: zlib or gzip, sniffed; deflate is tried as zlib first (RFC 9110).
        return zlib.decompressobj(16 + zlib.MAX_WBITS if self._coding == "gzip" else zlib.MAX_WBITS)

    def feed(self, data: bytes, limit: int) -> bytes:
        """Inflate ``data``, returning at most ``limit`` bytes (more would be over max_bytes anyway)."""
        out = bytearray()
        while data and len(out) < limit:
            try:
                out += self._obj.decompress(data, limit - len(out))
            except zlib.error:
                if self._coding == "deflate" and self._first:
                    # Some servers send raw deflate without the zlib wrapper the RFC asks for.
                    self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                raise
            self._first = False
            if self._obj.unconsumed_tail:
                data = self._obj.unconsumed_tail
            elif self._obj.eof and self._obj.unused_data and self._coding == "gzip":
                data = self._obj.unused_data
                self._obj = self._new()
            else:
                data = b""
        return bytes(out)


class BodyReader:
    """Collects a body from raw (content-encoded) chunks, refusing more than ``max_bytes``."""

    def __init__(
        self, url: str, content_encoding: str | None, max_bytes: int, truncate: bool = False
    ) -> None:
        self._url = url
        self._max = max_bytes
        self._truncate = truncate
        self._buffer = bytearray()
        self._raw = 0
        self.full = False
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise FetchError(f"unsupported Content-Encoding {content_encoding!r} fetching {url}", url)
        self._inflater = _Inflater("deflate" if codings == ["deflate"] else "gzip") if codings else None

    def feed(self, raw: bytes) -> None:
        # Compressed bytes count too: junk after the end of a gzip stream is still bytes received.
        self._raw += len(raw)
        room = self._max - len(self._buffer)
        if self._inflater is None:
            data = raw[: room + 1]
        else:
            try:
                data = self._inflater.feed(raw, room + 1)
            except zlib.error as exc:
                raise FetchError(f"corrupt compressed body fetching {self._url}: {exc}", self._url) from exc
        if len(data) > room or self._raw > self._max:
            if not self._truncate:
                raise too_large(self._url, self._max)
            self._buffer += data[:room]
            self.full = True
            return
        self._buffer += data

    def content(self) -> bytes:
        return bytes(self._buffer)


def make_page(url: str, status: int, headers: dict[str, str], content: bytes) -> Page:
    text, encoding = decode(content, headers.get("content-type"))
    kept = {k: v for k, v in headers.items() if k not in _WIRE_HEADERS}
    return Page(url=url, status=status, headers=kept, content=content, encoding=encoding, text=text)
