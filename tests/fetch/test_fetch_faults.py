"""Fetching from a real socket server that misbehaves: time and memory must stay bounded.

Every test runs the sync and the async fetcher. Bounds are generous (machines are noisy): they
check that a fault is cut off, never how fast the happy path is.
"""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import pytest
from faultserver import CHUNK, FaultServer, gzip_bomb, html, measured, reset, respond

from cleannews import (
    AsyncFetcher,
    FetchConnectionError,
    Fetcher,
    FetchTimeout,
    HTTPStatusError,
    NotHTML,
    Page,
    ResponseTooLarge,
    RobotsDisallowed,
    TooManyRedirects,
    afetch,
    fetch,
)

MODES = ["sync", "async"]
MiB = 1 << 20
# Short waits, so the whole suite stays fast.
QUICK = {"backoff": 0.05, "max_backoff": 0.2}


def get(mode: str, url: str, **options: Any) -> Page:
    if mode == "sync":
        return fetch(url, **options)
    return asyncio.run(afetch(url, **options))


def get_all(mode: str, urls: list[str], **options: Any) -> list[Page]:
    """Several URLs through one reusable fetcher (batch work: robots.txt obeyed by default)."""
    if mode == "sync":
        with Fetcher(**options) as fetcher:
            return [fetcher.fetch(u) for u in urls]

    async def run() -> list[Page]:
        async with AsyncFetcher(**options) as fetcher:
            return [await fetcher.fetch(u) for u in urls]

    return asyncio.run(run())


def one_line(error: BaseException) -> str:
    text = str(error)
    assert "\n" not in text and text.strip() == text and text
    return text


# --- slow servers: the total deadline holds ---------------------------------------------------------


def trickle_body(conn: socket.socket, hit: int) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>")
    while True:
        conn.sendall(b"x")
        time.sleep(0.05)


def trickle_headers(conn: socket.socket, hit: int) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    while True:
        conn.sendall(b"X-Slow: y\r\n")
        time.sleep(0.05)


def trickle_then_stall(conn: socket.socket, hit: int) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<p>")
    for _ in range(5):
        conn.sendall(b"x")
        time.sleep(0.05)
    time.sleep(10)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("route", [trickle_body, trickle_headers, trickle_then_stall])
def test_trickling_server_cannot_stretch_the_deadline(faults: FaultServer, mode: str, route: Any) -> None:
    url = faults.route("/slow", route)
    with measured() as m, pytest.raises(FetchTimeout) as info:
        get(mode, url, timeout=0.5, **QUICK)
    assert m.seconds < 2.5
    assert "timed out after 0.5s" in one_line(info.value)
    assert info.value.url == url


# --- broken connections and "try later": retries --------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_connection_reset_is_retried_then_reported(faults: FaultServer, mode: str) -> None:
    url = faults.route("/reset", reset)
    with measured() as m, pytest.raises(FetchConnectionError) as info:
        get(mode, url, retries=2, **QUICK)
    assert faults.hits["/reset"] == 3
    assert m.seconds < 5.0
    assert url in one_line(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_one_reset_then_success(faults: FaultServer, mode: str) -> None:
    page_route = html("<p>back</p>")

    def flaky(conn: socket.socket, hit: int) -> None:
        (reset if hit == 1 else page_route)(conn, hit)

    page = get(mode, faults.route("/flaky", flaky), **QUICK)
    assert page.text == "<p>back</p>"
    assert faults.hits["/flaky"] == 2


def test_refused_connection() -> None:
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]
    with pytest.raises(FetchConnectionError) as info:
        fetch(f"http://127.0.0.1:{port}/", retries=1, **QUICK)
    assert "connection failed" in one_line(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_503_then_200(faults: FaultServer, mode: str) -> None:
    page_route = html("<p>ok</p>")

    def busy_once(conn: socket.socket, hit: int) -> None:
        if hit == 1:
            respond(conn, "503 Service Unavailable", {"Content-Type": "text/html"}, b"busy")
        else:
            page_route(conn, hit)

    page = get(mode, faults.route("/busy", busy_once), **QUICK)
    assert (page.status, page.text) == (200, "<p>ok</p>")
    assert faults.hits["/busy"] == 2


@pytest.mark.parametrize("mode", MODES)
def test_503_every_time_ends_as_http_status_error(faults: FaultServer, mode: str) -> None:
    def down(conn: socket.socket, hit: int) -> None:
        respond(conn, "503 Service Unavailable", {"Content-Type": "text/html"}, b"down")

    url = faults.route("/down", down)
    with pytest.raises(HTTPStatusError) as info:
        get(mode, url, retries=2, **QUICK)
    assert info.value.status == 503
    assert one_line(info.value) == f"HTTP 503 Service Unavailable fetching {url}"
    assert faults.hits["/down"] == 3


@pytest.mark.parametrize("mode", MODES)
def test_404_is_not_retried(faults: FaultServer, mode: str) -> None:
    url = faults.url("/missing")
    with pytest.raises(HTTPStatusError) as info:
        get(mode, url, **QUICK)
    assert info.value.status == 404
    assert faults.hits["/missing"] == 1


@pytest.mark.parametrize("mode", MODES)
def test_429_waits_for_retry_after(faults: FaultServer, mode: str) -> None:
    page_route = html("<p>now</p>")

    def limited(conn: socket.socket, hit: int) -> None:
        if hit == 1:
            respond(conn, "429 Too Many Requests", {"Retry-After": "1"}, b"slow")
        else:
            page_route(conn, hit)

    with measured() as m:
        page = get(mode, faults.route("/limited", limited), **QUICK)
    assert page.text == "<p>now</p>"
    assert m.seconds >= 0.9  # the server's 1 s, not our 0.05 s backoff
    assert m.seconds < 5.0


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_is_capped(faults: FaultServer, mode: str) -> None:
    page_route = html("<p>now</p>")

    def greedy(conn: socket.socket, hit: int) -> None:
        if hit == 1:
            respond(conn, "429 Too Many Requests", {"Retry-After": "3600"}, b"")
        else:
            page_route(conn, hit)

    with measured() as m:
        get(mode, faults.route("/greedy", greedy), max_retry_after=0.2, **QUICK)
    assert m.seconds < 3.0


@pytest.mark.parametrize("mode", MODES)
def test_retry_wait_past_the_deadline_is_not_started(faults: FaultServer, mode: str) -> None:
    def later(conn: socket.socket, hit: int) -> None:
        respond(conn, "503 Service Unavailable", {"Retry-After": "20"}, b"")

    with measured() as m, pytest.raises(HTTPStatusError):
        get(mode, faults.route("/later", later), timeout=2.0, **QUICK)
    assert m.seconds < 1.5
    assert faults.hits["/later"] == 1


# --- redirects --------------------------------------------------------------------------------------------


def redirect(to: str) -> Any:
    def handler(conn: socket.socket, hit: int) -> None:
        respond(conn, "302 Found", {"Location": to}, b"")

    return handler


@pytest.mark.parametrize("mode", MODES)
def test_redirect_loop_is_detected(faults: FaultServer, mode: str) -> None:
    faults.route("/b", redirect("/a"))
    url = faults.route("/a", redirect("/b"))
    with pytest.raises(TooManyRedirects) as info:
        get(mode, url, **QUICK)
    assert "redirect loop" in one_line(info.value)
    assert faults.hits["/a"] == 1  # caught on the first repeat, not after max_redirects hops


@pytest.mark.parametrize("mode", MODES)
def test_redirect_chain_is_limited(faults: FaultServer, mode: str) -> None:
    for i in range(10):
        faults.route(f"/r{i}", redirect(f"/r{i + 1}"))
    with pytest.raises(TooManyRedirects) as info:
        get(mode, faults.url("/r0"), max_redirects=3, **QUICK)
    assert "more than 3 redirects" in one_line(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_redirect_gives_final_url(faults: FaultServer, mode: str) -> None:
    faults.route("/old", redirect("/new"))
    final = faults.route("/new", html("<p>new</p>"))
    page = get(mode, faults.url("/old"))
    assert page.url == final


def test_self_redirect_that_sets_a_cookie_is_not_a_loop(faults: FaultServer) -> None:
    page_route = html("<p>welcome</p>")

    def cookie_wall(conn: socket.socket, hit: int) -> None:
        if hit == 1:
            respond(conn, "302 Found", {"Location": "/wall", "Set-Cookie": "seen=1; Path=/"}, b"")
        else:
            page_route(conn, hit)

    assert fetch(faults.route("/wall", cookie_wall)).text == "<p>welcome</p>"


# --- big, endless and compressed bodies: memory stays bounded ---------------------------------------------


def stream_body(total: int, chunked: bool, declare_length: bool = False) -> Any:
    def handler(conn: socket.socket, hit: int) -> None:
        headers = {"Content-Type": "text/html"}
        if chunked:
            headers["Transfer-Encoding"] = "chunked"
        elif declare_length:
            headers["Content-Length"] = str(total)
        else:
            headers["Connection"] = "close"  # body runs until the server closes
        respond(conn, "200 OK", headers)
        frame = b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK) if chunked else CHUNK
        sent = 0
        while total < 0 or sent < total:  # total < 0: endless
            conn.sendall(frame)
            sent += len(CHUNK)
        conn.sendall(b"0\r\n\r\n" if chunked else b"")
        conn.close()
        raise OSError("done")

    return handler


@pytest.mark.parametrize("mode", MODES)
def test_300_mb_body_is_cut_off_while_streaming(faults: FaultServer, mode: str) -> None:
    url = faults.route("/huge", stream_body(300 * MiB, chunked=False))
    with measured(memory=True) as m, pytest.raises(ResponseTooLarge) as info:
        get(mode, url)  # default max_bytes, about 10 MB
    assert "larger than 10.0 MiB" in one_line(info.value)
    assert m.peak_bytes < 64 * MiB  # the body is 300 MiB
    assert m.seconds < 10.0


@pytest.mark.parametrize("mode", MODES)
def test_declared_300_mb_is_refused_before_reading(faults: FaultServer, mode: str) -> None:
    url = faults.route("/declared", stream_body(300 * MiB, chunked=False, declare_length=True))
    with measured(memory=True) as m, pytest.raises(ResponseTooLarge):
        get(mode, url)
    assert m.peak_bytes < 4 * MiB


@pytest.mark.parametrize("mode", MODES)
def test_endless_chunked_body_is_cut_off(faults: FaultServer, mode: str) -> None:
    url = faults.route("/endless", stream_body(-1, chunked=True))
    with measured(memory=True) as m, pytest.raises(ResponseTooLarge):
        get(mode, url, max_bytes=2 * MiB)
    assert m.peak_bytes < 16 * MiB
    assert m.seconds < 10.0


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip_bomb(1024)  # 1 GiB of zeros in about 1 MiB


@pytest.mark.parametrize("mode", MODES)
def test_gzip_bomb_is_cut_off(faults: FaultServer, mode: str, bomb: bytes) -> None:
    url = faults.route("/bomb", html(bomb, **{"Content-Encoding": "gzip"}))
    with measured(memory=True) as m, pytest.raises(ResponseTooLarge):
        get(mode, url)
    assert m.peak_bytes < 64 * MiB  # it inflates to 1 GiB
    assert m.seconds < 10.0


@pytest.mark.parametrize("mode", MODES)
def test_gzip_page_is_inflated(faults: FaultServer, mode: str) -> None:
    import gzip

    body = "<html><p>gzipped page</p></html>" * 100
    url = faults.route("/gz", html(gzip.compress(body.encode()), **{"Content-Encoding": "gzip"}))
    page = get(mode, url)
    assert page.text == body
    assert "content-encoding" not in page.headers  # content is already inflated


# --- what the body is: content type and charset -----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_pdf_is_not_html(faults: FaultServer, mode: str) -> None:
    url = faults.route("/doc.pdf", html(b"%PDF-1.7\n...", content_type="application/pdf"))
    with pytest.raises(NotHTML) as info:
        get(mode, url)
    assert one_line(info.value) == f"not an HTML page (application/pdf): {url}"
    assert get(mode, url, accept=None).content.startswith(b"%PDF")


def test_pdf_without_content_type_is_sniffed(faults: FaultServer) -> None:
    url = faults.route("/blob", html(b"%PDF-1.7\n...", content_type="application/octet-stream"))
    with pytest.raises(NotHTML):
        fetch(url)


@pytest.mark.parametrize("mode", MODES)
def test_windows_1252_from_header(faults: FaultServer, mode: str) -> None:
    body = "<p>Caf\u00e9 \u2014 \u201cquoted\u201d</p>".encode("cp1252")
    page = get(mode, faults.route("/cp", html(body, content_type="text/html; charset=windows-1252")))
    assert page.encoding == "cp1252"
    assert page.text == "<p>Caf\u00e9 \u2014 \u201cquoted\u201d</p>"
    assert page.content == body


@pytest.mark.parametrize("mode", MODES)
def test_charset_from_meta_only(faults: FaultServer, mode: str) -> None:
    body = '<html><head><meta charset="windows-1252"></head><p>na\u00efve \u2019</p></html>'.encode("cp1252")
    page = get(mode, faults.route("/meta", html(body, content_type="text/html")))
    assert page.encoding == "cp1252"
    assert "na\u00efve \u2019" in page.text


# --- robots.txt ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_robots_disallow(faults: FaultServer, mode: str) -> None:
    faults.route("/robots.txt", html("User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    private = faults.route("/private/page", html("<p>secret</p>"))
    public = faults.route("/public", html("<p>hello</p>"))
    # Batch work obeys robots.txt by default...
    with pytest.raises(RobotsDisallowed) as info:
        get_all(mode, [public, private])
    assert one_line(info.value) == f"robots.txt disallows {private}"
    assert faults.hits.get("/private/page") is None
    assert faults.hits["/robots.txt"] == 1  # read once per fetcher
    # ...a one-shot fetch does not, unless asked.
    assert get(mode, private).text == "<p>secret</p>"
    with pytest.raises(RobotsDisallowed):
        get(mode, private, robots=True)


@pytest.mark.parametrize("mode", MODES)
def test_robots_crawl_delay_spaces_requests(faults: FaultServer, mode: str) -> None:
    faults.route("/robots.txt", html("User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain"))
    url = faults.route("/p", html("<p>p</p>"))
    with measured() as m:
        get_all(mode, [url, url, url])
    assert m.seconds >= 0.55  # two waits of 0.3 s


@pytest.mark.parametrize("mode", MODES)
def test_host_delay_without_robots(faults: FaultServer, mode: str) -> None:
    url = faults.route("/q", html("<p>q</p>"))
    with measured() as m:
        get_all(mode, [url, url, url], robots=False, host_delay=0.25)
    assert m.seconds >= 0.45
    assert "/robots.txt" not in faults.hits


@pytest.mark.parametrize("mode", MODES)
def test_robots_5xx_disallows_everything(faults: FaultServer, mode: str) -> None:
    def broken(conn: socket.socket, hit: int) -> None:
        respond(conn, "500 Internal Server Error", {}, b"")

    faults.route("/robots.txt", broken)
    url = faults.route("/x", html("<p>x</p>"))
    with pytest.raises(RobotsDisallowed) as info:
        get_all(mode, [url])
    assert "robots.txt answered HTTP 500" in one_line(info.value)
