"""The native extractor: selectolax's lexbor DOM in, body blocks out.

    place streamed segments -> strip junk tags -> walk (drop chrome, cut blocks) -> choose container
    -> trim -> blocks
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleannews.blocks import Block
from cleannews.extractors.base import Body, Document
from cleannews.extractors.native import rules
from cleannews.extractors.native.select import Choice, choose, trim
from cleannews.extractors.native.thresholds import DEFAULT, Thresholds
from cleannews.extractors.native.walk import Scored, Walker, WalkResult
from cleannews.options import Options


@dataclass
class NativeRun:
    """Everything the extractor decided on one page: the walk, the cascade's choice and the
    blocks that survived trimming. Reports read it whole; extraction keeps only ``blocks``."""

    walked: WalkResult
    junk: dict[str, int]  # elements deleted with their content before the walk, by tag
    choice: Choice | None
    blocks: list[Scored]
    refused: str = ""  # why the page has no body at all ("no body", "error page")


def extract_native(document: Document, options: Options, thresholds: Thresholds = DEFAULT) -> Body:
    """Extract body blocks from the document's tree. Prunes the tree in place."""
    run = run_native(document, options, thresholds)
    return Body(blocks=tuple(item.block for item in run.blocks), backend="native")


def run_native(document: Document, options: Options, thresholds: Thresholds = DEFAULT,
               record: bool = False) -> NativeRun:
    """The native pipeline on the document's tree (pruned in place). With ``record``, the
    elements skipped unread and the junk deleted are kept for a report."""
    tree = document.tree
    body = tree.body
    if body is None or _is_error_page(tree):
        return NativeRun(WalkResult(), {}, None, [], "no body" if body is None else "error page")
    sells_product = declares_product(tree)  # read before remove_junk deletes the JSON-LD
    place_streamed_segments(tree)  # before remove_junk deletes the <template> placeholders
    junk = remove_junk(tree, record)
    walker = Walker(options, thresholds, page_chars=len(body.text(deep=True)), record_drops=record,
                    reviews_are_comments=sells_product)
    walker.container(body, 0)  # the body is a container too: blocks right under it have a chain
    walker.flush()
    choice = choose(walker.result, thresholds)
    blocks = trim(choice.kept, options.focus, thresholds) if choice is not None else []
    return NativeRun(walker.result, junk, choice, blocks)


_JUNK_SELECTOR = ", ".join(rules.JUNK_TAGS)


def remove_junk(tree: LexborHTMLParser, count: bool = False) -> dict[str, int]:
    """Delete scripts, styles, media and form controls with their content, in one CSS pass;
    with ``count``, say how many of each tag went.

    Matches come in document order, so walking them backwards deletes every element before
    any element that contains it: no node is touched after its ancestor was freed."""
    counts: dict[str, int] = {}
    for node in reversed(tree.css(_JUNK_SELECTOR)):
        if count:
            counts[node.tag or ""] = counts.get(node.tag or "", 0) + 1
        node.decompose()
    return counts


def place_streamed_segments(tree: LexborHTMLParser) -> None:
    """Do what React's streaming script would: put each late segment (<div hidden id="S:1">,
    sent at the end of the body) where its placeholder (<template id="B:1">) stands, in place
    of the "Loading…" fallback that follows the placeholder up to the closing <!--/$-->.

    Every node is looked up afresh right before it is used, so no handle outlives a
    deletion, however the page nests or repeats these ids."""
    names = [name for node in tree.css('div[hidden][id^="S:"]')
             if rules.STREAMED_SEGMENT_ID.match(name := node.attributes.get("id") or "")]
    for name in reversed(names):
        segment = tree.css_first(f'div[hidden][id="{name}"]')
        placeholder = tree.css_first(f'template[id="B:{name[2:]}"]')
        if segment is None or placeholder is None or segment.css_first(f'template[id="B:{name[2:]}"]'):
            continue
        placeholder.insert_before(segment)  # a copy
        segment.decompose()
        for node in _fallback(placeholder):
            node.decompose()
        placeholder.decompose()


def _fallback(placeholder: LexborNode) -> list[LexborNode]:
    """The nodes after a placeholder up to its closing <!--/$-->; none if it is not closed
    there or if a segment still waiting for its place is among them."""
    nodes: list[LexborNode] = []
    node = placeholder.next
    while node is not None:
        if node.is_comment_node and node.comment_content == "/$":
            return nodes
        if node.tag == "div" and "hidden" in node.attributes:
            return []
        nodes.append(node)
        node = node.next
    return []


def _is_error_page(tree: LexborHTMLParser) -> bool:
    title = tree.css_first("title")
    names = " ".join(rules.names_of(node.attributes) for node in tree.css("body, main"))
    return rules.is_error_page(title.text(strip=True) if title is not None else "", names)


# A schema.org Product in JSON-LD or microdata, or an OpenGraph product type.
_PRODUCT_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?(?:Product|ProductGroup|IndividualProduct)"')


def declares_product(tree: LexborHTMLParser) -> bool:
    """The page says it is the page of one product it sells (not a review or an article)."""
    if tree.css_first('[itemtype*="schema.org/Product"], meta[property="og:type"][content*="product"]'):
        return True
    scripts = tree.css('script[type="application/ld+json"]')
    return any(_PRODUCT_TYPE.search(script.text()) for script in scripts)


def blocks_of(tree: LexborHTMLParser, options: Options,
              thresholds: Thresholds = DEFAULT) -> tuple[Block, ...]:
    """Every block of a document, unselected: for HTML that is already just the article."""
    if tree.body is None:
        return ()
    walker = Walker(options, thresholds, page_chars=1)
    walker.walk(tree.body)
    walker.flush()
    return tuple(item.block for item in walker.result.blocks)
