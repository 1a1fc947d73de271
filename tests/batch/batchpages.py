"""Pages, archives and a fault-injecting HTTP server on 127.0.0.1 for the batch tests."""

from __future__ import annotations

import gzip
import io
import socket
import struct
import threading
import time
import uuid
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WORDS = ("harbour council storm river budget school museum train bridge market festival library "
         "weather report mayor vote station garden orchestra").split()


def article(n: int) -> str:
    """A small news page whose body names its number, with chrome around it."""
    words = [WORDS[(n * 7 + i) % len(WORDS)] for i in range(60)]
    paragraphs = "".join(
        f"<p>Story {n} paragraph {k}: the {' '.join(words[k * 12:(k + 1) * 12])} went on as planned, "
        f"officials said on Tuesday, and residents were told to expect more news soon.</p>"
        for k in range(5)
    )
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>Story {n} | Daily</title></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Story {n}</h1>{paragraphs}</article>"
            f"<footer>Copyright Daily</footer></body></html>")


# -- WARC ------------------------------------------------------------------------------------------

def warc_record(url: str, body: bytes, *, status: str = "200 OK",
                content_type: str = "text/html; charset=utf-8", encoding: str | None = None) -> bytes:
    """One gzip member holding one WARC response record (the usual layout of a .warc.gz)."""
    from fastwarc.warc import WarcRecord, WarcRecordType

    record = WarcRecord()
    record.init_headers(WarcRecordType.response, f"uuid:{uuid.uuid4()}".encode())
    record.headers["WARC-Target-URI"] = url
    record.headers["Content-Type"] = "application/http; msgtype=response"
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
    if encoding:
        head += f"Content-Encoding: {encoding}\r\n"
    head += f"Content-Length: {len(body)}\r\n\r\n"
    record.set_bytes_content(head.encode() + body)
    buffer = io.BytesIO()
    record.write(buffer, checksum_data=True)
    return gzip.compress(buffer.getvalue())


def write_warc(path: Path, records: Iterable[bytes]) -> Path:
    with open(path, "wb") as stream:
        for record in records:
            stream.write(record)
    return path


# -- the server ------------------------------------------------------------------------------------

class Faults(BaseHTTPRequestHandler):
    """Routes by the first path segment: /ok/N, /404/N, /slow/N, /pdf/N, /reset/N, /empty/N."""

    protocol_version = "HTTP/1.1"
    slow_seconds = 3.0

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        parts = self.path.strip("/").split("/")
        kind, n = parts[0], int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        if kind == "ok":
            self._send(200, "text/html; charset=utf-8", article(n).encode())
        elif kind == "slow":
            time.sleep(self.slow_seconds)
            self._send(200, "text/html; charset=utf-8", article(n).encode())
        elif kind == "pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not a page")
        elif kind == "empty":
            self._send(200, "text/html", b"<html><body></body></html>")
        elif kind == "reset":
            # SO_LINGER 0: close sends RST, the client sees 'connection reset by peer'.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        else:
            self._send(404, "text/html", b"<html><body>not found</body></html>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (a timeout): nothing to do


class _Quiet(ThreadingHTTPServer):
    request_queue_size = 256  # the default backlog of 5 drops connections under a batch's concurrency

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that give up (timeouts) are part of the test


class Server:
    def __init__(self) -> None:
        self.httpd = _Quiet(("127.0.0.1", 0), Faults)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                       daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


KINDS = ("404", "slow", "pdf", "reset", "empty")


def mixed_urls(server: Server, count: int) -> list[str]:
    """``count`` URLs, one in two a good page, the others cycling through the faults."""
    urls = []
    for i in range(count):
        kind = "ok" if i % 2 == 0 else KINDS[(i // 2) % len(KINDS)]
        urls.append(server.url(f"/{kind}/{i}"))
    return urls
