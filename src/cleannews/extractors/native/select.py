"""Choose the article's container from the walked blocks, then trim what is not article.

Each block is worth its prose (positive) or its boilerplate (negative). The
container is the element whose blocks add up to the most: it covers the prose
and stops where navigation and teasers begin. A strict pass runs first; when it
finds too little prose (listings, product grids), a relaxed pass keeps the page.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cleannews.blocks import Code, Heading, ListBlock, Paragraph, Span, Table, inline_text
from cleannews.extractors.native import rules
from cleannews.extractors.native.thresholds import Thresholds
from cleannews.extractors.native.walk import Scored, WalkResult, links_away
from cleannews.options import Focus, Options

_SENTENCE_END = re.compile(r"[.!?。！？:;…\"”'’)]\s*$")

# An edge of at most this many blocks and this share of the text can be trimmed as debris.
_EDGE_BLOCKS = 6
_EDGE_SHARE = 0.15
_EDGE_MIN_CHARS = 200
# A widget title this short, with at most this share of the body's text from it to the end,
# cuts the body there (cut_widget_tail).
_LABEL_CHARS = 60
_TAIL_SHARE = 0.15
# A site widget's title is a label of a few words ("More from the newsroom").
_WIDGET_TITLE_WORDS = 6
# A widget's box holds less than this share of the body's text (drop_widget_boxes).
_WIDGET_SHARE = 0.5
# A line naming an author is at most this long, the linked name in it at most this long, and
# the author box it opens holds at most this much text and this share of the body's.
_AUTHOR_LINE_CHARS = 120
_AUTHOR_NAME_CHARS = 60
_AUTHOR_BOX_CHARS = 1200
_AUTHOR_BOX_SHARE = 0.2
# The heading level a widget title set as a line of text stands for.
_LINE_TITLE_LEVEL = 2
# Paragraphs of at least this length that come again (this many different ones), holding at
# least this share of the text, are a second copy of the article (a whole copy is half the
# text; a copy of part of it, or of a card carousel, a quarter or more; reference docs that
# repeat a parameter's description stay well below).
_REPEAT_MIN_CHARS = 80
_REPEATED_SHARE = 0.25
_REPEATED_PARAGRAPHS = 3  # different ones
# The story with the <h1> must hold this share of the text to be kept alone (appended_stories).
_MAIN_STORY_SHARE = 0.3
# The chosen container must hold this share of the prose of the main landmark around it, else
# the landmark is the content (main_around_a_section).
_SECTION_SHARE = 0.5
# A grid holds at least this many cards side by side (card_titles, is_card_list), and each
# item of a card list this many unlinked chars beside its link.
_MIN_CARDS = 3
_CARD_WORDS_CHARS = 15
# A list set between prose (framed_lists) has at least this many items, of this many chars
# on average: the things the text names, not a lone "See also" or a row of "Reply" links.
_MIN_FRAMED_ITEMS = 2
_FRAMED_ITEM_CHARS = 12
# This many headings of one level ending the body are a grid's titles, not dangling ones.
_TITLE_GRID = 5
# A thread has at least this many posts, each opened by a header box of at most this many
# chars (the poster's name, rank, post count, date), whose first line, this long at most, is
# the post's byline (keep_post_headers).
_MIN_POSTS = 3
_POST_HEADER_CHARS = 300
_BYLINE_CHARS = 80
_POSTS_WITH_PROSE = 0.75
_CARDS_WITH_TITLES = 0.75

Valuer = Callable[[Scored, Thresholds], float]
Cut = Callable[[Scored], int]


def is_prose(item: Scored, limits: Thresholds) -> bool:
    """Text written to be read: long enough or a sentence, and mostly not links. Asked of each
    block several times by one run (with one set of limits), so it is kept on the block."""
    if item.prose is None:
        item.prose = _is_prose(item, limits)
    return item.prose


def _is_prose(item: Scored, limits: Thresholds) -> bool:
    if item.chars == 0 or item.link_chars > item.chars * limits.max_prose_link_density:
        return False
    if is_marquee(item):
        return False
    if item.chars >= limits.min_prose_chars:
        return True
    return bool(_SENTENCE_END.search(item.text)) and " " in item.text


def strict_value(item: Scored, limits: Thresholds) -> float:
    if isinstance(item.block, Heading):
        return 0.0
    if isinstance(item.block, (Code, Table)):
        return item.chars * 0.5
    if is_prose(item, limits):
        return float(item.chars - item.link_chars)
    if isinstance(item.block, ListBlock) and is_card_list(item.block):
        return float(item.chars - item.link_chars)  # its own words count, its links do not
    if isinstance(item.block, ListBlock) and is_product_grid(item.block):
        return float(item.chars)
    if item.link_chars * 2 < item.chars:
        # A short unlinked line (a label, a step title set as <p>) says little either way.
        return -limits.label_weight * item.chars
    return -limits.boilerplate_weight * item.chars


def is_card_list(block: ListBlock) -> bool:
    """A list of at least _MIN_CARDS items, each a link with unlinked words of its own (a
    price, a length, a line of description): a listing of things, not a list of links."""
    if len(block.items) < _MIN_CARDS:
        return False
    for item in block.items:
        linked = 0
        own = []
        for span in item:
            if span.href:
                linked += len(span.text)
            else:
                own.append(span.text)
        words = "".join(own).strip()
        # A date beside each link is a list of recent posts, not a description.
        if not linked or len(words) < _CARD_WORDS_CHARS or rules.is_dated_line(words):
            return False
    return True


def is_product_grid(block: ListBlock) -> bool:
    """A list of at least _MIN_CARDS items, each a link to a thing whose linked text shows its
    price as well as its name: a shop's grid of products, each card one link, not a menu."""
    if len(block.items) < _MIN_CARDS:
        return False
    for item in block.items:
        linked = "".join(span.text for span in item if span.href)
        if len(linked) < _CARD_WORDS_CHARS or not rules.shows_price(linked):
            return False
    return True


def relaxed_value(item: Scored, limits: Thresholds) -> float:
    return float(item.chars)


def named_cut(item: Scored) -> int:
    return item.named_at


def chrome_cut(item: Scored) -> int:
    return item.chrome_at


@dataclass(frozen=True)
class Stage:
    """One attempt of the cascade.

    value: what a block is worth; cut: the chain position of the innermost box that
    makes a block boilerplate (-1 for none); min_chars: the prose the stage must find
    to be accepted.
    """

    name: str
    value: Valuer
    cut: Cut
    min_chars: int


def stages(limits: Thresholds) -> tuple[Stage, ...]:
    return (
        Stage("strict", strict_value, named_cut, limits.min_container_chars),
        Stage("relaxed", relaxed_value, named_cut, 0),
    )


def totals_by_element(values: Iterable[tuple[tuple[int, ...], float]]) -> dict[int, float]:
    """The sum of the values of every block under each element, from (chain, value) pairs.

    Blocks of one container share their chain, so values are summed per chain first and
    each distinct chain is walked once. The weights are not whole numbers: each element's
    sum is made in the order of the chains, block by block, as a tie or a threshold can
    turn on its last bit. The elements are all known before the sums start, so the dict is
    built whole first (no default to look for on each addition)."""
    per_chain: dict[tuple[int, ...], float] = {}
    for chain, value in values:
        per_chain[chain] = per_chain.get(chain, 0.0) + value
    totals = dict.fromkeys(set().union(*per_chain), 0.0)
    for chain, value in per_chain.items():
        for element in chain:
            totals[element] += value
    return totals


def sizes_by_element(walked: WalkResult, limits: Thresholds) -> tuple[list[float], list[float]]:
    """Prose chars and all chars under every element, by id: what tells a misnamed page
    wrapper from a widget."""
    # Each block is counted at its innermost element, then each element's sums are added to
    # its parent's, children before parents (ids grow from the outside in): one step per
    # element rather than one per element of every chain. The sums are of whole numbers, so
    # their order changes nothing.
    prose = [0.0] * len(walked.tags)
    chars = [0.0] * len(walked.tags)
    for item in walked.blocks:
        if item.chain:
            inner = item.chain[-1]
            if is_prose(item, limits):
                prose[inner] += item.chars - item.link_chars
            elif isinstance(item.block, ListBlock) and is_product_grid(item.block):
                prose[inner] += item.chars  # a shop's products weigh as much as its prose
            chars[inner] += item.chars
    parents = walked.parents
    for element in range(len(parents) - 1, -1, -1):
        if chars[element]:  # an element without text (an icon's box, a form) has no prose either
            parent = parents[element]
            if parent >= 0:
                prose[parent] += prose[element]
                chars[parent] += chars[element]
    return prose, chars


def boilerplate_flags(blocks: Sequence[Scored], stage: Stage, walked: WalkResult,
                      sizes: tuple[Sequence[float], Sequence[float]],
                      limits: Thresholds) -> list[bool]:
    """Which blocks sit in a boilerplate box.

    Boxes of one kind (same tag and class) are judged together: if they hold most of the
    page's prose they are the content under an unlucky name (a wrapper called
    "with-sidebar-layout", a <header> around the story, forum posts called "comment"),
    not boilerplate, whatever they are called. Comments must hold nearly all the prose
    (a forum thread), since an article's comments often outweigh the article."""
    box_kinds = walked.box_kinds
    prose, chars = sizes
    cuts = [stage.cut(item) for item in blocks]  # asked once per block: the flags below read them again
    boxes = {item.chain[cut] for item, cut in zip(blocks, cuts, strict=True) if cut >= 0}
    framed = in_site_frame(blocks, cuts, walked.frame_boxes)
    kind_prose: defaultdict[str, float] = defaultdict(float)
    kind_chars: defaultdict[str, float] = defaultdict(float)
    comment_kinds = set()
    dialog_kinds = set()
    for box in boxes - framed:
        kind = box_kinds.get(box, str(box))
        kind_prose[kind] += prose[box]
        kind_chars[kind] += chars[box]
        if box in walked.comment_boxes:
            comment_kinds.add(kind)
        if box in walked.dialog_boxes:
            dialog_kinds.add(kind)
    page_prose = prose_chars(blocks, limits)
    # Comments beside a story named as such are that story's comments, however long.
    comments_share = limits.thread_comments_prose_share if walked.thread else limits.comments_prose_share
    named_story = story_beside_comments(blocks, walked, limits) >= limits.story_beside_comments_chars
    if comment_kinds and named_story:
        comments_share = float("inf")
    wrappers = story_wrappers(blocks, stage, walked) if named_story else set()
    chars_floor = sum(item.chars for item in blocks) * limits.wrapper_text_share
    content_kinds = set()
    for kind, size in kind_prose.items():
        if kind in dialog_kinds:
            continue  # a cookie preference centre can outweigh a product page's prose
        share = comments_share if kind in comment_kinds else limits.wrapper_prose_share
        if kind in wrappers or (size >= page_prose * share > 0 and kind_chars[kind] >= chars_floor):
            content_kinds.add(kind)
    flags = []
    for item, cut in zip(blocks, cuts, strict=True):
        flags.append(cut >= 0 and (box_kinds.get(item.chain[cut], str(item.chain[cut])) not in content_kinds
                                   or item.chain[cut] in framed))
    return flags


def in_site_frame(blocks: Sequence[Scored], cuts: Sequence[int], frames: set[int]) -> set[int]:
    """The boxes (at ``cuts``) that sit in a site's footer or menu (WalkResult.frame_boxes): they
    are boilerplate whatever they hold, and they do not count towards their kind's share of the
    prose (a carousel of testimonials in the footer is no misnamed wrapper, nor is a copy of it
    elsewhere on the page)."""
    if not frames:
        return set()  # most pages: no footer or menu holds much of the page's text
    return {item.chain[cut] for item, cut in zip(blocks, cuts, strict=True)
            if cut >= 0 and item.chrome_at >= 0 and item.chain[item.chrome_at] in frames}


def story_wrappers(blocks: Sequence[Scored], stage: Stage, walked: WalkResult) -> set[str]:
    """The kinds of the boxes named as boilerplate that hold an element named as the article's
    body ("entry-content"): a WordPress <article class="entry author-jane"> is the post, not an
    author box, however long the comments beside it."""
    box_kinds = walked.box_kinds
    kinds = set()
    for item in blocks:
        cut = stage.cut(item)
        if (cut >= 0 and walked.tags[item.chain[cut]] == "article"
                and not walked.story_named.isdisjoint(item.chain[cut + 1:])):
            kinds.add(box_kinds.get(item.chain[cut], str(item.chain[cut])))
    return kinds


def story_beside_comments(blocks: Sequence[Scored], walked: WalkResult, limits: Thresholds) -> int:
    """The prose in elements named as the article's body ("entry-content") that hold no
    comment box and sit in none."""
    if not walked.story_named:
        return 0
    holding_comments: set[int] = set()
    outside_comments = []
    for item in blocks:
        if walked.comment_boxes.isdisjoint(item.chain):  # most blocks, one test in C
            outside_comments.append(item)
            continue
        for position, element in enumerate(item.chain):
            if element in walked.comment_boxes:
                holding_comments.update(item.chain[:position])
                break
        else:
            outside_comments.append(item)
    stories = walked.story_named - holding_comments
    return sum(item.chars - item.link_chars for item in outside_comments
               if is_prose(item, limits) and not stories.isdisjoint(item.chain))


def element_values(blocks: Sequence[Scored], boiler: Sequence[bool], stage: Stage,
                   limits: Thresholds) -> dict[int, float]:
    """What the blocks under every element are worth together."""
    return totals_by_element(
        (item.chain, -limits.boilerplate_weight * item.chars if is_boiler else stage.value(item, limits))
        for item, is_boiler in zip(blocks, boiler, strict=True))


def best_container(totals: dict[int, float]) -> int | None:
    """The id of the element whose blocks are worth the most (outer element on ties)."""
    if not totals:
        return None
    best = max(totals.values())
    # ids grow in document order from the outside in, so the smallest id among the best is outermost.
    return min(element for element, total in totals.items() if total == best)


def with_siblings(blocks: Sequence[Scored], boiler: Sequence[bool], container: int,
                  totals: dict[int, float], prose: Sequence[float], limits: Thresholds) -> list[Scored]:
    """The container's blocks plus those of its siblings that are worth something on their own
    and hold real prose: a product's intro in a hero box beside its detail sections, another
    section of headlines beside the one chosen (``prose`` is then all their text)."""
    parent = next((item.chain[item.chain.index(container) - 1] for item in blocks
                   if container in item.chain and item.chain[0] != container), None)
    kept = []
    for item, is_boiler in zip(blocks, boiler, strict=True):
        if is_boiler:
            continue
        if container in item.chain:
            kept.append(item)
        elif parent is not None and parent in item.chain:
            sibling = item.chain[item.chain.index(parent) + 1] if item.chain[-1] != parent else None
            if sibling is not None and totals[sibling] > 0 and prose[sibling] >= limits.min_sibling_prose:
                kept.append(item)
    return kept


def prose_chars(blocks: Sequence[Scored], limits: Thresholds) -> int:
    return sum(item.chars - item.link_chars for item in blocks if is_prose(item, limits))


@dataclass
class Choice:
    """What the cascade decided, kept whole so that a report can say why each block went.

    boiler: per walked block, whether it sits in a boilerplate box; candidates: the
    container's blocks and its worthy siblings; story: those of them that belong to the
    page's own story; kept: the story without its teasers."""

    stage: str
    container: int
    boiler: list[bool]
    candidates: list[Scored]
    story: list[Scored]
    kept: list[Scored]


def choose(walked: WalkResult, limits: Thresholds) -> Choice | None:
    """The blocks of the best container, trying the cascade's stages in order."""
    blocks = walked.blocks
    sizes = sizes_by_element(walked, limits)
    for stage in stages(limits):
        boiler = boilerplate_flags(blocks, stage, walked, sizes, limits)
        totals = element_values(blocks, boiler, stage, limits)
        container = best_container(totals)
        if container is None:
            continue
        if stage.name == "strict":
            container = sole_article(blocks, boiler, container, walked.tags, sizes[0], limits) or container
            container = main_around_a_section(container, walked, sizes[0]) or container
        # The relaxed pass runs on pages with little prose (a front page of headlines): there a
        # sibling's text is what it says.
        weights = sizes[0] if stage.name == "strict" else sizes[1]
        boiler = keep_post_headers(blocks, boiler, stage, walked, container, limits)
        chosen = with_siblings(blocks, boiler, container, totals, weights, limits)
        if prose_chars(chosen, limits) >= stage.min_chars:
            inside = [item for item in chosen if container in item.chain]
            story = first_of_appended_stories(inside, container, walked.tags)
            kept = story if story is not inside else chosen
            return Choice(stage.name, container, boiler, chosen, kept,
                          drop_teasers(kept, container, walked.teaser_ids, limits))
    return None


def keep_post_headers(blocks: Sequence[Scored], boiler: list[bool], stage: Stage, walked: WalkResult,
                      container: int, limits: Thresholds) -> list[bool]:
    """A thread's posts each open with a small box of one kind named as author or post meta
    (the poster's name, a date, a rank, a post count). The first line of each such box, when
    it opens with a link (to the poster's profile), is the post's byline, part of the thread:
    it stays (marked post_header, for trimming), the rest of the box goes. Boxes are post
    headers only when there are at least _MIN_POSTS of them, none a comment or a dialog, and
    most open a post (_open_posts) without sharing it with a card's title (_head_cards)."""
    starts: dict[int, int] = {}  # box -> position of its first block
    sizes: defaultdict[int, int] = defaultdict(int)
    for index in [index for index, is_boiler in enumerate(boiler) if is_boiler]:
        item = blocks[index]
        cut = stage.cut(item)
        if cut >= 0 and container in item.chain:
            box = item.chain[cut]
            starts.setdefault(box, index)
            sizes[box] += item.chars
    by_kind: defaultdict[str, list[int]] = defaultdict(list)
    for box in starts:
        by_kind[walked.box_kinds.get(box, str(box))].append(box)
    candidates = [boxes for boxes in by_kind.values()
                  if len(boxes) >= _MIN_POSTS and all(sizes[box] <= _POST_HEADER_CHARS for box in boxes)
                  and walked.comment_boxes.isdisjoint(boxes) and walked.dialog_boxes.isdisjoint(boxes)]
    if not candidates:
        return boiler  # most pages: no small box of one kind repeats in the container
    prose: list[int] = []  # positions of unnamed prose blocks in the container
    titles: list[int] = []  # positions of unnamed lines linked to other pages: cards' titles
    for index, (item, is_boiler) in enumerate(zip(blocks, boiler, strict=True)):
        if is_boiler or container not in item.chain:
            continue
        if is_prose(item, limits):
            prose.append(index)
        elif _is_card_title(item):
            titles.append(index)
    kept = list(boiler)
    for boxes in candidates:
        firsts = sorted(starts[box] for box in boxes)
        if not _open_posts(blocks, firsts, prose) or _head_cards(firsts, titles, len(blocks)):
            continue
        for first in firsts:
            item = blocks[first]
            if _is_poster_line(item):
                kept[first] = False
                item.post_header = True
    return kept


def _open_posts(blocks: Sequence[Scored], firsts: list[int], prose: list[int]) -> bool:
    """Whether most boxes (starting at ``firsts``) open a post: unnamed prose comes after them,
    before the next box (or the end), and they sit closer to it than to the prose before them
    (a tool bar under each answer shares its element with the answer above it). Comments
    named as such, or links each with a date line, have no such prose; a post of only code
    has none either, hence most, not all."""
    opening = 0
    for first, bound in zip(firsts, [*firsts[1:], len(blocks)], strict=True):
        after = bisect_right(prose, first)
        if after < len(prose) and prose[after] < bound:
            chain = blocks[first].chain
            before = _shared_depth(chain, blocks[prose[after - 1]].chain) if after else 0
            opening += _shared_depth(chain, blocks[prose[after]].chain) > before
    return opening >= len(firsts) * _POSTS_WITH_PROSE


def _head_cards(firsts: list[int], titles: list[int], end: int) -> bool:
    """Whether most boxes share their stretch (up to the next box) with a linked title: cards
    of a listing, each with its headline linked to its page (a post seldom holds a line that
    is all link). The last box's stretch runs on to the end of the page, past the thread, and
    is not counted."""
    titled = sum(bisect_right(titles, first) < bisect_left(titles, bound)
                 for first, bound in zip(firsts[:-1], firsts[1:], strict=True))
    return titled >= (len(firsts) - 1) * _CARDS_WITH_TITLES


def _shared_depth(chain: tuple[int, ...], other: tuple[int, ...]) -> int:
    """How many containers two blocks' chains share, from the outside in."""
    depth = 0
    for mine, theirs in zip(chain, other, strict=False):
        if mine != theirs:
            break
        depth += 1
    return depth


def _is_card_title(item: Scored) -> bool:
    """A line that is mostly one link to another page (a card's headline), not to a place on
    this one (a post's permalink, "#p12")."""
    block = item.block
    if item.link_chars * 2 < item.chars or item.chars < _CARD_WORDS_CHARS:
        return False
    spans = block.spans if isinstance(block, (Paragraph, Heading)) else ()
    return links_away(next((span.href for span in spans if span.href), None))


def _is_poster_line(item: Scored) -> bool:
    """A short line or heading whose first words link somewhere (a poster's name, linked to
    the profile), and no label of the site's ("Share")."""
    block = item.block
    return (len(item.text) <= _BYLINE_CHARS and isinstance(block, (Paragraph, Heading)) and bool(block.spans)
            and bool(block.spans[0].href) and not is_chrome_label(item))


def article_below(item: Scored, container: int, tags: list[str]) -> int | None:
    """The outermost <article> between ``container`` and the block, if any."""
    chain = item.chain  # a loop over positions: no slice and no generator for each of many blocks
    for position in range(chain.index(container) + 1, len(chain)):
        if tags[chain[position]] == "article":
            return chain[position]
    return None


def main_around_a_section(container: int, walked: WalkResult, prose: Sequence[float]) -> int | None:
    """The page's main landmark (<main>, role=main) around the container, when the container
    holds less than half of its prose and is no <article> nor in one: the container is then
    one section of a page made of sections (a service's landing page, a product's page), whose
    content is the whole landmark. An article's body stays alone, whatever else <main> holds."""
    tags, parents = walked.tags, walked.parents
    element = container
    while element >= 0 and tags[element] != "main" and element not in walked.main_roles:
        if tags[element] == "article":
            return None
        element = parents[element]
    if element >= 0 and element != container and prose[container] < _SECTION_SHARE * prose[element]:
        return element
    return None


def sole_article(blocks: Sequence[Scored], boiler: Sequence[bool], container: int, tags: list[str],
                 prose: Sequence[float], limits: Thresholds) -> int | None:
    """The one <article> in the container, when it holds most of the container's prose: the
    rest of a <main> around it (author boxes, sign-up forms, further reading) is not the story.
    None when there are several (a forum thread, a list of cards) or it holds too little."""
    # Blocks in one element share its chain: each innermost element is looked at once.
    found: dict[int, int | None] = {}
    for item, is_boiler in zip(blocks, boiler, strict=True):
        if not is_boiler and container in item.chain and item.chain[-1] not in found:
            found[item.chain[-1]] = article_below(item, container, tags)
    outermost = {article for article in found.values() if article is not None}
    if len(outermost) != 1:
        return None
    (article,) = outermost
    if prose[article] >= max(limits.sole_article_share * prose[container], limits.min_container_chars):
        return article
    return None


def first_of_appended_stories(blocks: list[Scored], container: int, tags: list[str]) -> list[Scored]:
    """Infinite scroll appends the next stories as sibling <article>s: when several stand in
    the container, exactly one carries the page's <h1> and every other one is a headed
    story of its own (not a forum reply or a card), the one with the <h1> is the article."""
    below: dict[int, int | None] = {}  # by innermost element: blocks in one element share their chain
    stories = []
    for item in blocks:
        if item.chain[-1] not in below:
            below[item.chain[-1]] = article_below(item, container, tags)
        stories.append(below[item.chain[-1]])
    if len({story for story in stories if story is not None}) < 2:
        return blocks
    headline_stories = {story for item, story in zip(blocks, stories, strict=True)
                        if story is not None and isinstance(item.block, Heading) and item.block.level == 1}
    if len(headline_stories) != 1:
        return blocks
    (story,) = headline_stories
    headed = {owner for item, owner in zip(blocks, stories, strict=True) if isinstance(item.block, Heading)}
    others = {owner for owner in stories if owner is not None and owner != story}
    kept = [item for item, owner in zip(blocks, stories, strict=True) if owner == story]
    # A short post above a long thread of headed replies is not an article with appendices.
    if not others <= headed or sum(i.chars for i in kept) < sum(i.chars for i in blocks) * _MAIN_STORY_SHARE:
        return blocks
    return kept


def drop_teasers(blocks: list[Scored], container: int, teaser_ids: set[int],
                 limits: Thresholds) -> list[Scored]:
    """Remove small linked-headline boxes (related stories) unless they are most of the container.
    A post's linked byline (a poster's name set as a heading) is no teaser."""
    sizes: defaultdict[int, int] = defaultdict(int)
    for item in blocks:
        for element in item.chain:
            if element in teaser_ids and element != container:
                sizes[element] += item.chars
    teasers = {element for element, size in sizes.items() if size <= limits.max_teaser_chars}
    if not teasers:
        return blocks
    total = sum(item.chars for item in blocks) or 1
    # A card whose head is the teaser and whose summary sits beside it counts whole.
    cards = teasers | card_boxes(blocks, container, teasers, limits)
    in_teasers = sum(item.chars for item in blocks if cards.intersection(item.chain))
    if in_teasers > total * limits.max_teaser_share:
        return blocks
    return [item for item in blocks if item.post_header or not teasers.intersection(item.chain)]


def card_boxes(blocks: list[Scored], container: int, teasers: set[int], limits: Thresholds) -> set[int]:
    """The cards that a teaser box only heads, their summary being prose outside it ("<article>
    <div><h2><a>Headline</a></h2>date</div><p>Summary...</p></article>")."""
    around: set[int] = set()  # the boxes holding a teaser, below the container
    for item in blocks:
        chain = item.chain
        if container in chain:
            for position in range(chain.index(container) + 2, len(chain)):
                if chain[position] in teasers:
                    around.add(chain[position - 1])
    summaries = [item for item in blocks if not teasers.intersection(item.chain) and is_prose(item, limits)]
    summarised = {element for item in summaries for element in item.chain}
    return around & summarised


def is_marquee(item: Scored) -> bool:
    """rules.is_marquee of the block's text, kept on the block (most paragraphs come from the
    walk with the verdict already known)."""
    if item.marquee is None:
        item.marquee = rules.is_marquee(item.text)
    return item.marquee


def is_chrome_block(item: Scored) -> bool:
    """A block that is a date line, a byline, a label like "Share" or "Related articles", a
    shop's cart or stock line ("Add to cart"), or a marquee (one phrase said again and again)."""
    text = item.text
    if len(text) > 120:
        return is_marquee(item)
    return bool(says_chrome_phrase(item) or rules.is_dated_line(text)
                or (len(text) < 60 and (rules.BYLINE.match(text) or rules.SHOP_CHROME.match(text)
                                     or rules.LISTING_CONTROL.match(text) or rules.PLACEHOLDER.match(text)))
                or is_marquee(item))


def is_breadcrumb(item: Scored) -> bool:
    """A trail of links with separators: "Main » News » Headline"."""
    if not isinstance(item.block, Paragraph) or not item.block.spans:
        return False
    text = item.text
    return (item.block.spans[0].href is not None and len(text) < 250
            and bool(rules.BREADCRUMB_SEPARATOR.search(text)) and bool(rules.BREADCRUMB.match(text)))


def is_sentence(item: Scored) -> bool:
    """Real prose: long, or a finished sentence."""
    text = item.text
    return len(text) >= 80 or (len(text) >= 25 and bool(_SENTENCE_END.search(text)))


def is_edge_debris(item: Scored) -> bool:
    """Short, unfinished, linked or dated: the info and tool lines around an article body."""
    if isinstance(item.block, Heading) or is_sentence(item) or item.post_header:
        return False
    return item.link_chars > 0 or is_chrome_block(item)


def split_lines(item: Scored) -> list[Scored]:
    """A paragraph cut at its line breaks, each line its own block."""
    block = item.block
    if not isinstance(block, Paragraph) or "\n" not in block.text:
        return [item]
    lines: list[list[Span]] = [[]]
    for span in block.spans:
        parts = span.text.split("\n")
        for index, part in enumerate(parts):
            if index:
                lines.append([])
            if part.strip():
                lines[-1].append(Span(part, span.href, span.style))
    out = []
    for line in lines:
        if line:
            spans = tuple(line)
            chars = sum(len(s.text) for s in spans)
            linked = sum(len(s.text) for s in spans if s.href)
            out.append(Scored(Paragraph(spans), item.chain, chars, linked, item.named_at, item.chrome_at,
                              "".join(s.text for s in spans), post_header=item.post_header))
    return out


def trim_edges(blocks: list[Scored]) -> list[Scored]:
    """Drop debris before the first and after the last sentence of the body.

    A leading paragraph of several lines (a headline, a date and a tool bar set apart
    by <br>) is cut into its lines first, so each is judged on its own."""
    sentences = [i for i, item in enumerate(blocks) if is_sentence(item)]
    if sentences and sentences[0] < 3:
        head = [line for item in blocks[: sentences[0] + 1] for line in split_lines(item)]
        if head != blocks[: sentences[0] + 1]:  # a paragraph was cut: the sentences moved
            blocks = head + blocks[sentences[0] + 1:]
            sentences = [i for i, item in enumerate(blocks) if is_sentence(item)]
    if not sentences:
        return blocks
    first, last = sentences[0], sentences[-1]
    head, body, tail = blocks[:first], blocks[first:last + 1], blocks[last + 1:]
    # Edges longer than a few lines are content (a listing after its intro), not debris.
    limit = max(sum(item.chars for item in blocks) * _EDGE_SHARE, _EDGE_MIN_CHARS)
    if len(head) <= _EDGE_BLOCKS and sum(item.chars for item in head) <= limit:
        head = [item for item in head if not is_edge_debris(item)]
    if len(tail) <= _EDGE_BLOCKS and sum(item.chars for item in tail) <= limit:
        tail = [item for item in tail if not is_edge_debris(item)]
    return head + body + tail


Step = Callable[[list[Scored]], list[Scored]]


@dataclass(frozen=True)
class PageKind:
    """What the page says it is, as the trim steps read it. On a discussion thread a
    "Comments" or "12 replies" line opens the thread's replies, not a widget: it goes alone (a
    chrome line). On a page selling one product (``shop``) a heading naming the shop's policy
    ("Shipping & Returns", "Warranty") titles a widget's box, and so does one naming its buyers'
    reviews ("Top reviews", "Seller feedback") when those go (``reviews_go``: comments not wanted)."""

    thread: bool = False
    shop: bool = False
    reviews_go: bool = False

    @classmethod
    def of(cls, walked: WalkResult, options: Options) -> PageKind:
        """The kind the walk found (WalkResult.thread, .shop), with what the options want."""
        return cls(walked.thread, walked.shop, walked.shop and not options.include_comments)


# A page that says it is none of these: every default of the trim steps.
ANY_PAGE = PageKind()


def trim_steps(focus: Focus, limits: Thresholds, post_headers: bool = True,
               kind: PageKind = ANY_PAGE) -> tuple[tuple[str, Step], ...]:
    """The trimming filters in the order they run, each named for the rule it applies; with
    ``post_headers`` (the blocks hold some, see keep_post_headers), each gives back the post
    headers whose posts it keeps. Some steps read the page's ``kind``."""
    if focus == "recall":
        return ()

    def link_lists(blocks: list[Scored]) -> list[Scored]:
        total = sum(item.chars for item in blocks) or 1
        linked = sum(item.link_chars for item in blocks)
        if focus != "precision" and linked >= total * 0.5:
            return blocks  # a page that is mostly links (a listing) keeps them
        cards = card_titles(blocks)
        framed = framed_lists(blocks, limits)
        return [item for index, item in enumerate(blocks) if isinstance(item.block, Heading)
                or is_prose(item, limits) or item.link_chars <= item.chars * 0.6 or index in cards
                or index in framed
                or (isinstance(item.block, ListBlock)
                    and (is_card_list(item.block) or is_product_grid(item.block)))]

    steps: tuple[tuple[str, Step], ...] = (
        ("widget after the story", lambda blocks: cut_widget_tail(blocks, kind.thread)),
        ("widget box", lambda blocks: drop_widget_boxes(blocks, kind)),
        ("author box", drop_author_boxes),
        ("repeated copy", drop_repeated_copy),
        ("chrome line", lambda blocks: [item for item in blocks if not is_chrome_block(item)]),
        ("breadcrumb", lambda blocks: [item for item in blocks if not is_breadcrumb(item)]),
        ("edge debris", trim_edges),
        ("link list", link_lists),
        ("dangling heading", _drop_dangling_headings),
    )
    if not post_headers:
        return steps
    return tuple((name, _keeping_post_headers(step)) for name, step in steps)


def _keeping_post_headers(step: Step) -> Step:
    """``step``, except that a post's header line (Scored.post_header) it removed comes back
    when the block after it, the post's own first block, stays: a poster's name is no chrome
    line or link list inside a thread, and it goes when its post goes."""
    def kept(blocks: list[Scored]) -> list[Scored]:
        after = step(blocks)
        staying = {id(item) for item in after}
        restore = {id(blocks[index + 1]): item for index, item in enumerate(blocks[:-1])
                   if item.post_header and id(item) not in staying and id(blocks[index + 1]) in staying}
        if not restore:
            return after
        out = []
        for item in after:
            if id(item) in restore:
                out.append(restore[id(item)])
            out.append(item)
        return out
    return kept


def framed_lists(blocks: list[Scored], limits: Thresholds) -> set[int]:
    """The positions of lists (a run of them side by side counts as one) set between the
    body's own words: prose just before, which introduces them ("These courses are
    offered:"), and prose or a heading just after, where the text goes on. Such a list is
    part of what the text says (the things it names, its sources); a menu or a box of
    related links stands at an edge of the body or between other boxes."""
    framed: set[int] = set()
    start = 0
    while start < len(blocks):
        if not isinstance(blocks[start].block, ListBlock):
            start += 1
            continue
        end = start
        while end + 1 < len(blocks) and isinstance(blocks[end + 1].block, ListBlock):
            end += 1
        before = blocks[start - 1] if start else None
        after = blocks[end + 1] if end + 1 < len(blocks) else None
        items = [entry for item in blocks[start:end + 1] if isinstance(item.block, ListBlock)
                 for entry in item.block.items]
        hrefs = [span.href for entry in items for span in entry if span.href]
        if (before is not None and after is not None and isinstance(before.block, Paragraph)
                and is_prose(before, limits)
                and (isinstance(after.block, Heading) or is_prose(after, limits))
                and len(items) >= _MIN_FRAMED_ITEMS
                and sum(len(inline_text(entry)) for entry in items) >= _FRAMED_ITEM_CHARS * len(items)
                and sum(map(links_away, hrefs)) * 2 > len(hrefs)):
            framed.update(range(start, end + 1))
        start = end + 1
    return framed


def card_titles(blocks: list[Scored]) -> set[int]:
    """The positions of the linked lines that title a card: a box that opens with its one
    linked line and goes on with unlinked ones about the thing linked (a product's price, a
    story's summary), when at least _MIN_CARDS such boxes stand side by side (a grid). A list
    of links (related stories, tags) has no lines of its own; a call to action ends its box."""
    # Only the boxes a linked line opens (no block before it is in them) can be a card: those
    # are found first, and only they are counted through the page's blocks, a set
    # intersection per block instead of a step per element of every chain.
    seen: set[int] = set()  # elements holding a block before the current one
    opened: list[tuple[int, list[int]]] = []  # linked line -> depths of the boxes it opens, innermost first
    for index, item in enumerate(blocks):
        chain = item.chain
        if item.link_chars * 2 >= item.chars and not isinstance(item.block, ListBlock):
            depths = []
            for depth in range(len(chain) - 1, 0, -1):
                if chain[depth] in seen:
                    break
                depths.append(depth)
            if depths:
                opened.append((index, depths))
        seen.update(chain)
    if len(opened) < _MIN_CARDS:
        return set()
    boxes = {blocks[index].chain[depth]: index for index, depths in opened for depth in depths}
    described: set[int] = set()  # boxes with an unlinked line after their first block
    linked: defaultdict[int, int] = defaultdict(int)  # box -> how many linked lines it holds
    watched = boxes.keys()
    for index, item in enumerate(blocks):
        inside = watched & set(item.chain)
        if not inside:
            continue
        is_linked = item.link_chars * 2 >= item.chars
        unlinked = not is_linked and not isinstance(item.block, Heading)
        for box in inside:
            linked[box] += is_linked
            if unlinked and boxes[box] != index:
                described.add(box)
    titles_by_grid: defaultdict[int, set[int]] = defaultdict(set)  # the box holding cards -> titles
    for index, depths in opened:
        chain = blocks[index].chain
        for depth in depths:
            element = chain[depth]
            if linked[element] > 1:
                break
            if element in described:
                titles_by_grid[chain[depth - 1]].add(index)
                break
    return {index for titles in titles_by_grid.values() if len(titles) >= _MIN_CARDS for index in titles}


def is_widget_title(item: Scored, kind: PageKind = ANY_PAGE) -> bool:
    """A short line naming a widget: a shop's recommendations ("Customers also bought"), on a
    page selling one product a heading of its policy box ("Shipping & Returns") or, unless
    comments are wanted, of its buyers' reviews ("Seller feedback") (see PageKind), or
    a site's box ("Related articles", "About the author"). A longer line that starts like one
    ("Watch: the storm from the shore") titles a video in the story, not a box."""
    text = item.text
    if len(text) >= _LABEL_CHARS:
        return False
    return bool(rules.RECOMMENDATION_TITLE.match(text)
                or (kind.shop and isinstance(item.block, Heading)
                    and (rules.SHOP_POLICY_TITLE.match(text)
                         or (kind.reviews_go and rules.SHOP_REVIEWS_TITLE.match(text))))
                or (len(text.split()) <= _WIDGET_TITLE_WORDS and is_chrome_label(item)))


def is_chrome_label(item: Scored) -> bool:
    """A short line that names a site's box ("Related articles", "Subscribe", "Share")."""
    return len(item.text) < _LABEL_CHARS and says_chrome_phrase(item)


def says_chrome_phrase(item: Scored) -> bool:
    """rules.CHROME_PHRASE of the block's text, kept on the block: one of the costliest
    patterns run on every block, asked by more than one trim step."""
    if item.chrome_phrase is None:
        item.chrome_phrase = rules.CHROME_PHRASE.match(item.text) is not None
    return item.chrome_phrase


def drop_widget_boxes(blocks: list[Scored], kind: PageKind = ANY_PAGE) -> list[Scored]:
    """A short line naming a widget (a shop's "Customers also bought", a site's "Related
    articles" or "About the author") that opens a box goes with that box: the cards or the
    bio after it are not the story. The box is the outermost element that starts with the
    line and holds less than _WIDGET_SHARE of the text (a wrapper of the whole body may start
    with it too) and no heading as high as the title (the box goes on with the story)."""
    titles = [index for index, item in enumerate(blocks)
              if is_widget_title(item, kind)
              and not (kind.thread and rules.REPLIES_TITLE.match(item.text))]
    if not titles:
        return blocks
    first: dict[int, int] = {}  # element -> position of its first block
    last: dict[int, int] = {}  # element -> position of its last block
    chars: defaultdict[int, int] = defaultdict(int)  # element -> its text's length
    for index, item in enumerate(blocks):
        for element in item.chain:
            first.setdefault(element, index)
            last[element] = index
            chars[element] += item.chars
    limit = sum(item.chars for item in blocks) * _WIDGET_SHARE
    dropped: set[int] = set()
    for index in titles:
        dropped.add(index)
        box = next((element for element in blocks[index].chain
                    if first[element] == index and chars[element] < limit
                    and not _holds_a_peer_heading(blocks, index, last[element])), None)
        if box is not None:
            dropped.update(range(index, last[box] + 1))
    return [item for index, item in enumerate(blocks) if index not in dropped]


def names_an_author(item: Scored) -> bool:
    """A line whose link goes to an author's page and is short enough to be a name."""
    block = item.block
    if not isinstance(block, (Paragraph, Heading)) or item.chars > _AUTHOR_LINE_CHARS:
        return False
    return any(span.href and len(span.text) <= _AUTHOR_NAME_CHARS and rules.AUTHOR_PAGE.search(span.href)
               for span in block.spans)


def drop_author_boxes(blocks: list[Scored]) -> list[Scored]:
    """A small box that opens with the author's name linked to the author's page goes whole:
    the name, the role and the few lines of biography after it are about the writer, not the
    story. The box is the outermost element starting with the name that holds at most
    _AUTHOR_BOX_CHARS and less than _AUTHOR_BOX_SHARE of the text (a story that opens with its
    byline is much longer); a name alone in no such box goes alone."""
    names = [index for index, item in enumerate(blocks) if names_an_author(item)]
    if not names:
        return blocks
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    chars: defaultdict[int, int] = defaultdict(int)
    for index, item in enumerate(blocks):
        for element in item.chain:
            first.setdefault(element, index)
            last[element] = index
            chars[element] += item.chars
    limit = min(_AUTHOR_BOX_CHARS, sum(item.chars for item in blocks) * _AUTHOR_BOX_SHARE)
    dropped: set[int] = set()
    for index in names:
        dropped.add(index)
        box = next((element for element in blocks[index].chain
                    if first[element] == index and chars[element] <= limit), None)
        if box is not None:
            dropped.update(range(index, last[box] + 1))
    return [item for index, item in enumerate(blocks) if index not in dropped]


def _holds_a_peer_heading(blocks: list[Scored], title: int, end: int) -> bool:
    """Whether a heading as high as the widget's title (a line of text titles like an <h2>) comes
    after it up to ``end``: then the box goes on with another section, not only the widget's cards."""
    block = blocks[title].block
    level = block.level if isinstance(block, Heading) else _LINE_TITLE_LEVEL
    return any(isinstance(item.block, Heading) and item.block.level <= level
               for item in blocks[title + 1:end + 1])


def cut_widget_tail(blocks: list[Scored], thread: bool = False) -> list[Scored]:
    """A widget title ("Related stories", "Most read", "Subscribe") in the last few lines of the
    body starts what comes after the story: it goes, with everything after it. Earlier in the
    body such a label is dropped alone (the chrome-line step), since the story may go on."""
    remaining = sum(item.chars for item in blocks)
    tail_chars = remaining * _TAIL_SHARE
    for index, item in enumerate(blocks):
        if (remaining <= tail_chars and is_chrome_label(item)
                and not (thread and rules.REPLIES_TITLE.match(item.text))):
            return blocks[:index]
        remaining -= item.chars
    return blocks


def drop_repeated_copy(blocks: list[Scored]) -> list[Scored]:
    """A page that carries the article twice (one copy per screen size, one shown by CSS)
    repeats its paragraphs: when several different long paragraphs come again and the repeats
    make up a large share of the text, every block that repeats an earlier one goes, headings
    included. A note or a card's blurb that recurs between other blocks is too small a share to
    count, and one paragraph said again and again (placeholder text) is not a copy of an article.
    Code is neither counted nor dropped: reference docs show the same sample in several places."""
    seen: set[str] = set()
    repeated: set[str] = set()
    repeated_chars = 0
    for item in blocks:
        if len(item.text) >= _REPEAT_MIN_CHARS and not isinstance(item.block, Code):
            if item.text in seen:
                repeated.add(item.text)
                repeated_chars += item.chars
            seen.add(item.text)
    total = sum(item.chars for item in blocks)
    if len(repeated) < _REPEATED_PARAGRAPHS or repeated_chars < _REPEATED_SHARE * total:
        return blocks
    shown: set[str] = set()
    kept = []
    for item in blocks:
        if item.text not in shown or isinstance(item.block, Code):
            kept.append(item)
            shown.add(item.text)
    return kept


def trim(blocks: list[Scored], focus: Focus, limits: Thresholds, kind: PageKind = ANY_PAGE) -> list[Scored]:
    """Drop chrome blocks left inside the container; how much depends on the focus."""
    for _, step in trim_steps(focus, limits, any(item.post_header for item in blocks), kind):
        blocks = step(blocks)
    return blocks


def _drop_dangling_headings(blocks: list[Scored]) -> list[Scored]:
    """A heading with nothing after it (its section was dropped) is a widget title, unless
    headings are all the body holds: then they are what the page says (a shared link's
    title, an image's caption), and an empty body would say less."""
    kept = blocks
    while kept and isinstance(kept[-1].block, Heading):
        kept = kept[:-1]
    if _is_title_grid(blocks[len(kept):]):
        return blocks
    return kept if kept else blocks


def _is_title_grid(headings: list[Scored]) -> bool:
    """Headings that end the body together, at least _TITLE_GRID of them at one level: the
    titles of a grid of things (products, recipes), not widgets' titles ("Customers also
    bought", "Related articles")."""
    if len(headings) < _TITLE_GRID or any(is_widget_title(item) for item in headings):
        return False
    levels = {item.block.level for item in headings if isinstance(item.block, Heading)}
    return len(levels) == 1
