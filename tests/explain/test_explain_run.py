"""explain(): every block with its decision, agreeing with what cleannews.extract keeps."""

from __future__ import annotations

import pytest
from explainpages import DROPPED, PROSE, SEED, TITLE, article_page, wcxb_pages

import cleannews
from cleannews.explain.model import Explanation


def body_blocks(explanation: Explanation) -> list[str]:
    return [b.text for b in explanation.blocks if b.decision == "kept" and b.category == "body"]


def assert_agrees_with_extract(explanation: Explanation, distinct_texts: bool = True) -> None:
    """The kept blocks are the article's body, in order; the title block is its title; on a page
    that does not repeat its texts, no dropped block's text is in the article."""
    article = explanation.article
    assert explanation.native_article
    kept = [b for b in explanation.blocks if b.decision == "kept"]
    # Figures (an image, a caption) are body blocks that plain text leaves out.
    body = [b for b in kept if b.category == "body" and b.kind != "figure"]
    # A paragraph the trimming cut into lines comes out as one article block per kept line (and
    # blank lines inside a block are not the article's to keep).
    lines = [line.strip() for b in body for line in b.text.split("\n")
             if line not in b.dropped_lines and line.strip()]
    blocks = [line.strip() for line in article.text.split("\n") if line.strip()]
    assert lines == blocks
    assert [b.text for b in kept if b.category == "title"] in ([], [article.title])
    for block in explanation.blocks if distinct_texts else ():
        if block.decision == "dropped" and block.text.strip():
            assert block.text not in article.text


def test_every_kept_block_is_in_the_article_and_no_dropped_one_is() -> None:
    explanation = cleannews.explain(article_page())
    assert_agrees_with_extract(explanation)
    assert explanation.article == cleannews.extract(article_page())
    assert body_blocks(explanation) == [f"{PROSE[i]} {PROSE[(i + 1) % 5]}" for i in range(5)]
    assert explanation.counts == {"kept": 6, "dropped": len(DROPPED)}


def test_each_dropped_part_gets_its_category_and_the_rule_that_removed_it() -> None:
    explanation = cleannews.explain(article_page())
    by_text = {b.text: b for b in explanation.blocks}
    for category, text in DROPPED.items():
        assert by_text[text].category == category, (text, by_text[text])
    assert by_text[DROPPED["chrome-line"]].rule == "trim: chrome line"
    assert by_text[DROPPED["edge-debris"]].rule == "trim: edge debris"
    assert by_text[DROPPED["dangling-heading"]].rule == "trim: dangling heading"
    assert "named 'main-menu'" in by_text[DROPPED["navigation"]].rule
    assert "skipped unread" in by_text[DROPPED["hidden"]].rule
    # A box named only by its id is named for what it is, not just as "div:".
    assert "named 'sidebar'" in by_text[DROPPED["sidebar"]].rule
    assert "teaser" in by_text[DROPPED["related"]].rule
    title = by_text[TITLE]
    assert (title.decision, title.category, title.kind, title.tag) == ("kept", "title", "heading", "h1")


def test_blocks_come_in_document_order_with_chains_and_scores() -> None:
    explanation = cleannews.explain(article_page())
    texts = [b.text for b in explanation.blocks]
    assert texts.index(DROPPED["navigation"]) < texts.index(TITLE) < texts.index(DROPPED["footer"])
    kept = [b for b in explanation.blocks if b.category == "body"]
    assert all(b.chain[:1] == ("body",) and "article" in b.chain and b.in_container for b in kept)
    assert all(b.score is not None and b.score > 0 for b in kept)
    sidebar = next(b for b in explanation.blocks if b.category == "sidebar")
    assert sidebar.score is not None and sidebar.score < 0
    assert all(b.score is None and b.chain == () for b in explanation.blocks if b.kind == "element")
    assert (explanation.stage, explanation.container) == ("strict", "article")


def test_junk_is_counted_not_listed() -> None:
    explanation = cleannews.explain(article_page())
    # The body's script; the <head> (its script and style) is never read, so never counted.
    assert explanation.junk == {"script": 1}
    assert explanation.categories["junk"] == sum(explanation.junk.values())
    assert not any("page script ran" in b.text for b in explanation.blocks)


def test_a_paragraph_cut_into_lines_is_kept_with_a_note_on_the_lines_that_went() -> None:
    html = article_page().replace("<p>By Jane Doe</p>\n<p>", "<p>Updated 19 April 2017<br>")
    explanation = cleannews.explain(html)
    first = next(b for b in explanation.blocks if b.text.startswith("Updated 19 April 2017\n"))
    assert first.decision == "kept" and first.category == "body"
    assert "'Updated 19 April 2017' dropped by trim: edge debris" in first.note
    assert first.dropped_lines == ("Updated 19 April 2017",)
    assert "Updated 19 April 2017" not in explanation.article.text
    assert_agrees_with_extract(explanation)


def test_a_title_line_of_a_cut_paragraph_is_named_as_the_title() -> None:
    html = article_page().replace(f"<h1>{TITLE}</h1>\n<p>By Jane Doe</p>\n<p>", f"<p>{TITLE}<br>")
    explanation = cleannews.explain(html)
    first = next(b for b in explanation.blocks if b.text.startswith(f"{TITLE}\n"))
    assert (first.decision, first.category, first.dropped_lines) == ("kept", "body", (TITLE,))
    assert "is the Article's title" in first.note and explanation.article.title == TITLE
    assert_agrees_with_extract(explanation)


def test_appended_stories_are_another_story() -> None:
    story = "".join(f"<p>{line} {line}</p>" for line in PROSE)
    others = [f"Next story, part {n}: the ferry timetable changes from June, with earlier departures."
              for n in range(3)]
    other = "".join(f"<p>{line}</p>" for line in others)
    html = (f"<html><body><main><article><h1>{TITLE}</h1>{story}</article>"
            f"<article><h2>The next story down the page</h2>{other}</article></main></body></html>")
    explanation = cleannews.explain(html)
    appended = [b for b in explanation.blocks if b.category == "other-story"]
    assert [b.text for b in appended] == ["The next story down the page", *others]
    assert all("appended" in b.rule for b in appended)
    assert_agrees_with_extract(explanation)


def test_blocks_outside_the_chosen_container_say_so() -> None:
    story = "".join(f"<p>{line} {line}</p>" for line in PROSE)
    html = (f"<html><body><div><p><a href='/weather'>Weather for the harbour today</a></p></div>"
            f"<article>{story}</article></body></html>")
    explanation = cleannews.explain(html)
    outside = next(b for b in explanation.blocks if b.text == "Weather for the harbour today")
    assert (outside.decision, outside.category) == ("dropped", "outside")
    assert outside.rule == "outside the chosen container <article> (strict stage)"


def test_recall_trims_nothing() -> None:
    explanation = cleannews.explain(article_page(), focus="recall")
    assert not any(b.rule.startswith("trim:") for b in explanation.blocks)
    assert_agrees_with_extract(explanation)
    assert explanation.focus == "recall"


def test_bytes_and_str_give_the_same_explanation() -> None:
    html = article_page()
    assert cleannews.explain(html.encode("utf-8")) == cleannews.explain(html)


def test_another_backend_is_named_and_the_native_decisions_still_shown() -> None:
    explanation = cleannews.explain(article_page(), backend="trafilatura")
    assert explanation.article_backend == "trafilatura" and not explanation.native_article
    assert explanation.backend == "trafilatura"
    assert body_blocks(explanation) == body_blocks(cleannews.explain(article_page()))


NOT_FOUND = "<html><head><title>404 Not Found</title></head><body><p>x</p></body></html>"


@pytest.mark.parametrize("html", ["", "plain words", b"\xff\xfe\x00junk", "<html></html>", NOT_FOUND])
def test_never_raises_and_says_why_nothing_was_read(html: str | bytes) -> None:
    explanation = cleannews.explain(html)
    assert explanation.article == cleannews.extract(html)
    if "404" in str(html):
        assert explanation.refused == "error page" and explanation.blocks == ()


def test_the_seed_page_keeps_its_13_paragraphs_and_drops_the_rest() -> None:
    explanation = cleannews.explain(SEED.read_bytes())
    assert_agrees_with_extract(explanation)
    assert explanation.counts["kept"] == 13
    categories = explanation.categories
    for category in ("header", "breadcrumb", "related", "sidebar", "footer", "notice"):
        assert categories.get(category), category
    teaser = next(b for b in explanation.blocks if b.text.startswith("North Korea"))
    assert (teaser.decision, teaser.category) == ("dropped", "related")


@pytest.mark.skipif(not next(wcxb_pages(1), None), reason="the wcxb-dev pages are not on this machine")
def test_wcxb_dev_pages_agree_with_extract() -> None:
    for name, data in wcxb_pages(25):
        explanation = cleannews.explain(data)
        if explanation.native_article:
            try:
                assert_agrees_with_extract(explanation, distinct_texts=False)  # real pages repeat headlines
            except AssertionError as error:
                raise AssertionError(f"{name}: {error}") from error
