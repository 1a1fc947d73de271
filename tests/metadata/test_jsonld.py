from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleannews.metadata.jsonld import read_jsonld


def _read(*scripts: str):
    html = "".join(f'<script type="application/ld+json">{body}</script>' for body in scripts)
    tree = LexborHTMLParser(f"<html><head>{html}</head><body></body></html>")
    return read_jsonld(tree.css('script[type="application/ld+json"]'))


def test_graph_with_author_reference_resolves_the_person() -> None:
    data = _read('''{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Herald"},
        {"@type": "WebPage", "@id": "#page", "datePublished": "2001-01-01"},
        {"@type": "NewsArticle", "headline": "Rain falls", "author": {"@id": "#jane"},
         "datePublished": "2024-05-17T08:00:00+02:00", "publisher": {"@id": "#org"}},
        {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
        {"@type": "Organization", "@id": "#org", "name": "Herald Media"}]}''')
    assert data.is_article
    assert data.headline == "Rain falls"
    assert data.authors == ("Jane Doe",)
    assert data.date_published == "2024-05-17T08:00:00+02:00"
    assert data.website == "Herald"
    assert data.publisher == "Herald Media"


def test_top_level_array_and_author_list() -> None:
    data = _read('''[{"@type": "BreadcrumbList"},
        {"@type": ["BlogPosting"], "name": "Notes",
         "author": [{"@type": "Person", "name": "A. One"}, "B. Two", {"@type": "Organization", "name": "Co"}],
         "keywords": "rain, weather"}]''')
    assert data.headline == "Notes"
    assert data.authors == ("A. One", "B. Two")
    assert data.keywords == ("rain", "weather")


def test_main_entity_inside_webpage() -> None:
    data = _read('{"@type": "WebPage", "mainEntity": {"@type": "Article", "headline": "Inner"}}')
    assert data.is_article and data.headline == "Inner"


def test_broken_json_is_repaired_or_mined() -> None:
    trailing = _read('{"@type": "Article", "headline": "Commas",}')
    assert trailing.headline == "Commas"
    mined = _read('{"@type": "Article", "headline": "Half", "datePublished": "2020-02-02", "author": {')
    assert mined.headline == "Half"
    assert mined.date_published == "2020-02-02"


def test_no_article_object_keeps_page_values_unmarked() -> None:
    data = _read('{"@type": "WebPage", "name": "Shop", "datePublished": "2020-01-01"}')
    assert not data.is_article
    assert data.headline == "Shop"
