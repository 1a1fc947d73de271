from __future__ import annotations

from cleannews.metadata import dates
from cleannews.metadata.dates import to_iso, url_date


def test_iso_forms_keep_time_and_zone() -> None:
    assert to_iso("2015-07-24T05:36:09+01:00") == "2015-07-24T05:36:09+01:00"
    assert to_iso("2019-01-03T07:00:02.000Z") == "2019-01-03T07:00:02+00:00"
    assert to_iso("2017-11-03 03:01:00.000000") == "2017-11-03T03:01:00"
    assert to_iso("2021-11-01T10:52:50+0100") == "2021-11-01T10:52:50+01:00"
    assert to_iso("2024-06-25") == "2024-06-25"


def test_textual_and_numeric_forms() -> None:
    assert to_iso("March 25, 2015") == "2015-03-25"
    assert to_iso("Wed, 21 Oct 2015 07:28:00 GMT") == "2015-10-21T07:28:00+00:00"
    assert to_iso("March 11, 2015 3:46 PM") == "2015-03-11T15:46:00"
    assert to_iso("18. Juni 2018") == "2018-06-18"
    assert to_iso("19 Dec, 2025") == "2025-12-19"
    assert to_iso("25.03.2015") == "2015-03-25"
    assert to_iso("11-29-2024, 09:03 AM") == "2024-11-29T09:03:00"
    assert to_iso("04-Aug-2021 5:11:10") == "2021-08-04T05:11:10"
    assert to_iso("on 04-ago-2021") == "2021-08-04"
    assert to_iso("no date here") is None
    assert to_iso("2024-02-30") is None


def test_url_date() -> None:
    assert url_date("https://x.example/2024/05/17/slug") == "2024-05-17"
    assert url_date("https://x.example/slug") is None
    assert url_date("https://x.example/articles/2025-12-15+Rust+GCC") == "2025-12-15"
    assert url_date("https://x.example/2025-12-15_notes.html") == "2025-12-15"
    assert url_date("https://x.example/2025-12-150") is None


def test_jsonld_then_meta_precedence(sources) -> None:
    src = sources('''<head><meta property="article:published_time" content="2020-01-02T00:00:00Z">
        <meta property="article:modified_time" content="2020-01-05">
        <script type="application/ld+json">{"@type": "Article", "datePublished": "2020-01-01"}</script>
        </head>''')
    assert dates.published(src) == "2020-01-01"
    assert dates.modified(src) == "2020-01-05"


def test_header_date_line_is_not_the_article_date(sources) -> None:
    src = sources('''<body><header class="site-header"><div class="top-bar">
        <span class="date">Monday, 18 June 2018</span></div><nav>Home</nav></header>
        <main><article><h1>ISIS wants alliance</h1><p>Body text about events.</p></article></main>
        </body>''', url="https://herald.example/world/isis")
    assert dates.published(src) is None


def test_time_after_headline_is_used(sources) -> None:
    src = sources('''<body><header><time datetime="2018-06-18">Today</time></header>
        <article><h1>Rain falls</h1><time datetime="2024-05-17T08:00:00+02:00">17 May</time>
        <p>Body.</p></article></body>''')
    assert dates.published(src) == "2024-05-17T08:00:00+02:00"


def test_date_printed_beside_headline(sources) -> None:
    src = sources('''<body><div><div><h1>Rain falls</h1><p>By Jane Doe - Mar 27, 2024</p>
        <p>Body.</p></div></div></body>''')
    assert dates.published(src) == "2024-03-27"


def test_url_date_is_the_last_resort(sources) -> None:
    src = sources("<body><p>Nothing</p></body>", url="https://x.example/2023/01/09/a")
    assert dates.published(src) == "2023-01-09"


def test_time_introduced_as_a_change_is_not_the_publication_date(sources) -> None:
    body = "<p>" + "Functions are one of the building blocks. " * 10 + "</p>"  # past the dateline window
    src = sources('''<body><article><h1>Functions</h1>''' + body + '''
        <p>This page was last modified on <time datetime="2025-08-20T18:33:20Z">Aug 20, 2025</time>
        by contributors.</p></article></body>''', url="https://docs.example/functions")
    assert dates.published(src) is None
    src = sources('''<body><article><h1>Rain</h1><p>Published <time datetime="2024-05-17">May 17</time>
        · Updated <time datetime="2024-06-01">June 1</time></p></article></body>''')
    assert dates.published(src) == "2024-05-17"


def test_question_created_before_an_answer_was_published(sources) -> None:
    src = sources('''<body><div itemscope itemtype="https://schema.org/QAPage"><h1>Why RAID?</h1>
        <div itemprop="mainEntity" itemscope>
          <time itemprop="dateCreated" datetime="2009-05-01T23:01:21">May 1</time>
        <div itemprop="acceptedAnswer" itemscope>
          <time itemprop="datePublished" datetime="2009-05-02T00:53:18">May 2</time>
        </div></div></div></body>''',
                  url=None)
    assert dates.published(src) == "2009-05-01T23:01:21"
    src = sources('''<body><article itemscope><h1>Rain</h1><meta itemprop="dateCreated" content="2024-05-20">
        <meta itemprop="datePublished" content="2024-05-17"></article></body>''', url=None)
    assert dates.published(src) == "2024-05-17"


def test_element_named_for_the_publication_time(sources) -> None:
    standfirst = "<p>" + "Hotspots have lessons for the rest of the world. " * 8 + "</p>"  # past the window
    src = sources('''<body><article><h1>Five solutions</h1>''' + standfirst + '''
        <div><p class="Author_author">Nick Mead</p>
        <p><span class="Author_publicationTime">2022-11-23T08:10+02:00</span></p></div></article></body>''')
    assert dates.published(src) == "2022-11-23T08:10:00+02:00"


def test_inline_styles_beside_the_headline_are_not_its_dateline(sources) -> None:
    src = sources('''<body><div><div><style>.hero:after { background: url(/img/2024/12/20/hero.jpg) }</style>
        <h1>Rain falls</h1><p>Heavy rain is expected all week.</p></div></div></body>''', url=None)
    assert dates.published(src) is None


def test_a_release_date_is_not_the_publication_date(sources) -> None:
    filler = "A long description of the game. " * 15
    src = sources(f'''<body><div><div><h1>Space Game</h1><p>{filler}</p>
        <div class="release_date">Release Date: <span class="date">21 Aug, 2012</span></div>
        </div></div></body>''', url=None)
    assert dates.published(src) is None


def test_an_earlier_dateline_beats_a_restamped_declared_date(sources) -> None:
    page = '''<head><meta property="article:published_time" content="{declared}"></head>
        <body><article><h1>Rain falls</h1><p>By Jane Doe · March 3, 2022</p>
        <p>Heavy rain is expected all week.</p></article></body>'''
    assert dates.published(sources(page.format(declared="2025-06-12T10:00:00+00:00"))) == "2022-03-03"
    # A day apart is a time zone, not a re-stamp; a later dateline is an update.
    assert dates.published(sources(page.format(declared="2022-03-04T01:00:00+00:00"))) \
        == "2022-03-04T01:00:00+00:00"
    assert dates.published(sources(page.format(declared="2021-01-05"))) == "2021-01-05"


def test_a_list_of_dated_stories_gives_no_date(sources) -> None:
    teasers = "".join(f'<li><h2><a href="/s{day}">Story {day}</a></h2>'
                      f'<time datetime="2025-03-{day:02d}">March {day}</time></li>' for day in range(1, 7))
    listing = sources(f"<body><main><h1>Science</h1><ul>{teasers}</ul></main></body>",
                      url="https://news.example/science/")
    assert dates.published(listing) is None
    one_story = sources('<body><main><h1>Science</h1><time datetime="2025-03-02">March 2</time>'
                        '<p>Text.</p><time datetime="2025-03-02">March 2</time></main></body>')
    assert dates.published(one_story) == "2025-03-02"


def test_dates_of_other_events_beside_the_headline_are_passed_over(sources) -> None:
    infobox = sources('''<body><main><h1>Acme</h1><table><tr><th>Founded</th>
        <td>February 28, 1998; 18 years ago</td></tr></table><p>Acme makes things.</p></main></body>''',
                      url="https://wiki.example/Acme")
    assert dates.published(infobox) is None
    dateline = sources('''<body><main><h1>Rain falls</h1><p>Photo © Jane Doe 2023</p>
        <p>March 3, 2024</p><p>Rain fell.</p></main></body>''', url="https://news.example/rain")
    assert dates.published(dateline) == "2024-03-03"


def test_a_marked_date_away_from_the_headline(sources) -> None:
    side = '<div class="meta"><h4>Published</h4><div class="post-date">July 8, 2025</div></div>'
    page = sources(f'''<body><div class="grid"><div class="col"><div><div><h1>Top data firms</h1></div></div>
        <p>Text.</p></div><div class="col2">{side}</div></div></body>''', url="https://x.example/firms")
    assert dates.published(page) == "2025-07-08"
    cards = "".join(f'<div class="card"><p class="post-date">July {day}, 2025</p><h3>Story {day}</h3></div>'
                    for day in (3, 4))
    teasers = sources(f'''<body><div class="grid"><div class="col"><div><div><h1>Pest control</h1></div></div>
        <p>Text.</p></div><div class="col2">{cards}</div></div></body>''', url="https://x.example/pests")
    assert dates.published(teasers) is None


def test_publication_marks_by_class_word(sources) -> None:
    story = "<p>" + "The storm reached the coast at night and the river rose. " * 8 + "</p>"
    marked = sources(f'''<body><main><h1>Storm</h1>{story}
        <span class="entry-date published">March 3, 2024</span></main></body>''')
    assert dates.published(marked) == "2024-03-03"
    public = sources(f'''<body><main><h1>Storm</h1>{story}
        <span class="public-notice">March 3, 2024</span></main></body>''')
    assert dates.published(public) is None


def test_date_in_a_profile_box_is_not_the_page_date(sources) -> None:
    src = sources(f'''<body><div class="chapter"><h1>Chapter Two</h1><p>{"The story goes on. " * 20}</p>
        <div class="portlet"><h3>About the author</h3><div class="profile-info"><h4>Jane Doe</h4>
        <time datetime="2023-12-20T20:09:56Z">Wednesday, December 20, 2023</time></div></div>
        </div></body>''')
    assert dates.published(src) is None


def test_has_profile_flag_does_not_hide_a_post_date(sources) -> None:
    src = sources('''<body><h1>Disk full</h1><div class="post has-profile"><div class="postbody">
        <p class="author">by jane » <time datetime="2024-09-11T16:36:25+00:00">Wed Sep 11</time></p>
        <p>My disk is full.</p></div></div></body>''')
    assert dates.published(src) == "2024-09-11T16:36:25+00:00"


def test_date_beside_a_topic_title_in_an_h2(sources) -> None:
    src = sources('''<head><title>Motor hums but will not start - Old Lathes Forum</title></head>
        <body><div id="wrap"><div class="topic"><h2>Motor hums but will not start</h2>
        <span>Started by ironman, June 04, 2024, 11:23:55 AM</span></div>
        <div class="post"><p>It hums.</p></div></div></body>''', url="https://forum.example/index.php?topic=5")
    assert dates.published(src) == "2024-06-04T11:23:55"


def test_product_page_has_no_publication_date(sources) -> None:
    src = sources('''<head><script type="application/ld+json">{"@type": "Product", "name": "Trail Kettle",
        "offers": {"@type": "Offer", "price": "39"}}</script>
        <meta property="article:published_time" content="2019-03-02T10:00:00Z"></head>
        <body><h1>Trail Kettle</h1>
        <p>In stock since <time datetime="2022-07-05">July 5, 2022</time></p></body>''')
    assert dates.published(src) is None


def test_product_og_type_without_article_has_no_publication_date(sources) -> None:
    src = sources('''<head><meta property="og:type" content="product.item"></head>
        <body><h1>Trail Kettle</h1><time datetime="2022-07-05">July 5, 2022</time></body>''')
    assert dates.published(src) is None


def test_review_article_about_a_product_keeps_its_date(sources) -> None:
    src = sources('''<head><script type="application/ld+json">[{"@type": "Product", "name": "Trail Kettle"},
        {"@type": "Review", "datePublished": "2024-05-17"}]</script></head>
        <body><h1>Trail Kettle review</h1></body>''')
    assert dates.published(src) == "2024-05-17"


def test_home_page_has_no_publication_date(sources) -> None:
    html = '''<head><meta property="article:published_time" content="2024-07-23T05:50:32Z"></head>
        <body><h1>Rail Notes</h1><article><h2>Night trains return</h2>
        <time datetime="2026-03-06">March 6</time></article></body>'''
    assert dates.published(sources(html, url="https://railnotes.example/")) is None
    assert dates.published(sources(html, url="https://railnotes.example")) is None
    # A query may name a post on the site's root ("/?p=123"); a path is a page of its own.
    declared = "2024-07-23T05:50:32+00:00"
    assert dates.published(sources(html, url="https://railnotes.example/?p=123")) == declared
    assert dates.published(sources(html, url="https://railnotes.example/about")) == declared


def test_dateline_below_a_long_standfirst(sources) -> None:
    standfirst = "The valley line reopens after two winters of repairs to its bridges and tunnels. " * 4
    src = sources(f'''<body><article><h1>Night trains return to the Alps</h1>
        <p class="standfirst">{standfirst}</p><p>Jane Doe · 3 March 2024</p>
        <p>Body text.</p></article></body>''')
    assert len(standfirst) > 300
    assert dates.published(src) == "2024-03-03"


def test_a_members_registration_date_is_not_the_post_date(sources) -> None:
    src = sources('''<body><div class="post"><div class="postleft"><b>ironman</b> Member
        Registered: 2019-03-02 Posts: 98</div>
        <div class="postright"><h1>Lathe motor hums</h1><p>Posted 2024-05-17 by ironman.</p>
        <p>It hums but will not start.</p></div></div></body>''')
    assert dates.published(src) == "2024-05-17"


def test_a_malformed_page_url_is_no_home_page(sources) -> None:
    src = sources('''<head><meta property="article:published_time" content="2024-01-02"></head>
        <body><h1>Hi</h1></body>''', url="http://[")
    assert dates.published(src) == "2024-01-02"


def test_a_threads_last_post_date_is_not_its_start(sources) -> None:
    src = sources('''<head><script type="application/ld+json">{"@type": "DiscussionForumPosting",
        "headline": "Working in Early Years", "datePublished": "2025-11-28T19:07:05Z"}</script></head>
        <body><main><h1>Working in Early Years</h1><p>13 answers / Last post: 01/12/2025 at 6:49 pm</p>
        <p>Sharon 28/11/2025 at 7:07 pm</p><p>What would make you consider it?</p></main></body>''')
    assert dates.published(src) == "2025-11-28T19:07:05+00:00"


def test_a_release_date_beside_the_headline_is_a_products(sources) -> None:
    src = sources('''<body><div><p>Release: 2.0.48 current release | Release Date: March 2, 2026</p>
        <h1>ORM Quick Start</h1><p>For new users who want to quickly see what basic usage looks like.</p>
        </div></body>''', url="https://docs.example.org/en/latest/orm/quickstart.html")
    assert dates.published(src) is None


def test_the_local_day_in_the_url_and_the_dateline_beats_a_utc_stamp(sources) -> None:
    page = '''<head><meta property="article:published_time" content="2025-12-19T02:41:41+00:00"></head>
        <body><article><h1>Comfort watches</h1><p>Posted on December 18, 2025 by John</p>
        <p>A film a day until the year ends.</p></article></body>'''
    dated_url = "https://blog.example/2025/12/18/comfort-watches/"
    assert dates.published(sources(page, url=dated_url)) == "2025-12-18"
    # Without the URL's agreement a day apart stays a time zone's difference.
    assert dates.published(sources(page, url="https://blog.example/comfort-watches/")) \
        == "2025-12-19T02:41:41+00:00"
