"""The native extractor: selectolax's lexbor DOM in, body blocks out.

    strip junk tags -> walk (drop chrome, cut blocks) -> choose container -> trim -> blocks
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleannews.blocks import Block
from cleannews.extractors.base import Body, Document
from cleannews.extractors.native import rules
from cleannews.extractors.native.select import choose, trim
from cleannews.extractors.native.thresholds import DEFAULT, Thresholds
from cleannews.extractors.native.walk import Walker
from cleannews.options import Options


def extract_native(document: Document, options: Options, thresholds: Thresholds = DEFAULT) -> Body:
    """Extract body blocks from the document's tree. Prunes the tree in place."""
    tree = document.tree
    body = tree.body
    if body is None or _is_error_page(tree):
        return Body(blocks=(), backend="native")
    remove_junk(tree)
    walker = Walker(options, thresholds, page_chars=len(body.text(deep=True)))
    walker.container(body, 0)  # the body is a container too: blocks right under it have a chain
    walker.flush()
    chosen = trim(choose(walker.result, thresholds), options.focus, thresholds)
    return Body(blocks=tuple(item.block for item in chosen), backend="native")


_JUNK_SELECTOR = ", ".join(rules.JUNK_TAGS)


def remove_junk(tree: LexborHTMLParser) -> None:
    """Delete scripts, styles, media and form controls with their content, in one CSS pass.

    Matches come in document order, so walking them backwards deletes every element before
    any element that contains it: no node is touched after its ancestor was freed."""
    for node in reversed(tree.css(_JUNK_SELECTOR)):
        node.decompose()


def _is_error_page(tree: LexborHTMLParser) -> bool:
    title = tree.css_first("title")
    names = " ".join(rules.names_of(node.attributes) for node in tree.css("body, main"))
    return rules.is_error_page(title.text(strip=True) if title is not None else "", names)


def blocks_of(tree: LexborHTMLParser, options: Options,
              thresholds: Thresholds = DEFAULT) -> tuple[Block, ...]:
    """Every block of a document, unselected: for HTML that is already just the article."""
    if tree.body is None:
        return ()
    walker = Walker(options, thresholds, page_chars=1)
    walker.walk(tree.body)
    walker.flush()
    return tuple(item.block for item in walker.result.blocks)
