"""authors: the people who wrote the article, as a tuple of names.

Precedence (the first source that yields at least one name wins):

0. the thread starter a forum's header labels beside the headline ("Thread starter" |
   "SamuelMIz"), before any declared source: the first author microdata gives on a forum is
   often a reply's;
1. JSON-LD article ``author`` (strings, Person objects, lists, ``@id`` references);
2. meta tags: ``author``, ``article:author``, Dublin Core ``creator``, Parse.ly, Sailthru,
   ``citation_author`` (``AUTHOR_META`` below, in order);
3. the value under a "Written by" Twitter card label (``twitter:label1``/``twitter:data1``);
4. microdata ``itemprop=author`` (the nested ``name`` of a Person);
5. the visible page: ``rel=author`` links and elements whose class or id names a byline or an
   author, outside the site chrome; "By X" beside the headline, or a user name alone after
   an element's "by" there, or a name above a writer's job title; a forum's "started by X";
6. on a page that declares itself an article, a byline or author box anywhere on the page
   (outside the chrome, reviews and forms), when all of them name the same people;
7. when nothing is declared, the user name in a forum thread's first post header;
8. when nothing else names anyone, the first declared author value whole, though it names a
   role, a desk or an outlet ("Staff Clinician", "BBC News").

Every value is cleaned the same way: a leading "By"/"Written by" is dropped, lists are split on
"and", "&", commas and semicolons, and URLs, e-mail addresses, handles, job titles and the site
name are dropped. Texts from the visible page must also look like a name (a few capitalised
words), since a class named "author" also marks bios, avatars and "more from" boxes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleannews.metadata import dom
from cleannews.metadata.sources import Sources, sells_product
from cleannews.metadata.text import clean, is_url, squash

AUTHOR_META = ("dc.creator", "dcterms.creator", "author", "article:author", "og:article:author",
               "parsely-author", "sailthru.author", "citation_author", "byl", "dc.contributor")

_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|published|reported|story|article|text|words|photos?)\s+)?"
    r"(?:by|from|von|par|por|di|door|av|af|przez|autor(?:in)?|author|auteur|autore|written by)\b\s*[:\-]?\s*",
    re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:author|authors|autor|auteur|byline|written by|posted by)\s*:\s*", re.IGNORECASE)
# Where a byline stops being names: a date, a separator, "for <outlet>", "on <date>", "updated".
_CUT = re.compile(
    r"\s[|•·—–]\s|\s-\s|\d|\s(?:on|at|for|in|updated|published|posted|last)\s|\s(?-i:on|at|for|in)$"
    r"|\s(?:updated|published|posted|follow|view|more|read|see|written|reviewed|edited|table of contents)\b"
    r"|\s(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\.?(?:\s|,|$)",
    re.IGNORECASE)
# A date a byline starts with, and the separator after it ("Dec 17, 2025 Julian K. Arni",
# "2025-12-17 · Jane Doe"): the names follow it.
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
          r"August|September|October|November|December)\.?")
_DATE = (rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH},?\s+\d{{4}}"
         r"|\d{4}-\d\d-\d\d)")
_LEADING_DATE = re.compile(rf"^{_DATE}\s*(?:[|•·,—–-]\s*)?(?=[^\W\d_])")
# Conjunctions need spaces around them and are case-sensitive, so "E. Jean Carroll" stays whole.
# Lower-case words inside names ("Marna van der Merwe", "Ana dos Santos").
_NAME_PARTICLES = r"(?:de|der|den|van|von|da|das|dos|di|du|del|della|la|le|ten|ter)\b"
# "By Jane Doe" / "Written by: Jane Doe and John Roe" in the text around the headline. "By" right
# after another word of the same element is a phrase's, in any case ("sold by Acme", "Sort By
# Price", "Shop By Brand", "SPONSORED BY"), unless that word introduces a byline ("Written By",
# "Story by"): see ``_window_bylines``.
_BYLINE_TEXT = re.compile(
    r"(?:^|[\s|•·])(?:(?P<intro>(?i:written|words|posted|reported|story|article|text|photos?))[ \t]+)?"
    r"(?P<by>By|by|BY|[Aa]uthor|[Cc]ontributors?:)\s*:?\s+"
    rf"(?P<name>(?:[A-Z][\w'’.-]*|{_NAME_PARTICLES}|and|&|,)"
    rf"(?:[ \t]+(?:[A-Z][\w'’.-]*|{_NAME_PARTICLES}|and|&)|,){{0,8}})")
# A joiner between names at the end or start of a text node: the byline goes on in the next one
# ("By <a>Jane Doe</a> and <a>John Roe</a>").
_JOINER_END = re.compile(r"(?:,|&|\band)\s*$")
_JOINER_START = re.compile(r"\s*(?:,|&|and\b)")
# "Discussion in 'Advice' started by pelex, May 26": a forum thread's starter, often a user name.
_STARTED_BY = re.compile(r"\b[Ss]tarted by:?\s+([^\s,;:]+(?:[ \t]+[A-Z][\w'’-]*){0,3})")
_BREAK = re.escape(dom.RUN_BREAK)
_BY_USER = re.compile(rf"{_BREAK}[ \t]*[Bb]y[ \t]*:?(?:[ \t]+|[ \t]*{_BREAK}[ \t]*)"
                      rf"(?P<user>[^\s{_BREAK}]{{2,30}})[ \t]*(?:{_BREAK}|$)")
# A writer's job title, in a text node of its own or after a bar: "Tech Writer", "Senior Editor".
_WRITER_TITLE = (rf"(?i:[^{_BREAK}|]{{0,30}}"
                 r"\b(?:writer|editor|reporter|correspondent|contributor|columnist|journalist)s?\b)")
_TITLED_WRITER = re.compile(rf"{_BREAK}[ \t]*(?P<name>[^{_BREAK}|]{{3,40}}?)[ \t]*(?:\||{_BREAK})[ \t]*"
                            rf"(?:{_WRITER_TITLE}[^{_BREAK}|]{{0,30}}(?:{_BREAK}|\||$)"
                            rf"|(?P<dated>(?i:last\s+)?(?i:updated|published)\b))")
# A dateline's date, a dot or bar, and a name, each in a text node of its own.
_DATELINE = re.compile(rf"{_BREAK}[ \t]*{_DATE}[ \t]*{_BREAK}[ \t]*[|•·][ \t]*{_BREAK}"
                       rf"(?P<name>[^{_BREAK}]{{3,60}})")
_STARTER_LABEL = r"(?i:thread|discussion|topic)\s+(?i:starter|author)\s*:?"
_STARTER_NAME = rf"[^{_BREAK}]{{0,20}}\w[^{_BREAK}]{{0,20}}"
_STARTER = re.compile(rf"{_BREAK}[ \t]*{_STARTER_LABEL}[ \t]*{_BREAK}(?P<after>{_STARTER_NAME}){_BREAK}"
                      rf"|{_BREAK}(?P<before>{_STARTER_NAME}){_BREAK}[ \t]*{_STARTER_LABEL}[ \t]*{_BREAK}")
_SPLIT = re.compile(r"\s*(?:,|;|&|\+|\s/\s)\s*|\s+(?:and|And|AND|und|et|y|e|en|og|och|i)\s+")
_ROLE = re.compile(
    r"\b(?:editor|editors|staff|reporter|correspondent|contributor|contributing|writer|columnist|"
    r"journalist|photographer|senior|director|manager|founder|ceo|cto|architect|coordinator|consultant|"
    r"specialist|analyst|strategist|officer|president|"
    r"team|admin|administrator|desk|newsroom|guest|press|news|agency|media|associated|reuters|afp|"
    r"health news|updated|published|share|comments?|follow|profile|view|posts?|articles?|all|"
    r"minutes?|read|min|bio|webmaster|undefined|null|author)\b",
    re.IGNORECASE)
_DEGREE = re.compile(r"(?:ph\.?d|m\.?d|m\.?a|m\.?sc|mba|rn|b\.?a|bsc|jr|sr|esq|ii|iii)\.?", re.IGNORECASE)
# Degrees and professional credentials written after a name ("Jane Doe, MD", "Ph.D.", "MS, RD").
_CREDENTIAL = re.compile(
    r"(?:ph\.?d|m\.?d|d\.?o|m\.?a|m\.?s|m\.?sc|mba|m\.?p\.?h|r\.?n|r\.?d|rdn|l\.?d|b\.?a|b\.?s|b\.?sc|"
    r"dvm|vmd|np|pa-c|lcsw|cpa|cfa|j\.?d|dds|dmd|pharm\.?d|psy\.?d|facs|facp|fand|faclm|cscs|ibclc|cdces)"
    r"\.?\*?", re.IGNORECASE)
_PARTICLES = frozenset({"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von",
                        "bin", "ibn", "al", "el", "dos", "das", "ten", "ter", "y", "st.", "mc", "o'"})
_MAX_NAMES = 10
# Between the parts of a byline shown on one line: a line break read as " | ", or a middle dot
# or bullet between the date, the names and the reading time.
_SEPARATOR = re.compile(r"\s[|·•]\s")
_TRAIL_SIGNS = ("»", "›", " > ")
_INVERTED = re.compile(r"([^,]+),\s*([^,]+)")
_DUBLIN_CORE_CREATORS = frozenset({"dc.creator", "dcterms.creator"})
# An initial: "F.", "J.-P.", "M"
_INITIAL = re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.)*|[^\W\d_]")
_WRITER_LABELS = frozenset({"written by", "author", "by"})
# A host name: "example.com", "news.example.co.uk"; user names with a dot ("hayley.p",
# "b.scherer") do not end in a short alphabetic label.
_DOMAIN = re.compile(r"\w\.[a-z]{2,4}$", re.IGNORECASE)
# A forum user name a page declares as the author: one word, letters first, digits allowed.
_USERNAME = re.compile(r"[^\W\d_][^\W\d]*\d*(?:[^\W\d]+\d*)?", re.ASCII)
# A byline that names a group rather than a person: "The Acme Team", "News Desk", "Our Editors",
# "Acme Staff". Kept only when the same byline names no person.
_COLLECTIVE = re.compile(
    r"(?:(?:the|our)\s+)?(?:[\w&'’.+-]+\s+){0,3}(?:team|staff|desk|editors|newsroom)"
    r"|team\s+[\w&'’.+-]+", re.IGNORECASE)
# A publication named beside its writers ("The Commercial Appeal"). Only "The": "La", "Le" or
# "Van" also start surnames.
_OUTLET = re.compile(r"(?:The|THE)\s+[A-Z]")
# A heading or line that only labels the name set in the element after it.
_LABEL_ONLY = re.compile(r"(?:authors?|written by|article by|words by|autor(?:in)?|auteur|autore)\s*:?",
                         re.IGNORECASE)
_LABEL_WORDS = ("author", "written by", "article by", "words by", "autor", "auteur")
# Elements with a text of their own holding "aut" or " by": every label word holds one of the two.
# Each :lexbor-contains() costs a look at every element's text, so two broad ones replace one per
# word, and the elements they find are then held to the label words (``_has_label_word``). The
# tag is tested once for both, the commonest tags first: 0.38 -> 0.25 ms a page against a
# selector per part, each with its own tag list. Author boxes set the label in a <small> as
# often as in a heading ("<small>WRITTEN BY</small><p>...").
_LABEL_TAGS = "div, span, p, strong, small, h2, h3, h4, h5, h6, dt"
_LABEL_QUERY = f':is({_LABEL_TAGS}):is(:lexbor-contains("aut" i), :lexbor-contains(" by" i))'
_LABEL_TAG_NAMES = frozenset(_LABEL_TAGS.replace(",", " ").split())
_LABEL_OR_POST_QUERY = f"{_LABEL_QUERY}, {dom.POST_AUTHOR_CANDIDATES}"
_MAX_LABELLED = 160
_LABELLED_LINE = re.compile(r"(?:written by|article by|words by|author:)\s*\S", re.IGNORECASE)
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun today yesterday".split())


def extract(sources: Sources, site_name: str | None) -> tuple[str, ...]:
    if sells_product(sources):
        return ()  # a shop's page: the names on it are its reviewers', its brand's, its sellers'
    site = squash(site_name or "")
    declared: tuple[str, ...] = ()
    for values in _declared_authors(sources):
        declared = _names(values, site, strict=False)
        if declared:
            break
    starter = _names(_thread_starters(sources.page), site, strict=False, first_only=True)
    if starter:
        return starter  # a forum thread's first post: microdata's first author is often a reply's
    owners = {site, squash(sources.jsonld.publisher)} - {""}
    if declared and not all(_is_handle(name) or squash(name) in owners for name in declared):
        return declared
    # Nothing declared, or only a user name or the site itself (or its publisher, as JSON-LD
    # names it): a person named in the visible byline is the better answer ("andrew.keaveney"
    # in the JSON-LD, "By Denise Everheart" shown).
    window = dom.headline_window(sources.page)
    marks = _PageMarks(sources.tree)
    shown = _names(dom.byline_texts(sources.tree, sources.page), site, strict=True, first_only=True) \
        or _names(_window_bylines(sources.page), site, strict=True, first_only=True) \
        or _window_user_name(sources.page, site) \
        or _titled_writer(sources.page, site) \
        or _dateline_writer(sources.page, site) \
        or _names(_labelled_texts(marks), site, strict=True, first_only=True) \
        or _names(_STARTED_BY.findall(window), site, strict=False, first_only=True) \
        or (_sole_byline(dom.page_byline_texts(sources.tree), site) if _declares_article(sources) else ()) \
        or (() if declared else _thread_opener(marks, site)) \
        or (() if declared else _declared_group(sources))
    site_only = all(squash(name) in owners for name in declared)
    if declared and not any((" " in name or site_only) and not _repeats(name, declared) for name in shown):
        return declared
    return shown


def _declared_authors(sources: Sources) -> Iterator[tuple[str, ...]]:
    """The author values the page declares (steps 1-4), source by source, each read only when
    those before it named nobody."""
    yield sources.jsonld.authors
    yield _meta_authors(sources)
    yield _labelled_writer(sources)
    yield sources.micro.authors


def _declared_group(sources: Sources) -> tuple[str, ...]:
    """The first author value the page declares, whole, when cleaning dropped it for naming a
    role, a desk or an outlet ("Staff Clinician", "SFist Contributor", "BBC News") and nothing
    else names anyone: the page's own answer beats none. Two to four words, each capitalised or
    a number; one word is a placeholder ("admin", "Webmaster"), an e-mail address no name."""
    declared = (sources.jsonld.authors, sources.head.all(*AUTHOR_META), _labelled_writer(sources),
                sources.micro.authors)
    values = next((values for values in declared if values), ())
    words = clean(values[0]).split() if values else []
    if 2 <= len(words) <= 4 and all(word[0].isupper() or word[0].isdigit() for word in words) \
            and not any("@" in word or "/" in word for word in words):
        return (" ".join(words),)
    return ()


def _window_bylines(page: dom.VisiblePage) -> list[str]:
    """The names after "By" / "Written by" in the text beside the headline, each ending where
    its element does unless a joiner ("and", "&", a comma) carries it on: "By Jane Doe" set
    above a paragraph starting "Do you know" gives "Jane Doe", not "Jane Doe Do"."""
    runs = page.window_runs
    return [_first_run(runs[match.start("name"):match.end("name")])
            for match in _BYLINE_TEXT.finditer(page.window)
            if match["intro"] or match["by"].lower() != "by" or not _after_a_word(runs, match.start("by"))]


def _window_user_name(page: dom.VisiblePage, site: str) -> tuple[str, ...]:
    """A user name after an element's opening "by" beside the headline, ending its element:
    "by | jsteinhardt | 18th Dec 2025", "by   ibby" (a community site's byline)."""
    match = _BY_USER.search(page.window_runs)
    names = _names((match["user"],), site, strict=False) if match else ()
    return names if len(names) == 1 and _is_handle(names[0]) else ()


def _titled_writer(page: dom.VisiblePage, site: str) -> tuple[str, ...]:
    """A full name set right above (or before a bar from) a writer's job title under the
    headline, as author cards show it: "Juliette Carreiro | Tech Writer", "Aaron Ricadela |
    Senior Writer | July 2, 2025"; or right above the "Last updated" / "Published" line, when
    it is two or three words (a teaser's title above its date is longer)."""
    runs = page.window_runs
    after = runs.find(" \n ")
    match = _TITLED_WRITER.search(runs, after) if after >= 0 else None
    if match is None:
        return ()
    names = _names((match["name"],), site, strict=True)
    words = len(names[0].split()) if len(names) == 1 else 0
    return names if words >= 2 and not (match["dated"] and words > 3) else ()


def _dateline_writer(page: dom.VisiblePage, site: str) -> tuple[str, ...]:
    """A full name set after the date and a dot or bar under the headline, each in an element
    of its own ("2025-12-17 | · | Trond Teigen"): the parts of a dateline."""
    runs = page.window_runs
    after = runs.find(" \n ")
    match = _DATELINE.search(runs, after) if after >= 0 else None
    names = _names((match["name"],), site, strict=True) if match else ()
    return names if len(names) == 1 and len(names[0].split()) >= 2 else ()


def _after_a_word(runs: str, position: int) -> bool:
    """A word of the same text node ends right before ``position``, one space away."""
    return position >= 2 and runs[position - 1] in " \t" and runs[position - 2].isalpha()


def _thread_starters(page: dom.VisiblePage) -> list[str]:
    """The user a forum thread's header labels as its starter, the label and the name each in
    an element of its own: "Thread starter | SamuelMIz", "JosephF | Discussion starter"."""
    runs = page.window_runs
    return [match["after"] or match["before"] for match in _STARTER.finditer(runs)]


def _thread_opener(marks: _PageMarks, site: str) -> tuple[str, ...]:
    """The author of a forum thread's first post, from its post header: one user name (a
    handle or a few capitalised words), as declared user names are read."""
    for text in dom.post_author_texts(marks.post_authors):
        names = _names((text,), site, strict=False)
        if len(names) == 1 and (_is_handle(names[0]) or _USERNAME.fullmatch(names[0])
                                or looks_like_name(names[0])):
            return names
        break
    return ()


def _first_run(text: str) -> str:
    pieces = text.split(dom.RUN_BREAK)
    kept = pieces[0]
    for piece in pieces[1:]:
        if not (_JOINER_END.search(kept) or _JOINER_START.match(piece)):
            break
        kept = f"{kept} {piece}"
    return kept


def _labelled_texts(marks: _PageMarks) -> list[str]:
    """The texts that follow a heading or line saying only "Author" or "Written by", outside the
    chrome: page builders set the label and the name in sibling elements
    (``<h3>Author</h3><p>Jane Doe</p>``), so neither reads as a byline alone. A line that
    starts with the label and goes on with the name ("Written by Jane Doe") counts as well."""
    texts = []
    for node in marks.labels:
        own = node.text(separator=" ", strip=True)
        if _LABELLED_LINE.match(own) and len(own) <= _MAX_LABELLED and not dom.in_chrome(node):
            texts.append(own)  # the label and the name in one line: "Written by Jane Doe"
            continue
        if not _LABEL_ONLY.fullmatch(own) or dom.in_chrome(node):
            continue
        following = node.next
        while following is not None and following.tag in ("-text", "-comment"):
            following = following.next
        if following is not None:
            texts.append(following.text(separator=" ", strip=True)[:_MAX_LABELLED])
    return texts


class _PageMarks:
    """The elements of the whole page that name an author away from the headline: labels
    (``labels``: the first 20 elements with a text of their own, a direct text child, holding a
    label word) and forum post headers (``post_authors``, see ``dom.post_author_marks``), in
    document order. Both are found in one walk of the page, when either is first asked for: a
    page without a byline by its headline that wants the labels nearly always wants the post
    headers next, and in the same query their selectors cost a tenth of a walk of their own."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._tree = tree

    @cached_property
    def _found(self) -> list[LexborNode]:
        return self._tree.css(_LABEL_OR_POST_QUERY)

    @cached_property
    def labels(self) -> list[LexborNode]:
        return dom.first_kept(self._found, _is_label)

    @cached_property
    def post_authors(self) -> list[LexborNode]:
        # The labels' entries hold no post-author mark: post_author_marks passes them over.
        return dom.post_author_marks(self._found)


def _is_label(node: LexborNode) -> bool:
    """What ``_LABEL_QUERY`` finds and ``_has_label_word`` accepts: a label word in a direct text
    child is also what its :lexbor-contains() tests find."""
    return node.tag in _LABEL_TAG_NAMES and _has_label_word(node)


def _has_label_word(node: LexborNode) -> bool:
    """A direct text child of ``node`` holds a label word (as :lexbor-contains reads it: each
    text node apart, case aside)."""
    child = node.child
    while child is not None:
        if child.tag == "-text":
            text = (child.text_content or "").lower()
            if any(word in text for word in _LABEL_WORDS):
                return True
        child = child.next
    return False


def _declares_article(sources: Sources) -> bool:
    """The page says it is an article (OpenGraph ``og:type``, or a JSON-LD article object): it
    has an author worth a search of the whole page. Other pages (products, listings, home
    pages) go without: a search costs time, and finds their reviewers and teasers' authors."""
    return sources.jsonld.is_article or sources.head.first("og:type").lower() == "article"


def _sole_byline(texts: Iterable[str], site: str) -> tuple[str, ...]:
    """The names of a byline away from the headline (an author box at the foot of the story, a
    page-builder widget in another column), trusted only when every byline on the page names
    the same people: listings, review widgets and testimonials show many bylines, each its own."""
    found: tuple[str, ...] = ()
    for text in texts:
        names = _names((text,), site, strict=True)
        if not names:
            continue
        if found and {squash(name) for name in names} != {squash(name) for name in found}:
            return ()
        found = found or names
    return found


def _meta_authors(sources: Sources) -> tuple[str, ...]:
    """The author meta tags' values: those of the first name in ``AUTHOR_META`` order that gives
    a person, with those of later names that share one of its people (a full list of
    ``citation_author`` beside an ``author`` naming the first of them). A later name naming
    others is a template's stale default, not a co-author. A ``citation_author`` names one
    person, often surname first ("Roy, Aniruddha"): turned around, not split at the comma."""
    chosen: list[str] = []
    people: set[str] = set()
    for name in AUTHOR_META:
        values = [_turned_around(value) if name == "citation_author"
                  else _surname_first(value) if name in _DUBLIN_CORE_CREATORS else value
                  for value in sources.head.all(name)]
        found = {squash(person) for value in values for person in split_byline(value)}
        if found and (not people or found & people):
            chosen.extend(values)
            people |= found
    return tuple(chosen)


def _surname_first(value: str) -> str:
    """A Dublin Core creator written as catalogues write it, surname first ("Kooman, F.",
    "Jong, Michiel de"), turned around; "Jane Doe, John Roe" (two full names) is left as is."""
    inverted = _INVERTED.fullmatch(value)
    if inverted is None:
        return value
    surname = [word for word in inverted[1].split() if word.lower() not in _PARTICLES]
    given = inverted[2].split()
    if len(surname) == 1 and 1 <= len(given) <= 3 and looks_like_name(inverted[1]) \
            and (all(_INITIAL.fullmatch(word) for word in given) or given[-1].lower() in _PARTICLES):
        return f"{inverted[2]} {inverted[1]}".strip()
    return value


def _turned_around(value: str) -> str:
    """ "Roy, Aniruddha" -> "Aniruddha Roy"."""
    inverted = _INVERTED.fullmatch(value)
    return f"{inverted[2]} {inverted[1]}" if inverted else value


def _labelled_writer(sources: Sources) -> tuple[str, ...]:
    """The value a page gives under a "Written by" Twitter card label (``twitter:label1`` /
    ``twitter:data1``, as WordPress SEO plugins write them)."""
    head = sources.head
    for number in "1234":
        if head.first(f"twitter:label{number}").lower().rstrip(":") in _WRITER_LABELS:
            value = head.first(f"twitter:data{number}")
            return (value,) if value else ()
    return ()


def _repeats(name: str, declared: tuple[str, ...]) -> bool:
    """The byline only repeats a declared name with a word more ("Rick Steves Travel")."""
    squashed = squash(name)
    return any(squash(other) in squashed for other in declared)


def _without_site(name: str, site: str) -> str:
    """A visible byline's name without the site's name run on after it ("Brian Truitt USA
    TODAY" -> "Brian Truitt")."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        if squash(" ".join(words[cut:])) == site:
            return " ".join(words[:cut])
    return name


def _without_outlets(names: list[str]) -> list[str]:
    """A list of writers without the publication named after them ("Jane Doe and John Roe, The
    Herald"): a part that starts with "The" is a title, not a person's name."""
    people = [name for name in names if not _OUTLET.match(name)]
    return people or names


def _is_handle(name: str) -> bool:
    """A user name rather than a display name: one word with digits, dots or underscores, or
    all lower case ("paulb203", "andrew.keaveney", "drat")."""
    return " " not in name and (name.islower() or any(ch.isdigit() or ch in "._" for ch in name))


def _names(values: Iterable[str], site: str, *, strict: bool, first_only: bool = False) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        found = split_byline(value, strict=strict)
        if site and strict:
            found = [_without_site(name, site) for name in found]
        if site and len(found) > 1:
            # The site listed beside its writers is the publisher; alone, it is the declared author.
            found = [name for name in found if squash(name) != site]
        if len(found) > 1:
            found = _without_outlets(found)
        for name in found:
            key = squash(name)
            if key and key not in seen:
                seen.add(key)
                out.append(name)
        if found and first_only:
            break
        if len(out) >= _MAX_NAMES:
            break
    return tuple(out[:_MAX_NAMES])


def split_byline(value: str, *, strict: bool = False) -> list[str]:
    """Names in one byline or author value ("By Jane Doe and John Roe" -> two names). A visible
    byline shown on several lines or in parts ("MC | Matt Check | Head Winemaker", "Dec. 19,
    2025 · Jane Doe") gives the names of its first part that has any."""
    if strict and _SEPARATOR.search(value):
        for line in _SEPARATOR.split(value):
            names = _split_one(line, strict=True)
            if names:
                return names
        return []
    return _split_one(value, strict=strict)


def _split_one(value: str, *, strict: bool) -> list[str]:
    text = clean(value)
    if not text or is_url(text):
        return []
    text = _LABEL.sub("", text)
    text = _PREFIX.sub("", text)
    if strict:
        text = _LEADING_DATE.sub("", text)
        cut = _CUT.search(text)
        if cut:
            text = text[:cut.start()]
    names: list[str] = []
    groups = []
    after_title = False
    for part in _SPLIT.split(text):
        if names and _CREDENTIAL.fullmatch(part.strip()):
            # "Jane Doe, MD": part of how she signs (a footnote's asterisk is not)
            names[-1] = f"{names[-1]}, {part.strip().rstrip('*')}"
            continue
        if strict and after_title and len(part.split()) == 1:
            continue  # a job title's section: "Jane Doe Writer, Hardware", "Editor, Politics"
        after_title = strict and _ROLE.search(part) is not None
        name = _clean_name(part, strict=strict)
        if name and (not strict or looks_like_name(name)):
            names.append(name)
        elif not name:
            group = part.strip(" .:-|()[]\"'")
            if _COLLECTIVE.fullmatch(group) and not any(ch.isdigit() for ch in group):
                groups.append(group)
    return names or groups[:1]


def _clean_name(part: str, *, strict: bool = False) -> str:
    name = _PREFIX.sub("", part.strip(" .:-|()[]\"'")).strip(" .:-|()[]\"'")
    name = _drop_initials_badge(name)
    if name.lower() in _CALENDAR_WORDS:
        return ""
    if not name or "@" in name or is_url(name) or "://" in name or _DOMAIN.search(name) and " " not in name:
        return ""  # e-mails, handles, domains
    if any(sign in name for sign in _TRAIL_SIGNS):
        return ""  # a breadcrumb trail ("Home » Services")
    if strict:
        name = _before_role(name)
    if _ROLE.search(name) or _DEGREE.fullmatch(name) or len(name) > 60:
        return ""
    if any(ch.isdigit() for ch in name) and (strict or not _USERNAME.fullmatch(name)):
        return ""  # "3 min read", "Updated 2024"; a declared forum user name ("paulb203") stays
    return name


def _before_role(name: str) -> str:
    """A shown name with the job title run on after it, without the title ("Jane Doe Senior
    Editor" -> "Jane Doe"): the words before the first one a role word starts in, when they are
    two or more."""
    role = _ROLE.search(name)
    if role is None or _COLLECTIVE.fullmatch(name):
        return name
    words = name[:role.start()].split("(")[0].split()
    if name[role.start() - 1:role.start()] not in ("", " "):
        words = words[:-1]  # the role word is part of a longer word ("Co-founder")
    return " ".join(words) if len(words) >= 2 else name


def _drop_initials_badge(name: str) -> str:
    """ "CM Craig McCarthy" -> "Craig McCarthy": an avatar's initials read before the name."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if 2 <= len(first) <= 3 and first.isupper() and len(words) >= 2 \
            and first == "".join(word[0] for word in words)[:len(first)].upper():
        return rest
    return name


def looks_like_name(name: str) -> bool:
    """A few capitalised words (particles like "de" or "van" aside), or a short name in a script
    without letter case."""
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    cased = [word for word in words if any(ch.isalpha() and (ch.isupper() or ch.islower()) for ch in word)]
    if not cased:
        return len(name) <= 12
    if len(words) == 1 and (len(name) < 3 or name.isupper() and len(name) <= 4):
        return False  # initials or a degree ("BSN"), not a name
    return all(word[0].isupper() or word.lower() in _PARTICLES for word in words if word[0].isalpha())
