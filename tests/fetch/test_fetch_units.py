"""Unit tests over httpx.MockTransport (no sockets), plus the HTTP cache against pytest-httpserver."""

from __future__ import annotations

import asyncio
import gzip
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer

import cleannews
from cleannews import AsyncFetcher, Fetcher, FetchError, FetchOptions, NotHTML, ResponseTooLarge
from cleannews.fetch.body import BodyReader
from cleannews.fetch.retry import parse_retry_after

HTML = {"content-type": "text/html; charset=utf-8"}


def mock(handler: object, **options: object) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(handler), robots=False, **options)  # type: ignore[arg-type]


def test_public_surface() -> None:
    for name in ("fetch", "afetch", "Fetcher", "AsyncFetcher", "FetchOptions"):
        assert name in cleannews.__all__
    from cleannews.fetch import AsyncFetcher as A  # noqa: F401
    from cleannews.fetch import Fetcher as F

    assert (A, F) == (cleannews.AsyncFetcher, cleannews.Fetcher)


def test_request_headers_name_the_project_and_carry_extras() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers=HTML, content=b"<p>hi</p>")

    with mock(handler, headers={"X-Test": "1"}, cookies={"session": "abc"}) as fetcher:
        fetcher.fetch("https://example.test/a")
    request = seen[0]
    assert request.headers["user-agent"].startswith(f"cleannews/{cleannews.__version__}")
    assert request.headers["x-test"] == "1"
    assert request.headers["cookie"] == "session=abc"
    # Only codings that can be inflated with a bounded output are offered.
    assert request.headers["accept-encoding"] == "gzip, deflate"


def test_overrides_and_options_object_agree() -> None:
    assert Fetcher(FetchOptions(timeout=5)).options.timeout == 5
    assert Fetcher(timeout=5, robots=False).options.robots is False
    assert Fetcher().options.robots is True  # batch work obeys robots.txt by default
    with pytest.raises(TypeError, match="unknown fetch option"):
        Fetcher(timout=5)
    with pytest.raises(ValueError):
        FetchOptions(max_bytes=0)


@pytest.mark.parametrize("name, value", [("timeout", "5"), ("retries", None), ("max_bytes", True),
                                         ("robots", "no"), ("http2", 1)])
def test_a_fetch_option_of_the_wrong_type_is_a_type_error_naming_it(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"FetchOptions.{name} must be"):
        FetchOptions(**{name: value})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        Fetcher(**{name: value})


def test_fetch_options_that_are_not_a_fetch_options_object_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be a FetchOptions, not dict"):
        cleannews.clean("https://x.test/", fetch_options={"timeout": 1})  # type: ignore[arg-type]


def test_clean_still_takes_fetch_options(monkeypatch: pytest.MonkeyPatch) -> None:
    # cleannews.clean(url, fetch_options=...) calls fetch(url, options) positionally.
    page = cleannews.Page("https://x.test/", 200, {}, b"<p>x</p>", "utf-8", "<p>x</p>")
    calls: list[tuple[str, object]] = []

    def fake(url: str, options: FetchOptions | None = None, **overrides: object) -> cleannews.Page:
        calls.append((url, options))
        return page

    monkeypatch.setattr(cleannews, "fetch", fake)
    opts = FetchOptions(timeout=3)
    cleannews.clean("https://x.test/", fetch_options=opts)
    assert calls == [("https://x.test/", opts)]


def test_invalid_urls_are_fetch_errors() -> None:
    for bad in ("ftp://example.test/", "not a url", "http://"):
        with pytest.raises(FetchError) as info:
            cleannews.fetch(bad)
        assert "\n" not in str(info.value)


def test_content_length_over_limit_is_refused_unread() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={**HTML, "content-length": "999999"}, content=b"x" * 999999)

    with mock(handler, max_bytes=1000) as fetcher, pytest.raises(ResponseTooLarge):
        fetcher.fetch("https://example.test/")


def test_xhtml_is_accepted_and_json_is_not() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        kind = "application/xhtml+xml" if request.url.path == "/x" else "application/json"
        return httpx.Response(200, headers={"content-type": kind}, content=b"<html/>")

    with mock(handler) as fetcher:
        assert fetcher.fetch("https://example.test/x").content == b"<html/>"
        with pytest.raises(NotHTML, match=r"not an HTML page \(application/json\)"):
            fetcher.fetch("https://example.test/j")


def test_async_fetcher_over_mock_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=HTML, content=request.url.path.encode())

    async def run() -> list[str]:
        async with AsyncFetcher(transport=httpx.MockTransport(handler), robots=False) as fetcher:
            pages = await asyncio.gather(*(fetcher.fetch(f"https://example.test/{i}") for i in range(5)))
        return [p.text for p in pages]

    assert asyncio.run(run()) == [f"/{i}" for i in range(5)]


def test_http2_option_builds_a_client() -> None:
    pytest.importorskip("h2")
    with Fetcher(http2=True) as fetcher:
        assert fetcher.options.http2


# --- pieces -----------------------------------------------------------------------------------------------


def test_parse_retry_after() -> None:
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 30) == 30.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 + 30) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_body_reader_inflates_in_bounded_steps() -> None:
    data = gzip.compress(b"a" * 5000)
    reader = BodyReader("u", "gzip", 10_000)
    for i in range(0, len(data), 7):
        reader.feed(data[i : i + 7])
    assert reader.content() == b"a" * 5000
    with pytest.raises(ResponseTooLarge):
        BodyReader("u", "gzip", 4999).feed(data)


def test_body_reader_follows_concatenated_gzip_members_and_raw_deflate() -> None:
    import zlib

    reader = BodyReader("u", "gzip", 100)
    reader.feed(gzip.compress(b"one ") + gzip.compress(b"two"))
    assert reader.content() == b"one two"
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    deflated = raw.compress(b"raw deflate") + raw.flush()
    reader = BodyReader("u", "deflate", 100)
    reader.feed(deflated)
    assert reader.content() == b"raw deflate"


def test_body_reader_refuses_unknown_codings() -> None:
    with pytest.raises(FetchError, match="unsupported Content-Encoding"):
        BodyReader("u", "br", 100)


# --- HTTP cache (hishel) ---------------------------------------------------------------------------


def test_cache_serves_fresh_pages_without_asking_again(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/cached").respond_with_data(
        "<p>cached</p>", content_type="text/html", headers={"Cache-Control": "max-age=60"}
    )
    url = httpserver.url_for("/cached")
    with Fetcher(cache_dir=tmp_path, robots=False) as fetcher:
        assert fetcher.fetch(url).text == "<p>cached</p>"
        assert fetcher.fetch(url).text == "<p>cached</p>"
    # The cache is on disk: a new fetcher (or a one-shot fetch) finds it too.
    assert cleannews.fetch(url, cache_dir=tmp_path).text == "<p>cached</p>"
    assert len(httpserver.log) == 1
    assert (tmp_path / "http-cache.sqlite").exists()


def test_cache_does_not_keep_no_store(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/fresh").respond_with_data(
        "<p>fresh</p>", content_type="text/html", headers={"Cache-Control": "no-store"}
    )
    url = httpserver.url_for("/fresh")
    for _ in range(2):
        cleannews.fetch(url, cache_dir=tmp_path)
    assert len(httpserver.log) == 2


def test_async_cache(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/acached").respond_with_data(
        "<p>a</p>", content_type="text/html", headers={"Cache-Control": "max-age=60"}
    )
    url = httpserver.url_for("/acached")

    async def run() -> None:
        async with AsyncFetcher(cache_dir=tmp_path, robots=False) as fetcher:
            for _ in range(2):
                assert (await fetcher.fetch(url)).text == "<p>a</p>"

    asyncio.run(run())
    assert len(httpserver.log) == 1
