"""The auto backend: native first, trafilatura only when the native result is poor.

The rule: the native body is kept unless it has fewer than MIN_WORDS words and lists no
things (MIN_LINKED_ITEMS links, MIN_PRICED_ITEMS prices). Then
trafilatura runs too, and its body wins only if it is a real body (at least MIN_WORDS
words, at least MIN_PROSE_SHARE of them in sentences rather than in menu-like lines)
and at least twice as long as the native one. A short native body on a page that
really is short (a brief notice, a page with no article) is returned as is, rather than
trading it for a menu that the other extractor happened to keep.

trafilatura is imported only when a page needs it: the common path never loads it.
"""

from __future__ import annotations

import re

from cleannews.blocks import ListBlock
from cleannews.extractors.base import Body, Document
from cleannews.extractors.native import extract_native, rules
from cleannews.options import Options

# Below this many words a native body is judged poor (an article body rarely is this short).
MIN_WORDS = 50

# A native body of this many links and nothing else is a listing's items: kept however few
# its words, rather than traded for the prose (an SEO blurb) the other extractor finds.
MIN_LINKED_ITEMS = 5

# A native body with this many lines showing a price is a shop's grid of products ("€49,95"
# under each name): kept however few its words, as a listing of links is.
MIN_PRICED_ITEMS = 4

# Share of the fallback's words that must stand in sentences for it to count as a body.
MIN_PROSE_SHARE = 0.5
# A block counts as a sentence from this many words, or when it ends like one.
SENTENCE_WORDS = 12

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?。！？:;…\"”'’)]\s*$")


def word_count(body: Body, enough: int | None = None) -> int:
    """The body's words, counted only until there are ``enough`` (most bodies pass a threshold
    within their first blocks, and counting every word of a long one cost 5% of the path)."""
    total = 0
    for block in body.blocks:
        total += len(_WORD.findall(block.text))
        if enough is not None and total >= enough:
            break
    return total


def prose_word_count(body: Body) -> int:
    """Words in blocks that read as sentences: long, or ending like a sentence."""
    total = 0
    for block in body.blocks:
        words = len(_WORD.findall(block.text))
        if words >= SENTENCE_WORDS or (words > 1 and _SENTENCE_END.search(block.text)):
            total += words
    return total


def extract_trafilatura(document: Document, options: Options) -> Body:
    """The trafilatura backend, imported on first use (it is slow to import)."""
    from cleannews.extractors.trafilatura import extract_trafilatura as run

    return run(document, options)


def linked_items(body: Body) -> int:
    """How many items the body lists when every block is one link or a list of links (a
    collection page's categories or products, "Radios (4)"); 0 when any block is more."""
    items = 0
    for block in body.blocks:
        runs = block.items if isinstance(block, ListBlock) else (getattr(block, "spans", ()),)
        if not all(run and all(span.href for span in run) for run in runs):
            return 0
        items += len(runs)
    return items


def priced_items(body: Body) -> int:
    """How many of the body's blocks show a price (rules.shows_price)."""
    return sum(1 for block in body.blocks if rules.shows_price(block.text))


def lists_things(body: Body) -> bool:
    """A short body that is what a collection page lists: its links or its priced products."""
    return linked_items(body) >= MIN_LINKED_ITEMS or priced_items(body) >= MIN_PRICED_ITEMS


def extract_auto(document: Document, options: Options) -> Body:
    native = extract_native(document, options)
    native_words = word_count(native, enough=MIN_WORDS)
    if native_words >= MIN_WORDS or lists_things(native):
        return native  # a body of words, or a listing of things: short, but what the page lists
    fallback = extract_trafilatura(document, options)
    fallback_words = word_count(fallback)
    if (fallback_words >= MIN_WORDS and fallback_words >= 2 * native_words
            and prose_word_count(fallback) >= MIN_PROSE_SHARE * fallback_words):
        return fallback
    return native
