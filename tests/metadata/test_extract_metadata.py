from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleannews.metadata import extract_metadata
from cleannews.models import Metadata

PAGE = '''<html lang="en"><head><title>Rain Falls | Herald</title>
<meta property="og:site_name" content="Herald"><meta name="description" content="Wet.">
<link rel="canonical" href="/news/rain"></head>
<body><header><span class="date">Monday, 18 June 2018</span></header>
<article><h1>Rain Falls</h1><p class="byline">By Jane Doe</p>
<time datetime="2024-05-17T08:00:00+02:00">17 May 2024</time><p>Body.</p></article></body></html>'''


def test_every_field_and_the_tree_is_untouched() -> None:
    tree = LexborHTMLParser(PAGE)
    before = tree.html
    meta = extract_metadata(tree, "https://herald.example/x")
    assert tree.html == before
    assert meta == Metadata(
        title="Rain Falls", authors=("Jane Doe",), date_published="2024-05-17T08:00:00+02:00",
        date_modified=None, site_name="Herald", language="en",
        canonical_url="https://herald.example/news/rain", description="Wet.", tags=(), image=None)


def test_empty_and_garbage_input() -> None:
    assert extract_metadata(LexborHTMLParser(""), None) == Metadata()
    assert extract_metadata(LexborHTMLParser("<<<>>>\x00"), "not a url").title is None
