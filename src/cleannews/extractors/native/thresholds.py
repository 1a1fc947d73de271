"""Calibrated constants of the native extractor.

Each was set by running the benchmark (benchmarks/) on wcxb-dev and keeping the
value that maximised macro F1 without raising the `without` leak rate; the
comment beside each says what it trades.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    # A block shorter than this (chars) with no sentence punctuation reads as a label, not prose.
    min_prose_chars: int = 25
    # Above this share of linked text a block is navigation or a teaser.
    max_prose_link_density: float = 0.4
    # Weight of boilerplate text against prose when choosing the container: higher picks tighter.
    boilerplate_weight: float = 1.2
    # Weight of short unlinked lines (labels, captions, prices) against prose. 0.3 -> 0.5 raised
    # wcxb-dev F1 and lowered the leak (a shop's swatches and badges no longer widen the container).
    label_weight: float = 0.5
    # The strict pass must find at least this many chars of prose, else the relaxed pass runs.
    min_container_chars: int = 800
    # A sibling of the chosen container joins it when it is worth something and holds this
    # much prose (chars); in the relaxed pass, which finds little prose, this much text.
    min_sibling_prose: int = 150
    # A class-named inline wrapper (a CMS's <span class="..._meta_field">) is kept when it
    # holds more than this share of the page's text: it wraps the body, it is not a label.
    protect_text_share: float = 0.3
    # A box named as boilerplate (class, role, <header>...) that holds at least this share of
    # the page's prose is a misnamed wrapper around the article, and its name is ignored.
    wrapper_prose_share: float = 0.5
    # Boxes named as comments must hold this share of the prose to be the content (a forum).
    comments_prose_share: float = 0.75
    # ... or this share on a page that says it is a discussion thread, where the replies named
    # "comment" are posts of the thread, not an article's comments. Any value from 0.1 to 0.4
    # gives the same wcxb-dev output (the two threads it fixes hold their replies at 0.49 and 0.73).
    thread_comments_prose_share: float = 0.2
    # ... unless an element named as the article's body, holding no comments, has this much
    # prose: then they are that article's comments (a blog post with a long thread).
    # 1500 -> 700 raised wcxb-dev F1 (a blog post of a hundred-odd words kept its long thread;
    # a story summary of 1,150 chars over a discussion now loses the discussion).
    story_beside_comments_chars: int = 700
    # ... and at least this share of all its text (a cookie notice on a page of short
    # blocks can hold half the prose, never much of the text).
    wrapper_text_share: float = 0.3
    # A hidden element is kept when it holds more than this share of the page's text
    # (content parked by a streaming framework for script to reveal).
    protect_hidden_share: float = 0.3
    # A linked-heading teaser inside the container is dropped only while teasers stay
    # below this share of the container's text (above it, the teasers are the content: a listing).
    # 0.35 -> 0.25 raised wcxb-dev F1 (listing pages with a long intro above their items).
    max_teaser_share: float = 0.25
    # The one <article> inside the chosen container becomes the container when it holds at
    # least this share of the container's prose.
    sole_article_share: float = 0.5
    # A teaser is at most this long (chars).
    max_teaser_chars: int = 600
    # Deeper than this, a subtree is read as flat text (bounds recursion on hostile nesting).
    max_depth: int = 180


DEFAULT = Thresholds()
