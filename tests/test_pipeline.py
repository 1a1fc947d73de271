"""extract(): any str or bytes in, an Article out; the stages joined in one place."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleannews
from cleannews import Article, extract
from cleannews.blocks import Heading, Paragraph, Span
from cleannews.pipeline import drop_title_heading

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.html"

PROSE = "".join(
    f"<p>Paragraph {n} of the story. The harbour authority closed the port on Monday after the storm "
    f"damaged two piers, and officials said repairs could take weeks.</p>"
    for n in range(1, 9)
)
ARTICLE_PAGE = f"""<html lang="en"><head><title>Storm closes the harbour | The Bugle</title>
<link rel="canonical" href="https://example.com/news/storm"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Storm closes the harbour</h1>{PROSE}
<p>Read <a href="../reports/storm.pdf">the full report</a> on the authority's site, which lists every
repair and the date by which each pier is expected to reopen.</p></article></body></html>"""


@pytest.mark.parametrize("junk", [
    "", " ", "   \n\t  ", "plain text without any markup at all", "<", "<<<>>>", "</p></div></html>",
    "<html><body></body></html>", "<p>\x00\x00</p>", "\ufeff", "<script>var a = 1;</script>",
    b"", b"\x00" * 100, bytes(range(256)) * 8, b"\xff\xfe", b"\xff\xfe\x00\x00", b"%PDF-1.4\n%\xe2\xe3",
    b"\x89PNG\r\n\x1a\n" + bytes(200), "<" * 5000 + ">" * 5000, "<div>" * 3000 + "deep" + "</div>" * 3000,
])
@pytest.mark.parametrize("backend", ["native", "auto"])
def test_extract_never_raises(junk: str | bytes, backend: str) -> None:
    article = extract(junk, backend=backend)
    assert isinstance(article, Article)
    assert isinstance(article.text, str)


@pytest.mark.parametrize("empty", ["", "   ", b"", b"\x00" * 100,
                                   "<html><head><title>T</title></head></html>",
                                   "<html><body><p> </p><div></div></body></html>"])
@pytest.mark.parametrize("backend", ["native", "trafilatura", "auto"])
def test_a_page_without_content_gives_empty_text(empty: str | bytes, backend: str) -> None:
    article = extract(empty, backend=backend)
    assert article.text == "" and article.markdown == "" and article.html == ""


def test_a_page_of_navigation_only_gives_empty_text() -> None:
    # native only: trafilatura keeps the lone "Home" link, and auto then prefers its one word.
    article = extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", backend="native")
    assert article.text == ""


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=500), st.binary(max_size=500),
                 st.lists(st.sampled_from(["<p>", "</p>", "<div class='nav'>", "</div>", "<h1>", "</h1>",
                                           "<table><tr><td>", "<a href='javascript:x'>", "</a>", "<br>",
                                           "word ", "\x00", "&amp;", "<!--", "-->", "<pre>", "<li>"]),
                          max_size=60).map("".join)))
def test_extract_never_raises_on_generated_input(data: str | bytes) -> None:
    assert isinstance(extract(data, backend="native"), Article)


def test_the_headline_is_metadata_not_body() -> None:
    article = extract(ARTICLE_PAGE, url="https://example.com/news/storm?utm=x")
    assert article.title == "Storm closes the harbour"
    assert "Storm closes the harbour" not in article.text
    assert article.text.startswith("Paragraph 1 of the story.")
    assert not article.markdown.startswith("#")


def test_the_example_page_headline_is_not_repeated() -> None:
    article = extract(EXAMPLE.read_bytes(), url="https://example.com/a")
    assert article.title and article.text
    assert article.title not in article.text


def test_drop_title_heading_takes_only_a_heading_naming_the_title() -> None:
    heading = Heading(1, (Span("Storm closes the harbour"),))
    other = Heading(2, (Span("What happened"),))
    body = Paragraph((Span("Text."),))
    assert drop_title_heading((heading, body), "Storm closes the harbour | The Bugle") == (body,)
    assert drop_title_heading((heading, body), "The Bugle: Storm closes the harbour") == (body,)
    assert drop_title_heading((other, body), "Storm closes the harbour") == (other, body)
    assert drop_title_heading((heading, body), None) == (heading, body)


def test_a_body_that_is_the_headline_alone_keeps_it() -> None:
    heading = Heading(1, (Span("Storm closes the harbour"),))
    assert drop_title_heading((heading,), "Storm closes the harbour") == (heading,)


def test_every_form_and_the_metadata_come_from_one_call() -> None:
    article = extract(ARTICLE_PAGE, url="https://example.com/news/storm?utm=x")
    assert article.url == "https://example.com/news/storm?utm=x"
    assert article.canonical_url == "https://example.com/news/storm"
    assert article.language == "en"
    assert article.backend in ("native", "trafilatura")
    assert "Paragraph 8 of the story." in article.text
    assert article.html.startswith("<article>") and "<p>Paragraph 1 of the story." in article.html
    # Links in markdown and html are resolved against the page URL.
    assert '<a href="https://example.com/reports/storm.pdf">the full report</a>' in article.html
    assert "[the full report](https://example.com/reports/storm.pdf)" in article.markdown
    assert "the full report" in article.text and "storm.pdf" not in article.text


def test_each_form_is_rendered_when_first_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    for name in ("render_text", "render_markdown", "render_html"):
        real = getattr(cleannews.pipeline, name)
        monkeypatch.setattr(cleannews.pipeline, name,
                            lambda *args, _name=name, _real=real: calls.append(_name) or _real(*args))
    article = extract(ARTICLE_PAGE, url="https://example.com/news/storm")
    assert calls == []
    assert "Paragraph 8 of the story." in article.text and calls == ["render_text"]
    assert article.markdown == article.markdown and calls == ["render_text", "render_markdown"]
    # Equal to the Article built with every form at once, and read whole by to_dict().
    eager = Article(**extract(ARTICLE_PAGE, url="https://example.com/news/storm").to_dict())
    assert article == eager and article.to_dict() == eager.to_dict()
    assert calls.count("render_html") == 2


LINKED = ("<html><head>{head}</head><body><article><p>See <a href='report.html'>the report</a> for the "
          "repairs.</p></article></body></html>")


@pytest.mark.parametrize("head, url, expected", [
    ("", "https://example.com/news/a", "https://example.com/news/report.html"),
    ("<base href='/archive/'>", "https://example.com/news/a", "https://example.com/archive/report.html"),
    ("<base href='https://cdn.example/b/'>", None, "https://cdn.example/b/report.html"),
    # The canonical URL may name another site: it stands in only when the page URL is unknown.
    ("<link rel='canonical' href='https://syndicated.example/x/'>", "https://example.com/news/a",
     "https://example.com/news/report.html"),
    ("<link rel='canonical' href='https://syndicated.example/x/'>", None,
     "https://syndicated.example/x/report.html"),
    ("<base href='http://['>", "https://example.com/news/a", "https://example.com/news/report.html"),
    ("<base href='javascript:alert(1)//'>", "https://example.com/news/a",
     "https://example.com/news/report.html"),
])
def test_links_resolve_like_a_browser(head: str, url: str | None, expected: str) -> None:
    article = extract(LINKED.format(head=head), url=url, backend="native")
    assert f'<a href="{expected}">the report</a>' in article.html
    assert f"[the report]({expected})" in article.markdown


@pytest.mark.parametrize("page, expected", [
    # A stray <base> in the body is honoured, as browsers do; the first in tree order wins.
    (LINKED.format(head="") + "<BASE href='/stray/'>", "https://example.com/stray/report.html"),
    (LINKED.format(head="<base target='_top'><base href='/head/'>") + "<base href='/stray/'>",
     "https://example.com/head/report.html"),
])
def test_the_first_base_anywhere_in_the_page_counts(page: str, expected: str) -> None:
    article = extract(page, url="https://example.com/news/a", backend="native")
    assert f'<a href="{expected}">the report</a>' in article.html


def test_relative_links_stay_out_when_nothing_says_where_the_page_is() -> None:
    article = extract(LINKED.format(head=""), backend="native")
    assert "the report" in article.html and "href" not in article.html


def test_bytes_are_decoded_by_their_declared_charset() -> None:
    page = ("<html><head><meta charset='windows-1252'><title>Café</title></head><body><article>"
            + PROSE.replace("storm", "tempête") + "</article></body></html>")
    article = extract(page.encode("cp1252"))
    assert article.title == "Café" and "tempête" in article.text


def test_str_and_utf8_bytes_give_the_same_article() -> None:
    assert extract(ARTICLE_PAGE, url="https://e.x/a") == extract(ARTICLE_PAGE.encode(), url="https://e.x/a")


def test_a_bytearray_reads_as_bytes() -> None:
    assert extract(bytearray(ARTICLE_PAGE.encode())) == extract(ARTICLE_PAGE)


@pytest.mark.parametrize("wrong", [None, 123, ["<p>a list</p>"]])
def test_input_that_is_not_text_or_bytes_is_a_type_error(wrong: object) -> None:
    with pytest.raises(TypeError, match=f"str or bytes, not {type(wrong).__name__}"):
        extract(wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize("wrong", [123, b"https://e.x/a"])
def test_a_url_that_is_not_text_is_a_type_error(wrong: object) -> None:
    with pytest.raises(TypeError, match=f"url must be a str or None, not {type(wrong).__name__}"):
        extract(ARTICLE_PAGE, url=wrong)  # type: ignore[arg-type]


def test_options_can_be_given_as_an_object_or_keywords() -> None:
    by_object = extract(ARTICLE_PAGE, options=cleannews.Options(backend="native"))
    by_keyword = extract(ARTICLE_PAGE, backend="native")
    assert by_object == by_keyword and by_object.backend == "native"


def test_a_failing_extractor_keeps_the_metadata(monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr("cleannews.pipeline.get_extractor", lambda name: broken)
    with caplog.at_level(logging.ERROR, logger="cleannews"):
        article = extract(ARTICLE_PAGE)
    assert article.text == "" and article.title == "Storm closes the harbour"
    assert "extractor bug" in caplog.text


def test_a_failing_metadata_extractor_keeps_the_body(monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("metadata bug")

    monkeypatch.setattr("cleannews.pipeline.extract_metadata", broken)
    with caplog.at_level(logging.ERROR, logger="cleannews"):
        article = extract(ARTICLE_PAGE, backend="native")
    assert article.title is None and "Paragraph 8 of the story." in article.text
    assert "metadata bug" in caplog.text


def test_clean_fetches_then_extracts(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/news/storm").respond_with_data(ARTICLE_PAGE, content_type="text/html")
    article = cleannews.clean(httpserver.url_for("/news/storm"), backend="native")
    assert article.title == "Storm closes the harbour"
    assert article.url == httpserver.url_for("/news/storm")
    assert "Paragraph 8 of the story." in article.text
