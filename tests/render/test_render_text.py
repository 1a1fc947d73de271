"""Plain text: every block on its own, separated by exactly one blank line; no markup at all."""

from __future__ import annotations

import re

from cleannews.blocks import Code, Figure, Heading, ListBlock, Paragraph, Quote, Span, Table
from cleannews.render import render_text


def p(text: str) -> Paragraph:
    return Paragraph((Span(text),))


def test_headings_stand_on_their_own_lines_between_paragraphs() -> None:
    text = render_text([p("Intro."), Heading(2, (Span("Section"),)), p("Body.")])
    assert text == "Intro.\n\nSection\n\nBody."
    assert "Section" in text.split("\n")


def test_paragraphs_are_separated_by_exactly_one_blank_line() -> None:
    text = render_text([p("One."), p("Two."), p("Three.")])
    assert text.split("\n\n") == ["One.", "Two.", "Three."]
    assert "\n\n\n" not in text


def test_no_markup_and_no_link_targets() -> None:
    text = render_text([
        Heading(1, (Span("Title"),)),
        Paragraph((Span("Read "), Span("the report", href="https://example.com/r"), Span(" and "),
                   Span("this", style="b"), Span("."))),
    ])
    assert text == "Title\n\nRead the report and this."


def test_lists_tables_quotes_and_code_as_lines() -> None:
    text = render_text([
        ListBlock(((Span("first"),), (Span("second"),)), ordered=True),
        Table((("City", "Rain"), ("Baghdad", "41")), header=True),
        Quote((Span("Quoted."),)),
        Code("x = 1\ny = 2"),
    ])
    assert text == "first\nsecond\n\nCity | Rain\nBaghdad | 41\n\nQuoted.\n\nx = 1\ny = 2"


def test_line_breaks_inside_a_paragraph_stay_single() -> None:
    text = render_text([p("Line one\nLine two"), p("Next.")])
    assert text == "Line one\nLine two\n\nNext."


def test_figures_and_empty_blocks_leave_no_gaps() -> None:
    text = render_text([p("Before."), Figure(src="/a.jpg", alt="A"), Paragraph(()), p("After.")])
    assert text == "Before.\n\nAfter."
    assert not re.search(r"\n{3,}", text)


def test_nothing_renders_as_the_empty_string() -> None:
    assert render_text([]) == ""
