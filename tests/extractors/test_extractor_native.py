"""The native extractor on small inline pages: what it drops, what it keeps, and in what shape."""

from __future__ import annotations

from typing import Any

import pytest

from cleannews.blocks import Code, Figure, Heading, ListBlock, Paragraph, Quote, Span, Table
from cleannews.extractors.base import Body, Document
from cleannews.extractors.native import extract_native, rules, run_native, select
from cleannews.extractors.native.walk import Scored
from cleannews.models import Metadata
from cleannews.options import Options
from cleannews.parse import parse

# Eight paragraphs of plain prose, long enough together that the strict pass accepts them.
PROSE = [
    f"Paragraph {word} of the story. The harbour authority closed the port on Monday after the storm "
    f"damaged two piers, and officials said repairs could take several weeks to finish."
    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight")
]


def paragraphs(start: int, stop: int) -> str:
    return "".join(f"<p>{text}</p>" for text in PROSE[start:stop])


def page(article: str, around: str = "") -> str:
    """A page whose <article> holds ``article``; ``around`` goes after it, in the page body."""
    return (f"<html><head><title>Storm closes the harbour</title></head><body>"
            f"<article>{article}</article>{around}</body></html>")


def native(html: str, **options: Any) -> Body:
    tree = parse(html)
    document = Document(html=html, url="https://example.com/a", tree=tree, metadata=Metadata())
    return extract_native(document, Options.build(**options))


def texts(body: Body) -> list[str]:
    return [block.text for block in body.blocks]


def joined(body: Body) -> str:
    return "\n\n".join(texts(body))


def test_backend_is_named_native() -> None:
    assert native(page(paragraphs(0, 8))).backend == "native"


def test_keeps_every_paragraph_of_a_plain_article_in_order() -> None:
    body = native(page(paragraphs(0, 8)))
    assert texts(body) == PROSE
    assert all(isinstance(block, Paragraph) for block in body.blocks)


@pytest.mark.parametrize("debris, marker", [
    ("<header><a href='/'>Daily Bugle</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></header>",
     "Daily Bugle"),
    ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li></ul></nav>",
     "World news"),
    ("<footer><p>All rights reserved. Daily Bugle Ltd, 2024.</p></footer>", "All rights reserved"),
    ("<aside><h3>Elsewhere</h3><p>Another story from another desk entirely, told at length.</p></aside>",
     "Another story from another desk"),
    ("<div class='share-bar'><a href='https://facebook.com/sharer'>Share on Facebook</a> "
     "<a href='https://twitter.com/intent'>Share on Twitter</a></div>", "Share on"),
    ("<div class='cookie-banner'><p>We use cookies to improve your experience on our site. "
     "By continuing you accept them.</p></div>", "We use cookies"),
    ("<div class='newsletter-signup'><h3>Morning Briefing</h3><p>Get the news you need to start your "
     "day, delivered to your inbox every morning.</p></div>", "Morning Briefing"),
    ("<div class='most-read'><h3>Most read</h3><ol><li><a href='/x'>Mayor resigns over parking "
     "scandal</a></li><li><a href='/y'>Zoo welcomes twin pandas</a></li></ol></div>", "Mayor resigns"),
    ("<ol class='breadcrumb'><li><a href='/'>Main</a></li><li><a href='/world'>World</a></li>"
     "<li><a href='/world/ports'>Ports</a></li></ol>", "Main"),
])
def test_drops_page_chrome(debris: str, marker: str) -> None:
    # The same debris before the article, after it, and (for the boxes) inside it.
    html = (f"<html><body>{debris}<article>{paragraphs(0, 4)}{debris}{paragraphs(4, 8)}</article>"
            f"{debris}</body></html>")
    body = native(html)
    assert marker not in joined(body)
    assert texts(body) == PROSE


def test_keeps_structure_headings_lists_tables_code_and_quotes() -> None:
    html = page(
        paragraphs(0, 3)
        + "<h2>What the harbour master said</h2>"
        + paragraphs(3, 5)
        + "<ul><li>Pier one is closed</li><li>Pier two is open to small boats</li></ul>"
        + "<ol><li>Clear the debris</li><li>Rebuild the piers</li></ol>"
        + "<table><tr><th>Pier</th><th>State</th></tr><tr><td>One</td><td>Closed</td></tr>"
        + "<tr><td>Two</td><td>Open</td></tr></table>"
        + "<blockquote>We will reopen as soon as it is safe, and not a day before.</blockquote>"
        + "<pre><code>tide_height = 4.2  # metres\nwarning = True</code></pre>"
        + paragraphs(5, 8)
    )
    blocks = native(html).blocks
    kinds = {type(block) for block in blocks}
    assert {Heading, ListBlock, Table, Quote, Code, Paragraph} <= kinds

    heading = next(b for b in blocks if isinstance(b, Heading))
    assert (heading.level, heading.text) == (2, "What the harbour master said")
    lists = [b for b in blocks if isinstance(b, ListBlock)]
    assert [(lst.ordered, lst.text.split("\n")) for lst in lists] == [
        (False, ["Pier one is closed", "Pier two is open to small boats"]),
        (True, ["Clear the debris", "Rebuild the piers"]),
    ]
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.header and table.rows == (("Pier", "State"), ("One", "Closed"), ("Two", "Open"))
    quote = next(b for b in blocks if isinstance(b, Quote))
    assert quote.text == "We will reopen as soon as it is safe, and not a day before."
    code = next(b for b in blocks if isinstance(b, Code))
    assert code.code == "tide_height = 4.2  # metres\nwarning = True"
    # ... and everything stays in reading order.
    order = [type(b).__name__ for b in blocks]
    assert order.index("Heading") < order.index("ListBlock") < order.index("Table") < order.index("Code")


def test_a_list_holding_a_label_and_a_nested_list_keeps_both() -> None:
    # "<ul><strong>Minimum:</strong><br><ul><li>..." (a shop's system requirements): reading
    # only the items of the outer list would lose the label and the whole list inside it.
    requirements = ("<ul><strong>Minimum:</strong><br><ul><li>OS: Windows 10</li>"
                    "<li>Memory: 8 GB RAM</li></ul></ul>")
    text = "\n".join(texts(native(page(paragraphs(0, 8) + requirements))))
    assert "Minimum:" in text
    assert "OS: Windows 10\nMemory: 8 GB RAM" in text


def test_a_list_of_items_and_nested_lists_is_still_read_as_a_list() -> None:
    # A menu's sublists set straight in its list (no label beside them) are not read: the
    # list stays one list block of its items.
    menu = "<ul><li>Home</li><ul><li>World</li></ul><li>Sport and leisure</li></ul>"
    blocks = native(page(paragraphs(0, 8) + menu)).blocks
    lists = [b.text for b in blocks if isinstance(b, ListBlock)]
    assert lists == ["Home\nSport and leisure"]


def test_a_quote_made_of_paragraphs_stays_a_quote() -> None:
    html = page(paragraphs(0, 4) + "<blockquote><p>We will reopen as soon as it is safe.</p></blockquote>"
                + paragraphs(4, 8))
    quotes = [b for b in native(html).blocks if isinstance(b, Quote)]
    assert [q.text for q in quotes] == ["We will reopen as soon as it is safe."]


def test_keeps_a_body_split_in_two_with_a_widget_between_the_halves() -> None:
    html = ("<html><body><main>"
            f"<div class='story-part'>{paragraphs(0, 4)}</div>"
            "<div class='newsletter'><h3>Sign up for our newsletter</h3>"
            "<p>The best of the Bugle in your inbox, every morning, free of charge.</p></div>"
            f"<div class='story-part'>{paragraphs(4, 8)}</div>"
            "</main><footer>All rights reserved</footer></body></html>")
    body = native(html)
    assert texts(body) == PROSE


def test_drops_an_inline_related_story_made_of_a_linked_headline_and_a_teaser() -> None:
    teaser = ("<div><h3><a href='/world/north-korea-missile'>North Korea tests another missile over "
              "the sea</a></h3><p>Pyongyang fired the missile early on Tuesday, officials said.</p></div>")
    html = page(paragraphs(0, 4) + teaser + paragraphs(4, 8))
    body = native(html)
    assert "North Korea" not in joined(body)
    assert "Pyongyang" not in joined(body)
    assert texts(body) == PROSE


@pytest.mark.parametrize("href", ["/threads/9?post=2#post-2", "#reply-2"])
def test_a_box_headed_by_a_link_to_an_anchor_is_a_post_not_a_teaser(href: str) -> None:
    # A reply whose heading is its permalink (a link to an anchor on the page): the box is
    # the reply itself, not a linked headline teasing a story elsewhere.
    reply = (f"<div><h3><a href='{href}'>Re: the storm and the harbour repairs</a></h3>"
             f"<p>The pier on the east side reopened this morning, the harbour office said.</p></div>")
    body = native(page(paragraphs(0, 4) + reply + paragraphs(4, 8)))
    assert "The pier on the east side reopened" in joined(body)


def test_a_box_headed_by_a_hash_route_is_still_a_teaser() -> None:
    teaser = ("<div><h3><a href='#/world/north-korea-missile'>North Korea tests another missile over "
              "the sea</a></h3><p>Pyongyang fired the missile early on Tuesday, officials said.</p></div>")
    body = native(page(paragraphs(0, 4) + teaser + paragraphs(4, 8)))
    assert "Pyongyang" not in joined(body)


def test_teasers_holding_a_quarter_of_the_text_are_the_listing() -> None:
    # Six paragraphs of intro and four stories, each a linked headline and a line: the
    # stories hold some 30% of the text, a listing's share, not a stray related link's.
    stories = "".join(f"<div><h3><a href='/stories/{n}'>Ferry number {n} returns to the harbour "
                      f"after the storm</a></h3><p>The crew of ferry {n} cleared the damaged pier "
                      f"by noon.</p></div>" for n in range(1, 5))
    body = native(page(paragraphs(0, 6) + stories))
    assert "Ferry number 4 returns" in joined(body)
    assert "The crew of ferry 1" in joined(body)


def test_cards_headed_by_a_teaser_box_count_whole_towards_the_listing_share() -> None:
    # Each card heads its summary with a box of a linked headline and a date; the heads alone
    # hold under a quarter of the text, the cards with their summaries far more: a listing.
    cards = "".join(f"<article><div><h2><a href='/news/{n}'>Ferry {n} back</a></h2><p>May {n}</p></div>"
                    f"<p>The crew of ferry number {n} cleared the damaged pier by noon on Tuesday, "
                    f"and the harbour office said the service would run again all week.</p></article>"
                    for n in range(1, 6))
    body = native(page(paragraphs(0, 3) + cards))
    assert "Ferry 3 back" in joined(body)
    assert "The crew of ferry number 3" in joined(body)


def test_a_box_of_labels_around_one_short_note_does_not_widen_the_container() -> None:
    # Beside the article, a box of one short sentence and eleven short labels (swatches,
    # sizes): the labels outweigh the sentence, so the wrapper of both is not the article.
    labels = "".join(f"<div>Colour swatch {n:02d} ab</div>" for n in range(11))
    shelf = (f"<div><p>Every lamp ships in a recycled box, with a spare bulb and a cloth to polish "
             f"the brass.</p>{labels}</div>")
    html = f"<html><body><div><div>{paragraphs(0, 8)}</div>{shelf}</div></body></html>"
    assert texts(native(html)) == PROSE


def test_hidden_elements_are_not_text() -> None:
    html = page(paragraphs(0, 4)
                + "<div hidden><p>Secret draft paragraph that readers never see.</p></div>"
                + "<p style='display:none'>Another invisible sentence for robots only.</p>"
                + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


def test_a_popover_is_hidden_until_opened() -> None:
    card = ("<div popover id='install'><p>Add this site to your home screen for a full-screen app with "
            "push notifications and badges.</p><ol><li>Tap the Share icon.</li><li>Tap Add.</li></ol></div>")
    button = "<button popovertarget='install'>Install</button>"
    html = page(paragraphs(0, 4) + button + card + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


def test_a_tooltip_is_hidden_until_hovered() -> None:
    tip = ("<span role='tooltip'>Our editors test every product on their own, and the links below may "
           "earn the site a small fee when you buy.</span>")
    html = page(paragraphs(0, 4) + f"<p>How we test{tip}</p>" + paragraphs(4, 8))
    assert texts(native(html)) == PROSE[:4] + ["How we test"] + PROSE[4:]


@pytest.mark.parametrize("name", ["wt-display-none", "tw-sr-only", "u-visually-hidden", "c-hidden"])
def test_a_design_systems_prefixed_hiding_class_hides(name: str) -> None:
    secret = f"<div class='{name}'><p>Secret draft paragraph that readers never see.</p></div>"
    html = page(paragraphs(0, 4) + secret + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("name", ["md-hidden", "js-hidden", "mobile-hidden"])
def test_a_breakpoints_or_scripts_hiding_class_does_not_hide(name: str) -> None:
    # Hidden on some screens only, or until a script runs: what a reader may well see.
    note = "<p>A note on the harbour works that readers on every screen can see.</p>"
    html = page(paragraphs(0, 4) + f"<div class='{name}'>{note}</div>" + paragraphs(4, 8))
    assert "readers on every screen" in joined(native(html))


def test_scripts_and_styles_never_reach_the_body() -> None:
    html = page("<script>var tracking = 'do not show';</script><style>p { color: red }</style>"
                + paragraphs(0, 8))
    text = joined(native(html))
    assert "tracking" not in text and "color" not in text


def test_links_inside_paragraphs_are_kept_as_spans() -> None:
    linked = ("<p>The harbour authority <a href='/statement'>published a statement</a> on Monday, saying "
              "that repairs to both damaged piers could take several weeks to finish.</p>")
    body = native(page(paragraphs(0, 4) + linked + paragraphs(4, 8)))
    paragraph = next(b for b in body.blocks if isinstance(b, Paragraph) and "statement" in b.text)
    assert [s.href for s in paragraph.spans if s.href] == ["/statement"]


def test_a_page_without_a_body_gives_no_blocks() -> None:
    assert native("").blocks == ()
    assert native("<html><head><title>Only a title</title></head></html>").blocks == ()


def test_run_native_records_every_decision_when_asked() -> None:
    html = page(paragraphs(0, 8) + "<div class='related-posts'><p>Also read this other story.</p></div>"
                "<p style='display:none'>Hidden text</p>"
                "<script>var x = 1;</script><script>var y = 2;</script>",
                around="<nav><a href='/'>Home</a></nav>")
    document = Document(html=html, url=None, tree=parse(html), metadata=Metadata())
    run = run_native(document, Options(), record=True)
    assert run.junk["script"] == 2 and "p" not in run.junk
    dropped = {(item.tag, item.reason, item.text) for item in run.walked.dropped or []}
    assert ("p", "hidden", "Hidden text") in dropped
    assert ("nav", "chrome", "Home") in dropped
    assert run.choice is not None and run.choice.stage == "strict"
    boiler = [item.text for item, flag in zip(run.walked.blocks, run.choice.boiler, strict=True) if flag]
    assert boiler == ["Also read this other story."]
    assert [item.text for item in run.blocks] == PROSE


def test_run_native_records_nothing_by_default() -> None:
    html = page(paragraphs(0, 8) + "<p hidden>Hidden text</p><script>x</script>")
    document = Document(html=html, url=None, tree=parse(html), metadata=Metadata())
    run = run_native(document, Options())
    assert run.walked.dropped is None and run.junk == {}
    assert [item.text for item in run.blocks] == PROSE


def test_a_body_wrapped_in_a_span_named_like_a_label_is_read_as_a_box() -> None:
    # A CMS wraps the article's paragraphs in <span class="..._meta_field">: a named inline
    # element holding paragraphs is a box judged in context, not a label to skip.
    links = "".join(f"<li><a href='/s{n}'>Section number {n} of the site</a></li>" for n in range(25))
    menus = f"<aside><ul>{links}</ul></aside>" * 5  # each too small to read, together most of the text
    html = (f"<html><body>{menus}<div class='post'>"
            f"<span class='cms_wrapper cms_meta_field'>{paragraphs(0, 8)}</span></div></body></html>")
    assert texts(native(html)) == PROSE


def test_a_body_wrapped_in_a_custom_element_named_like_a_widget_is_read() -> None:
    # A web component (<x-table-of-contents class="table-of-contents">) wraps the whole page
    # body: its hyphenated tag says nothing of its display, so it is read as a span is.
    html = ("<html><body><x-table-of-contents class='table-of-contents'>"
            f"<div>{paragraphs(0, 8)}</div></x-table-of-contents></body></html>")
    assert texts(native(html)) == PROSE


def test_a_small_custom_element_named_as_boilerplate_is_still_dropped() -> None:
    html = page(paragraphs(0, 8) + "<x-share class='share-menu'>Share on the networks</x-share>")
    assert "Share on the networks" not in joined(native(html))


def test_a_table_of_contents_label_is_not_part_of_the_story() -> None:
    # The list of in-page links under it goes as a link list; its label must go with it.
    links = "<li><a href='#one'>One</a></li><li><a href='#two'>Two</a></li>"
    contents = f"<p>Table of Contents</p><ul>{links}</ul>"
    assert texts(native(page(paragraphs(0, 2) + contents + paragraphs(2, 8)))) == PROSE


def test_an_inline_label_named_as_boilerplate_is_still_dropped() -> None:
    html = page(paragraphs(0, 4) + "<p>Posted <span class='post-meta'>in News by staff</span> today.</p>"
                + paragraphs(4, 8))
    assert "in News by staff" not in joined(native(html))


def test_the_one_article_in_main_is_the_story_without_the_boxes_around_it() -> None:
    around = ("<div class='card'><p>Jane Doe writes about harbours, ships and the people who "
              "keep them running, and has done so for twenty years at this paper.</p></div>"
              "<div class='panel'><p>Get the morning briefing in your inbox every weekday, "
              "with the stories that matter most to the coast and its towns.</p></div>")
    html = f"<html><body><main><article>{paragraphs(0, 8)}</article>{around}</main></body></html>"
    assert texts(native(html)) == PROSE


def test_several_articles_in_main_are_all_kept() -> None:
    html = (f"<html><body><main><article>{paragraphs(0, 4)}</article>"
            f"<article>{paragraphs(4, 8)}</article></main></body></html>")
    assert texts(native(html)) == PROSE


def test_a_second_copy_of_the_article_is_dropped() -> None:
    # One copy for small screens, one for large ones, both in the markup.
    copy = f"<h2>What happened</h2>{paragraphs(0, 8)}"
    html = page(f"<div class='desktop'>{copy}</div><div class='mobile'>{copy}</div>")
    assert texts(native(html)) == ["What happened", *PROSE]


def test_a_copy_of_part_of_the_article_is_dropped() -> None:
    # The first paragraphs come again in a second layout: a third of the text, not half.
    html = page(f"{paragraphs(0, 8)}<div class='mobile'>{paragraphs(0, 4)}</div>")
    assert texts(native(html)) == PROSE


def test_code_samples_shown_in_several_places_are_kept_each_time() -> None:
    # Reference docs show each call's sample by its description and again in a summary.
    samples = "".join(f"<pre><code>curl https://api.example.com/v1/{name} -u sk_test_key: "
                      f"-d amount=2000 -d currency=usd -d source=tok_visa</code></pre>"
                      for name in ("charges", "refunds", "payouts"))
    html = page(paragraphs(0, 1) + samples + paragraphs(1, 3) + samples)
    assert sum(text.startswith("curl https") for text in texts(native(html))) == 6


def test_a_note_repeated_in_a_few_places_is_kept_each_time() -> None:
    note = ("<p>Note: the harbour office is closed on public holidays, so plan any visit to the "
            "piers for a working day.</p>")
    html = page(paragraphs(0, 3) + note + paragraphs(3, 6) + note + paragraphs(6, 8))
    assert sum(text.startswith("Note: the harbour") for text in texts(native(html))) == 2


def test_one_paragraph_said_again_and_again_is_not_a_copy() -> None:
    html = page(paragraphs(0, 1) * 6)
    assert texts(native(html)) == PROSE[:1] * 6


def test_an_anchor_id_made_from_words_does_not_name_a_heading_or_a_box() -> None:
    # Heading anchors and slugs repeat the text's words ("counter", "share"): not names.
    html = page(paragraphs(0, 4)
                + "<h2 id='h-why-the-share-counter-fell'>Why the share counter fell</h2>"
                + "<div id='how-the-harbour-will-share-its-new-piers'>" + paragraphs(4, 8) + "</div>")
    assert texts(native(html)) == PROSE[:4] + ["Why the share counter fell"] + PROSE[4:]


def test_a_short_id_still_names_a_box() -> None:
    html = page(paragraphs(0, 8) + "<div id='share-bar'><p>Share this story with your friends on "
                "every network you use, today and tomorrow.</p></div>")
    assert "Share this story" not in joined(native(html))


def test_a_widget_title_near_the_end_cuts_what_follows_it() -> None:
    widget = ("<h3>Most read</h3><p>The mayor opens the new ferry terminal after ten years of "
              "planning and delays.</p>")
    assert texts(native(page(paragraphs(0, 8) + widget))) == PROSE


def test_a_widget_title_early_in_the_story_goes_alone() -> None:
    html = page(paragraphs(0, 2) + "<p>Related stories</p>" + paragraphs(2, 8))
    assert texts(native(html)) == PROSE


def recommendation_cards(title: str) -> str:
    """A box of other products, opened by its title: each card a name, a price and a delivery line."""
    cards = "".join(f"<div><h3>Harbour lamp model {n}</h3><p>${n}9.00</p><p>+ $5.00 delivery</p></div>"
                    for n in range(1, 6))
    return f"<div><div>{title}</div>{cards}</div>"


def test_a_recommendation_box_goes_with_its_title() -> None:
    # Mid-body: the chrome-line and widget-tail steps would take only the title.
    html = page(paragraphs(0, 4) + recommendation_cards("<h2>People who viewed this item also viewed</h2>")
                + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("title", ["Pairs well with", "Recommended accessories", "Accessories for the lamp",
                                   "Best selling in Lighting", "Seller's other items", "More from this shop"])
def test_a_shops_other_products_box_goes_with_its_title(title: str) -> None:
    html = page(paragraphs(0, 4) + recommendation_cards(f"<h2>{title}</h2>") + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


def test_a_recommendation_title_set_as_a_line_takes_its_box_too() -> None:
    html = page(paragraphs(0, 4) + recommendation_cards("<p>Similar items</p>") + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


def test_a_box_going_on_with_another_section_keeps_that_section() -> None:
    # The box opened by the title holds the page's own section too: only the title goes.
    html = page(paragraphs(0, 4) + "<div><h2>Related products</h2><h2>Harbour lamps</h2>"
                + paragraphs(4, 8) + "</div>")
    assert texts(native(html)) == [*PROSE[:4], "Harbour lamps", *PROSE[4:]]


def author_box(title: str) -> str:
    """A box at the end of the story: its title, the writer's name and a bio of a few lines."""
    bio = ("<p>Jane Doe has covered the port and its shipping for the Bugle since 2009, after a decade "
           "as a reporter on the coast; she lives by the harbour with her two dogs and a small boat.</p>")
    return f"<div><h3>{title}</h3><p>Jane Doe, harbour reporter</p>{bio}{bio.replace('dogs', 'cats')}</div>"


def test_a_site_widgets_box_goes_with_its_title() -> None:
    # The bio is too long a share of the body for the widget-tail cut, so only its title went.
    html = page(paragraphs(0, 4) + author_box("About the author"))
    assert texts(native(html)) == PROSE[:4]


@pytest.mark.parametrize("title", ["Recent articles", "More videos", "Similar posts", "About the reviewer",
                                   "Was this page helpful?", "Thanks for reading!", "Get in touch",
                                   "Work with us", "Subscribe to the Bugle", "Share it!",
                                   "Was this helpful?", "Did you find this article useful?",
                                   "How useful was this post?", "Rate this page", "Submit correction"])
def test_common_widget_titles_are_chrome(title: str) -> None:
    html = page(paragraphs(0, 2) + f"<p>{title}</p>" + paragraphs(2, 8))
    assert texts(native(html)) == PROSE


def test_a_feedback_box_ending_a_page_goes_with_its_title() -> None:
    feedback = ("<div><h2>Submit correction</h2><p>If you see anything in this page that is not correct, "
                "please use this form to report it.</p></div>")
    assert texts(native(page(paragraphs(0, 8) + feedback))) == PROSE


def test_a_line_naming_a_video_in_the_story_keeps_its_box() -> None:
    # "Watch: ..." titles a clip of the story: its caption stays.
    clip = ("<div><p>Watch: the storm breaks over the harbour wall at dawn</p>"
            "<p>Waves broke over the harbour wall for three hours before the tide turned at noon.</p></div>")
    html = page(paragraphs(0, 4) + clip + paragraphs(4, 8))
    assert "Waves broke over the harbour wall" in joined(native(html))


def test_a_page_builders_panels_named_widget_are_judged_together() -> None:
    # Each panel is named "widget" beside position classes; together they hold the story.
    panels = (f"<div class='panel widget editor panel-first-child'>{paragraphs(0, 3)}</div>"
              f"<div class='panel widget editor'>{paragraphs(3, 6)}</div>"
              f"<div class='panel widget editor panel-last-child'>{paragraphs(6, 8)}</div>")
    assert texts(native(page(panels))) == PROSE


REVIEWS = "".join(
    f"<div class='review'><p>Bought this for my {who} and it has been great. Sturdy, quick to set up "
    f"and exactly as described on the page; I would order it again without a second thought.</p></div>"
    for who in ("kitchen", "office", "son", "boat"))
PRODUCT_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", '
              '"name": "Harbour lamp"}</script>')


def product_page(head: str, reviews_name: str = "product-reviews") -> str:
    return (f"<html><head>{head}</head><body><main><div class='description'>{paragraphs(0, 4)}</div>"
            f"<section class='{reviews_name}'><h2>Customer reviews</h2>{REVIEWS}</section>"
            f"</main></body></html>")


@pytest.mark.parametrize("head", [
    PRODUCT_LD, '<meta property="og:type" content="product">',
    # JSON-LD and a product mark on one <script>: found by one query, told apart by another.
    PRODUCT_LD.replace("<script ", '<script itemtype="https://schema.org/Thing" '),
    '<script type="application/ld+json" itemtype="https://schema.org/Product">{}</script>',
])
def test_customer_reviews_on_a_product_page_are_its_comments(head: str) -> None:
    assert texts(native(product_page(head))) == PROSE[:4]
    assert "Sturdy, quick to set up" in joined(native(product_page(head), include_comments=True))


def test_reviews_on_a_page_that_sells_nothing_are_content() -> None:
    # A service's home page quoting its clients: the reviews are part of what it says.
    assert "Sturdy, quick to set up" in joined(native(product_page("<title>Movers</title>")))


def test_an_editorial_review_on_a_product_page_is_not_a_comment() -> None:
    # "product-review" (one review, written by the site) is not a list of customer reviews.
    html = product_page(PRODUCT_LD, reviews_name="product-review")
    assert "Sturdy, quick to set up" in joined(native(html))


POLICY_BOX = ("<div><h3>Shipping &amp; Returns</h3><p>Orders over $50 ship free within three working days, "
              "and you can return anything unused within thirty days for a full refund.</p></div>")


@pytest.mark.parametrize("title", ["Shipping &amp; Returns", "Warranty info", "Pickup or delivery?",
                                   "How do you want your item?", "Versand &amp; Rückgabe",
                                   "Livraison et retours", "Envíos y devoluciones", "Spedizione e resi",
                                   "Entrega e devoluções", "Retourbeleid", "Dostawa i zwroty",
                                   "Доставка и возврат"])
def test_a_policy_box_on_a_product_page_goes_with_its_title(title: str) -> None:
    # The shop's shipping and returns terms are the same on every product it sells.
    box = POLICY_BOX.replace("Shipping &amp; Returns", title)
    html = (f"<html><head>{PRODUCT_LD}</head><body><main><div class='description'>{paragraphs(0, 4)}"
            f"{box}{paragraphs(4, 8)}</div></main></body></html>")
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("title", ["Reviews summary", "Top reviews from the United States",
                                   "What our customers say", "Seller feedback (7,310)"])
def test_a_buyers_reviews_box_titled_on_a_product_page_goes_with_its_title(title: str) -> None:
    # Reviews in a box with no name to tell them: the heading says what they are.
    html = (f"<html><head>{PRODUCT_LD}</head><body><main><div class='description'>{paragraphs(0, 6)}"
            f"<div><h2>{title}</h2>{REVIEWS}</div>{paragraphs(6, 8)}</div></main></body></html>")
    assert texts(native(html)) == PROSE
    assert "Sturdy, quick to set up" in joined(native(html, include_comments=True))


def test_a_policy_box_on_a_page_that_sells_nothing_is_content() -> None:
    # An article or a shop's help page about its shipping keeps the section.
    html = page(paragraphs(0, 4) + POLICY_BOX + paragraphs(4, 8))
    assert "thirty days" in joined(native(html))


def comment_thread(count: int) -> str:
    return "".join(
        f"<div class='comment'><p class='comment-author'>reader{n}</p><div class='comment-content'>"
        f"<p>Reply {n}: we saw the same thing at our harbour last winter, and the repairs there took "
        f"far longer than anyone said they would at the start of the work.</p></div></div>"
        for n in range(count))


def test_a_thread_of_comments_alone_is_the_content() -> None:
    # A forum thread: every post is named as a comment and nothing else holds prose.
    html = f"<html><body><main><h1>Harbour repairs</h1>{comment_thread(12)}</main></body></html>"
    assert sum(text.startswith("Reply ") for text in texts(native(html))) == 12


def native_at(html: str, url: str) -> Body:
    tree = parse(html)
    return extract_native(Document(html=html, url=url, tree=tree, metadata=Metadata()), Options.build())


def opening_post_and_replies(head: str = "", title: str = "Comments") -> str:
    # The opening post, then a "Comments" line and replies named "comment" holding under half the prose.
    return (f"<html><head>{head}</head><body><main><h1>Harbour repairs</h1><div class='post'>"
            f"{paragraphs(0, 8)}</div><div class='comments'><h3>{title}</h3>{comment_thread(6)}</div>"
            f"</main></body></html>")


@pytest.mark.parametrize("url", ["https://example.com/discussion/39620/harbour-repairs",
                                 "https://example.com/forum/harbour/harbour-repairs",
                                 "https://example.com/threads/harbour-repairs.1234/",
                                 "https://example.com/viewtopic.php?t=1234"])
def test_the_replies_of_a_thread_by_its_address_are_its_posts(url: str) -> None:
    kept = texts(native_at(opening_post_and_replies(), url))
    assert sum(text.startswith("Reply ") for text in kept) == 6
    assert "Comments" not in kept  # the line opening the replies goes alone
    assert [text for text in kept if text in PROSE] == PROSE


@pytest.mark.parametrize("title", ["Kommentare", "Commentaires", "Comentarios", "Commenti", "Comentários",
                                   "Reacties", "Komentarze", "Комментарии", "评论"])
def test_the_replies_of_a_thread_under_a_title_in_another_language_are_its_posts(title: str) -> None:
    kept = texts(native_at(opening_post_and_replies(title=title), "https://example.com/threads/harbour.12/"))
    assert sum(text.startswith("Reply ") for text in kept) == 6
    assert title not in kept


def test_the_replies_of_a_declared_forum_post_are_its_posts() -> None:
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "DiscussionForumPosting", "headline": "Harbour repairs"}</script>')
    kept = texts(native_at(opening_post_and_replies(head), "https://example.com/p/1234"))
    assert sum(text.startswith("Reply ") for text in kept) == 6


def test_the_same_replies_under_an_article_are_its_comments() -> None:
    kept = texts(native_at(opening_post_and_replies(), "https://example.com/2024/05/harbour-repairs"))
    assert not any(text.startswith("Reply ") for text in kept)
    assert [text for text in kept if text in PROSE] == PROSE


@pytest.mark.parametrize("url, thread", [
    ("https://example.com/discussion/39620/title", True), ("https://example.com/t/forum/2", True),
    ("https://example.com/threads/title.1234/", True), ("https://example.com/showthread.php?t=7", True),
    ("https://forum.example.com/2024/05/title", False), ("https://example.com/topics/cloud/", False),
    ("https://example.com/t/pegasus-41-shoes", False), ("https://example.com/a?ref=forum", False),
    ("https://example.com/forumla-one", False), (None, False)])
def test_a_thread_is_told_by_its_path_words(url: str | None, thread: bool) -> None:
    assert rules.is_thread_url(url) is thread


def test_a_long_thread_under_a_post_named_as_the_story_is_its_comments() -> None:
    # A blog post in "entry-content" whose thread outweighs it many times over.
    closing = ("<p>The harbour master said the piers would reopen in stages, the northern one first, "
               "once divers had checked the foundations and the cranes had been moved back.</p>")
    html = (f"<html><body><main><div class='entry-content'>{paragraphs(0, 8)}{closing}</div>"
            f"<div id='comments'>{comment_thread(40)}</div></main></body></html>")
    assert [text[:6] for text in texts(native(html))] == [text[:6] for text in PROSE] + ["The ha"]


def test_a_section_of_replies_after_the_story_is_its_comments() -> None:
    # Readers' replies under a post, in a box named "replies" rather than "comments".
    replies = "".join(f"<article class='reply'><p>Reply {n}: this happened at our harbour too, and the "
                      f"repairs dragged on for months after the storm.</p></article>" for n in range(6))
    html = page(paragraphs(0, 8), f"<section class='js_replies replies-wrapper'>{replies}</section>")
    assert texts(native(html)) == PROSE


def test_an_author_box_opened_by_the_linked_name_goes_whole() -> None:
    box = ("<div class='profile-card'><p><a href='/authors/jane-doe/'>Jane Doe</a></p><p>Senior Editor</p>"
           "<p>Jane has covered ports and shipping for twelve years, and before that she reported on "
           "the fishing industry from the north coast.</p></div>")
    assert texts(native(page(paragraphs(0, 8) + box))) == PROSE


def panel(inner: str) -> str:
    """A plain box after the story, opened by a label or a title."""
    return f"<div class='panel'>{inner}</div>"


@pytest.mark.parametrize("label", ["Written by", "Reviewed by", "Medically reviewed by", "Fact-checked by"])
def test_a_credit_label_opening_a_box_goes_with_the_box(label: str) -> None:
    box = panel(f"<p>{label}</p><p>Jane Doe</p><p>Jane has covered ports and shipping for twelve years, "
                "and before that she reported on the fishing industry.</p>")
    assert texts(native(page(paragraphs(0, 8) + box))) == PROSE


def test_an_opt_in_box_in_the_story_is_a_sign_up_box() -> None:
    box = ("<div class='email-opt-in wrapper'><h3>Get breaking news alerts in your inbox</h3>"
           "<p>Yes! Also send me the weekly roundup.</p></div>")
    assert texts(native(page(paragraphs(0, 4) + box + paragraphs(4, 8)))) == PROSE


@pytest.mark.parametrize("name", ["option-list", "opt-in-form", "adopt-in-review"])
def test_only_the_word_opt_in_names_a_sign_up_box(name: str) -> None:
    assert bool(rules.class_flags(name) & rules.NAME_BOILERPLATE) == (name == "opt-in-form")


@pytest.mark.parametrize("title", ["Trending Articles", "In case you missed it", "More to explore",
                                   "Recommended Reading", "Read next", "Related questions", "See more in"])
def test_a_recirculation_title_after_the_story_goes_with_its_box(title: str) -> None:
    box = panel(f"<h3>{title}</h3><p>Harbour pilots warn of a busy winter as the storm season returns "
                "to the north coast.</p>")
    assert texts(native(page(paragraphs(0, 8) + box))) == PROSE


def test_a_flyout_in_the_story_is_a_notice_box() -> None:
    flyout = ("<div id='mod-flyout'><h2>Report inappropriate content</h2><p>Help us keep the community "
              "healthy by reporting any behaviour that breaks the code of conduct.</p></div>")
    assert texts(native(page(paragraphs(0, 4) + flyout + paragraphs(4, 8)))) == PROSE


def test_a_show_caption_toggle_is_a_chrome_line() -> None:
    assert texts(native(page(paragraphs(0, 4) + "<p>Show Caption</p>" + paragraphs(4, 8)))) == PROSE


def test_a_story_opening_with_its_linked_byline_is_kept() -> None:
    # The byline's box is the whole story, far more than an author box holds.
    byline = "<p>By <a href='/author/jane-doe'>Jane Doe</a></p>"
    assert texts(native(page(f"<div>{byline}{paragraphs(0, 8)}</div>"))) == PROSE


CAPTIONED = ("<figure><img src='/pier.jpg' alt='The pier'><figcaption>The northern pier after the storm. "
             "<span>Photo: Jane Doe</span></figcaption></figure>")


def test_a_caption_is_its_figure_s_not_a_paragraph_of_the_text() -> None:
    body = native(page(paragraphs(0, 4) + CAPTIONED + paragraphs(4, 8)))
    assert [block.text for block in body.blocks if not isinstance(block, Figure)] == PROSE
    (figure,) = [block for block in body.blocks if isinstance(block, Figure)]
    assert figure.src == "" and figure.text == "The northern pier after the storm. Photo: Jane Doe"


def test_with_images_a_caption_goes_under_its_image() -> None:
    body = native(page(paragraphs(0, 4) + CAPTIONED + paragraphs(4, 8)), include_images=True)
    (figure,) = [block for block in body.blocks if isinstance(block, Figure)]
    caption = "The northern pier after the storm. Photo: Jane Doe"
    assert (figure.src, figure.alt, figure.text) == ("/pier.jpg", "The pier", caption)
    assert texts(body)[4] == figure.text


def test_a_short_post_named_as_the_story_keeps_its_long_thread_out() -> None:
    # A post of a hundred-odd words in "entry-content", under a thread many times longer.
    html = (f"<html><body><main><div class='entry-content'>{paragraphs(0, 5)}</div>"
            f"<div id='comments'>{comment_thread(40)}</div></main></body></html>")
    assert texts(native(html)) == PROSE[:5]


@pytest.mark.parametrize("state", ["has-rail-right", "has-comments", "with-sidebar", "no-sidebar"])
def test_a_class_saying_what_a_box_has_does_not_name_it(state: str) -> None:
    # Themes mark the story's wrapper with what the layout has beside it; here the thread
    # below it, in plain boxes, is longer than the story.
    reply = ("we saw the same thing at our harbour last winter, and the repairs there took far "
             "longer than anyone said they would.")
    thread = "".join(f"<div><p>Reply {n}: {reply}</p></div>" for n in range(12))
    html = f"<html><body><div class='{state}'>{paragraphs(0, 8)}</div>{thread}</body></html>"
    assert texts(native(html))[:8] == PROSE


@pytest.mark.parametrize("utility", ["top-[var(--nav-height)]", "min-h-[var(--footer-min-height)]",
                                     "[&>svg:hover]:text-meta"])
def test_a_utility_class_with_an_arbitrary_value_does_not_name_a_box(utility: str) -> None:
    # A style utility ("sticky below the nav bar") names a CSS variable, not what the box is.
    html = page(paragraphs(0, 7) + f"<div class='sticky {utility}'>{paragraphs(7, 8)}</div>")
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("line", ["Add to cart", "Out of stock", "Notify me when available", "Qty:",
                                  "Returns & exchanges accepted",
                                  "Ships from: Portugal", "Select a size",
                                  "In stock", "Add to compare", "Compare", "Quick shop", "View details",
                                  "More options", "Calculate shipping"])
def test_a_shops_cart_and_stock_lines_are_not_the_description(line: str) -> None:
    html = page(paragraphs(0, 4) + f"<div><p>{line}</p></div>" + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("line", ["Rate this book", "Clear rating", "Toggle caption", "Show captions"])
def test_a_rating_widgets_and_a_gallerys_controls_are_chrome_lines(line: str) -> None:
    html = page(paragraphs(0, 4) + f"<div><p>{line}</p></div>" + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("line", ["Sort by: Featured items", "Filters", "Showing 1–24 of 310 results",
                                  "Load more", "Loading...", "Please wait", "Sorted by:",
                                  "Apply now", "Easy apply", "View company profile"])
def test_a_listings_controls_and_a_scripts_placeholder_are_chrome_lines(line: str) -> None:
    html = page(paragraphs(0, 4) + f"<div><p>{line}</p></div>" + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("line", ["Free shipping on orders over $50", "Ships from: the harbour store, "
                                  "where the boats were built by hand every winter for forty years."])
def test_a_shipping_offer_or_a_sentence_about_shipping_stays(line: str) -> None:
    sentence = line
    html = page(paragraphs(0, 4) + f"<p>{sentence}</p>" + paragraphs(4, 8))
    assert sentence in texts(native(html))


# The same chrome lines in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
# Chinese and Japanese.
@pytest.mark.parametrize("line", [
    # site labels
    "Teilen", "Lire aussi", "Artículos relacionados", "Leggi anche", "Leia também", "Lees meer",
    "Czytaj także", "Читайте также", "相关文章", "関連記事",
    # a shop's cart and stock lines
    "In den Warenkorb", "Rupture de stock", "Añadir al carrito", "Aggiungi al carrello",
    "Adicionar ao carrinho", "In winkelwagen", "Dodaj do koszyka", "Нет в наличии", "加入购物车",
    "カートに入れる",
    # a listing's controls
    "Sortieren nach: Preis", "Trier par : pertinence", "Cargar más", "Filtri", "Carregar mais",
    "Meer laden", "Sortuj według", "Показать ещё", "加载更多", "並び替え",
    # a script's placeholder
    "Wird geladen...", "Chargement…", "Cargando...", "Caricamento in corso", "Carregando...",
    "Even geduld", "Ładowanie...", "Загрузка...", "加载中...", "読み込み中…"])
def test_chrome_lines_in_other_languages_are_chrome_lines(line: str) -> None:
    html = page(paragraphs(0, 4) + f"<div><p>{line}</p></div>" + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("line", ["teilen", "Teilen", "TEILEN", "écrit par", "Écrit par", "ÉCRIT PAR",
                                  "Ähnliche Artikel", "ПОДЕЛИТЬСЯ", "Ładowanie..."])
def test_a_label_in_another_language_is_one_in_any_case(line: str) -> None:
    assert rules.CHROME_PHRASE.match(line) or rules.PLACEHOLDER.match(line)


@pytest.mark.parametrize("title", ["Kunden kauften auch", "Produits similaires", "Productos relacionados",
                                   "Spesso comprati insieme", "Produtos relacionados", "Vaak samen gekocht",
                                   "Ostatnio oglądane", "Похожие товары", "相关商品", "関連商品"])
def test_a_shops_other_products_box_titled_in_another_language_goes_with_its_title(title: str) -> None:
    html = page(paragraphs(0, 4) + recommendation_cards(f"<h2>{title}</h2>") + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


@pytest.mark.parametrize("sentence", [
    "Lesen Sie auch, was der Hafenmeister am Montag über die Reparatur der Piers gesagt hat.",
    "Lire la suite du rapport prendra du temps, a dit le maire après la tempête.",
    "Cargando los barcos, los estibadores trabajaron toda la noche después de la tormenta.",
    "Leggi anche il rapporto del porto, ha detto il sindaco dopo la tempesta di lunedì.",
    "Carregando as redes, os pescadores voltaram ao porto depois da tempestade.",
    "Lees meer over de haven in het rapport dat de gemeente maandag publiceerde.",
    "Zobacz także, jak wyglądał port po burzy w poniedziałek, napisał burmistrz.",
    "Загрузка судов продолжалась всю ночь после шторма, сообщил капитан порта.",
    "相关文章指出，港口将在周一重新开放。",
    "関連記事によると、港は月曜日に再開する予定だ。",
    "Candidati"])  # the candidates, not "apply" ("Candidati ora")
def test_a_sentence_opening_like_a_label_in_another_language_stays(sentence: str) -> None:
    html = page(paragraphs(0, 4) + f"<p>{sentence}</p>" + paragraphs(4, 8))
    assert sentence in texts(native(html))


def test_a_closed_accordion_panel_is_content() -> None:
    # The WAI-ARIA accordion pattern: each panel is a region labelled by its header button,
    # display:none until opened, with no class to say so.
    panels = "".join(
        f"<h3><button id='h{n}' aria-controls='p{n}'>Step {n}</button></h3>"
        f"<div id='p{n}' role='region' aria-labelledby='h{n}' style='display:none'>"
        f"{paragraphs(n, n + 2)}</div>"
        for n in (0, 2, 4, 6))
    body = texts(native(page(panels)))
    assert [text for text in body if not text.startswith("Step")] == PROSE


def test_a_streamed_segment_takes_the_place_of_its_loading_fallback() -> None:
    # React's streaming rendering sends the late part of the page in <div hidden id="S:0">
    # at the end of the body; its script puts it where <template id="B:0"> stands, in place
    # of the fallback up to <!--/$-->.
    html = (f"<html><body><main><article>{paragraphs(0, 3)}<!--$?--><template id='B:0'></template>"
            f"<p>Loading the rest of the story</p><!--/$-->{paragraphs(6, 8)}</article></main>"
            f"<footer><p>Harbour News, all rights reserved.</p></footer>"
            f"<div hidden id='S:0'>{paragraphs(3, 6)}</div></body></html>")
    assert texts(native(html)) == PROSE


def test_a_streamed_segment_without_a_closed_fallback_leaves_the_rest_alone() -> None:
    html = (f"<html><body><main><article>{paragraphs(0, 3)}<template id='B:0'></template>"
            f"{paragraphs(6, 8)}</article></main><div hidden id='S:0'>{paragraphs(3, 6)}</div></body></html>")
    assert texts(native(html)) == PROSE


def test_a_hidden_box_holding_the_main_landmark_is_its_content() -> None:
    # A store's lock app hides all of <main> until its script runs; the site's menus and
    # footer outside it hold most of the page's text, so the box is under a third of it.
    menus = "".join(f"<li><a href='/c/{n}'>Harbour shop category {n}</a></li>" for n in range(80))
    html = (f"<html><body><nav><ul>{menus}</ul></nav><main><div class='lock-content' style='display:none'>"
            f"<article>{paragraphs(0, 8)}</article></div>"
            f"<div hidden><p>A closed notice about the harbour opening hours.</p></div></main>"
            f"<footer><ul>{menus}</ul></footer></body></html>")
    body = joined(native(html))
    assert all(text in body for text in PROSE)
    assert "closed notice" not in body


def test_a_hidden_dialog_holding_the_main_landmark_stays_hidden() -> None:
    menus = "".join(f"<li><a href='/c/{n}'>Harbour shop category {n}</a></li>" for n in range(80))
    html = (f"<html><body><nav><ul>{menus}</ul></nav><main>"
            f"<div role='dialog' style='display:none'>{paragraphs(0, 8)}</div></main>"
            f"<footer><ul>{menus}</ul></footer></body></html>")
    assert PROSE[0] not in joined(native(html))


def test_a_summary_link_hidden_only_from_screen_readers_is_read() -> None:
    # A card's second link to its story (aria-hidden, out of the tab order) is still shown:
    # its summary is text; a short one (a repeated label) and one hidden by style are not.
    summary = ("<a href='/s' aria-hidden='true' tabindex='-1'>The harbour reopened on Friday after "
               "repairs to both piers finished ahead of schedule.</a>")
    label = "<a href='/s' aria-hidden='true' tabindex='-1'>Harbour pier news</a>"
    styled = ("<a href='/t' aria-hidden='true' style='display:none'>A draft summary nobody sees on "
              "the page, kept for a script.</a>")
    html = page(paragraphs(0, 8) + f"<p>{summary}</p><p>{label}</p><p>{styled}</p>")
    run = run_native(Document(html=html, url=None, tree=parse(html), metadata=Metadata()), Options())
    body = " ".join(item.text for item in run.walked.blocks)
    assert "reopened on Friday" in body
    assert "Harbour pier news" not in body
    assert "draft summary" not in body


def test_a_hidden_div_with_another_id_stays_hidden() -> None:
    menu = "<div hidden id='S:0-menu'><p>Open the site menu to browse.</p></div>"
    html = page(paragraphs(0, 8), around=menu)
    assert "site menu" not in joined(native(html))


def test_an_accordion_panel_labelled_by_its_header_without_a_role_is_content() -> None:
    panels = "".join(
        f"<h3 id='item-{n}-heading'>Step {n}</h3>"
        f"<div id='item-{n}-content' hidden aria-hidden='true' aria-labelledby='item-{n}-heading'>"
        f"{paragraphs(n, n + 2)}</div>"
        for n in (0, 2, 4, 6))
    assert [text for text in texts(native(page(panels))) if not text.startswith("Step")] == PROSE


def test_a_hidden_modal_labelled_by_its_title_stays_hidden() -> None:
    modal = ("<div class='modal fade' hidden aria-labelledby='m-title'><h2 id='m-title'>Sign in</h2>"
             "<p>Sign in to keep reading the harbour news, it only takes a minute.</p></div>")
    assert "Sign in" not in joined(native(page(paragraphs(0, 8) + modal)))


@pytest.mark.parametrize("page", [
    f"<html><head><title>Page not found</title></head><body>{paragraphs(0, 3)}</body></html>",
    f"<html><body><main class='error-404'>{paragraphs(0, 3)}</main></body></html>",
    f"<html><body class='page-404'>{paragraphs(0, 3)}</body></html>",
])
def test_an_error_page_has_no_body(page: str) -> None:
    assert native(page).blocks == ()


def test_a_page_with_a_title_only_in_its_body_is_read() -> None:
    # The first <title> is searched in the <head> first, then anywhere.
    page = f"<html><body><svg><title>Logo</title></svg>{paragraphs(0, 3)}</body></html>"
    assert texts(native(page)) == PROSE[:3]


@pytest.mark.parametrize(("line", "dated"), [
    ("19 April 2017 · 4,518 views · 5 min read", True),
    ("Updated: Apr 19, 2017 10:32", True),
    ("12:30 pm GMT", True),
    ("3 comments", True),
    ("11 Answers", True),
    ("42 votes", True),
    ("1st", False),  # "st" standing alone after a digit is no piece of an info line
    ("Posted by Jane on 12 May", False),
    ("The port closed on Monday", False),  # no digit
    ("$39.99", False),  # a price
    ("12,50 €", False),
    ("£1,200 - £1,500", False),
    # the same in other languages
    ("Veröffentlicht am 19.04.2017 um 10:32", True),
    ("Publié le 19/04/2017", True),
    ("Publicado el 19/04/2017 a las 10:32", True),
    ("Pubblicato il 19/04/2017 alle 10:32", True),
    ("Atualizado às 10:32", True),
    ("Gepubliceerd op 19-04-2017 om 10:32", True),
    ("Opublikowano: 19.04.2017", True),
    ("Опубликовано: 19.04.2017 в 10:32", True),
    ("Am 19.04.2017 schloss der Hafen um 10 Uhr.", False),
    ("Le 19 mars, le port a fermé.", False),
])
def test_a_line_of_only_dates_and_counters_is_chrome(line: str, dated: bool) -> None:
    assert rules.is_dated_line(line) is dated


def test_the_prices_of_a_product_grid_are_kept() -> None:
    cards = "".join(f"<div class='card'><p>Harbour lamp, {size}</p><p>${price}.00</p></div>"
                    for size, price in (("small", 38), ("large", 59)))
    assert "$59.00" in texts(native(page(paragraphs(0, 4) + cards + paragraphs(4, 8))))


@pytest.mark.parametrize("dialog", ['role="dialog"', 'role="alertdialog"', 'role="dialog" aria-modal="true"'])
def test_a_dialog_laid_over_the_page_is_never_its_content(dialog: str) -> None:
    # A cookie preference centre can hold more prose than the short product page under it.
    product = ("<h1>Harbour lamp</h1><p>Brass, hand finished, for boats and porches.</p>"
               "<p>Ships in two days.</p>")
    html = (f"<html><body><main>{product}</main>"
            f"<div class='privacy-center' {dialog}>{paragraphs(0, 8)}</div></body></html>")
    assert texts(native(html)) == ["Harbour lamp", "Brass, hand finished, for boats and porches.",
                                   "Ships in two days."]


@pytest.mark.parametrize("name", ["guide-popup", "modal"])
def test_a_box_named_as_a_popup_is_never_the_content(name: str) -> None:
    product = ("<h1>Harbour lamp</h1><p>Brass, hand finished, for boats and porches.</p>"
               "<p>Ships in two days.</p>")
    html = f"<html><body><main>{product}</main><div class='{name}'>{paragraphs(0, 8)}</div></body></html>"
    assert texts(native(html)) == ["Harbour lamp", "Brass, hand finished, for boats and porches.",
                                   "Ships in two days."]


TESTIMONIALS = "".join(
    f"<div class='testimonial'><p>The staff at the harbour clinic were kind and quick, and the doctor took "
    f"time to explain every step of the treatment to us. Visit number {n} was as good as the first.</p>"
    f"<p>Patient {n}</p></div>" for n in range(8))


@pytest.mark.parametrize("frame", ["<footer>{}</footer>", "<div role='contentinfo'>{}</div>",
                                   "<nav>{}</nav>", "<footer><div class='footer-band'>{}</div></footer>"])
def test_a_site_footer_or_menu_is_never_the_content(frame: str) -> None:
    # Testimonials in the footer outweigh a short article; a copy of them in a box of the same
    # name outside the footer (a mobile layout's) does not make that name a wrapper either.
    copy = f"<div class='footer-band'>{TESTIMONIALS}</div>" if "band" in frame else ""
    html = (f"<html><body><main><article>{paragraphs(0, 4)}</article></main>{copy}"
            f"{frame.format(TESTIMONIALS)}</body></html>")
    assert texts(native(html)) == PROSE[:4]


def test_the_linked_titles_of_a_grid_of_cards_are_kept() -> None:
    # Each card: a linked name, then what it costs. A grid of them is no list of links.
    cards = "".join(f"<div class='card'><p><a href='/p/{n}'>Harbour lamp model {n}</a></p>"
                    f"<div class='price'><p>${n}9.00</p></div></div>" for n in range(1, 5))
    kept = texts(native(page(paragraphs(0, 6) + f"<div class='grid'>{cards}</div>")))
    assert "Harbour lamp model 3" in kept and "$39.00" in kept


def test_a_list_of_links_after_the_story_still_goes() -> None:
    related = "".join(f"<div><p><a href='/s/{n}'>Another story about the harbour {n}</a></p></div>"
                      for n in range(1, 5))
    assert texts(native(page(paragraphs(0, 8) + related))) == PROSE


CERTIFICATES = "<ul>" + "".join(f"<li><a href='/c/{n}'>Certificate in harbour pilotage, level {n}</a></li>"
                                for n in range(1, 5)) + "</ul>"


def test_a_list_of_links_introduced_by_the_text_and_followed_by_more_of_it_is_kept() -> None:
    # Prose before it names what the list holds, and the text goes on after it: the things the
    # article lists, not a menu.
    html = page(paragraphs(0, 3) + "<p>The school offers the following certificates:</p>" + CERTIFICATES
                + paragraphs(3, 6))
    assert "Certificate in harbour pilotage, level 4" in joined(native(html))


def test_a_run_of_lists_framed_by_prose_and_a_heading_is_kept() -> None:
    html = page(paragraphs(0, 3) + CERTIFICATES + CERTIFICATES.replace("/c/", "/d/") + "<h2>Fees</h2>"
                + paragraphs(3, 6))
    assert joined(native(html)).count("Certificate in harbour pilotage, level 2") == 2


@pytest.mark.parametrize("items", [
    "<li><a href='#moorings'>Moorings and visitor berths</a></li>"
    "<li><a href='#fuel'>Fuel and the pump-out berth</a></li>",
    "<li><a href='/r/1'>Reply</a></li><li><a href='/r/2'>Share</a></li>",
    "<li><a href='/s/1'>See also: the harbour after the storm</a></li>",
], ids=["contents", "short-items", "lone-item"])
def test_a_list_between_prose_that_only_jumps_or_acts_still_goes(items: str) -> None:
    # A table of contents, a row of short actions, a lone "see also": links, not the text.
    html = page(paragraphs(0, 3) + f"<ul>{items}</ul>" + paragraphs(3, 6))
    assert texts(native(html)) == PROSE[:6]


def test_a_forum_posters_signature_goes() -> None:
    posts = "".join(f"<div class='post'><p>{text}</p><div class='post-signature'><p>Harbour pilot for twenty "
                    f"years, sailing a wooden ketch out of Falmouth.</p></div></div>" for text in PROSE)
    html = f"<html><body><main><h1>Harbour closed</h1>{posts}</main></body></html>"
    assert texts(native(html)) == ["Harbour closed", *PROSE]


@pytest.mark.parametrize("name", ["postprofile", "user-info", "user-details", "poster-info",
                                  "message-userExtras"])
def test_a_posters_profile_card_goes(name: str) -> None:
    posts = "".join(f"<div class='post'><div class='{name}'><p>Harbourmaster</p><p>Posts: 4032</p>"
                    f"<p>Location: Falmouth harbour, Cornwall</p></div><p>{text}</p></div>" for text in PROSE)
    html = f"<html><body><main><h1>Harbour closed</h1>{posts}</main></body></html>"
    assert texts(native(html)) == ["Harbour closed", *PROSE]


def test_a_list_of_linked_things_each_described_belongs_to_the_article() -> None:
    # Items each a link and a few words of their own: the courses the article lists, not links.
    courses = "".join(f"<li><a href='/c/{n}'>Introduction to harbour engineering, part {n}</a> (4 hours, "
                      f"free)</li>" for n in range(1, 6))
    html = page(f"<div class='intro'>{paragraphs(0, 6)}</div><div class='courses'><ul>{courses}</ul></div>")
    assert "Introduction to harbour engineering, part 5 (4 hours, free)" in joined(native(html))


def test_a_list_of_recent_posts_with_their_dates_still_goes() -> None:
    recent = "".join(f"<li><a href='/p/{n}'>Another story about the harbour {n}</a> - December {n}, 2019</li>"
                     for n in range(1, 6))
    html = page(f"<div class='intro'>{paragraphs(0, 8)}</div><div class='latest'><ul>{recent}</ul></div>")
    assert texts(native(html)) == PROSE


LINK_ROW = "<ul>" + "".join(f"<li><a href='/s/{n}'>See our harbour services in town number {n}</a></li>"
                            for n in range(30)) + "</ul>"
FEATURES = ("<section><h2>Moorings</h2><p>Visitor moorings for boats up to twenty metres, with water and "
            "power on every pontoon and a launch service from dawn until late in the evening.</p></section>"
            "<section><h2>Repairs</h2><p>A yard with a forty tonne hoist, riggers, engineers and a "
            "sailmaker, open all year round for owners who want their boat back on the water fast.</p>"
            "</section><section><h2>Fuel</h2><p>Diesel and petrol at the fuel berth on the north quay, "
            "with a pump-out station for holding tanks and bins for oil and batteries beside it.</p>"
            "</section>")


def sections(first: str) -> str:
    """A first section beside a row of links, then the page's other sections in boxes of their own."""
    others = f"<div><section>{paragraphs(5, 8)}</section></div><div>{FEATURES}</div>"
    return f"<div>{first}{LINK_ROW}</div>{others}"


@pytest.mark.parametrize("landmark", [("<main>", "</main>"), ("<div role='main'>", "</div>")])
def test_a_page_of_sections_is_its_whole_main_landmark(landmark: tuple[str, str]) -> None:
    # The largest section holds under half the prose of <main>: it is one part of a landing page.
    opening, closing = landmark
    html = f"<html><body>{opening}{sections(f'<section>{paragraphs(0, 5)}</section>')}{closing}</body></html>"
    kept = joined(native(html))
    assert PROSE[0] in kept and PROSE[7] in kept and "a launch service from dawn" in kept


def test_an_article_in_main_stays_alone_beside_other_sections() -> None:
    html = f"<html><body><main>{sections(f'<article>{paragraphs(0, 5)}</article>')}</main></body></html>"
    assert texts(native(html)) == PROSE[:5]


def test_the_plain_header_of_an_article_card_is_its_title_not_the_sites_banner() -> None:
    cards = "".join(f"<article><header><h2>Harbour news {n}</h2></header><p>{text}</p></article>"
                    for n, text in enumerate(PROSE))
    html = f"<html><body><header><a href='/'>Daily Bugle</a></header><main>{cards}</main></body></html>"
    kept = texts(native(html))
    assert "Harbour news 3" in kept and "Daily Bugle" not in kept


def test_a_grid_of_priced_product_links_outweighs_the_prose_under_it() -> None:
    # Each card is one link holding the product's name and price: the grid is the page's content,
    # not a menu, and the <article> of prose about the category below it does not replace it.
    cards = "".join(f"<li><a href='/p/{n}'>Harbour lantern, model {n} ${n}9.00</a></li>"
                    for n in range(1, 41))
    html = (f"<html><body><nav><a href='/'>Home</a></nav><div><h1>Lanterns</h1><ul>{cards}</ul></div>"
            f"<article>{paragraphs(0, 6)}</article></body></html>")
    kept = joined(native(html))
    assert "Harbour lantern, model 40 $409.00" in kept


def test_the_header_of_a_section_with_its_headline_and_lead_is_content() -> None:
    # A landing page opens each feature <section> with a <header> holding its headline and lead:
    # inside a section a header is that section's, not the site's banner.
    sections = "".join(
        f"<section><header class='section-header'><h2>Feature {n}</h2><p>Lead of feature {n}.</p></header>"
        f"<p>{text}</p></section>" for n, text in enumerate(PROSE))
    html = f"<html><body><header><a href='/'>Daily Bugle</a></header><div>{sections}</div></body></html>"
    kept = texts(native(html))
    assert "Feature 3" in kept and "Lead of feature 3." in kept and "Daily Bugle" not in kept


def test_a_header_in_a_section_without_a_lead_is_still_chrome() -> None:
    # A section's title over its row of links (or a site notice) is no lead of the section's own.
    notice = ("<header class='bar'><h2>Harbour guide</h2><a href='/a'>Piers</a> "
              "<a href='/b'>Tides</a></header>")
    kept = texts(native(f"<html><body><section>{notice}{paragraphs(0, 8)}</section></body></html>"))
    assert kept == PROSE


def test_a_body_of_nothing_but_a_heading_keeps_it() -> None:
    # A shared link's page: its title, then the link. The link goes as a link list; the title
    # is all the page says, so it stays rather than going as a widget title with nothing after it.
    title = "Harbour authority closes the port after the storm damaged two piers on Monday"
    html = (f"<html><body><main><h1>{title}</h1><a href='https://example.org/story'>example.org</a>"
            "</main></body></html>")
    assert texts(native(html)) == [title]


def test_a_heading_after_the_story_still_goes_as_a_widget_title() -> None:
    html = page(paragraphs(0, 8) + "<h2>Harbour guide</h2>")
    assert texts(native(html)) == PROSE


def test_an_article_named_for_its_author_around_the_named_body_is_the_post() -> None:
    # WordPress themes class the post <article class="entry author-jane">, which reads as an
    # author box; beside a comment thread longer than the post it must still be the post.
    story = "".join(f"<p>{text}</p>" for text in PROSE + PROSE[:2])
    comments = "".join(f"<div class='comment-content'><p>{text} I agree.</p><p>{text}</p></div>"
                       for text in PROSE)
    html = (f"<html><body><main><article class='entry author-jane post'><div class='entry-content'>"
            f"{story}</div></article><div class='comments-area'>{comments}</div></main></body></html>")
    kept = texts(native(html))
    assert kept[:10] == PROSE + PROSE[:2] and not any(text.endswith("I agree.") for text in kept)


def test_markup_written_as_text_in_a_noscript_is_not_read() -> None:
    pixel = "<noscript>&lt;div style='position:absolute'&gt;&lt;img src='/pixel'&gt;&lt;/div&gt;</noscript>"
    kept = texts(native(page(paragraphs(0, 4) + pixel + paragraphs(4, 8))))
    assert kept == PROSE


@pytest.mark.parametrize("notice", [
    "<div class='notice'>JavaScript is disabled. For a better experience, please enable JavaScript.</div>",
    "<p>Sie müssen JavaScript aktivieren, um diese Seite zu nutzen.</p>",
])
def test_a_noscript_asking_for_javascript_is_not_read(notice: str) -> None:
    html = page(paragraphs(0, 4) + f"<noscript>{notice}</noscript>" + paragraphs(4, 8))
    assert texts(native(html)) == PROSE


def test_the_elements_of_a_noscript_are_read() -> None:
    # Forums serve their posts in <noscript> for readers without scripts.
    html = f"<html><body><noscript><div class='post'>{paragraphs(0, 8)}</div></noscript></body></html>"
    assert texts(native(html)) == PROSE


LEAD_FORM = ("<form method='post'><div>Get the free guide</div>"
             "<label>First Name *</label><input type='text' name='first'>"
             "<label>Last Name *</label><input name='last'>"
             "<label>Work Email *</label><input type='email' name='email'>"
             "<input type='hidden' name='token' value='x'><input type='submit' value='Send'>"
             "<div style='display:block'>Thank you! Your submission has been received!</div></form>")


def test_a_lead_form_in_the_story_goes_with_its_labels_and_thanks() -> None:
    kept = texts(native(page(paragraphs(0, 4) + LEAD_FORM + paragraphs(4, 8))))
    assert kept == PROSE


@pytest.mark.parametrize("form", [
    # a search box with a hidden trap field: two typed fields, not a lead form
    "<form><label>Search the archive</label><input type='text' name='q'>"
    "<input type='text' name='url'></form>",
    # a comment form: its reply box tells selection where the comments start
    "<form><label>Your name here</label><input name='a'><input name='b'><input name='c'>"
    "<textarea></textarea></form>",
])
def test_a_search_box_or_a_reply_form_is_not_a_lead_form(form: str) -> None:
    kept = texts(native(page(paragraphs(0, 4) + form + paragraphs(4, 8))))
    assert kept[4] in {"Search the archive", "Your name here"}


def test_a_form_wrapping_the_whole_page_is_read() -> None:
    # ASP.NET pages wrap their whole body in one <form> with a few fields of their own.
    fields = "<input name='a'><input name='b'><input name='c'>"
    html = (f"<html><body><form method='post'>{fields}<article>{paragraphs(0, 8)}{paragraphs(0, 8)}"
            f"</article></form></body></html>")
    assert texts(native(html))[:8] == PROSE


def filter_panel(options: int, label: str = "Brand") -> str:
    """A shop's filter panel: one box to tick per option, each with a short label and a count."""
    boxes = "".join(f"<li><input type='checkbox' id='f{i}'><label for='f{i}'>{label} {i} ({i + 3})"
                    "</label></li>" for i in range(options))
    return f"<div class='refine'><h3>Filter by</h3><ul>{boxes}</ul></div>"


def test_a_panel_of_search_filters_goes_with_its_labels() -> None:
    kept = texts(native(page(filter_panel(8) + paragraphs(0, 8))))
    assert kept == PROSE


def test_a_few_boxes_to_tick_are_not_a_filter_panel() -> None:
    kept = texts(native(page(paragraphs(0, 4) + filter_panel(3) + paragraphs(4, 8))))
    assert "Filter by" in kept


def test_a_checklist_of_sentences_is_not_a_filter_panel() -> None:
    # Each item says more than a filter's label: a checklist in the story.
    items = "".join(f"<li><input type='checkbox'>Book the venue and confirm the caterer for day {i} "
                    f"of the event</li>" for i in range(8))
    kept = texts(native(page(paragraphs(0, 4) + f"<div><ul>{items}</ul></div>" + paragraphs(4, 8))))
    assert any("Book the venue" in text for text in kept)


def test_a_box_of_options_holding_prose_is_not_a_filter_panel() -> None:
    # A paragraph about the things ticked makes the box content, not a panel of filters.
    panel = filter_panel(8).replace("<h3>Filter by</h3>", f"<p>{PROSE[0]}</p>")
    kept = texts(native(page(panel + paragraphs(1, 8))))
    assert PROSE[0] in kept


def test_a_line_of_one_word_said_again_and_again_is_filler() -> None:
    # A script's font-measuring box: "word word word ..." is not text written to be read.
    filler = "<div>" + " ".join(["word"] * 200) + "</div>"
    assert texts(native(page(paragraphs(0, 8), around=filler))) == PROSE


def test_a_word_said_a_few_times_is_not_filler() -> None:
    chant = "<p>" + " ".join(["Go"] * 5) + "!</p>"
    assert "Go Go Go Go Go!" in texts(native(page(paragraphs(0, 4) + chant + paragraphs(4, 8))))


def headline_section(title: str, count: int) -> str:
    links = "".join(f"<h3><a href='/story/{title}-{i}'>{title} story number {i} of the day's news</a></h3>"
                    for i in range(count))
    return f"<section>{links}</section>"


def test_a_front_page_keeps_its_sections_of_headlines_side_by_side() -> None:
    # No prose anywhere (the relaxed pass): the section beside the chosen one is more headlines,
    # worth its text, while the sidebar's links are boilerplate.
    sidebar = "<div class='sidebar'>" + "".join(
        f"<p><a href='/tag/{i}'>Tag number {i} of the site's index</a></p>" for i in range(40)) + "</div>"
    html = ("<html><body><main>" + sidebar + headline_section("Politics", 12)
            + headline_section("Sport", 5) + "</main></body></html>")
    kept = texts(native(html))
    assert any(text.startswith("Politics story") for text in kept)
    assert any(text.startswith("Sport story") for text in kept)
    assert not any(text.startswith("Tag number") for text in kept)


def test_a_dialog_of_filters_is_deleted_once() -> None:
    # The panel is itself junk (a <dialog>), inside a box to tick's <form> with its own panel.
    dialog = filter_panel(8).replace("<div class='refine'>", "<dialog open>").replace("</div>", "</dialog>")
    for html in (page(dialog + paragraphs(0, 8)), page(f"<form>{dialog}</form>" + paragraphs(0, 8))):
        assert texts(native(html)) == PROSE


def test_a_grid_of_titles_ending_the_body_is_kept() -> None:
    # Five product names set as headings after the intro: the grid, not a widget's title.
    names = ["Oak Bookcase", "Pine Shelf Unit", "Walnut Cabinet", "Birch Desk", "Ash Side Table"]
    grid = "".join(f"<div><h3>{name}</h3></div>" for name in names)
    kept = texts(native(page(paragraphs(0, 8) + grid)))
    assert kept[-5:] == names


def test_a_few_headings_ending_the_body_still_dangle() -> None:
    tail = "<h2>Related articles</h2><h3>More from the desk</h3><h3>Newsletter</h3>"
    assert texts(native(page(paragraphs(0, 8) + tail))) == PROSE
@pytest.mark.parametrize(("text", "marquee"), [
    ("Book now * Book now * Book now * Book now * Book now", True),
    ("Credit: The Daily Kitchen\n" * 4, True),
    ("x x x x x x", False),  # a row of data, not a phrase
    ("Book now * Book now * Book now", False),  # said three times only
    (PROSE[0], False),
])
def test_a_marquee_is_one_short_phrase_said_again_and_again(text: str, marquee: bool) -> None:
    assert rules.is_marquee(text) is marquee


def test_a_marquee_in_the_story_is_no_prose_and_goes() -> None:
    ticker = "<p>" + "Book a call * " * 60 + "</p>"
    kept = texts(native(page(paragraphs(0, 4) + ticker + paragraphs(4, 8))))
    assert kept == PROSE


def test_the_walk_hands_selection_its_marquee_verdict_on_paragraphs() -> None:
    html = page(paragraphs(0, 8))
    document = Document(html=html, url=None, tree=parse(html), metadata=Metadata())
    walked = run_native(document, Options()).walked
    assert [item.marquee for item in walked.blocks] == [False] * 8
    ticker = Scored(Heading(2, (Span("Book now * " * 5),)), (0,), 55, 0, text="Book now * " * 5)
    assert ticker.marquee is None and select.is_marquee(ticker) is True and ticker.marquee is True


def thread(posts: list[str]) -> str:
    return ("<html><head><title>Storm thread</title></head><body><div class='thread'>"
            + "".join(posts) + "</div></body></html>")


def post(name: str, text: str) -> str:
    return (f"<div class='post'><div class='user-details'><a href='/members/{name}'>{name}</a>"
            f"<p>Member</p><p>Posts: 12</p></div><div class='message'><p>{text}</p></div></div>")


def test_a_thread_keeps_each_posters_name_but_not_the_rest_of_the_user_box() -> None:
    names = ["ann", "bob", "cyd", "dee"]
    kept = texts(native(thread([post(name, PROSE[index]) for index, name in enumerate(names)])))
    assert kept == [line for index, name in enumerate(names) for line in (name, PROSE[index])]


def test_a_byline_box_on_each_card_of_a_listing_is_no_post_header() -> None:
    cards = "".join(
        f"<div class='card'><div class='byline'><a href='/authors/ann'>Ann Lee</a> | 2 days ago</div>"
        f"<p><a href='/news/{index}'>Harbour story number {index} of the week</a></p>"
        f"<p>{PROSE[index]}</p></div>"
        for index in range(4))
    kept = texts(native(thread([cards])))
    assert not any(line.startswith("Ann Lee") for line in kept)
    assert PROSE[0] in kept


def test_a_tool_bar_under_each_answer_is_no_post_header() -> None:
    answers = "".join(
        f"<div class='answer'><p>{PROSE[index]}</p><div class='user-details'>"
        f"<a href='/posts/{index}/edit'>Improve this answer</a><p>Follow</p></div></div>"
        for index in range(4))
    kept = texts(native(thread([answers])))
    assert "Improve this answer" not in kept
    assert kept == PROSE[:4]


def test_the_closed_body_of_a_details_is_read() -> None:
    faq = ("<details><summary>Does the port reopen soon?</summary>"
           f"<div aria-hidden='true'><p>{PROSE[4]}</p></div></details>")
    kept = texts(native(page(paragraphs(0, 4) + faq)))
    assert PROSE[4] in kept


def test_a_hidden_panel_a_button_controls_is_read_but_not_a_hidden_menu() -> None:
    panel = (f"<button aria-controls='part-1 part-2'>Open</button>"
             f"<div id='part-1' hidden><p>{PROSE[4]}</p></div>"
             f"<div id='part-2' class='menu' hidden><p>{PROSE[5]}</p></div>"
             f"<div id='part-3' hidden><p>{PROSE[6]}</p></div>")
    kept = texts(native(page(paragraphs(0, 4) + panel)))
    assert PROSE[4] in kept
    assert PROSE[5] not in kept  # named as a menu
    assert PROSE[6] not in kept  # no button opens it


def test_an_accordion_question_in_a_button_is_read_as_the_heading_of_its_answer() -> None:
    faq = "".join(
        f"<h3><button aria-expanded='false' aria-controls='a{n}'>Will the port reopen {n}?</button></h3>"
        f"<div id='a{n}' hidden><p>{PROSE[n]}</p></div>"
        for n in (4, 5))
    faq += f"<div><button aria-expanded='false' aria-controls='a6'>Who pays for repairs?</button>" \
           f"<div id='a6' hidden><p>{PROSE[6]}</p></div></div>"
    body = native(page(paragraphs(0, 4) + faq))
    kept = texts(body)
    assert kept[4:] == ["Will the port reopen 4?", PROSE[4], "Will the port reopen 5?", PROSE[5],
                        "Who pays for repairs?", PROSE[6]]
    assert isinstance(body.blocks[8], Heading)  # a label of its own heads its answer


def test_a_disclosure_button_that_is_all_its_heading_holds_is_that_heading() -> None:
    panels = "".join(
        f"<h3><button aria-expanded='false' aria-controls='p{n}'>Repairs phase {n}</button></h3>"
        f"<div id='p{n}' hidden><p>{PROSE[n]}</p></div>"
        for n in (4, 5))
    tabs = "<div role='tablist'><button aria-controls='p4'>Overview</button></div>"
    body = native(page(paragraphs(0, 4) + tabs + panels))
    assert texts(body)[4:] == ["Repairs phase 4", PROSE[4], "Repairs phase 5", PROSE[5]]
    assert isinstance(body.blocks[4], Heading) and body.blocks[4].level == 3


def test_ui_buttons_still_go_with_the_junk() -> None:
    buttons = ("<button aria-expanded='false' aria-controls='m'>Menu</button>"
               "<button aria-expanded='false' aria-haspopup='true'>Need help?</button>"
               "<button>Share</button>"
               "<button aria-expanded='false'>Show more</button>")
    kept = texts(native(page(paragraphs(0, 4) + buttons)))
    assert kept == PROSE[:4]
def test_the_hidden_panel_after_an_accordion_toggle_without_aria_controls_is_read() -> None:
    # The toggle says it is closed (aria-expanded) and names no panel: the panel is the element
    # right after it, or right after the heading that holds it alone.
    accordion = ("<section><h3><button aria-expanded='false'><p>Weight</p></button></h3>"
                 f"<div aria-hidden='true' hidden><p>{PROSE[4]}</p></div>"
                 "<button aria-expanded='false'>Drop</button>"
                 f"<div style='display:none'><p>{PROSE[5]}</p></div></section>")
    kept = texts(native(page(paragraphs(0, 4) + accordion)))
    assert PROSE[4] in kept
    assert PROSE[5] in kept


def test_a_hidden_box_not_right_after_a_toggle_stays_hidden() -> None:
    # A heading holding a toggle among other elements, a hidden box further on, a button
    # without aria-expanded, a panel named as a menu: none is an accordion's panel.
    page_html = ("<h3><button aria-expanded='false'>Open</button><span>more</span></h3>"
                 f"<div hidden><p>{PROSE[4]}</p></div>"
                 "<button aria-expanded='true'>Menu</button><p>Between</p>"
                 f"<div hidden><p>{PROSE[5]}</p></div>"
                 f"<button>Close</button><div hidden><p>{PROSE[6]}</p></div>"
                 "<button aria-expanded='false'>Menu</button>"
                 f"<div class='menu' hidden><p>{PROSE[7]}</p></div>")
    kept = texts(native(page(paragraphs(0, 4) + page_html)))
    assert not {PROSE[4], PROSE[5], PROSE[6], PROSE[7]} & set(kept)


def test_the_sweep_collects_the_ids_disclosure_buttons_control() -> None:
    from cleannews.extractors.native import sweep
    tree = parse("<html><body><button aria-controls='a b'>x</button><h3 aria-controls='c'>y</h3>"
                 "<div aria-controls='d'>z</div><div hidden id='S:1'>w</div></body></html>")
    assert tree.body is not None
    landmarks, segments, junk, controlled, toggled = sweep(tree.body)
    assert controlled == {"a", "b", "c", "d"}
    assert toggled == frozenset()
    assert [node.tag for node in junk] == ["button"]  # once, not twice; the <head> is never swept
    assert [node.attributes.get("id") for node in segments] == ["S:1"]
    assert [node.tag for node in landmarks] == ["body"]


@pytest.mark.parametrize(("attrs", "text", "label", "in_heading"), [
    ({"aria-controls": "a"}, "How do I return an item?", True, False),
    ({"aria-expanded": "false"}, "¿Cuánto cuesta el envío?", True, False),
    ({"aria-expanded": "false"}, "配送にはどのくらいかかりますか？", True, False),
    ({"aria-expanded": "false"}, "Specifications", False, False),  # a tab's label
    ({"aria-expanded": "false"}, "Specifications", True, True),  # <h3><button>
    ({}, "Specifications", False, True),
    ({"aria-expanded": "false", "aria-haspopup": "true"}, "Need help?", False, False),
    ({}, "How do I return an item?", True, False),  # an FAQ built without ARIA
    ({"aria-controls": "a"}, "?", False, False),
    ({"aria-controls": "a"}, "Did you know that " + "very " * 12 + "long questions exist?", False, False),
])
def test_a_disclosure_label_is_a_question_on_a_button_that_opens_a_panel(
        attrs: dict[str, str | None], text: str, label: bool, in_heading: bool) -> None:
    assert rules.is_disclosure_label(attrs, text, in_heading) is label


@pytest.mark.parametrize("inner", ["<div class='entry-content'>Storm</div>", "<div role='main'>Storm</div>"])
def test_a_box_read_flat_inside_a_heading_marks_no_container(inner: str) -> None:
    # A heading is read as one run: the box inside it opens no container, so the story
    # and main marks it carries must not fall to the container opened after it.
    html = ("<html><body><section><h2>" + inner + " news</h2></section>"
            "<div class='sidebar-widgets'><p>Elsewhere on the site.</p></div></body></html>")
    document = Document(html=html, url=None, tree=parse(html), metadata=Metadata())
    walked = run_native(document, Options()).walked
    assert walked.story_named == set() and walked.main_roles == set()


def _line(chain: tuple[int, ...], text: str, href: str | None = None) -> Scored:
    return Scored(Paragraph((Span(text, href),)), chain, len(text), len(text) if href else 0, text=text)


def test_card_titles_are_the_linked_lines_opening_described_boxes_side_by_side() -> None:
    # Element 1 is a grid of cards 2, 3, 4 (each a linked name and a price line); card 5 holds
    # two linked lines (a list of links, no card), card 6 opens with a price, not a link.
    blocks = []
    for card in (2, 3, 4):
        blocks += [_line((0, 1, card), f"Product {card}", "/p"), _line((0, 1, card), "From 12.99 a month")]
    blocks += [_line((0, 1, 5), "One link", "/a"), _line((0, 1, 5), "Another link", "/b"),
               _line((0, 1, 5), "Some words of its own")]
    blocks += [_line((0, 1, 6), "12.99"), _line((0, 1, 6), "A linked name", "/c")]
    assert select.card_titles(blocks) == {0, 2, 4}
    assert select.card_titles(blocks[:4] + blocks[6:]) == set()  # two cards make no grid


def test_the_sweep_reads_the_panels_named_by_junk_elements() -> None:
    # A junk element that names a panel matches the sweep twice (its tag, its aria-controls):
    # read once, kept once; one that names none (the options) is never read for it.
    from cleannews.extractors.native import sweep
    tree = parse("<html><body><select aria-controls='s'><option>a</option><option aria-controls='o'>b"
                 "</option></select><input aria-controls='i'><script>x</script></body></html>")
    assert tree.body is not None
    _, _, junk, controlled, _ = sweep(tree.body)
    assert controlled == {"s", "o", "i"}
    assert [node.tag for node in junk] == ["select", "option", "option", "input", "script"]


@pytest.mark.parametrize("text", ["Related articles", "Share", "The storm reached the coast at dawn.", ""])
def test_the_chrome_phrase_verdict_kept_on_a_block_says_what_the_pattern_says(text: str) -> None:
    item = _line((0,), text)
    for _ in range(2):  # asked again, the same verdict
        assert select.says_chrome_phrase(item) == (rules.CHROME_PHRASE.match(text) is not None)
        assert select.is_chrome_block(item) == select.is_chrome_block(_line((0,), text))
        assert select.is_widget_title(item) == select.is_widget_title(_line((0,), text))


def test_the_sweep_takes_each_junk_element_once_and_twins_alike() -> None:
    # An empty aria-controls still matches [aria-controls]: the button comes twice from css(),
    # and must go to the junk once (deleting it twice would free it twice). Two buttons alike,
    # naming one panel, are two elements: both go.
    from cleannews.extractors.native import sweep
    twin = "<button class='more' aria-controls='p'>+ More</button>"
    tree = parse(f"<html><body><button aria-controls=''>Open</button>{twin}{twin}<div id='p'>x</div>"
                 "</body></html>")
    assert tree.body is not None
    _, _, junk, controlled, _ = sweep(tree.body)
    assert [node.text() for node in junk] == ["Open", "+ More", "+ More"]
    assert len({node.mem_id for node in junk}) == 3 and controlled == {"p"}


def test_a_toggle_beside_its_twin_is_not_its_headings_only_element() -> None:
    # The panel after a heading is the one its toggle opens only when the toggle is all the
    # heading holds: a second button just like it is another element.
    from cleannews.extractors.native import sweep
    toggle = "<button aria-expanded='false'>Why?</button>"
    for heading, opens_panel in ((f"<h3>{toggle}</h3>", True), (f"<h3>{toggle}{toggle}</h3>", False)):
        tree = parse(f"<html><body>{heading}<div id='panel'>Because.</div></body></html>")
        assert tree.body is not None
        panel = tree.css_first("#panel")
        assert panel is not None
        assert (panel.mem_id in sweep(tree.body)[4]) is opens_panel
