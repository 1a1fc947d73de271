"""A raw-socket HTTP server on 127.0.0.1 for the faults werkzeug cannot produce.

Each route is a function ``(conn, hit) -> None`` that writes whatever bytes it likes to the socket
(``hit`` counts requests to that path, from 1), so a test can trickle, reset, stream forever, or
answer differently the second time. Bodies are written from a fixed chunk in a loop: the server
never holds a large body in memory either.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

Route = Callable[[socket.socket, int], None]
CHUNK = b"x" * 65536


class FaultServer:
    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Route) -> str:
        self.routes[path] = handler
        return self.url(path)

    def close(self) -> None:
        # The accept loop sees the flag within its 0.2 s timeout; the test need not wait for that.
        self._stop.set()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            if self._stop.is_set():
                conn.close()
                break
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()
        self._sock.close()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        with conn:
            try:
                while not self._stop.is_set():  # keep-alive: one request after another
                    head = b""
                    while b"\r\n\r\n" not in head:
                        data = conn.recv(4096)
                        if not data:
                            return
                        head += data
                    path = head.split(b" ", 2)[1].decode()
                    with self._lock:
                        hit = self.hits[path] = self.hits.get(path, 0) + 1
                    handler = self.routes.get(path, not_found)
                    handler(conn, hit)
            except OSError:
                return  # the client hung up, as most faults here end


def respond(conn: socket.socket, status: str, headers: dict[str, str], body: bytes = b"") -> None:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers.items()]
    delimited = "Content-Length" in headers or "Transfer-Encoding" in headers
    if not delimited and headers.get("Connection") != "close":  # "close": the body runs until EOF
        lines.append(f"Content-Length: {len(body)}")
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


def not_found(conn: socket.socket, hit: int) -> None:
    respond(conn, "404 Not Found", {"Content-Type": "text/plain"}, b"no such page")


def html(body: bytes | str, content_type: str = "text/html; charset=utf-8", **headers: str) -> Route:
    data = body.encode() if isinstance(body, str) else body

    def handler(conn: socket.socket, hit: int) -> None:
        respond(conn, "200 OK", {"Content-Type": content_type, **headers}, data)

    return handler


def reset(conn: socket.socket, hit: int) -> None:
    """Close with SO_LINGER 0: the kernel sends RST instead of FIN, a 'connection reset by peer'."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
    raise OSError("reset sent")


def gzip_bomb(megabytes: int) -> bytes:
    """A valid single-member gzip of ``megabytes`` MiB of zeros, built without holding them.

    After a full flush deflate's state is reset, so every later 1 MiB block compresses to the
    same bytes: the stream is one block repeated, and the CRC is computed over the same chunk.
    """
    chunk = b"\0" * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    size = (megabytes << 20) & 0xFFFFFFFF
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return header + first + block * (megabytes - 1) + tail + struct.pack("<II", crc, size)


@dataclass
class Measure:
    seconds: float = 0.0
    peak_bytes: int = 0

    @property
    def peak_mib(self) -> float:
        return self.peak_bytes / (1 << 20)


@contextmanager
def measured(memory: bool = False) -> Iterator[Measure]:
    """Wall time inside the block and, if ``memory``, the peak of Python allocations (server included).

    Memory tracing slows allocation-heavy setup (an SSL context takes seconds under it), so the
    tests that bound time alone leave it off.
    """
    result = Measure()
    if memory:
        tracemalloc.start()
        tracemalloc.reset_peak()
    start = time.monotonic()
    try:
        yield result
    finally:
        result.seconds = time.monotonic() - start
        if memory:
            result.peak_bytes = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        print(f"elapsed {result.seconds:.2f}s, peak {result.peak_mib:.1f} MiB")
