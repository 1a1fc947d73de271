from __future__ import annotations

from cleannews.metadata import description, links, site_name, tags


def test_og_twitter_dc_values(sources) -> None:
    src = sources('''<html lang="en-gb"><head><title>T</title>
        <meta property="og:site_name" content="The Herald">
        <meta name="twitter:description" content="From twitter">
        <meta name="DC.description" content="From DC">
        <meta property="og:image" content="/img/lead.jpg">
        <meta property="article:tag" content="Rain"><meta property="article:tag" content="rain">
        <meta property="article:tag" content="Floods"><meta property="article:section" content="Weather">
        <link rel="canonical" href="/world/story?id=1"></head><body></body></html>''')
    assert site_name.extract(src) == "The Herald"
    assert description.extract(src) == "From twitter"
    assert tags.extract(src) == ("Rain", "Floods", "Weather")
    assert links.canonical_url(src) == "https://news.example/world/story?id=1"
    assert links.image(src) == "https://news.example/img/lead.jpg"


def test_base_element_makes_relative_urls_absolute(sources) -> None:
    page = '<head><base href="https://cdn.example/a/"><meta property="og:image" content="b.png"></head>'
    src = sources(page, url=None)
    assert links.image(src) == "https://cdn.example/a/b.png"


def test_space_separated_properties_and_escaped_entities(sources) -> None:
    src = sources('<head><meta property="og:title twitter:title" content="Cream &amp;reg; Moist"></head>')
    assert src.head.first("twitter:title") == "Cream ® Moist"


def test_site_name_from_title_segment_that_spells_the_host(sources) -> None:
    src = sources("<head><title>How to Build a Terrarium | eHow</title></head>", url="https://www.ehow.com/x")
    assert site_name.extract(src) == "eHow"


def test_rdfa_dublin_core_names_read_like_dotted_ones(sources) -> None:
    src = sources('''<head><title>Title Element</title><meta property="x:title dc:title" content="My title">
        <meta property="dcterms:creator" content="Creator Name"></head>''')
    assert src.head.first("dc.title") == "My title"
    assert src.head.first("dcterms.creator") == "Creator Name"


def test_property_value_goes_before_a_name_value_of_the_same_key(sources) -> None:
    src = sources('''<head><meta name="DC.title" content="By name">
        <meta property="dc:title" content="By property">
        <meta name="og:description" content="Description by name">
        <meta property="og:description" content="Description by property"></head>''')
    assert src.head.first("dc.title") == "By property"
    assert src.head.all("dc.title") == ("By property", "By name")
    assert description.extract(src) == "Description by property"
