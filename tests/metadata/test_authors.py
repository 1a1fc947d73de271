from __future__ import annotations

from cleannews.metadata import authors
from cleannews.metadata.authors import split_byline


def test_by_x_and_y_is_split() -> None:
    assert split_byline("By Jane Doe and John Roe") == ["Jane Doe", "John Roe"]
    assert split_byline("Written by: Ana Lima, Bo Chen & Cy Dee") == ["Ana Lima", "Bo Chen", "Cy Dee"]


def test_urls_emails_and_job_titles_are_dropped() -> None:
    assert split_byline("https://facebook.com/jane") == []
    assert split_byline("Jane Doe, Senior Editor") == ["Jane Doe"]
    assert split_byline("jane@example.com") == []
    assert split_byline("Brenda Goodman, MA") == ["Brenda Goodman"]


def test_visible_byline_stops_at_the_date() -> None:
    assert split_byline("By Nathan Willis March 25, 2015", strict=True) == ["Nathan Willis"]
    assert split_byline("Mike Marshall | Updated Dec 3", strict=True) == ["Mike Marshall"]


def test_jsonld_nested_author_beats_meta(sources) -> None:
    src = sources('''<head><meta name="author" content="Meta Name">
        <script type="application/ld+json">{"@type": "NewsArticle",
        "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>''')
    assert authors.extract(src, None) == ("Jane Doe",)


def test_site_name_beside_people_is_dropped_but_kept_alone(sources) -> None:
    src = sources('<head><meta name="author" content="Jane Doe, The Herald"></head>')
    assert authors.extract(src, "The Herald") == ("Jane Doe",)
    alone = sources('<head><meta name="author" content="The Herald"></head>')
    assert authors.extract(alone, "The Herald") == ("The Herald",)


def test_byline_element_near_headline(sources) -> None:
    src = sources('''<body><nav><span class="author">Nav Person</span></nav><article>
        <h1>Rain falls</h1><p class="byline">By Jane Doe and John Roe | May 3, 2024</p>
        <p>Text.</p></article></body>''')
    assert authors.extract(src, None) == ("Jane Doe", "John Roe")


def test_byline_text_beside_headline(sources) -> None:
    src = sources('''<body><div><div><h1>Rain falls</h1><div><span>Written by</span>
        <span>Edzel Tabing</span></div></div></div></body>''')
    assert authors.extract(src, None) == ("Edzel Tabing",)


def test_team_byline_is_kept_when_it_names_no_person() -> None:
    assert authors.split_byline("By The Acme Editorial Team") == ["The Acme Editorial Team"]
    assert authors.split_byline("News Desk", strict=True) == ["News Desk"]


def test_person_beats_a_team_in_the_same_byline() -> None:
    assert authors.split_byline("Jane Doe and the Acme Team") == ["Jane Doe"]


def test_avatar_initials_before_a_name_are_dropped() -> None:
    assert authors.split_byline("CM Craig McCarthy", strict=True) == ["Craig McCarthy"]


def test_calendar_words_are_not_names() -> None:
    assert authors.split_byline("August", strict=True) == []
    assert authors.split_byline("Joe Wee Monday, February 29", strict=True) == ["Joe Wee"]


def test_byline_stops_at_table_of_contents_and_written() -> None:
    assert authors.split_byline("Edzel Tabing Table of Contents", strict=True) == ["Edzel Tabing"]
    assert authors.split_byline("Sherry Mims Written by staff", strict=True) == ["Sherry Mims"]
