from __future__ import annotations

import pytest

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


def test_reworded_headline_wins_over_the_declared_title(sources) -> None:
    src = sources('''<head><meta property="og:title" content="39 Best Electrician Tools (2025) | Acme">
        <meta property="og:site_name" content="Acme"></head>
        <body><h1>39 Best Electrician Tools in 2025</h1></body>''')
    assert title.extract(src, "Acme") == "39 Best Electrician Tools in 2025"


def test_unrelated_h1_leaves_the_declared_title(sources) -> None:
    src = sources('''<head><title>Packing Tips Guide | Movers</title></head>
        <body><h1>Budget Travel With Gabby</h1></body>''')
    assert title.extract(src, None) == "Packing Tips Guide"


def test_declared_title_shown_as_subheading_beats_a_similar_h1(sources) -> None:
    src = sources('''<head><title>Budget Travel Insurance Guide</title></head>
        <body><h1>Budget Travel With Gabby</h1><h2>Budget Travel Insurance Guide</h2></body>''')
    assert title.extract(src, None) == "Budget Travel Insurance Guide"


def test_logo_heading_starting_with_the_site_name_is_not_the_headline(sources) -> None:
    src = sources('''<head><title>Our Own Story - Chapter 1 | Archive of Tales</title>
        <meta property="og:site_name" content="Archive of Tales"></head>
        <body><h1>Archive of Tales beta</h1></body>''')
    assert title.extract(src, "Archive of Tales") == "Our Own Story - Chapter 1"


def test_inline_markup_in_a_headline_adds_no_spaces(sources) -> None:
    src = sources('<body><h1>The Story Of <em>Metroid</em>, One Of Many</h1></body>')
    assert title.extract(src, None) == "The Story Of Metroid, One Of Many"


def test_permalink_sign_and_hidden_tooltips_are_not_part_of_the_headline(sources) -> None:
    src = sources('''<head><title>Logging HOWTO — Docs</title></head><body><div class="body">
        <h1>Logging HOWTO<a class="headerlink" href="#logging-howto">¶</a></h1></div></body>''')
    assert title.extract(src, None) == "Logging HOWTO"
    src = sources('''<head><title>IAM overview | Identity and Access Management (IAM) | Cloud Docs</title>
        </head><body><main><h1>IAM overview<span hidden>Stay organized with collections</span></h1>
        </main></body>''')
    assert title.extract(src, "Cloud Docs") == "IAM overview"


def test_tagline_after_a_bar_is_cut(sources) -> None:
    src = sources('''<head>
        <meta property="og:title" content="Best Movers in NYC 2025 | Top 19 Companies | Acme"></head>
        <body><article><h1>Best Movers in NYC 2025 | Top 19 Companies</h1></article></body>''')
    assert title.extract(src, "Acme") == "Best Movers in NYC 2025"
    src = sources("<head><title>jobs | Hacker News</title></head>", url=None)
    assert title.extract(src, None) == "jobs | Hacker News"  # one word before the bar: kept whole


def test_an_articles_only_headline_wins_over_a_different_declared_title(sources) -> None:
    page = '''<head><meta property="og:title" content="Health Trends For 2026 - Taste">{extra}</head>
        <body><article><h1>Top 10 Nutrition Ideas to Watch</h1><p>Body.</p></article></body>'''
    article = sources(page.format(extra='<meta property="article:published_time" content="2025-08-25">'))
    assert title.extract(article, "Taste") == "Top 10 Nutrition Ideas to Watch"
    landing = sources(page.format(extra='<meta property="og:type" content="article">'))
    assert title.extract(landing, "Taste") == "Health Trends For 2026"  # a page, maybe a slogan


def test_dublin_core_title_ranks_before_og_title(sources) -> None:
    src = sources('''<head><meta name="dc.title" content="The Article Headline">
        <meta property="og:title" content="A Share Card Line"></head>''')
    assert title.extract(src, None) == "The Article Headline"


def test_declared_title_keeps_an_unrecognised_short_tail(sources) -> None:
    src = sources('''<head><meta property="og:title" content="Singer's Pearl Gown Vanishes -- STOLEN!!!">
        <title>Singer's Pearl Gown Vanishes -- STOLEN!!! | Gossip Daily</title></head>''')
    assert title.extract(src, None) == "Singer's Pearl Gown Vanishes -- STOLEN!!!"


def test_title_tag_loses_an_unrecognised_short_tail(sources) -> None:
    src = sources("<head><title>Singer's Pearl Gown Vanishes - Gossip Daily</title></head>")
    assert title.extract(src, None) == "Singer's Pearl Gown Vanishes"


def test_menu_title_in_a_chrome_h1_is_the_site_name(sources) -> None:
    src = sources('''<head><title>What Is a Borrow? - The Little Systems Book</title></head>
        <body><nav><h1 class="menu-title">The Little Systems Book</h1></nav>
        <main><h2>What Is a Borrow?</h2><p>Text.</p></main></body>''')
    assert title.extract(src, None) == "What Is a Borrow?"


def test_chrome_h1_starting_the_title_is_not_taken_for_the_site(sources) -> None:
    src = sources('''<head><title>Evening Courses | Continuing Studies</title></head>
        <body><header><h1>Evening Courses</h1></header><p>Text.</p></body>''')
    assert title.extract(src, None) == "Evening Courses"


def test_thread_prefix_label_is_not_part_of_the_headline(sources) -> None:
    src = sources('''<head><meta property="og:title" content="Help - Lathe motor hums but will not start">
        <script type="application/ld+json">{"@type": "DiscussionForumPosting",
        "headline": "Lathe motor hums but will not start"}</script></head>
        <body><h1 class="p-title-value"><span class="label label--primary">Help</span>
        <span class="label-append">&nbsp;</span>Lathe motor hums but will not start</h1></body>''')
    assert title.extract(src, None) == "Lathe motor hums but will not start"


def test_topic_title_in_an_h2_wins_on_a_page_without_h1(sources) -> None:
    src = sources('''<head><title>Old Lathes Forum - View topic - Motor hums but will not start</title></head>
        <body><div id="wrap"><h2><a href="/t/1">Motor hums but will not start</a></h2>
        <div class="post"><p>by ironman » Tue Aug 27, 2019 1:47 am</p><p>It hums.</p></div></div></body>''')
    assert title.extract(src, None) == "Motor hums but will not start"


def test_short_h2_naming_a_section_is_no_headline(sources) -> None:
    src = sources('''<head><title>Motor hums but will not start - Workshop</title></head>
        <body><h2>Workshop</h2><p>Text.</p></body>''')
    assert title.extract(src, None) == "Motor hums but will not start"


@pytest.mark.parametrize("home", ["/", "https://railnotes.example/"])
def test_h1_linking_to_the_home_page_is_a_logo(sources, home: str) -> None:
    src = sources(f'''<head><meta property="og:title" content="Night trains return to the Alps">
        <meta property="article:published_time" content="2024-05-17"></head>
        <body><div class="top"><h1><a href="{home}">Rail Notes</a></h1></div>
        <div class="story"><p>Text.</p></div></body>''')
    assert title.extract(src, None) == "Night trains return to the Alps"


def test_h1_named_as_a_logo_is_no_headline(sources) -> None:
    src = sources('''<head><meta property="og:title" content="Night trains return to the Alps">
        <meta property="article:published_time" content="2024-05-17"></head>
        <body><h1 class="brand-logo">Rail Notes</h1><p>Text.</p></body>''')
    assert title.extract(src, None) == "Night trains return to the Alps"


def test_leading_brand_stays_in_the_title(sources) -> None:
    src = sources('''<head><title>Acme Pay - Online Payments for Shops</title>
        <meta property="og:site_name" content="Acme Pay"></head><body><p>Text.</p></body>''')
    assert title.extract(src, "Acme Pay") == "Acme Pay - Online Payments for Shops"


def test_soft_hyphens_are_left_out_of_the_title(sources) -> None:
    src = sources("<head><title>Home Repair Assis&shy;tance Program</title></head>")
    assert title.extract(src, None) == "Home Repair Assistance Program"


def test_h1_matching_only_the_section_segment_is_no_headline(sources) -> None:
    src = sources('''<head><title>The Barn Owl Pottery - Shop</title></head>
        <body><div class="hero"><h1>Shop</h1></div><p>Bowls and jugs.</p></body>''')
    assert title.extract(src, None) == "The Barn Owl Pottery"


def test_app_shell_title_yields_to_the_one_h1(sources) -> None:
    src = sources('''<head><title>Threadly - The heart of the web</title></head>
        <body><main><h1>Which kettle lasts longest?</h1><p>Mine broke after a year.</p></main></body>''',
                  url="https://www.threadly.example/r/kettles/comments/1")
    assert title.extract(src, None) == "Which kettle lasts longest?"


def test_site_first_title_with_og_title_keeps_the_declared_title(sources) -> None:
    src = sources('''<head><title>Threadly - The heart of the web</title>
        <meta property="og:title" content="Kettles compared"></head>
        <body><main><h1>Welcome back</h1></main></body>''', url="https://www.threadly.example/kettles")
    assert title.extract(src, None) == "Kettles compared"


def test_headline_spelling_the_host_name_is_no_logo(sources) -> None:
    # A headline about the site's own subject spells its host name ("archlinux"); a logo
    # spelling it is short.
    src = sources('''<head><title>What happened with Arch Linux ISO in 2024 / Discussion / Forums</title>
        </head>
        <body><h1>What happened with Arch Linux ISO in 2024</h1></body>''',
                  url="https://bbs.archlinux.org/viewtopic.php?id=1")
    assert title.extract(src, None) == "What happened with Arch Linux ISO in 2024"
    logo = sources('''<head><title>Arch Linux - Latest News</title></head>
        <body><h1>Arch Linux</h1></body>''', url="https://archlinux.org/news/")
    assert title.extract(logo, None) == "Arch Linux - Latest News"


def test_site_name_ending_the_h1_is_left_out(sources) -> None:
    src = sources('''<head><title>Best Art Exhibitions of 2025 – Artlyst</title></head>
        <body><h1>Best Art Exhibitions of 2025 – Artlyst</h1></body>''', url="https://artlyst.com/reviews/a")
    assert title.extract(src, None) == "Best Art Exhibitions of 2025"


def test_site_name_in_brackets_after_the_title_is_removed(sources) -> None:
    src = sources("<head><title>Weekly Edition for March 26 [Acme.net]</title></head>",
                  url="https://acme.net/Articles/1/")
    assert title.extract(src, None) == "Weekly Edition for March 26"
    kept = sources("<head><title>Rust Traits Explained [Part 2]</title></head>", url="https://acme.net/a")
    assert title.extract(kept, None) == "Rust Traits Explained [Part 2]"
