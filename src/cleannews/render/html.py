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
    try:
        absolute = urljoin(base, href) if base else href
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in _SAFE_SCHEMES else None


def _inline(spans: Inline, base: str | None) -> str:
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
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{_inline(block.spans, base)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_inline(block.spans, base)}</p>"
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
        src = safe_url(block.src, base)
        if not src or src.startswith("mailto:"):
            return ""
        caption = _inline(block.caption, base)
        figcaption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f'<figure><img src="{escape(src)}" alt="{escape(block.alt)}">{figcaption}</figure>'
    raise TypeError(f"not a block: {block!r}")


def render_html(blocks: Sequence[Block], base_url: str | None = None) -> str:
    body = "\n".join(part for part in (_block(b, base_url) for b in blocks) if part)
    return f"<article>\n{body}\n</article>" if body else ""
