"""str -> lexbor DOM. The one place the parser is created, and where hostile input is bounded.

lexbor never rejects input, but two shapes make it (and everything after it) slow: sheer
size, and deep nesting, for which lexbor's tree builder is quadratic (100,000 nested
<div>s take minutes). ``bound()`` caps both in one linear pass before parsing; the limits
and what happens past them are in docs/limits.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

# Longest document read, in characters (~50 MB of ASCII HTML). Longer input is cut at the
# last tag boundary before it: the article is nearly always in the first few MB of a page.
MAX_INPUT_CHARS = 50_000_000
# Deepest element nesting kept. Real pages stay under ~200 (the native walker reads deeper
# subtrees as flat text from 180); past this, start tags are dropped (their text kept), which
# keeps lexbor's cost per tag bounded instead of growing with the depth.
MAX_DEPTH = 512
# Most attributes kept on one element (lexbor checks each new attribute against those before
# it, so thousands cost seconds). Real elements carry a few dozen at most; the rest are dropped.
MAX_ATTRIBUTES = 1000

_ATTRIBUTE = re.compile(r"""[\t\n\f\r /]*([^\t\n\f\r />][^\t\n\f\r /=>]*)"""
                        r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >]*))?""")
_TAG = re.compile(r"<(?:(!--)|(/?)([A-Za-z][^\t\n\f\r />]*)([^>]*)>)")
# Elements whose content is text up to their end tag: tags inside them build nothing.
_RAW_TEXT = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE)
             for name in ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes")}
# Elements that never nest: void elements, and those whose end tag is optional (a <p> or <li>
# closes the one before), so that unclosed ones do not count as depth.
_FLAT = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "frame", "basefont", "bgsound", "image",
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "rb", "rt", "rp", "rtc", "caption", "colgroup", "html", "head", "body",
})


# Below this many '<' the nesting depth (at most the number of tags) costs lexbor about two
# seconds in the very worst case, so the scan is skipped: 99% of the dev pages have fewer tags.
_FAST_TAGS = 16384
# A start tag long enough to hold MAX_ATTRIBUTES attributes of one character each.
_LONG_TAG_CHARS = 2 * MAX_ATTRIBUTES
# A long tag's first _LONG_TAG_CHARS + 1 characters hold no '<' or '>', so they cover a whole
# aligned block of this size holding neither: only such blocks are looked at closely.
_BLOCK_CHARS = _LONG_TAG_CHARS // 2


_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")


def _has_long_tag(html: str, max_attributes: int) -> bool:
    """Whether some start tag carries more than ``max_attributes`` attributes. Only a long tag
    can (most long ones are one big value: an SVG path, a srcset), so only those are counted."""
    return any(_may_hold(tag, max_attributes) and sum(1 for _ in _ATTRIBUTE.finditer(tag)) > max_attributes
               for tag in _long_tags(html))


def _long_tags(html: str) -> Iterator[str]:
    """Each piece of ``html`` from a '<' and a letter to the next '<' whose first '>' (if any)
    comes more than _LONG_TAG_CHARS characters in, cut at that '>': ``<[A-Za-z][^<>]{2000,}``
    (the text before the first '<' counts as a piece too, as if a '<' opened the page).

    Rather than reading every tag, this asks C (str.find) whether each aligned block of
    _BLOCK_CHARS holds a '<' or a '>': nearly every block of a page does, and a long tag
    covers at least one block that holds neither. Only the piece around such a block is read."""
    floor = _LONG_TAG_CHARS
    size = _BLOCK_CHARS
    find = html.find
    resume = 0  # the end of the piece read last: the blocks before it fall in that piece
    for block in range(0, len(html) - size + 1, size):
        end = block + size
        if block < resume or find("<", block, end) >= 0 or find(">", block, end) >= 0:
            continue
        start = html.rfind("<", 0, block) + 1  # 0: the text before the first '<'
        stop = find("<", end)
        resume = stop if stop >= 0 else len(html)
        # The piece is html[start:resume], read in place: most are long runs of text (an inline
        # script's data, an image as base64) whose copy would cost more than the test.
        first = html[start:start + 1]
        if resume - start > floor and first.isascii() and first.isalpha():
            cut = find(">", start, resume)
            if cut < 0 or cut - start > floor:
                yield "<" + html[start:resume if cut < 0 else cut]


def _may_hold(tag: str, max_attributes: int) -> bool:
    """A cheap upper bound first: outside quoted values, each attribute after the first
    starts after a space, a slash or a value ("=") of the one before."""
    bare = _QUOTED.sub("", tag)
    separators = sum(bare.count(char) for char in " \t\n\f\r/=")
    return separators + 1 > max_attributes


def parse(html: str) -> LexborHTMLParser:
    """Parse a decoded document. lexbor never rejects input; it repairs what it can."""
    return LexborHTMLParser(html)


def bound(html: str) -> str:
    """``html`` cut to ``MAX_INPUT_CHARS`` at a tag boundary, nesting past ``MAX_DEPTH`` flattened,
    attributes past ``MAX_ATTRIBUTES`` on one element dropped.

    A document of at most ``_FAST_TAGS`` tags is not scanned for depth: nesting is at most its
    tag count, which lexbor parses in about two seconds in the very worst case, while the scan
    would cost every ordinary page several milliseconds."""
    html = close_self_closed_iframes(clip(html, MAX_INPUT_CHARS))
    if html.count("<") <= _FAST_TAGS and not _has_long_tag(html, MAX_ATTRIBUTES):
        return html  # too few tags for a depth that costs lexbor much: skip the scan
    return flatten_deep(html, MAX_DEPTH, MAX_ATTRIBUTES)


def close_self_closed_iframes(html: str) -> str:
    """``html`` with an end tag after every self-closed ``<iframe .../>``, as JSX renders it
    (lower case): in HTML the "/" means nothing, so lexbor, parsing as a browser without
    scripts, would read everything after the frame as the frame's fallback text (a browser
    running scripts reads the <noscript> these usually sit in as text, and never opens it).

    One str.find pass (a regex over the page cost twice as much, on every page with a frame)."""
    start = html.find("<iframe")
    if start < 0:
        return html
    parts: list[str] = []
    done = 0  # the text before this is in ``parts``
    while start >= 0:
        end = html.find(">", start)
        if end < 0:
            break
        if html[end - 1] == "/" and html[start + 7] in _TAG_NAME_ENDS and html.find("<", start + 1, end) < 0:
            parts += (html[done:end + 1], "</iframe>")
            done = end + 1
        start = html.find("<iframe", end)
    if not parts:
        return html
    parts.append(html[done:])
    return "".join(parts)


# What may follow a tag's name: whitespace, "/" or ">".
_TAG_NAME_ENDS = frozenset("\t\n\f\r />")


def clip(html: str, max_chars: int = MAX_INPUT_CHARS) -> str:
    """The document cut before the last ``<`` within ``max_chars`` (or at ``max_chars`` if none)."""
    if len(html) <= max_chars:
        return html
    cut = html.rfind("<", 0, max_chars + 1)
    return html[:cut if cut > 0 else max_chars]


def flatten_deep(html: str, max_depth: int = MAX_DEPTH, max_attributes: int = MAX_ATTRIBUTES) -> str:
    """Drop start tags that would open an element deeper than ``max_depth``, and their end tags;
    keep only the first ``max_attributes`` attributes of a start tag.

    One linear pass that tracks open elements roughly as the tree builder does: end tags close
    back to the nearest open element of their name (a stray one closes nothing); comments and
    raw-text elements are skipped; void elements, self-closed ones in SVG and MathML, and those
    with optional end tags never count. A dropped tag becomes a space, so its text stays apart from its
    neighbours'. Returns ``html`` itself when nothing is that deep or that long.
    """
    if html.count("<") <= max_depth and not _has_long_tag(html, max_attributes):
        return html
    stack: list[str] = []
    open_count: dict[str, int] = {}
    dropped: dict[str, int] = {}
    cuts: list[tuple[int, int, str]] = []
    skip = 0  # inside a comment or raw text up to here
    # Every match ends at a '>' before this one, so none scans to the end and fails.
    for match in _TAG.finditer(html, 0, html.rfind(">") + 1):
        begin = match.start()
        if begin < skip:
            continue
        opener, slash, name, rest = match.groups()
        if opener:  # a comment: skip to its end; an unclosed one runs to the end
            end = html.find("-->", begin + 4)
            if end < 0:
                break
            skip = end + 3
            continue
        name = name.lower()
        if slash:  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                cuts.append((begin, match.end(), " "))
            elif open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        if len(rest) > max_attributes and rest.count("=") > max_attributes:
            found = _ATTRIBUTE.finditer(rest)
            kept = [m.group(0).strip() for m, _ in zip(found, range(max_attributes + 1), strict=False)]
            if len(kept) > max_attributes:
                cuts.append((begin, match.end(), f"<{match.group(3)} {' '.join(kept[:max_attributes])}>"))
        if name == "plaintext":
            break  # everything after it is text
        raw = _RAW_TEXT.get(name)
        if raw is not None:
            end_match = raw.search(html, match.end())
            if end_match is None:
                break
            skip = end_match.start()
            continue
        # "/>" closes an element only inside <svg> or <math>; an HTML <div/> stays open.
        if name in _FLAT or (rest.endswith("/") and (open_count.get("svg") or open_count.get("math"))):
            continue
        if len(stack) >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            if cuts and cuts[-1][0] == begin:
                cuts.pop()  # the tag goes entirely, attributes and all
            cuts.append((begin, match.end(), " "))
            continue
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
    if not cuts:
        return html
    parts = []
    last = 0
    for start, end, replacement in cuts:
        parts.append(html[last:start])
        parts.append(replacement)
        last = end
    parts.append(html[last:])
    return "".join(parts)
