"""Markdown: headings, lists, quotes, fences, pipe tables and links in CommonMark syntax."""

from __future__ import annotations

from cleannews.blocks import Code, Figure, Heading, ListBlock, Paragraph, Quote, Span, Table
from cleannews.render import render_markdown


def p(*spans: Span) -> Paragraph:
    return Paragraph(spans)


def test_headings_use_hashes_for_their_level() -> None:
    assert render_markdown([Heading(1, (Span("Top"),)), Heading(3, (Span("Deep"),))]) == "# Top\n\n### Deep"


def test_blocks_are_separated_by_one_blank_line() -> None:
    assert render_markdown([p(Span("One.")), p(Span("Two."))]) == "One.\n\nTwo."


def test_unordered_and_ordered_lists() -> None:
    items = ((Span("apples"),), (Span("pears"),))
    assert render_markdown([ListBlock(items)]) == "- apples\n- pears"
    assert render_markdown([ListBlock(items, ordered=True)]) == "1. apples\n2. pears"


def test_quotes_prefix_every_line() -> None:
    assert render_markdown([Quote((Span("line one\nline two"),))]) == "> line one\n> line two"


def test_code_is_fenced_and_left_verbatim() -> None:
    assert render_markdown([Code("a = b * c_d", language="python")]) == "```python\na = b * c_d\n```"


def test_a_fence_inside_code_gets_a_longer_fence() -> None:
    assert render_markdown([Code("```\nnested\n```")]) == "````\n```\nnested\n```\n````"


def test_tables_are_pipe_tables_with_a_header_row() -> None:
    table = Table((("City", "Rain"), ("Baghdad", "41"), ("Basra", "a|b")), header=True)
    assert render_markdown([table]) == (
        "| City | Rain |\n|---|---|\n| Baghdad | 41 |\n| Basra | a\\|b |"
    )


def test_a_table_without_header_gets_an_empty_one_and_ragged_rows_are_padded() -> None:
    table = Table((("a", "b"), ("c",)))
    assert render_markdown([table]) == "|  |  |\n|---|---|\n| a | b |\n| c |  |"


def test_links_and_emphasis() -> None:
    text = render_markdown([p(Span("See "), Span("the report", href="https://example.com/r"), Span(", "),
                              Span("bold", style="b"), Span(" and "), Span("italic", style="i"),
                              Span(" and "), Span("x = 1", style="code"), Span("."))])
    assert text == "See [the report](https://example.com/r), **bold** and *italic* and `x = 1`."


def test_links_are_made_absolute_against_the_base_url() -> None:
    text = render_markdown([p(Span("report", href="/r?id=1"))], "https://example.com/news/a")
    assert text == "[report](https://example.com/r?id=1)"


def test_unsafe_links_keep_their_text_and_lose_the_target() -> None:
    text = render_markdown([p(Span("click", href="javascript:alert(1)"), Span(" "),
                              Span("pixel", href="data:text/html,<b>x</b>"))], "https://example.com/")
    assert text == "click pixel"


def test_link_targets_cannot_break_out_of_the_link() -> None:
    text = render_markdown([p(Span("odd", href="https://example.com/a b)(c"))])
    assert text == "[odd](https://example.com/a%20b%29%28c)"


def test_markdown_characters_in_text_are_escaped() -> None:
    assert render_markdown([p(Span("2 * 3 = 6, [not a link] and snake_case <b>"))]) == (
        "2 \\* 3 = 6, \\[not a link\\] and snake\\_case \\<b>"
    )


def test_text_that_looks_like_block_syntax_stays_a_paragraph() -> None:
    text = render_markdown([p(Span("# not a heading\n- not an item\n1999. not a list\n> not a quote"))])
    assert text == "\\# not a heading\n\\- not an item\n1999\\. not a list\n\\> not a quote"


def test_figures_are_images_with_their_caption() -> None:
    figure = Figure(src="/img/storm.jpg", alt="The pier", caption=(Span("Waves hit the pier."),))
    assert render_markdown([figure], "https://example.com/a") == (
        "![The pier](https://example.com/img/storm.jpg)\nWaves hit the pier."
    )


def test_a_caption_without_its_image_stands_alone() -> None:
    figure = Figure(src="", caption=(Span("Waves hit the pier."),))
    assert render_markdown([p(Span("Before.")), figure]) == "Before.\n\nWaves hit the pier."


def test_nothing_renders_as_the_empty_string() -> None:
    assert render_markdown([]) == ""
