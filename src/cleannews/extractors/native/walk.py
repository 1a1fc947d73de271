"""One pass over the DOM: drop chrome, cut the page into blocks, record where each sits.

The walk converts and measures at once: each block leaves with the chain of
container ids above it, its length and its linked length, so that scoring and
selection never touch the DOM again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from selectolax.lexbor import LexborNode

from cleannews.blocks import Block, Code, Figure, Heading, Inline, ListBlock, Paragraph, Quote, Span, Table
from cleannews.extractors.native import rules
from cleannews.extractors.native.thresholds import Thresholds
from cleannews.options import Options

_WS = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
# A paragraph with no letter or digit (separators, U+FFFD from undecodable bytes) says nothing.
_WORD_CHAR = re.compile(r"\w")
_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_SPACES = re.compile(r"  +")
_TEXT = itemgetter(0)  # of a Span
# Span(text, href, style) without the named tuple's Python-level __new__: the walk makes one per text node.
_new_span = tuple.__new__
# The heading level of a disclosure panel's label (an accordion's question) read in place.
_LABEL_LEVEL = 6
_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style", "popover"})
# Containers that wrap whole pages often; checking their size before dropping them by name is worth it.
_WRAPPER_TAGS = frozenset({"div", "section", "main", "article", "td", "table", "form", "span", "center"})
# Inline elements that CMSs use to wrap whole article bodies.
_INLINE_WRAPPERS = frozenset({"span", "font"})
# Block tags that block_element reads in their own way; every other block is a container.
_READ_APART = frozenset({*rules.HEADING_TAGS, "ul", "ol", "table", "pre", "blockquote", "hr", "figcaption"})
# A hidden box holding this share of the text of the main landmark around it, and at least
# this much text (chars), is that landmark's content parked for a script to show.
_HIDDEN_MAIN_SHARE = 0.9
_HIDDEN_MAIN_MIN_CHARS = 500
# Tags of the containers whose names can say "this is the article's body".
_STORY_TAGS = frozenset({"div", "section", "main", "article"})


# What the walk makes of an element before reading it.
PLAIN, NAMED, CHROME, DROP = 0, 1, 2, 3


@dataclass(slots=True)
class Scored:
    """A block with what selection needs: its container chain and its (linked) length."""

    block: Block
    chain: tuple[int, ...]
    chars: int
    link_chars: int
    # Position in ``chain`` of the innermost box named as boilerplate (class/id, role or chrome
    # tag), and of the innermost chrome tag/role; -1 when there is none.
    named_at: int = -1
    chrome_at: int = -1
    # The block's plain text, joined once here because every rule reads it.
    text: str = ""
    # select.is_prose's verdict, worked out on first use: scoring, sizing and trimming all ask it.
    prose: bool | None = field(default=None, compare=False, repr=False)
    # Set by selection on the first line of a post's header box in a thread (the poster's name):
    # it stays as long as the post after it does.
    post_header: bool = field(default=False, compare=False, repr=False)
    # rules.is_marquee's verdict on ``text``, once known: the walk asks it of every paragraph
    # before emitting one, and selection asks again of every block it weighs or trims.
    marquee: bool | None = field(default=None, compare=False, repr=False)
    # Whether rules.CHROME_PHRASE matches ``text``, once asked: the widget-box and chrome-line
    # trim steps both ask it of the same short lines.
    chrome_phrase: bool | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class Dropped:
    """An element the walk skipped unread, recorded only when a report asks for it."""

    position: int  # how many blocks were emitted before it: where it stood among them
    tag: str
    names: str  # its class tokens and id
    reason: str  # "hidden", "chrome" (a small nav/aside/footer/role box), "named" (an inline box
    # named as boilerplate) or "nested" (a chrome or named box inside a heading or list item)
    text: str


@dataclass
class WalkResult:
    blocks: list[Scored] = field(default_factory=list)
    # ids of elements that directly hold a heading made of a link: candidate teasers.
    teaser_ids: set[int] = field(default_factory=set)
    # id -> tag, for rules that care which element a container is.
    tags: list[str] = field(default_factory=list)
    # id -> id of the container it sits in (-1 for the outermost): the chains as a tree.
    parents: list[int] = field(default_factory=list)
    # id -> signature of each chrome or named box (its tag and the boilerplate words of its class
    # and id, without digits): boxes that repeat with one signature (forum posts named "comment", a page
    # builder's panels named "widget" beside "panel-first-child") are judged together.
    box_kinds: dict[int, str] = field(default_factory=dict)
    # ids of boxes named as comments: they count as content only on a page that is all comments.
    comment_boxes: set[int] = field(default_factory=set)
    # The page says it is a discussion thread (rules.is_thread_url, a declared forum post):
    # its replies are posts of the thread, however they are named.
    thread: bool = False
    # The page says it is the page of one product it sells (a Product declared in JSON-LD,
    # microdata or og:type): its shipping, returns and warranty boxes are the shop's, not its.
    shop: bool = False
    # ids of boxes laid over the page as dialogs: boilerplate, whatever they hold.
    dialog_boxes: set[int] = field(default_factory=set)
    # ids of chrome boxes that frame the site (a footer, a menu: rules.is_site_frame): what sits
    # in them is boilerplate, whatever else it is named.
    frame_boxes: set[int] = field(default_factory=set)
    # ids of containers named as the article's body ("entry-content", "article-body").
    story_named: set[int] = field(default_factory=set)
    # ids of containers with role=main: the page's main landmark, as a <main> is.
    main_roles: set[int] = field(default_factory=set)
    # Elements skipped unread; None unless the Walker was asked to record them.
    dropped: list[Dropped] | None = None
    # id -> (class tokens and id, role) of each chrome or named box; recorded with ``dropped``.
    box_names: dict[int, tuple[str, str]] | None = None


class Walker:
    """Walks one body. Holds only per-call state; create one per document."""

    def __init__(self, options: Options, thresholds: Thresholds, page_chars: int,
                 record_drops: bool = False, reviews_are_comments: bool = False,
                 controlled: frozenset[str] = frozenset(), toggled: frozenset[int] = frozenset()) -> None:
        self.options = options
        # ids of the elements that disclosure buttons open and close (their aria-controls)
        self.controlled = controlled
        self.toggled = toggled
        # On a page selling one product, its customer reviews are that page's comments.
        self.reviews_are_comments = reviews_are_comments
        self.limits = thresholds
        self.page_chars = max(page_chars, 1)
        self.result = WalkResult(dropped=[] if record_drops else None, box_names={} if record_drops else None)
        self.stack: list[int] = []
        self.spans: list[Span] = []
        self.href: str | None = None
        self.style: str | None = None
        self.space = Span(" ")  # Span(" ", self.href, self.style), kept in step with them
        self.flat = 0  # >0 while collecting a heading/list item/quote as one inline run
        self.quote = 0  # >0 inside a blockquote whose paragraphs become Quote blocks
        self.named: list[int] = []  # stack positions of open named (and chrome) boxes
        self.chrome: list[int] = []  # stack positions of open chrome boxes
        self.disclosure = 0  # >0 inside an accordion or tab box, whose panels are content
        self.opens_disclosure = False  # set by kind_of for the element it just judged
        self.drop_reason = ""  # set by kind_of when it returns DROP
        self.main_chars: dict[int, int] = {}  # mem_id of a main landmark -> its text's length

    # -- decisions -------------------------------------------------------------------------------

    def kind_of(self, node: LexborNode, tag: str, attrs: dict[str, str | None] | None = None) -> int:
        """DROP for hidden elements, CHROME / NAMED for boxes to judge in context, else PLAIN.

        Chrome and named boxes are not dropped here: a box named "sidebar" inside the
        chosen container is boilerplate, but a container chosen inside a wrapper named
        "with-sidebar-layout" is the article. Selection decides, knowing where each sits.
        """
        if attrs is None:
            attrs = node.attributes
        self.opens_disclosure = False
        if not attrs:
            return self.chrome_kind(node, tag) if tag in rules.CHROME_TAGS else PLAIN
        if tag in rules.CHROME_TAGS or ("role" in attrs and rules.is_chrome_role(attrs)):
            return self.chrome_kind(node, tag)
        # Many elements carry attributes but neither class nor id (links, images): no names to read.
        flags = self.name_flags(attrs, tag) if "class" in attrs or "id" in attrs else 0
        if not flags and "role" not in attrs and _HIDING_ATTRIBUTES.isdisjoint(attrs):
            return PLAIN  # most elements: a class or id that says nothing, nothing that hides
        self.opens_disclosure = bool(flags & rules.NAME_DISCLOSURE)
        # Most elements carry only a class or an id; only these attributes can hide one.
        hideable = (flags & rules.NAME_HIDDEN or not _HIDING_ATTRIBUTES.isdisjoint(attrs)
                    or attrs.get("role") == "tooltip")
        if (hideable and rules.is_hidden(attrs, flags) and not self.is_closed_panel(node, attrs, flags)
                and not (tag == "a" and rules.is_hidden_from_readers_only(attrs, flags)
                         and len(node.text(deep=True).strip()) >= rules.SHOWN_LINK_MIN_CHARS)):
            # Streaming frameworks park the page in a hidden div that script reveals; a hidden
            # element holding much of the page is that, not a closed menu.
            if tag not in _WRAPPER_TAGS or self.is_closed_wrapper(node, attrs):
                self.drop_reason = "hidden"
                return DROP
        # Marked by the id container() gives it next; inside a heading or list item, read flat,
        # it gets none (the next container opened would take the mark).
        if tag in _STORY_TAGS and not self.flat:
            if flags & rules.NAME_CONTENT:
                self.result.story_named.add(len(self.result.tags))
            if "role" in attrs and rules.is_main_role(attrs):
                self.result.main_roles.add(len(self.result.tags))
        if not flags & rules.NAME_BOILERPLATE or flags & rules.NAME_CONTENT or tag in ("body", "html"):
            return PLAIN
        if self.options.include_comments and flags & rules.NAME_COMMENTS:
            return PLAIN
        if tag in rules.BLOCK_TAGS:
            return NAMED
        # An inline box (a share link, an ad label) goes, unless it is a span wrapping the page,
        # or wrapping paragraphs: then it is a box like any <div> (CMSs wrap whole article
        # bodies in a named <span>), judged in context. A custom element (a web component,
        # its tag hyphenated) is a wrapper of unknown display, read as a span is.
        if tag in _INLINE_WRAPPERS or "-" in tag:
            if self.share(node) >= self.limits.protect_text_share:
                return PLAIN
            if node.css_first(_BLOCK_CHILDREN) is not None:
                return NAMED
        self.drop_reason = "named"
        return DROP

    def is_closed_panel(self, node: LexborNode, attrs: dict[str, str | None], flags: int) -> bool:
        """A hidden element that a reader opens in place: the body of a <details>, or the panel
        a disclosure button names (aria-controls), unless its own name calls it boilerplate
        (a menu, a modal)."""
        if flags & rules.NAME_BOILERPLATE:
            return False
        parent = node.parent
        if parent is not None and parent.tag == "details":
            return True
        ident = attrs.get("id")
        return bool(ident) and ident in self.controlled or node.mem_id in self.toggled

    def chrome_kind(self, node: LexborNode, tag: str) -> int:
        """A chrome tag or role: a box to judge in context, or too small to read at all."""
        if self.disclosure and tag not in rules.SITE_CHROME_TAGS:
            return PLAIN  # the panel of an accordion or tab (an <aside role=dialog> sheet)
        if tag == "header" and not node.attributes and self.in_article():
            return PLAIN  # the heading block of an <article> (a card's title), not the site's banner
        if tag == "header" and self.in_section() and _opens_with_headline_and_lead(node):
            return PLAIN  # a section's own header (a landing page's feature block), not the site's banner
        # Chrome too small to be a misnamed wrapper is not worth reading at all.
        if self.share(node) >= self.limits.wrapper_text_share:
            return CHROME
        self.drop_reason = "chrome"
        return DROP

    def in_article(self) -> bool:
        """Whether the element being judged sits in an <article>."""
        tags = self.result.tags
        return any(tags[element] == "article" for element in self.stack)

    def in_section(self) -> bool:
        """Whether the element being judged sits in a <section> and in no <article> (whose
        headers in_article() judges)."""
        tags = self.result.tags
        return any(tags[element] == "section" for element in self.stack) and not self.in_article()

    def is_closed_wrapper(self, node: LexborNode, attrs: dict[str, str | None]) -> bool:
        """A hidden wrapper that stays hidden: it holds little of the page's text and does not
        hide its main landmark's content (hides_main). Its text is measured once for both."""
        chars = len(node.text(deep=True))
        if chars / self.page_chars >= self.limits.protect_hidden_share:
            return False  # a streaming framework's page parked for a script to reveal
        return not self.hides_main(chars, node, attrs)

    def hides_main(self, chars: int, node: LexborNode, attrs: dict[str, str | None]) -> bool:
        """A hidden box (of ``chars`` characters of text) holding nearly all the text of the
        <main> (or role=main) landmark it sits in: the page's content waiting for a script to
        reveal it (a store's lock or age gate, a page transition), not a closed menu or dialog."""
        if rules.is_dialog(attrs):
            return False
        if chars < _HIDDEN_MAIN_MIN_CHARS:
            return False
        parent = node.parent
        while parent is not None and parent.tag not in ("main", "body"):
            if rules.is_main_role(parent.attributes):
                break
            parent = parent.parent
        if parent is None or parent.tag == "body":
            return False
        # Measured once per landmark: a page may hide thousands of boxes in one <main>.
        main_chars = self.main_chars.get(parent.mem_id)
        if main_chars is None:
            main_chars = self.main_chars[parent.mem_id] = len(parent.text(deep=True))
        return chars >= main_chars * _HIDDEN_MAIN_SHARE

    def share(self, node: LexborNode) -> float:
        """The share of the page's text inside ``node``."""
        return len(node.text(deep=True)) / self.page_chars

    def record_drop(self, node: LexborNode, tag: str, reason: str) -> None:
        text = _WS.sub(" ", node.text(deep=True, separator=" ")).strip()
        if self.result.dropped is not None and text:
            self.result.dropped.append(
                Dropped(len(self.result.blocks), tag, rules.names_of(node.attributes), reason, text))

    # -- emitting --------------------------------------------------------------------------------

    def emit(self, block: Block, spans: Inline | None = None, text: str | None = None,
             marquee: bool | None = None) -> None:
        """Record a block. ``text`` is its plain text when the caller has it already, ``marquee``
        rules.is_marquee's verdict on it when the caller asked already."""
        if spans is not None:
            # With spans, ``text`` (when given) is their texts joined, as flush() passes them.
            chars = len(text if text is not None else "".join(map(_TEXT, spans)))
            link_chars = 0
            for span in spans:
                if span[1]:
                    link_chars += len(span[0])
        else:
            chars, link_chars = len(text or ""), 0
        named_at = self.named[-1] if self.named else -1
        chrome_at = self.chrome[-1] if self.chrome else -1
        self.result.blocks.append(Scored(block, tuple(self.stack), chars, link_chars, named_at, chrome_at,
                                         block.text if text is None else text, marquee=marquee))

    def take_spans(self) -> Inline:
        """The pending inline run, whitespace-normalised; empties the buffer."""
        spans = self.spans  # emptied in place at the end: walk() holds this list
        if len(spans) == 1:  # a run of one text node: most paragraphs, list items and links
            text, href, style = spans[0]
            spans.clear()
            text = _normalise(text).strip()
            return (_new_span(Span, (text, href, style)),) if text else ()
        # Runs of one href and style, each joined once (joining as we go is quadratic in a
        # paragraph of 100,000 <br>-separated lines). A plain loop: groupby and a comprehension
        # per run cost more than the work on these few spans.
        if not spans:
            return ()
        merged: list[Span] = []
        text, href, style = spans[0]
        parts: list[str] | None = None  # the texts of the current run, once it has two
        for index in range(1, len(spans)):
            span = spans[index]
            if span[1] == href and span[2] == style:
                if parts is None:
                    parts = [text]
                parts.append(span[0])
                continue
            if parts is not None:
                text = "".join(parts)
                parts = None
            if "  " in text or "\n" in text:
                text = _normalise(text)
            merged.append(_new_span(Span, (text, href, style)))
            text, href, style = span
        if parts is not None:
            text = "".join(parts)
        if "  " in text or "\n" in text:
            text = _normalise(text)
        merged.append(_new_span(Span, (text, href, style)))
        spans.clear()
        # Every span's text is non-empty, and so is every run normalised: only stripping the
        # ends can leave an empty span.
        text, href, style = merged[0]
        merged[0] = _new_span(Span, (text.lstrip(), href, style))
        text, href, style = merged[-1]
        merged[-1] = _new_span(Span, (text.rstrip(), href, style))
        if not merged[0][0] or not merged[-1][0]:
            return tuple([span for span in merged if span[0]])
        return tuple(merged)

    def flush(self) -> None:
        if self.flat or not self.spans:
            return
        spans = self.take_spans()
        text = spans[0][0] if len(spans) == 1 else "".join(map(_TEXT, spans))
        if _WORD_CHAR.search(text) and not rules.is_marquee(text):
            if self.stack and _opens_with_headline_link(spans):
                self.result.teaser_ids.add(self.stack[-1])
            self.emit(Quote(spans) if self.quote else Paragraph(spans), spans, text, marquee=False)

    def add_text(self, text: str) -> None:
        if text.isspace():
            if self.spans:
                self.spans.append(self.space)
            return
        core = " ".join(text.split())
        if text[0].isspace():
            core = " " + core
        if text[-1].isspace():
            core += " "
        self.spans.append(_new_span(Span, (core, self.href, self.style)))

    # -- walking ---------------------------------------------------------------------------------

    def walk(self, node: LexborNode, depth: int = 0) -> None:
        if depth > self.limits.max_depth:
            self.add_text(node.text(deep=True, separator=" "))
            return
        depth += 1
        spans = self.spans  # one list for the whole walk (take_spans empties it in place)
        # Text nodes of ASCII whitespace (a third of all nodes: the page's indentation) are
        # skipped in C. Each stands for one space, which matters only inside a run of text:
        # then the node before the next child, or the last one, says whether one was skipped
        # (several in a row are one space too: take_spans() merges a run's spaces).
        for child in node.iter(include_text=True, skip_empty=True):
            if spans:
                before = child.prev
                if before is not None and before.is_empty_text_node:
                    spans.append(self.space)
            tag = child.tag
            if tag == "-text":  # add_text, inline: most nodes are text
                text = child.text_content
                if not text:
                    continue
                if text.isspace():
                    if spans:
                        spans.append(self.space)
                    continue
                core = " ".join(text.split())
                if text[0].isspace():
                    core = " " + core
                if text[-1].isspace():
                    core += " "
                spans.append(_new_span(Span, (core, self.href, self.style)))
            elif tag and tag[0] != "-":
                self.element(child, tag, depth)
        if spans:
            last = node.last_child
            if last is not None and last.is_empty_text_node:
                spans.append(self.space)

    def element(self, node: LexborNode, tag: str, depth: int) -> None:
        """Judge an element, then read it if kept, by kind: a box, inline content, or a block.
        (One method rather than a judge and a reader: it runs for every element.)"""
        if tag == "noscript" and _is_script_notice(node):
            return
        attrs = node.attributes
        kind = PLAIN  # what kind_of says of an element without attributes
        opens_disclosure = False
        if attrs or tag in rules.CHROME_TAGS:
            kind = self.kind_of(node, tag, attrs)
            if kind == DROP or (kind and self.flat):
                if self.result.dropped is not None:
                    self.record_drop(node, tag, self.drop_reason if kind == DROP else "nested")
                return
            opens_disclosure = self.opens_disclosure
            self.disclosure += opens_disclosure
        if kind:
            self.boxed(node, tag, depth, kind)
        elif tag == "button" and not self.flat:
            # The only buttons left are the labels of disclosure panels: each heads its panel
            # (at the lowest level, under any heading around it), or is part of the heading
            # that holds it.
            self.heading(node, _LABEL_LEVEL, depth)
        elif tag not in rules.BLOCK_TAGS:
            self.inline(node, tag, attrs, depth)
        elif self.flat:
            if self.spans:
                self.spans.append(self.space)
            self.walk(node, depth)
            if self.spans:
                self.spans.append(self.space)
        elif tag in _READ_APART:
            self.block_element(node, tag, depth)
        else:
            self.container(node, depth, tag)
        self.disclosure -= opens_disclosure

    def name_flags(self, attrs: dict[str, str | None], tag: str) -> int:
        """What an element's class and id say about it (rules.name_flags), on this page."""
        # A heading's id is its anchor, made from its words: only its class names it. The cached
        # halves of rules.name_flags are called here directly: this runs for every element.
        flags = rules.class_flags(attrs.get("class"))
        ident = attrs.get("id")
        if ident and tag not in rules.HEADING_TAGS:
            flags |= rules.id_flags(ident)
        if flags & rules.NAME_REVIEWS and self.reviews_are_comments:
            flags |= rules.NAME_BOILERPLATE | rules.NAME_COMMENTS
        return flags

    def boxed(self, node: LexborNode, tag: str, depth: int, kind: int) -> None:
        """A chrome or named box: its blocks carry its position so selection can judge them."""
        self.flush()
        marks = self.chrome if kind == CHROME else self.named
        self.open(node, tag)
        attrs = node.attributes
        flags = self.name_flags(attrs, tag)
        words = rules.boilerplate_words(attrs.get("class"), attrs.get("id"))
        if flags & rules.NAME_REVIEWS and self.reviews_are_comments:
            words = f"{words} reviews".lstrip()
        self.result.box_kinds[self.stack[-1]] = tag + ":" + _DIGITS.sub("", words)
        if self.result.box_names is not None:
            self.result.box_names[self.stack[-1]] = (rules.names_of(attrs), rules.role_of(attrs))
        if flags & rules.NAME_COMMENTS:
            self.result.comment_boxes.add(self.stack[-1])
        if rules.is_dialog(attrs):
            self.result.dialog_boxes.add(self.stack[-1])
        if kind == CHROME and rules.is_site_frame(tag, attrs):
            self.result.frame_boxes.add(self.stack[-1])
        marks.append(len(self.stack) - 1)
        if kind == CHROME:
            self.named.append(len(self.stack) - 1)
        self.block_element(node, tag, depth)
        self.flush()
        marks.pop()
        if kind == CHROME:
            self.named.pop()
        self.stack.pop()

    def open(self, node: LexborNode, tag: str | None = None) -> None:
        self.result.parents.append(self.stack[-1] if self.stack else -1)
        self.stack.append(len(self.result.tags))
        self.result.tags.append(tag if tag is not None else node.tag or "")

    def block_element(self, node: LexborNode, tag: str, depth: int) -> None:
        """A block: the tags of _READ_APART each their own way, any other as a container."""
        if tag in rules.HEADING_TAGS:
            self.heading(node, rules.HEADING_TAGS[tag], depth)
        elif tag in ("ul", "ol") and not _holds_blocks(node) and _holds_only_items(node):
            self.listing(node, tag == "ol", depth)
        elif tag == "table" and self.options.include_tables and _is_data_table(node):
            self.table(node)
        elif tag == "pre":
            self.flush()
            code = node.text(deep=True).strip("\n")
            if code.strip():
                self.emit(Code(code), text=code)
        elif tag == "blockquote":
            if _holds_blocks(node):
                self.quoted(node, depth)
            else:
                self.flat_block(node, depth, Quote)
        elif tag == "hr":
            self.flush()
        elif tag == "figcaption":
            self.caption(node, depth)
        else:
            self.container(node, depth, tag)

    def caption(self, node: LexborNode, depth: int) -> None:
        """A figure's caption is part of the figure: it goes under the figure's image, or makes a
        figure of its own when the image was left out. Text output, which leaves figures out,
        so leaves out the captions and the photo credits in them; selection weighs the caption's
        words as it weighs any block's."""
        spans = self.collect_flat(node, depth)
        if not spans:
            return
        blocks = self.result.blocks
        last = blocks[-1] if blocks else None
        if (last is not None and isinstance(last.block, Figure) and not last.block.caption
                and last.chain[:len(self.stack)] == tuple(self.stack)):
            blocks.pop()
            self.emit(Figure(last.block.src, last.block.alt, spans), spans)
        else:
            self.emit(Figure("", caption=spans), spans)

    def quoted(self, node: LexborNode, depth: int) -> None:
        """A quotation of several paragraphs: each paragraph comes out as a Quote."""
        self.quote += 1
        self.container(node, depth)
        self.quote -= 1

    def container(self, node: LexborNode, depth: int, tag: str | None = None) -> None:
        if self.spans:
            self.flush()
        stack = self.stack
        tags = self.result.tags
        self.result.parents.append(stack[-1] if stack else -1)
        stack.append(len(tags))
        tags.append(tag if tag is not None else node.tag or "")
        self.walk(node, depth)
        if self.spans:
            self.flush()
        stack.pop()

    def inline(self, node: LexborNode, tag: str, attrs: dict[str, str | None], depth: int) -> None:
        if tag == "br":
            if self.spans and self.spans[-1].text.endswith("\n") and not self.flat:
                self.flush()
            else:
                self.spans.append(_new_span(Span, ("\n", self.href, self.style)))
            return
        if tag == "img":
            self.image(attrs)
            return
        href, style, space = self.href, self.style, self.space
        if tag == "a":
            self.href = (attrs.get("href") or "").strip() or href or "#"
            self.space = _new_span(Span, (" ", self.href, style))
        elif style is None and tag in rules.INLINE_STYLES:
            self.style = rules.INLINE_STYLES[tag]
            self.space = _new_span(Span, (" ", href, self.style))
        self.walk(node, depth)
        self.href, self.style, self.space = href, style, space

    def image(self, attrs: dict[str, str | None]) -> None:
        if not self.options.include_images or self.flat:
            return
        src = (attrs.get("src") or attrs.get("data-src") or "").strip()
        if src and not src.startswith("data:"):
            self.flush()
            self.emit(Figure(src=src, alt=(attrs.get("alt") or "").strip()), text="")

    def collect_flat(self, node: LexborNode, depth: int) -> Inline:
        """All inline content of ``node`` as one run, nested blocks flattened into it."""
        self.flush()
        self.flat += 1
        self.walk(node, depth)
        self.flat -= 1
        return self.take_spans()

    def heading(self, node: LexborNode, level: int, depth: int) -> None:
        spans = self.collect_flat(node, depth)
        if not spans:
            return
        chars = sum(len(s.text) for s in spans)
        if self.stack and sum(len(s.text) for s in spans if links_away(s.href)) > chars / 2:
            self.result.teaser_ids.add(self.stack[-1])
        self.emit(Heading(level, spans), spans)

    def flat_block(self, node: LexborNode, depth: int, kind: type[Quote] | type[Paragraph]) -> None:
        spans = self.collect_flat(node, depth)
        if spans:
            self.emit(kind(spans), spans)

    def listing(self, node: LexborNode, ordered: bool, depth: int) -> None:
        self.flush()
        items: list[Inline] = []
        for child in node.iter():
            if child.tag != "li":
                continue
            kind = self.kind_of(child, "li")
            if kind:
                if self.result.dropped is not None:
                    self.record_drop(child, "li", self.drop_reason if kind == DROP else "named")
                continue
            spans = self.collect_flat(child, depth + 1)
            if spans:
                items.append(spans)
        if items:
            flat_spans = tuple(s for item in items for s in item)
            self.emit(ListBlock(tuple(items), ordered), flat_spans)

    def table(self, node: LexborNode) -> None:
        self.flush()
        rows: list[tuple[str, ...]] = []
        header = False
        for row in node.css("tr"):
            cells = [c for c in row.iter() if c.tag in ("td", "th")]
            if not rows and cells and all(c.tag == "th" for c in cells):
                header = True
            texts = tuple(_WS.sub(" ", c.text(deep=True, separator=" ")).strip() for c in cells)
            if any(texts):
                rows.append(texts)
        if rows:
            block = Table(tuple(rows), header)
            self.emit(block, text=block.text)


def _normalise(text: str) -> str:
    """A run's joined text with its whitespace settled. Each text node carries at most one space
    at either end (add_text), so a double space is two nodes' spaces meeting: one goes."""
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    return text


# (lexbor's css() matches the node itself too, so these name no tag of the node being asked about.)
def _opens_with_headline_link(spans: Inline) -> bool:
    """A run whose first line is one link of a few words, then more text: a story teaser
    ("<b><a>Headline</a></b><br>Summary...") written without a heading tag."""
    first = spans[0]
    if not first.href or first.href.startswith("#") or len(spans) < 2:
        return False
    rest = "".join(s.text for s in spans[1:])
    return rest.startswith("\n") and len(first.text.split()) >= 3 and len(rest.strip()) > 0


def links_away(href: str | None) -> bool:
    """A link to another page. A heading linked to an anchor ("viewtopic?p=12#p12", "#post-3")
    is a post's permalink: the box it heads is that post, not a teaser for a story elsewhere.
    A hash route ("#/news/3", "#!/news/3") is a page of a script-driven site."""
    if not href:
        return False
    _, hash_mark, fragment = href.partition("#")
    return not hash_mark or fragment.startswith(("/", "!"))


_BLOCK_CHILDREN = "p, div, h1, h2, h3, h4, h5, h6, table, pre, section, article"
_HEADINGS = "h1, h2, h3, h4, h5, h6"


def _opens_with_headline_and_lead(node: LexborNode) -> bool:
    """A <header> holding a heading and a paragraph: the headline and lead of the section it
    opens. A site banner inside a <section> (a government site's notice, a section's row of
    links under its title) has no such pair."""
    return node.css_first(_HEADINGS) is not None and node.css_first("p") is not None


# A <noscript> this short that names JavaScript asks the reader to turn scripts on.
_SCRIPT_NOTICE_CHARS = 400
_JAVASCRIPT = re.compile(r"javascript", re.IGNORECASE)


def _is_script_notice(node: LexborNode) -> bool:
    """A <noscript> that is no words of the page: markup written as text (escaped, "&lt;div
    ..."), a tracking pixel or a script-less banner; or a short notice naming JavaScript
    ("JavaScript is disabled. For a better experience, please enable JavaScript"), said to a
    reader without scripts about the page, not by it. (Forums that serve their posts for
    readers without scripts put real elements in it, which are read.)"""
    text = node.text(deep=True).strip()
    if text.startswith("<") and ">" in text:
        return True
    return len(text) < _SCRIPT_NOTICE_CHARS and _JAVASCRIPT.search(text) is not None


def _holds_blocks(node: LexborNode) -> bool:
    """A list or quote whose items hold paragraphs, headings or tables is a container, not a list."""
    return node.css_first("p, h2, h3, h4, table") is not None


def _holds_only_items(node: LexborNode) -> bool:
    """A list whose every child with text is an item or a nested list. Markup that sets a
    label and a line break straight in a list ("<ul><strong>Minimum:</strong><br><ul><li>...")
    is read as a container instead: only items would be read, and the label lost with the
    list after it."""
    for child in node.iter(include_text=True, skip_empty=True):
        tag = child.tag
        if tag in _LIST_CHILDREN or (tag and tag[0] == "-" and tag != "-text"):
            continue  # an item, a nested list, a line break, a comment
        if tag == "-text":
            if not child.is_empty_text_node and not (child.text_content or "").isspace():
                return False
        elif child.text(deep=True).strip():
            return False
    return True


_LIST_CHILDREN = frozenset({"li", "ul", "ol", "br"})


def _is_data_table(node: LexborNode) -> bool:
    """A table of data (cells of short text in rows), not a layout grid of page regions."""
    if len(node.css("table")) > 1:
        return False
    if node.css_first("p, div p, h1, h2, h3, ul, ol, blockquote") is not None:
        return False
    rows = node.css("tr")
    if len(rows) < 2:
        return False
    widths = [sum(1 for c in r.iter() if c.tag in ("td", "th")) for r in rows[:20]]
    return max(widths, default=0) >= 2
