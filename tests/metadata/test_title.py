from __future__ import annotations

from cleannews.metadata import title


def test_site_suffix_is_stripped_from_the_declared_title(sources) -> None:
    src = sources('''<head><title>Rain Falls on the Plain | The Herald</title>
        <meta property="og:site_name" content="The Herald"></head><body><h1>The Herald</h1></body>''')
    assert title.extract(src, "The Herald") == "Rain Falls on the Plain"


def test_suffix_matching_the_host_is_stripped(sources) -> None:
    src = sources("<head><title>Rain Falls - News Example</title></head>", url="https://newsexample.com/a")
    assert title.extract(src, None) == "Rain Falls"


def test_headline_confirmed_by_og_title_wins(sources) -> None:
    src = sources('''<head><meta property="og:title" content="Rain falls again: what it means - Herald">
        </head><body><header><h1>Herald</h1></header>
        <article><h1>Rain falls again: what it means</h1></article></body>''')
    assert title.extract(src, None) == "Rain falls again: what it means"


def test_colon_in_a_headline_is_kept(sources) -> None:
    src = sources("<head><title>Review: A Quiet Year</title></head>")
    assert title.extract(src, None) == "Review: A Quiet Year"


def test_falls_back_to_h1(sources) -> None:
    assert title.extract(sources("<body><h1>Only  heading</h1></body>"), None) == "Only heading"
