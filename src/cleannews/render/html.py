"""Sanitized HTML built from blocks, never copied from the page.

Because the output is generated from plain text and vetted URLs, no script,
event handler, style or iframe from the source can reach it. Links and images
are absolute; only http(s) and mailto links survive.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from html import escape
from urllib.parse import urljoin, urlsplit

from cleannews.blocks import Block, Code, Figure, Heading, Inline, ListBlock, Paragraph, Quote, Table

_SAFE_SCHEMES = {"http", "https", "mailto"}
# Control characters browsers ignore inside URLs ("java\tscript:"), deleted before judging.
_CONTROL_CHARS = dict.fromkeys(range(32))
_HAS_CONTROL = re.compile(r"[\x00-\x1f]")
_TAGS = {"b": "strong", "i": "em", "code": "code"}


@functools.lru_cache(maxsize=4096)
def safe_url(href: str | None, base: str | None) -> str | None:
    """An absolute http(s)/mailto URL, or None for anything else (javascript:, data:, ...).
    Cached: the markdown and the HTML of one body ask about the same links."""
    if not href:
        return None
    href = href.strip()
    if _HAS_CONTROL.search(href):
        href = href.translate(_CONTROL_CHARS)
    if href.startswith(("https://", "http://")) and " " not in href:
        return href  # already absolute and safe: the common case, without urllib's cost
    if base and href.startswith(("/", "#")):
        joined = _join_plain(href, base)
        if joined is not None:
            return joined
    try:
        absolute = urljoin(base, href) if base else href
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in _SAFE_SCHEMES else None


def _join_plain(href: str, base: str) -> str | None:
    """urljoin(base, href), built without urllib for the two common relative links it would
    only reassemble: a path from the root with no "." segment or ";" parameters ("/a/b?c#d"),
    and a fragment ("#d"). None for any other link, or a base that is not http(s) with a host."""
    anchors = _anchors(base)
    if anchors is None or href.startswith("//"):
        return None
    origin, page = anchors
    if href[0] == "#":
        return page + href if len(href) > 1 else page
    rest, _, fragment = href.partition("#")
    path, _, query = rest.partition("?")
    if ";" in path or "/." in path:
        return None  # urljoin drops dot segments and may drop an empty parameter: let it
    return origin + path + ("?" + query if query else "") + ("#" + fragment if fragment else "")


@functools.lru_cache(maxsize=64)
def _anchors(base: str) -> tuple[str, str] | None:
    """The origin ("https://host") and the fragment-less URL of an http(s) base with a host, as
    urljoin writes them; None for any other base."""
    try:
        parts = urlsplit(base)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
        return f"{parts.scheme}://{parts.netloc}", urljoin(base, "#")
    except ValueError:
        return None


def _inline(spans: Inline, base: str | None) -> str:
    if len(spans) == 1:
        text, href, style = spans[0]
        if not href and not style:  # one plain run, as in most paragraphs: no loop needed
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = []
    for text, href, style in spans:
        # escape(text, quote=False), without the call: this runs once per span of the body
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if style:
            tag = _TAGS.get(style)
            if tag:
                text = f"<{tag}>{text}</{tag}>"
        if href:
            href = safe_url(href, base)
            if href:
                text = f'<a href="{escape(href)}">{text}</a>'
        out.append(text)
    return out[0] if len(out) == 1 else "".join(out)


def _block(block: Block, base: str | None) -> str:
    if isinstance(block, Paragraph):  # the most common block first
        return f"<p>{_inline(block.spans, base)}</p>"
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{_inline(block.spans, base)}</h{level}>"
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        items = "".join(f"<li>{_inline(item, base)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Quote):
        return f"<blockquote><p>{_inline(block.spans, base)}</p></blockquote>"
    if isinstance(block, Code):
        return f"<pre><code>{escape(block.code, quote=False)}</code></pre>"
    if isinstance(block, Table):
        rows = []
        for i, row in enumerate(block.rows):
            cell = "th" if block.header and i == 0 else "td"
            rows.append("<tr>" + "".join(f"<{cell}>{escape(c, quote=False)}</{cell}>" for c in row) + "</tr>")
        return "<table>" + "".join(rows) + "</table>"
    if isinstance(block, Figure):
        caption = _inline(block.caption, base)
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        src = safe_url(block.src, base)
        if not src or src.startswith("mailto:"):
            # a caption whose image was left out (or is unsafe) stands alone
            return f"<figure>{figcaption}</figure>" if caption else ""
        return f'<figure><img src="{escape(src)}" alt="{escape(block.alt)}">{figcaption}</figure>'
    raise TypeError(f"not a block: {block!r}")


def render_html(blocks: Sequence[Block], base_url: str | None = None) -> str:
    body = "\n".join(part for part in (_block(b, base_url) for b in blocks) if part)
    return f"<article>\n{body}\n</article>" if body else ""
