"""The trafilatura backend: the same Article type, built from our blocks, named "trafilatura"."""

from __future__ import annotations

from pathlib import Path

from cleannews import Article, extract
from cleannews.blocks import Paragraph
from cleannews.extractors.base import Document, get_extractor
from cleannews.extractors.trafilatura import extract_trafilatura
from cleannews.models import Metadata
from cleannews.options import Options
from cleannews.parse import parse

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "article.html"
PROSE = "".join(
    f"<p>Paragraph {n} of the story. The harbour authority closed the port on Monday after the storm "
    f"damaged two piers, and officials said repairs could take weeks.</p>"
    for n in range(1, 7)
)
PAGE = (f"<html><head><title>Storm closes the harbour</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Storm closes the harbour</h1>{PROSE}</article>"
        f"<footer>All rights reserved</footer></body></html>")


def document(html: str) -> Document:
    return Document(html=html, url="https://example.com/a", tree=parse(html), metadata=Metadata())


def test_extract_returns_the_same_article_type_named_trafilatura() -> None:
    article = extract(PAGE, url="https://example.com/a", backend="trafilatura")
    assert isinstance(article, Article)
    assert article.backend == "trafilatura"
    assert article.title == "Storm closes the harbour"
    assert "Paragraph 1 of the story." in article.text and "Paragraph 6 of the story." in article.text
    assert "All rights reserved" not in article.text
    assert article.html.startswith("<article>") and article.markdown


def test_the_backend_gives_our_blocks() -> None:
    body = extract_trafilatura(document(PAGE), Options(backend="trafilatura"))
    assert body.backend == "trafilatura"
    assert any(isinstance(block, Paragraph) for block in body.blocks)
    assert get_extractor("trafilatura") is extract_trafilatura


def test_nothing_found_is_an_empty_body() -> None:
    body = extract_trafilatura(document("<html><body></body></html>"), Options())
    assert body.blocks == () and body.backend == "trafilatura"


def test_the_example_page() -> None:
    article = extract(EXAMPLE.read_bytes(), url="https://example.com/a", backend="trafilatura")
    assert article.backend == "trafilatura" and len(article.text.split()) > 200
