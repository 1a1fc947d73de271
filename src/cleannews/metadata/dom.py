"""The visible page as a metadata source: headlines, bylines and dates shown to the reader.

Each helper runs a few C-level CSS queries and looks only at the nodes they return; nothing
here walks the whole tree in Python or changes it. Nodes in the site's chrome (header bar,
navigation, sidebars, footers, comments, related stories) are skipped: a date in the masthead
is the day's date, a name in a sidebar is another story's author."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleannews.metadata.text import YEAR, clean, is_origin, squash

# Landmarks that hold the article; a header or footer inside one of them is the article's own.
_ARTICLE_TAGS = frozenset({"article", "main"})
# Landmarks that are chrome unless they sit inside the article.
_PAGE_CHROME = frozenset({"header", "footer"})
# class/id words that mark chrome built from plain divs. Both patterns are matched against
# lower-cased names: with re.IGNORECASE they run four times slower, and in_chrome runs one per
# ancestor.
_CHROME_NAME = re.compile(
    r"masthead|site-?header|global-?header|top-?bar|navbar|nav-?bar|\bnav\b|menu|sidebar|"
    r"breadcrumb|related|recommend|comment|footer|promo|teaser|trending|popular|newsletter|cookie")
# class/id words that mark other stories' boxes: chrome even right under the headline.
_OTHER_STORIES = re.compile(
    r"related|recommend|comment|promo|teaser|trending|popular|\bnav\b|menu|breadcrumb")
_MAX_DEPTH = 40
_CODE = "style, script, template, noscript, svg"
_NOT_TEXT = frozenset({"html", "body", "meta", "link", "script", "style"})
# How much text around the headline may hold its dateline (characters).
_WINDOW_BEFORE = 150
_WINDOW_AFTER = 300
# How far after the headline a dateline is looked for when none is nearer: below a standfirst
# or a byline box. Measured on wcxb-dev: 450 finds 4 more right dates for 2 invented; 600 adds
# an invented one.
_DATELINE_AFTER = 450
# Between two text nodes in ``VisiblePage.window_runs``: the ASCII unit separator, which no
# page shows.
RUN_BREAK = "\x1f"
# Most characters read past the window's end to finish the text node it cuts.
_RUN_TAIL = 40

# Elements a page marks as the publication date: itemprop=datePublished, <time pubdate>, or a
# class holding one of these words.
_DATE_MARK_CLASSES = ("published", "pubdate", "post-date", "entry-date", "publish-date", "date-publish",
                      "publication")
_DATE_PUBLISHED_PROP = re.compile(r"(?:^|[ \t\n\f\r])datePublished(?:$|[ \t\n\f\r])")
# Each selector costs lexbor a test per element: two broad class selectors ("pub", "-date" hold
# every word above) find the candidates, ``_is_date_mark`` keeps the marks.
_DATE_MARKS = '[itemprop~="datePublished"], time[pubdate], [class*="pub"], [class*="-date"]'
_DATE_LOOSE = '[class*="date"], [class*="byline"], [class*="meta"]'
_SCOPE_LEVELS = 3
# <h2>/<h3> elements read for a declared title when the page has no <h1> headline.
_SUBHEADS = 30
# Words that introduce a date of change, or a product's release date, rather than the page's
# publication, read just before a date.
_CHANGED = re.compile(r"\b(?:updated|modified|reviewed|edited|revised|released|release date)\b[^\w]*"
                      r"(?:\w+[^\w]+){0,2}$", re.IGNORECASE)
# class/id words of a person's profile box (an author card under the story, a forum poster's
# column): its dates say when the person joined or was last seen, not when the page appeared.
# Not "has-profile": phpBB flags each post, date and all, as one that shows its poster's card.
_PROFILE_NAME = re.compile(r"(?<!has-)profile|(?<![a-z])bio(?![a-z])|biography|about-?(?:the-?)?author")
# Candidates for ``_is_profile`` in one query: every word of _PROFILE_NAME holds one of these.
_PROFILE_BOXES = '[class*="profile"], [id*="profile"], [class*="bio"], [id*="bio"], [class*="author"]'
_CONTEXT_BEFORE = 40
_MAX_CONTEXT = 400
_MAX_DATE_TEXT = 120

# Any case: generated class names capitalise their words ("styles__AuthorName-sc-1x2y").
_BYLINE_QUERY = ('[rel~="author"], [class*="byline" i], [class*="author" i], [id*="byline" i], '
                 '[id*="author" i], [class*="writer"], [data-testid*="byline"], [data-component*="byline"], '
                 'a[href*="/author/"], a[href*="/authors/"]')
_MAX_BYLINE_TEXT = 160
_AUTHORIZING = re.compile(r"authori[sz]", re.IGNORECASE)
_AUTHOR_NAME = re.compile(r"author(?!i[sz])|byline|writer", re.IGNORECASE)


def in_chrome(node: LexborNode, *, lenient: bool = False) -> bool:
    """True when ``node`` sits in the site's chrome rather than in the article.

    ``lenient`` keeps sidebars, asides and page headers: for a date right after the headline,
    which is the article's own even in a side column; only navigation and other stories'
    boxes (comments, related, teasers) still count as chrome then."""
    parent = node.parent
    in_page_chrome = False
    depth = 0
    pattern = _OTHER_STORIES if lenient else _CHROME_NAME
    while parent is not None and depth < _MAX_DEPTH:
        tag = parent.tag
        if tag in _ARTICLE_TAGS:
            return False
        if tag in ("body", "html"):
            break  # their class names describe the whole page ("has-sidebar", "menu-open")
        if tag == "nav":
            return True
        if (tag in _PAGE_CHROME or tag == "aside") and not lenient:
            in_page_chrome = True
        attrs = parent.attributes
        names = f'{attrs.get("class") or ""} {attrs.get("id") or ""}'.lower()
        if len(names) > 1 and pattern.search(names) and not _articleish(names):
            return True
        parent = parent.parent
        depth += 1
    return in_page_chrome


def _articleish(names: str) -> bool:
    # "article-header", "entry-footer", "post-meta" sit inside the story even when named like chrome.
    return any(word in names for word in ("article", "entry", "post-", "story", "content"))


@dataclass(frozen=True)
class VisiblePage:
    """What the reader sees first: the <h1> texts outside the chrome, in document order; the
    first of those nodes (the headline); the scope around it, where bylines and dates sit (None
    when the page has no headline, article or main element: the whole tree is searched then);
    and the <time> elements after the headline, then all of them, in document order."""

    headlines: tuple[str, ...] = ()
    # <h1> texts in the chrome: a menu's title or a logo, naming the site or the section.
    banners: tuple[str, ...] = ()
    headline: LexborNode | None = None
    scope: LexborNode | None = None
    times_after: tuple[LexborNode, ...] = ()
    times: tuple[LexborNode, ...] = ()

    @cached_property
    def window(self) -> str:
        """The text around the headline (see ``headline_window``); read once, when first asked."""
        return self.window_runs.replace(RUN_BREAK, " ")

    @cached_property
    def window_runs(self) -> str:
        """``window`` with RUN_BREAK, not a space, where one text node of the page ends and the
        next begins (the two have the same length): a name run on into the next element ("By
        Jane Doe" in one, "Do you know..." in the next) can be told from a name in one piece."""
        text, position, end = self._scope_runs
        if position < 0:
            return ""
        after = text[end:_run_end(text, end + _WINDOW_AFTER)]
        return f"{text[max(0, position - _WINDOW_BEFORE):position]} \n {after}"

    @cached_property
    def window_beyond(self) -> str:
        """The text that follows ``window`` up to ``_DATELINE_AFTER`` characters after the
        headline, where a dateline below a standfirst or a byline box sits, without the text of
        people's profile boxes (a person's card under a short chapter dates the person). Read
        only when ``window`` shows no date: the profile boxes cost a query of the scope."""
        text, position, end = self._scope_runs
        if position < 0 or self.scope is None:
            return ""
        start = _run_end(text, end + _WINDOW_AFTER)
        beyond = text[start:_run_end(text, end + _DATELINE_AFTER)]
        if not YEAR.search(beyond):
            return ""  # no date to find: spare the query
        for box in self.scope.css(_PROFILE_BOXES):
            if _is_profile(box):
                box_text = box.text(separator=RUN_BREAK, strip=True, skip_empty=True)
                if box_text:
                    beyond = beyond.replace(box_text, " ")
        return beyond.replace(RUN_BREAK, " ")

    @cached_property
    def _scope_runs(self) -> tuple[str, int, int]:
        """The scope's text (RUN_BREAK between text nodes), and where the headline starts and
        ends in it (-1, -1 when it is not found)."""
        if self.headline is None or self.scope is None:
            return "", -1, -1
        text = self.scope.text(separator=RUN_BREAK, strip=True, skip_empty=True)
        for code in self.scope.css(_CODE):
            # Inline styles and scripts are no text a reader sees (a stylesheet's image path
            # holds a date), and a diagram's labels are no line of it ("ORDER BY LIMIT").
            code_text = code.text(separator=RUN_BREAK, strip=True, skip_empty=True)
            if code_text:
                text = text.replace(code_text, " ", 1)
        headline = self.headline.text(separator=RUN_BREAK, strip=True, skip_empty=True)
        position = text.find(headline) if headline else -1
        if position < 0:
            return "", -1, -1
        return text, position, position + len(headline)


def _run_end(text: str, position: int) -> int:
    """``position``, moved on to the end of the text node it falls in when that is near: a
    window cut in the middle of a name ("By Daryl") reads the whole name."""
    end = text.find(RUN_BREAK, position, position + _RUN_TAIL)
    return end if end >= 0 else position


def read_page(visible: Sequence[LexborNode], landmarks: Sequence[LexborNode],
              titles: Sequence[str] = ()) -> VisiblePage:
    """``visible``: the page's <h1> and <time> elements in document order; ``landmarks``: its
    article and main elements; ``titles``: the titles the page declares (<title>, og:title).
    The headline is the longest <h1> a declared title contains, else the first <h1>: a logo or
    a section name in an earlier <h1> is no anchor for the byline and the dateline."""
    declared = [squash(title) for title in titles if title]
    headlines: list[str] = []
    banners: list[str] = []
    first: LexborNode | None = None
    confirmed: LexborNode | None = None
    best = 0
    times: list[LexborNode] = []
    times_after: list[LexborNode] = []
    for node in visible:
        if node.tag == "time":
            times.append(node)
            if first is not None:
                times_after.append(node)
            continue
        if len(headlines) >= 8:
            continue
        text = heading_text(node)
        if not text or len(text) >= 400:
            continue
        # Leniently: hero headers and page-builder widgets hold real headlines; a logo in an
        # <h1> is weeded out later, when no declared title confirms it.
        if in_chrome(node, lenient=True) or _is_logo(node):
            banners.append(text)
        else:
            headlines.append(text)
            first = first or node
            squashed = squash(text)
            if len(squashed) > best and any(squashed in title for title in declared):
                confirmed, best = node, len(squashed)
    if confirmed is not None:
        first = confirmed
    scope = _around(first) if first is not None else (landmarks[0] if landmarks else None)
    return VisiblePage(headlines=tuple(headlines), banners=tuple(banners), headline=first, scope=scope,
                       times_after=tuple(times_after[:5]), times=tuple(times[:30]))


def _is_logo(node: LexborNode) -> bool:
    """An <h1> that shows the site's logo: named so ("site-logo"), or all of it a link to the
    home page ("<h1><a href="/">Acme Times</a></h1>")."""
    attrs = node.attributes
    if "logo" in f'{attrs.get("class") or ""} {attrs.get("id") or ""}'.lower():
        return True
    link = node.css_first("a[href]")
    if link is None or not _is_home_link(link.attributes.get("href") or ""):
        return False
    return link.text(strip=True) == node.text(strip=True)


def _is_home_link(href: str) -> bool:
    """``href`` leads to a site's home page: "/", "./" or a bare origin ("https://acme.org/")."""
    href = href.strip()
    return href in ("/", "./") or is_origin(href)


def with_declared_heading(page: VisiblePage, near: LexborHTMLParser | LexborNode,
                          titles: Sequence[str]) -> VisiblePage:
    """``page`` (which has no <h1> headline) anchored on the first <h2> or <h3> that spells most
    of a declared title: old forum and blog software set the topic's title in an <h2> ("View
    topic - Lathe hums" above an <h2> "Lathe hums"), and its byline and date sit right by it."""
    declared = [squash(title) for title in titles if title]
    for node in near.css("h2, h3")[:_SUBHEADS]:
        text = heading_text(node)
        squashed = squash(text)
        if squashed and any(squashed in title and 2 * len(squashed) >= len(title) for title in declared) \
                and not in_chrome(node, lenient=True):
            return VisiblePage(headlines=(text,), banners=page.banners, headline=node, scope=_around(node),
                               times_after=page.times_after, times=page.times)
    return page


_BREAKS = "br, div, p, li, h2, h3, h4, h5, h6"
# class words of a label set before a heading's text: a thread prefix, a category badge.
# A whole class name, so "field--label-hidden" (a CMS's field wrapper) is none.
_LABEL_CLASS = re.compile(r"(?:^|\s)(?:label|badge|[\w-]*prefix[\w-]*)(?:\s|$)")
_HIDDEN = '[hidden], [aria-hidden="true"], script, style, template'
# Signs of the permalink anchor documentation generators append to headings (Sphinx's "¶",
# icon fonts' private-use glyphs), with the spaces before them.
_PERMALINK_SIGNS = " ¶§#🔗\uf0c1"


def heading_text(node: LexborNode) -> str:
    """A heading's text as shown: inline children (links, <em>, spans) are joined without a
    space, so "Metroid<span>,</span>" stays "Metroid,"; line breaks and blocks inside become one.
    Hidden children (tooltips, scripts) are left out, and so is a trailing permalink sign
    ("Logging HOWTO¶", "Install #")."""
    separator = " " if node.css_first(_BREAKS) is not None else ""
    text = node.text(separator=separator)
    for hidden in node.css(_HIDDEN):
        hidden_text = hidden.text(separator=separator)
        if hidden_text:
            text = text.replace(hidden_text, " ", 1)
    label = _leading_label(node)
    if label and text.lstrip().startswith(label):
        text = text.lstrip()[len(label):]
    return clean(text).rstrip(_PERMALINK_SIGNS)


def _leading_label(node: LexborNode) -> str:
    """The text of a label the heading starts with: a forum thread's prefix ("Question",
    "Tips"), a category badge, set in an element of its own before the headline."""
    child = node.child
    while child is not None and child.tag == "-text" and not (child.text_content or "").strip():
        child = child.next
    if child is None or child.tag not in ("span", "a", "em", "strong", "b", "small"):
        return ""
    classes = (child.attributes.get("class") or "").lower()
    if not _LABEL_CLASS.search(classes):
        return ""
    return child.text(separator=" ")


def _around(headline: LexborNode) -> LexborNode:
    """The headline's article or main ancestor, else its ancestor a few levels up: far enough to
    reach a byline block beside the headline's own wrapper, near enough to stay off the chrome."""
    node = headline
    for _ in range(_SCOPE_LEVELS):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
        if node.tag in _ARTICLE_TAGS:
            break
    return node


def date_candidates(tree: LexborHTMLParser, page: VisiblePage) -> Iterator[str]:
    """Publication date strings shown on the page, best first:

    1. elements near the headline marked as the publication date (itemprop, class names);
    2. the first <time> elements after the headline (a dateline sits right under it);
    3. any <time> outside the chrome;
    4. the text just around the headline ("March 3, 2024 · 5 min read");
    5. short texts of date-ish, byline or meta elements near the headline.
    """
    near = page.scope or tree
    for node in _date_marks(near):
        if _shows_publication(node):
            value = _date_value(node)
            if value:
                yield value
    for node in page.times_after:
        if _shows_publication(node, lenient=True):
            value = _date_value(node)
            if value:
                yield value
    for node in page.times:
        if _shows_publication(node):
            value = _date_value(node)
            if value:
                yield value
    yield from windows_for_dates(page)
    for node in near.css(_DATE_LOOSE)[:20]:
        if node.tag not in _NOT_TEXT and _shows_publication(node):
            value = _date_value(node)
            if value:
                yield value


def page_date_marks(tree: LexborHTMLParser) -> list[str]:
    """Values of the elements marked as the publication date anywhere outside the chrome, for a
    page whose dateline sits away from the headline (another column, a page-builder block)."""
    values = []
    for node in _date_marks(tree):
        if _shows_publication(node):
            value = _date_value(node)
            if value:
                values.append(value)
    return values


def _shows_publication(node: LexborNode, *, lenient: bool = False) -> bool:
    """A date element that may give the page's publication: not a date of change, not in the
    chrome (see ``in_chrome`` for ``lenient``), not in a person's profile box."""
    return not _is_modified_mark(node) and not in_chrome(node, lenient=lenient) and not _in_profile(node)


def _in_profile(node: LexborNode) -> bool:
    """True when ``node`` sits in a person's profile box ("profile-info", "author-bio")."""
    parent = node.parent
    depth = 0
    while parent is not None and depth < _MAX_DEPTH and parent.tag not in ("body", "html"):
        if _is_profile(parent):
            return True
        parent = parent.parent
        depth += 1
    return False


def _is_profile(node: LexborNode) -> bool:
    attrs = node.attributes
    names = f'{attrs.get("class") or ""} {attrs.get("id") or ""}'.lower()
    return len(names) > 1 and _PROFILE_NAME.search(names) is not None


def first_matches(near: LexborHTMLParser | LexborNode, query: str,
                  keep: Callable[[LexborNode], bool], limit: int = 20) -> list[LexborNode]:
    """The first ``limit`` elements in ``near`` that ``query`` finds and ``keep`` accepts, in
    document order. A broad selector list filtered in Python is cheaper than exact selectors;
    lexbor returns a node once per selector of the list it matches, so each is kept once."""
    return first_kept(near.css(query), keep, limit)


def first_kept(nodes: Iterable[LexborNode], keep: Callable[[LexborNode], bool],
               limit: int = 20) -> list[LexborNode]:
    """The first ``limit`` elements of ``nodes`` that ``keep`` accepts, each once, in order."""
    found: dict[int, LexborNode] = {}
    for node in nodes:
        if node.mem_id not in found and keep(node):
            found[node.mem_id] = node
            if len(found) == limit:
                break
    return list(found.values())


def _date_marks(near: LexborHTMLParser | LexborNode) -> list[LexborNode]:
    """The first 20 elements in ``near`` marked as the publication date, in document order."""
    return first_matches(near, _DATE_MARKS, _is_date_mark)


def _is_date_mark(node: LexborNode) -> bool:
    attrs = node.attributes
    classes = attrs.get("class") or ""
    return any(word in classes for word in _DATE_MARK_CLASSES) \
        or _DATE_PUBLISHED_PROP.search(attrs.get("itemprop") or "") is not None \
        or node.tag == "time" and "pubdate" in attrs


def headline_window(page: VisiblePage) -> str:
    """The text from a little before the headline to a little after it, where bylines sit."""
    return page.window


def windows_for_dates(page: VisiblePage) -> Iterator[str]:
    """The text around the headline where a dateline sits, then the text beyond it (see
    ``VisiblePage.window_beyond``): a dateline may sit further down than a byline."""
    if page.window:
        yield page.window
        if page.window_beyond:
            yield page.window_beyond


def _is_modified_mark(node: LexborNode) -> bool:
    """Marked as the date of a change rather than of publication: by its class or itemprop, or
    by the words just before it ("Updated", "Last modified on", "Date Last Reviewed:")."""
    attrs = node.attributes
    names = f'{attrs.get("class") or ""} {attrs.get("itemprop") or ""}'.lower()
    return "updated" in names or "modified" in names or "release" in names \
        or _CHANGED.search(_text_before(node)) is not None


def _text_before(node: LexborNode) -> str:
    """The few words the page shows right before ``node``, looked for in its parent, then in
    its grandparent when the parent holds nothing else."""
    own = node.text(separator=" ", strip=True)
    current = node
    for _ in range(2):
        parent = current.parent
        if parent is None or parent.tag in ("body", "html"):
            return ""
        text = parent.text(separator=" ", strip=True)
        if len(text) > _MAX_CONTEXT:
            return ""
        position = text.find(own) if own else -1
        if position > 0:
            return text[max(0, position - _CONTEXT_BEFORE):position]
        current = parent
    return ""


def _date_value(node: LexborNode) -> str:
    attrs = node.attributes
    for attr in ("datetime", "content", "data-datetime", "data-date", "title"):
        value = attrs.get(attr)
        if value and any(ch.isdigit() for ch in value):
            return value
    text = clean(node.text(separator=" "))
    return text if len(text) <= _MAX_DATE_TEXT else ""


def byline_texts(tree: LexborHTMLParser, page: VisiblePage) -> list[str]:
    """Short texts of elements marked as bylines or authors near the headline, outside the chrome."""
    return _byline_texts((page.scope or tree).css(_BYLINE_QUERY)[:40])


def page_byline_texts(tree: LexborHTMLParser) -> list[str]:
    """Short texts of elements marked as bylines or authors anywhere on the page outside the
    chrome, leaving out author boxes' bios and the names in reviews, testimonials and forms
    (a reviewer, a quoted customer, a "Name" field)."""
    nodes = [node for node in tree.css(_PAGE_BYLINE_QUERY)[:60]
             if not _NOT_A_BYLINE.search(_names_of(node)) and not _in_other_voice(node)]
    return _byline_texts(nodes)


# The byline marks most pages use, for the search of the whole page (each substring selector
# costs a walk's worth of time; the exact rel=author token, far less): a link marked as the
# author's sits in a dateline in another grid area than the headline's.
_PAGE_BYLINE_QUERY = '[class*="author"], [class*="byline"], [rel~="author"]'
# class/id words of an author box's parts that hold no name, and of widgets quoting other people.
_NOT_A_BYLINE = re.compile(r"bio\b|biography|description|about|avatar", re.IGNORECASE)
_OTHER_VOICE = re.compile(r"review|testimonial|rating|quote", re.IGNORECASE)


def _names_of(node: LexborNode) -> str:
    attrs = node.attributes
    return f'{attrs.get("class") or ""} {attrs.get("id") or ""}'


def _in_other_voice(node: LexborNode) -> bool:
    """In a review, testimonial or quote widget, or in a form."""
    current: LexborNode | None = node
    depth = 0
    while current is not None and depth < _MAX_DEPTH:
        if current.tag == "form" or _OTHER_VOICE.search(_names_of(current)):
            return True
        current = current.parent
        depth += 1
    return False


def _only_authorizing(node: LexborNode) -> bool:
    """Matched by "author" only as part of "authorized" or "authorization" ("authorized-dealer",
    "authorization-forms"): no byline."""
    attrs = node.attributes
    marks = f'{_names_of(node)} {attrs.get("href") or ""} {attrs.get("rel") or ""}'
    return _AUTHORIZING.search(marks) is not None and _AUTHOR_NAME.search(marks) is None


def _byline_texts(nodes: Sequence[LexborNode]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        if node.tag in ("html", "body", "meta", "link", "script", "style", "img", "input", "section"):
            continue
        if _only_authorizing(node):
            continue
        text = clean(node.text(separator=" "))
        if not text or len(text) > _MAX_BYLINE_TEXT or in_chrome(node):
            continue
        links = [_lines(link) if link.css_first(_BLOCKS) is not None else clean(link.text(separator=" "))
                 for link in node.css(_AUTHOR_LINKS)[:5]]
        links = [link for link in links if link and len(link) <= _MAX_LINK_NAME]
        if links:
            # The byline's links to author pages hold the names alone, without the job titles
            # and section names printed beside them.
            out.append(", ".join(dict.fromkeys(links)))
            continue
        out.append(_lines(node) if node.css_first(_BLOCKS) is not None else text)
    return out


_AUTHOR_LINKS = ('a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/people/"], '
                 'a[href*="/staff/"], a[href*="/contributors/"], a[href*="/profile/"]')
_MAX_LINK_NAME = 60


_BLOCKS = "p, div, br, li, h2, h3, h4, h5, h6, dt, dd"
_BLOCK_TAGS = frozenset(_BLOCKS.replace(",", " ").split())
_BARS = re.compile(r"(?:\s*\|\s*)+")


def _lines(node: LexborNode) -> str:
    """The text of ``node`` with " | " where a block starts or a line breaks, as a reader sees
    lines: "Meghan Neville | Content Marketing Coordinator", not one run-on name."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(f" {child.text_content or ''} ")
        elif child.tag in _BLOCK_TAGS and child is not node:
            parts.append(" | ")
    return _BARS.sub(" | ", clean("".join(parts))).strip(" |")


# Where forum engines print each post's author: phpBB's "postprofile", FluxBB's "postleft",
# Flarum's "PostUser", vBulletin's and XenForo's "username"; in any case.
_POST_AUTHOR_MARKS = ("username", "postprofile", "postuser", "postleft")
# Each substring selector costs lexbor a test of every element: "post", in three of the marks,
# finds their candidates with one (0.28 -> 0.16 ms a page), and the marks are read in Python.
POST_AUTHOR_CANDIDATES = '[class*="username" i], [class*="post" i]'
_POST_AUTHOR_NAME = "a, strong, b, h3, h4"
_MAX_USER_NAME = 40


def post_author_texts(marks: Sequence[LexborNode]) -> list[str]:
    """The user names printed in a forum thread's post headers (``marks``, as
    ``post_author_marks`` gives them), outside the chrome, in document order: the first is the
    thread starter's. Each is the header's first link or bold text (a badge such as "Topic
    Author" and the post count sit beside it), else its whole text.
    Empty unless there are two or more: one such element is a logged-in user's menu, not a thread.
    Only navigation and other stories' boxes are chrome here: the posts are the page's content,
    even in a layout named after the sidebar beside it."""
    nodes = [node for node in marks if not in_chrome(node, lenient=True)]
    if len(nodes) < 2:
        return []
    texts = []
    for node in nodes[:3]:
        shown = [clean(name.text(separator=" ")) for name in node.css(_POST_AUTHOR_NAME)[:3]]
        text = next((name for name in shown if name), "") or clean(node.text(separator=" "))
        if len(text) <= _MAX_USER_NAME:  # an avatar link shows no text: the next link names the user
            texts.append(text)
    return texts


def post_author_marks(candidates: Iterable[LexborNode]) -> list[LexborNode]:
    """The first 20 entries of what a list of one selector per post-author mark would find:
    the marked elements in document order, each once per mark its class holds (lexbor returns
    an element once per selector of the list it matches, and the callers read the list so).
    ``candidates``: what ``POST_AUTHOR_CANDIDATES`` finds in the tree, in document order, the
    same element's entries next to each other; other elements among them hold no mark and are
    passed over."""
    found: list[LexborNode] = []
    last = None
    for node in candidates:
        if node.mem_id == last:
            continue  # the same element again, for the other broad selector
        last = node.mem_id
        # lexbor's "i" folds ASCII letters only; lower() folds others too, but none into a
        # letter of the marks.
        classes = (node.attributes.get("class") or "").lower()
        found.extend([node] * sum(mark in classes for mark in _POST_AUTHOR_MARKS))
        if len(found) >= 20:
            break
    return found[:20]
