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
from cleannews.extractors.native.select import Choice, PageKind, choose, trim
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
    if body is None:
        return NativeRun(WalkResult(), {}, None, [], "no body")
    landmarks, segments, found_junk, controlled, toggled = sweep(body)
    if _is_error_page(tree, landmarks):
        return NativeRun(WalkResult(), {}, None, [], "error page")
    sells_product, declared_thread = declares(tree)  # read before remove_junk deletes the JSON-LD
    thread = declared_thread or rules.is_thread_url(document.url)
    junk, facets = place_segments_and_remove_junk(tree, segments, found_junk, record)
    # Shares of the page are measured with its filters, which only the walk leaves out.
    page_chars = len(body.text(deep=True))
    for panel in facets:  # none sits in the junk just deleted, nor in another panel
        if record:
            junk[panel.tag or ""] = junk.get(panel.tag or "", 0) + 1
        panel.decompose()
    walker = Walker(options, thresholds, page_chars=page_chars, record_drops=record,
                    reviews_are_comments=sells_product, controlled=controlled, toggled=toggled)
    walker.result.thread = thread
    walker.result.shop = sells_product
    walker.container(body, 0)  # the body is a container too: blocks right under it have a chain
    walker.flush()
    choice = choose(walker.result, thresholds)
    kind = PageKind.of(walker.result, options)
    blocks = trim(choice.kept, options.focus, thresholds, kind) if choice is not None else []
    return NativeRun(walker.result, junk, choice, blocks)


_JUNK_SELECTOR = ", ".join(rules.JUNK_TAGS)
_SEGMENTS_SELECTOR = 'div[hidden][id^="S:"]'
# Each CSS query is a pass over the tree, so the landmarks the error-page check reads,
# streamed segments, forms, junk and the disclosure buttons' aria-controls are found in one.
# Their tags tell the first four apart: no junk tag is body, main, form or div. The pass covers
# the <body> only: the walk never reads the <head>, so its scripts and meta tags (a third of the
# matches on a typical page) need not be found and deleted one by one.
_SWEEP_SELECTOR = f"body, main, form, {_SEGMENTS_SELECTOR}, {_JUNK_SELECTOR}, [aria-controls]"
# The tags the sweep is for; any other element it meets holds an aria-controls only.
_SWEPT_TAGS = frozenset({"body", "main", "form", "div", *rules.JUNK_TAGS})


# Headings (and items) that hold an accordion's toggle button as their only element.
_TOGGLE_HOLDERS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "div", "span"})

Nodes = list[LexborNode]


def sweep(body: LexborNode) -> tuple[Nodes, Nodes, Nodes, frozenset[str], frozenset[int]]:
    """In the page's ``body``: the <body> and <main> elements, the streamed segments and the
    junk (entry forms among it), each in document order, the ids of the panels that disclosure
    buttons open (their aria-controls), and the panels right after accordion toggles that name
    none (by mem_id), read before the buttons go with the junk. A question or an accordion's heading set in a
    button (rules.is_disclosure_label) is not junk."""
    landmarks: list[LexborNode] = []
    segments: list[LexborNode] = []
    junk: list[LexborNode] = []
    controlled: set[str] = set()
    toggled: set[int] = set()
    found = body.css(_SWEEP_SELECTOR)  # lexbor's css() matches the body itself too
    last = len(found) - 1
    for index, node in enumerate(found):
        # css() yields an element once per selector of the list it matches, in a row: each is
        # taken once (a junk element deleted twice would be freed twice).
        mem_id = node.mem_id
        if index and found[index - 1].mem_id == mem_id:
            continue
        tag = node.tag
        # Only an element matched twice (its tag and [aria-controls]), or by nothing but
        # [aria-controls] or a div's selector, can name a panel: the others' attributes (a dict
        # built per element: a form's thousand <option>s) are not read for it.
        if (tag in _SWEPT_TAGS and tag != "div"
                and not (index < last and found[index + 1].mem_id == mem_id)):
            controls = None
        else:
            controls = node.attributes.get("aria-controls")
        if controls:
            controlled.update(controls.split())
            if tag not in _SWEPT_TAGS:
                continue  # a link or a heading naming a panel, swept for that alone
            if tag == "div" and not _is_streamed_segment(node):
                continue
        if tag == "div":
            segments.append(node)
        elif tag == "body" or tag == "main":
            landmarks.append(node)
        elif tag == "form":
            if _is_entry_form(node):
                junk.append(node)
        else:
            if tag == "button" and "aria-expanded" in node.attributes:
                panel = _toggled_panel(node)
                if panel is not None:
                    toggled.add(panel.mem_id)
            if tag != "button" or not _is_disclosure_label(node):
                junk.append(node)
    return landmarks, segments, junk, frozenset(controlled), frozenset(toggled)


def _toggled_panel(button: LexborNode) -> LexborNode | None:
    """The element right after an accordion's toggle button (or after the heading that holds
    it as its only element): the panel the button opens when it names none by aria-controls."""
    node = button
    parent = button.parent
    if parent is not None and parent.tag in _TOGGLE_HOLDERS and _only_element(parent, button):
        node = parent
    following = node.next
    while following is not None and not following.is_element_node:
        following = following.next
    return following


def _only_element(parent: LexborNode, child: LexborNode) -> bool:
    # By node id: == compares two nodes' HTML, so a twin beside the child would pass for it.
    return all(node.mem_id == child.mem_id for node in parent.iter(include_text=False))


def _is_disclosure_label(button: LexborNode) -> bool:
    """A <button> that heads the panel it opens (rules.is_disclosure_label), alone or as
    the content of a heading element: kept out of the junk, the walk reads it as a heading."""
    parent = button.parent
    in_heading = parent is not None and parent.tag in rules.HEADING_TAGS
    return rules.is_disclosure_label(button.attributes, button.text(deep=True, separator=" "), in_heading)


def _is_streamed_segment(node: LexborNode) -> bool:
    """A div that _SEGMENTS_SELECTOR matches (asked only of those also swept for aria-controls)."""
    attrs = node.attributes
    return "hidden" in attrs and (attrs.get("id") or "").startswith("S:")


def _is_entry_form(form: LexborNode) -> bool:
    """A sign-up, contact or lead form set in the story: its field labels ("First name",
    "Company") and its hidden thanks ("Thank you! Your submission has been received!") are
    never article text. Its inputs go with the junk anyway, so it is read before they do."""
    if form.css_first("textarea") is not None:
        return False  # a reply box: the comment form, which tells selection where comments start
    typed = sum(1 for field in form.css("input")
                if rules.TYPED_INPUT.match((field.attributes.get("type") or "").strip()))
    return typed >= rules.ENTRY_FORM_FIELDS and len(form.text(deep=True)) < rules.ENTRY_FORM_MAX_CHARS


def place_segments_and_remove_junk(tree: LexborHTMLParser, segments: list[LexborNode],
                                   junk: list[LexborNode], count: bool = False,
                                   ) -> tuple[dict[str, int], list[LexborNode]]:
    """Put streamed segments in place (before the <template> placeholders go with the junk),
    then delete the junk; with ``count``, say how many of each tag went. Also the panels of
    search filters, found by their boxes to tick before those go with the junk."""
    if segments:
        place_streamed_segments(tree, segments)
        # placing copied and freed nodes: find the junk afresh
        junk = [node for node in (tree.body or tree).css(_JUNK_SELECTOR)
                if node.tag != "button" or not _is_disclosure_label(node)]
    facets = facet_panels(junk)
    return remove_junk(junk, count), facets


def facet_panels(junk: list[LexborNode]) -> list[LexborNode]:
    """The panels of search filters among the page's boxes to tick: for each checkbox or radio
    button, the outermost box around it holding at least rules.FACET_CHOICES of them and less
    than rules.FACET_CHARS_PER_CHOICE of text per box ("Color: Black (12) White (8) ...").
    A landmark (<main>, an <article>) or a box holding a paragraph of prose is a page about
    the things ticked, not a panel of filters. Only panels outside the junk and outside each
    other are returned, so each can be deleted after the junk."""
    choices = [node for node in junk if node.tag == "input"
               and rules.CHOICE_INPUT.match((node.attributes.get("type") or "").strip())]
    if len(choices) < rules.FACET_CHOICES:
        return []
    held: dict[int, int] = {}  # element -> how many boxes to tick it holds
    for choice in choices:
        node = choice.parent
        while node is not None and node.tag not in ("body", "html"):
            held[node.mem_id] = held.get(node.mem_id, 0) + 1
            node = node.parent
    sizes: dict[int, int] = {}  # element -> the length of its text, worked out once
    panels: dict[int, LexborNode] = {}
    for choice in choices:
        panel = None
        node = choice.parent
        while node is not None and node.tag not in ("body", "html"):
            count = held[node.mem_id]
            if count >= rules.FACET_CHOICES:
                if node.mem_id not in sizes:
                    sizes[node.mem_id] = len(" ".join(node.text(deep=True, separator=" ").split()))
                if sizes[node.mem_id] >= count * rules.FACET_CHARS_PER_CHOICE:
                    break
                panel = node
            node = node.parent
        if panel is not None and panel.mem_id not in panels and _is_facet_panel(panel):
            panels[panel.mem_id] = panel
    junk_ids = {node.mem_id for node in junk}
    kept = []
    for panel in panels.values():
        if panel.mem_id in junk_ids:  # a <dialog> of filters: deleted with the junk already
            continue
        node = panel.parent
        while node is not None and node.mem_id not in junk_ids and node.mem_id not in panels:
            node = node.parent
        if node is None:
            kept.append(panel)
    return kept


def remove_junk(found: list[LexborNode], count: bool = False) -> dict[str, int]:
    """Delete scripts, styles, media and form controls (``found`` by one CSS pass, in document
    order) with their content; with ``count``, say how many of each tag went.

    Walking the matches backwards deletes every element before any element that contains it:
    no node is touched after its ancestor was freed."""
    counts: dict[str, int] = {}
    for node in reversed(found):
        if count:
            counts[node.tag or ""] = counts.get(node.tag or "", 0) + 1
        node.decompose()
    return counts


def _is_facet_panel(panel: LexborNode) -> bool:
    if panel.tag in _LANDMARK_TAGS:
        return False
    return not any(len(paragraph.text(deep=True).strip()) >= rules.FACET_MAX_PARAGRAPH_CHARS
                   for paragraph in panel.css("p"))


_LANDMARK_TAGS = frozenset({"main", "article", "body", "html"})


def place_streamed_segments(tree: LexborHTMLParser, candidates: list[LexborNode]) -> None:
    """Do what React's streaming script would: put each late segment (<div hidden id="S:1">,
    sent at the end of the body) where its placeholder (<template id="B:1">) stands, in place
    of the "Loading…" fallback that follows the placeholder up to the closing <!--/$-->.

    Every node is looked up afresh right before it is used, so no handle outlives a
    deletion, however the page nests or repeats these ids. ``candidates`` are the matches
    of _SEGMENTS_SELECTOR, in document order."""
    names = [name for node in candidates
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


def _is_error_page(tree: LexborHTMLParser, landmarks: list[LexborNode]) -> bool:
    """``landmarks``: the <body> and <main> elements, whose class and id may say "error-404"."""
    title = _first_title(tree)
    names = " ".join(rules.names_of(node.attributes) for node in landmarks)
    return rules.is_error_page(title.text(strip=True) if title is not None else "", names)


def _first_title(tree: LexborHTMLParser) -> LexborNode | None:
    """The first <title> in document order. The <head> comes before the <body>, so when it
    holds a title that is the one; searching it first spares a pass over the whole tree."""
    head = tree.head
    title = head.css_first("title") if head is not None else None
    return title if title is not None else tree.css_first("title")


# A schema.org Product or forum post in JSON-LD (either one read in a single scan), or in
# microdata, or an OpenGraph product or forum type.
_DECLARED_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"(?:https?://schema\.org/)?'
                            r'(?:(Product|ProductGroup|IndividualProduct)|DiscussionForumPosting)"')
_PRODUCT_ITEM = "schema.org/Product"
_THREAD_ITEM = "schema.org/DiscussionForumPosting"

# The marks and the JSON-LD in one pass over the tree.
_DECLARATIONS = (f'[itemtype*="{_PRODUCT_ITEM}"], [itemtype*="{_THREAD_ITEM}"], meta[property="og:type"], '
                 'script[type="application/ld+json"]')


def declares(tree: LexborHTMLParser) -> tuple[bool, bool]:
    """Whether the page says it is the page of one product it sells (not a review or an
    article), and whether it says it is a post of a discussion forum (its thread, replies
    and all)."""
    product = thread = False
    scripts = []
    for node in tree.css(_DECLARATIONS):
        attrs = node.attributes
        itemtype = attrs.get("itemtype") or ""
        product = product or _PRODUCT_ITEM in itemtype
        thread = thread or _THREAD_ITEM in itemtype
        if node.tag == "meta":  # the og:type
            kind = attrs.get("content") or ""
            product = product or "product" in kind
            thread = thread or "forum" in kind
        elif node.tag == "script":
            scripts.append(node)
    for script in scripts:
        if product and thread:
            break
        for found in _DECLARED_TYPE.finditer(script.text()):
            if found.group(1):
                product = True
            else:
                thread = True
    return product, thread


def blocks_of(tree: LexborHTMLParser, options: Options,
              thresholds: Thresholds = DEFAULT) -> tuple[Block, ...]:
    """Every block of a document, unselected: for HTML that is already just the article."""
    if tree.body is None:
        return ()
    walker = Walker(options, thresholds, page_chars=1)
    walker.walk(tree.body)
    walker.flush()
    return tuple(item.block for item in walker.result.blocks)
