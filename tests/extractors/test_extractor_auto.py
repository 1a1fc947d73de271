"""The auto backend's documented rule (extractors/auto.py): native unless it has fewer than
MIN_WORDS words and lists no things (MIN_LINKED_ITEMS links, MIN_PRICED_ITEMS prices); then
trafilatura, if it finds a real body (MIN_WORDS words or more, mostly in sentences) at least
twice as long."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleannews import extract
from cleannews.blocks import ListBlock, Paragraph, Span
from cleannews.extractors import auto
from cleannews.extractors.base import Body, Document, get_extractor
from cleannews.models import Metadata
from cleannews.options import Options
from cleannews.parse import parse

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "article.html"


def body_of(words: int, backend: str) -> Body:
    return Body(blocks=(Paragraph((Span(" ".join(["word"] * words)),)),) if words else (), backend=backend)


def menu_of(words: int, backend: str) -> Body:
    """A body of two-word lines, as a menu kept by mistake reads."""
    return Body(blocks=tuple(Paragraph((Span("menu item"),)) for _ in range(words // 2)), backend=backend)


def run_auto(monkeypatch: pytest.MonkeyPatch, native_words: int, trafilatura_words: int | None,
             shape=body_of) -> Body:
    """extract_auto with stub backends; trafilatura_words None means it must not be called."""
    monkeypatch.setattr(auto, "extract_native", lambda doc, opts: body_of(native_words, "native"))

    def trafilatura(doc: Document, opts: Options) -> Body:
        assert trafilatura_words is not None, "trafilatura ran although native was good enough"
        return shape(trafilatura_words, "trafilatura")

    monkeypatch.setattr(auto, "extract_trafilatura", trafilatura)
    html = "<html><body></body></html>"
    return auto.extract_auto(Document(html, None, parse(html), Metadata()), Options())


def test_the_threshold_is_fifty_words() -> None:
    assert auto.MIN_WORDS == 50
    assert get_extractor("auto") is auto.extract_auto


@pytest.mark.parametrize("native_words", [50, 51, 400])
def test_native_is_kept_from_fifty_words_without_running_trafilatura(
        monkeypatch: pytest.MonkeyPatch, native_words: int) -> None:
    body = run_auto(monkeypatch, native_words, None)
    assert body.backend == "native" and auto.word_count(body) == native_words


@pytest.mark.parametrize("native_words, trafilatura_words", [(0, 50), (24, 50), (10, 300), (49, 98)])
def test_a_poor_native_body_gives_way_to_a_longer_trafilatura_one(
        monkeypatch: pytest.MonkeyPatch, native_words: int, trafilatura_words: int) -> None:
    body = run_auto(monkeypatch, native_words, trafilatura_words)
    assert body.backend == "trafilatura" and auto.word_count(body) == trafilatura_words


@pytest.mark.parametrize("native_words, trafilatura_words",
                         [(0, 0), (49, 49), (30, 12), (0, 49), (30, 59), (49, 97)])
def test_a_poor_native_body_stays_when_trafilatura_finds_no_more(
        monkeypatch: pytest.MonkeyPatch, native_words: int, trafilatura_words: int) -> None:
    body = run_auto(monkeypatch, native_words, trafilatura_words)
    assert body.backend == "native" and auto.word_count(body) == native_words


def test_a_poor_native_body_stays_when_trafilatura_keeps_only_a_menu(monkeypatch: pytest.MonkeyPatch) -> None:
    body = run_auto(monkeypatch, 10, 300, shape=menu_of)
    assert body.backend == "native" and auto.word_count(body) == 10


def linked(text: str) -> tuple[Span, ...]:
    return (Span(text, "/c/" + text.split()[0].lower()),)


@pytest.mark.parametrize("blocks", [
    tuple(Paragraph(linked(f"{name} (4)")) for name in ("Radios", "Speakers", "Cameras", "Cables", "Lamps")),
    (ListBlock(tuple(linked(name) for name in ("Radios", "Speakers", "Cameras", "Cables", "Lamps"))),),
])
def test_a_short_listing_of_links_stays_native(monkeypatch: pytest.MonkeyPatch, blocks: tuple) -> None:
    # A collection page's categories: few words, but what the page lists (not an SEO blurb).
    monkeypatch.setattr(auto, "extract_native", lambda doc, opts: Body(blocks=blocks, backend="native"))
    monkeypatch.setattr(auto, "extract_trafilatura", lambda doc, opts: body_of(300, "trafilatura"))
    html = "<html><body></body></html>"
    body = auto.extract_auto(Document(html, None, parse(html), Metadata()), Options())
    assert body.backend == "native"


def test_a_short_grid_of_priced_products_stays_native(monkeypatch: pytest.MonkeyPatch) -> None:
    # A shop's collection of four products, each a name and its price: a listing, not a poor body
    # to trade for the shipping banner the other extractor keeps.
    cards = [("Balm Trio", "€49,95"), ("Serum Pack", "€104,95"), ("Dewy Look", "€51,95"), ("Duo", "€35,95")]
    blocks = tuple(Paragraph((Span(text),)) for card in cards for text in card)
    monkeypatch.setattr(auto, "extract_native", lambda doc, opts: Body(blocks=blocks, backend="native"))
    monkeypatch.setattr(auto, "extract_trafilatura", lambda doc, opts: body_of(300, "trafilatura"))
    html = "<html><body></body></html>"
    assert auto.extract_auto(Document(html, None, parse(html), Metadata()), Options()).backend == "native"
    assert auto.priced_items(Body(blocks=blocks[:6], backend="native")) == 3 < auto.MIN_PRICED_ITEMS


def test_four_links_or_links_with_words_are_no_listing() -> None:
    four = Body(blocks=tuple(Paragraph(linked(name)) for name in ("Radios", "Speakers", "Cameras", "Cables")),
                backend="native")
    assert auto.linked_items(four) == 4 < auto.MIN_LINKED_ITEMS
    mixed = Body(blocks=(*four.blocks, Paragraph((Span("Lamps", "/c/lamps"), Span(" on sale now")))),
                 backend="native")
    assert auto.linked_items(mixed) == 0


def test_word_count_counts_words_in_every_block() -> None:
    body = Body(blocks=(Paragraph((Span("Two words"),)), Paragraph((Span("and, three—more!"),))),
                backend="native")
    assert auto.word_count(body) == 5


def test_word_count_stops_once_there_are_enough() -> None:
    body = Body(blocks=(Paragraph((Span("Two words"),)), Paragraph((Span("and, three—more!"),))),
                backend="native")
    assert auto.word_count(body, enough=2) == 2
    assert auto.word_count(body, enough=3) == 5


def test_a_real_article_is_native() -> None:
    article = extract(EXAMPLE.read_bytes(), url="https://example.com/a")
    assert article.backend == "native"
