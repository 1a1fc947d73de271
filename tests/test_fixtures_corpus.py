"""The project's own fixture corpus (tests/fixtures/): well-formed, varied, and with meaningful gates.

The pytest plugin runs each fixture; these tests guard the corpus itself, so that a typo in a
snippet cannot make a check pass vacuously and the layouts we promised stay covered.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from cleannews.decode import decode
from cleannews.fixtures import Fixture, find_fixtures

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = find_fixtures(FIXTURES)
BY_NAME = {fixture.name: fixture for fixture in CORPUS}

# Layouts the corpus must keep covering (issue 8 and the seed README).
REQUIRED = [
    "seed-html5", "seed-split-body", "seed-tables-cp1252", "seed-related-row",
    "related-links-inline", "trending-widgets", "live-blog", "photo-captions", "photo-gallery",
    "pull-quotes", "paywall-teaser", "cookie-consent-overlay", "newsletter-inline", "comments-thread",
    "feature-sections", "amp-article", "jsonld-only", "arabic-rtl", "japanese-shift-jis",
    "chinese-gbk-header", "russian-cp1251", "section-front", "error-404", "results-table",
    "author-bio", "next-article-appended", "read-more-links",
]
NOT_UTF8 = {"seed-tables-cp1252": "windows-1252", "japanese-shift-jis": "shift_jis",
            "chinese-gbk-header": "gb18030", "russian-cp1251": "windows-1251"}


def visible_source(fixture: Fixture) -> str:
    """The page decoded as cleannews would, tags dropped, entities resolved, whitespace collapsed."""
    text, _ = decode(fixture.page_path.read_bytes(), fixture.content_type)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", text.replace("\\n", " "))


def snippet_parts(snippet: str) -> list[str]:
    """What of a snippet must be in the page: markdown markers and table pipes are output syntax."""
    if snippet.startswith("|"):
        return [cell.strip() for cell in snippet.strip("|").split("|") if cell.strip()]
    return [re.sub(r"^(#+|-) ", "", snippet)]


def test_the_corpus_is_large_and_covers_the_promised_layouts() -> None:
    assert len(CORPUS) >= 25
    missing = [name for name in REQUIRED if name not in BY_NAME]
    assert not missing, f"fixtures missing from tests/fixtures: {missing}"
    assert len({f.name for f in CORPUS}) == len(CORPUS), "fixture names must be unique"


@pytest.mark.parametrize("fixture", CORPUS, ids=[f.name for f in CORPUS])
def test_each_fixture_has_a_hand_chosen_gate(fixture: Fixture) -> None:
    assert fixture.path.name == fixture.name
    assert len(fixture.description) > 40, "say what layout the page shows"
    assert fixture.url and fixture.url.startswith(("http://", "https://"))
    assert ".example" in fixture.url, "hand-made pages live on reserved .example hosts"
    if fixture.empty:
        assert not fixture.with_
        return
    assert fixture.title, "an article fixture pins its title"
    assert len(fixture.with_) >= 2
    assert len(fixture.without) >= 3


@pytest.mark.parametrize("fixture", CORPUS, ids=[f.name for f in CORPUS])
def test_every_snippet_is_really_on_the_page(fixture: Fixture) -> None:
    """A with or without snippet that the page does not contain would be a check that never bites."""
    source = visible_source(fixture)
    for snippet in fixture.with_ + fixture.without:
        for part in snippet_parts(snippet):
            assert re.sub(r"\s+", " ", part) in source, f"{fixture.name}: {part!r} is not on the page"
    if fixture.title:
        assert re.sub(r"\s+", " ", fixture.title) in source


@pytest.mark.parametrize(("name", "encoding"), sorted(NOT_UTF8.items()))
def test_non_utf8_pages_are_stored_in_their_own_encoding(name: str, encoding: str) -> None:
    raw = BY_NAME[name].page_path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode(encoding)
    assert BY_NAME[name].title and BY_NAME[name].title in text
