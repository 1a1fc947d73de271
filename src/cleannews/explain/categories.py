"""What kind of page part a decision was about: the categories of the explain view.

The native extractor decides with ``rules`` (a box is boilerplate because of its tag, its
ARIA role or a class/id word that ``rules.classify_token`` flags); it does not say *which*
kind of boilerplate. This module only names that kind for a reader, from the same tag, role
and words, so that a report can say "navigation" rather than "boilerplate". A name the
extractor flags but this vocabulary does not know is labelled "boilerplate": the labels never
decide anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleannews.extractors.native import rules

KEPT, DROPPED = "kept", "dropped"


@dataclass(frozen=True)
class Category:
    name: str
    decision: str
    label: str  # what the legend says
    color: str  # outline and swatch colour in the report


# In legend order: what was kept, then why the rest went (box kinds, then the selection's and
# the trimming's own reasons).
CATEGORIES: tuple[Category, ...] = (
    Category("body", KEPT, "kept as body", "#2e7d32"),
    Category("title", KEPT, "kept as the title", "#00695c"),
    Category("navigation", DROPPED, "navigation / menu", "#1565c0"),
    Category("header", DROPPED, "site header", "#5c6bc0"),
    Category("footer", DROPPED, "footer", "#37474f"),
    Category("sidebar", DROPPED, "sidebar (aside)", "#8e24aa"),
    Category("related", DROPPED, "related story / teaser", "#ef6c00"),
    Category("other-story", DROPPED, "another story", "#bf360c"),
    Category("comments", DROPPED, "comments", "#00838f"),
    Category("ad", DROPPED, "ad / sponsored", "#d50000"),
    Category("share", DROPPED, "share / social", "#d81b60"),
    Category("notice", DROPPED, "cookie / newsletter / sign-in box", "#6d4c41"),
    Category("meta", DROPPED, "byline / post-meta box", "#827717"),
    Category("chrome", DROPPED, "other landmark (ARIA role)", "#455a64"),
    Category("boilerplate", DROPPED, "other boilerplate name", "#795548"),
    Category("hidden", DROPPED, "hidden", "#9e9e9e"),
    Category("outside", DROPPED, "outside the chosen container", "#757575"),
    Category("widget-tail", DROPPED, "widget after the story", "#ad1457"),
    Category("widget-box", DROPPED, "a widget's title and the box it opens", "#e65100"),
    Category("repeated-copy", DROPPED, "second copy of the article", "#5d4037"),
    Category("chrome-line", DROPPED, "chrome line (date, byline, label)", "#f9a825"),
    Category("breadcrumb", DROPPED, "breadcrumb", "#0097a7"),
    Category("edge-debris", DROPPED, "edge debris", "#9e9d24"),
    Category("link-list", DROPPED, "link list", "#3949ab"),
    Category("dangling-heading", DROPPED, "dangling heading", "#a1887f"),
    Category("trimmed", DROPPED, "trimmed by another rule", "#ff8f00"),
    Category("junk", DROPPED, "junk (script, style, media, forms)", "#bdbdbd"),
)
BY_NAME = {category.name: category for category in CATEGORIES}

# The trimming steps of select.trim_steps, by the name the code gives them.
TRIM_CATEGORIES = {
    "widget after the story": "widget-tail",
    "widget box": "widget-box",
    "author box": "meta",
    "repeated copy": "repeated-copy",
    "chrome line": "chrome-line",
    "breadcrumb": "breadcrumb",
    "edge debris": "edge-debris",
    "link list": "link-list",
    "dangling heading": "dangling-heading",
}

_TAG_CATEGORIES = {"nav": "navigation", "menu": "navigation", "header": "header", "footer": "footer",
                   "aside": "sidebar"}
_ROLE_CATEGORIES = {"navigation": "navigation", "menu": "navigation", "menubar": "navigation",
                    "search": "navigation", "toolbar": "share", "banner": "header",
                    "contentinfo": "footer", "complementary": "sidebar", "dialog": "notice",
                    "alertdialog": "notice"}
# One word of a class/id token ("main-menu" -> "menu") -> the kind of box it names: the
# extractor's own vocabulary, by kind, and its whole-token widget names as sidebars.
_WORD_CATEGORIES = {
    **{word: kind for kind, words in rules.BOILERPLATE_WORDS_BY_KIND.items() if kind in BY_NAME
       for word in words},
    **dict.fromkeys(("widget", "widgets"), "sidebar"),
}
# Multi-word names ("most-read", "site-header") -> the kind of box they name.
_PHRASE_CATEGORIES = (
    (re.compile(r"most-?(?:read|viewed|popular|shared)|read-?more|you-?may|latest-?|more-?(?:stories|news|"
                r"articles|from)|also-?read|further-?reading|top-?stories"), "related"),
    (re.compile(r"next-?(?:post|article)|prev(?:ious)?-?(?:post|article)|post-?navigation|skip-?|"
                r"table-?of-?contents|gallery-?controls"), "navigation"),
    (re.compile(r"site-?header|page-?header"), "header"),
    (re.compile(r"social-?"), "share"),
    (re.compile(r"author-?info|about-?(?:the-?)?author"), "meta"),
    (re.compile(r"sign-?up|support-?|donat"), "notice"),
)
_SEGMENTS = re.compile(r"[_-]+")


def word_category(token: str) -> str | None:
    """The kind of box a boilerplate class/id token names, or None if the vocabulary lacks it."""
    for segment in _SEGMENTS.split(token):
        if segment in _WORD_CATEGORIES:
            return _WORD_CATEGORIES[segment]
    for pattern, category in _PHRASE_CATEGORIES:
        if pattern.search(token):
            return category
    return None


def box_category(tag: str, names: str, role: str = "") -> tuple[str, str]:
    """(category, why) for a box the extractor treats as chrome or as named boilerplate.

    A name says most ("aside.related" is a related box, "nav.social-links" a share bar), then
    the tag, then the ARIA role."""
    flagged = rules.boilerplate_tokens(names)
    for token in flagged:
        found = word_category(token)
        if found:
            return found, f"named '{token}'"
    # Named only as reviews, it is a box because the page sells a product (see Walker.name_flags).
    reviews = [token for token in names.split() if rules.classify_token(token) & rules.NAME_REVIEWS]
    if reviews:
        return "comments", f"customer reviews '{reviews[0]}' on a product page"
    if tag in _TAG_CATEGORIES:
        return _TAG_CATEGORIES[tag], f"a <{tag}> element"
    role = role.strip().lower()
    if role in rules.CHROME_ROLES:
        return _ROLE_CATEGORIES.get(role, "chrome"), f"role={role}"
    if flagged:
        return "boilerplate", f"named '{flagged[0]}'"
    return "chrome", "a landmark role or boilerplate name"


def hidden_how(names: str) -> str:
    """How an element the walk skipped as hidden was hidden, as far as its names tell."""
    hiding = [token for token in names.split() if token in rules.HIDDEN_TOKENS]
    if hiding:
        return f"class '{hiding[0]}'"
    return "the hidden attribute, aria-hidden or a display:none / visibility:hidden style"
