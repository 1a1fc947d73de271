"""Markdown (CommonMark): headings with #, lists, quotes, fenced code, pipe tables, links.

Links and images go through the same filter as the HTML output: made absolute against
the base URL, and dropped (keeping their text) unless http(s) or mailto.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleannews.blocks import Block, Code, Figure, Heading, Inline, ListBlock, Paragraph, Quote, Table
from cleannews.render.html import safe_url

# Characters markdown would read as syntax, each mapped to its backslash escape
# (str.translate: much cheaper than a regex substitution on every span).
_ESCAPES = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<"})
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<]")


def _escape(text: str) -> str:
    return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text
_MARKS = {"b": "**", "i": "*"}
_URL_ESCAPES = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})
_URL_SPECIAL = re.compile(r"[ ()<>]")
# The start of a line that markdown would read as block syntax: "# ", "> ", "- ", "+ ", a rule
# or setext underline ("---", "==="), a fence, or an ordered list item ("1. ", "1) ").
_BLOCK_START = re.compile(r"^(\s{0,3})(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|[-=]{3,}|~~~)")
_ORDERED_START = re.compile(r"^(\s{0,3}\d{1,9})([.)])(?=\s|$)")


def _inline(spans: Inline, base: str | None = None) -> str:
    if len(spans) == 1:
        text, href, style = spans[0]
        if not href and not style:  # one plain run, as in most paragraphs: no loop needed
            return text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text
    out = []
    for text, href, style in spans:
        if style == "code":
            out.append(_code_span(text))
            continue
        if _NEEDS_ESCAPE.search(text):  # _escape(), without the call: this runs once per span
            text = text.translate(_ESCAPES)
        if style:
            mark = _MARKS.get(style)
            if mark:
                lead, core, trail = _split_ws(text)
                if core:
                    text = f"{lead}{mark}{core}{mark}{trail}"
        if href:
            href = safe_url(href, base)
            if href:
                lead, core, trail = _split_ws(text)
                if core:
                    text = f"{lead}[{core}]({_destination(href)}){trail}"
        out.append(text)
    return out[0] if len(out) == 1 else "".join(out)


def _code_span(text: str) -> str:
    if not text.strip():
        return text
    ticks = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _destination(url: str) -> str:
    """A URL that cannot end the link early: no raw spaces, parentheses or angle brackets."""
    return url.translate(_URL_ESCAPES) if _URL_SPECIAL.search(url) else url  # translate is slow


# The first characters of every line that _BLOCK_START or _ORDERED_START can match.
_SYNTAX_FIRST = frozenset("#>-+=~0123456789")


def _plain_line(line: str) -> str:
    if line.lstrip()[:1] not in _SYNTAX_FIRST:
        return line  # most lines: no regex needed
    return _ORDERED_START.sub(r"\1\\\2", _BLOCK_START.sub(r"\1\\\2", line))


def _plain_lines(text: str) -> str:
    """Escape what would make a paragraph's line a heading, list, quote or rule in markdown."""
    if "\n" not in text:
        return _plain_line(text)
    return "\n".join(_plain_line(line) for line in text.split("\n"))


def _split_ws(text: str) -> tuple[str, str, str]:
    """``text`` as its leading whitespace, the rest, and its trailing whitespace."""
    core = text.strip()
    if len(core) == len(text):
        return "", text, ""
    if not core:
        return "", "", text
    start = len(text) - len(text.lstrip())
    return text[:start], core, text[start + len(core):]


def _table(block: Table) -> str:
    width = max(len(row) for row in block.rows)
    rows = [list(row) + [""] * (width - len(row)) for row in block.rows]
    cells = [[c.replace("|", "\\|").replace("\n", " ") for c in row] for row in rows]
    head = cells[0] if block.header else [""] * width
    body = cells[1:] if block.header else cells
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def _block(block: Block, base: str | None) -> str:
    if isinstance(block, Paragraph):  # the most common block first
        return _plain_lines(_inline(block.spans, base))
    if isinstance(block, Heading):
        return "#" * min(max(block.level, 1), 6) + " " + _inline(block.spans, base)
    if isinstance(block, ListBlock):
        return "\n".join(
            (f"{n}. " if block.ordered else "- ") + _plain_lines(_inline(item, base))
            for n, item in enumerate(block.items, 1)
        )
    if isinstance(block, Quote):
        return "\n".join("> " + line for line in _plain_lines(_inline(block.spans, base)).split("\n"))
    if isinstance(block, Code):
        fence = "````" if "```" in block.code else "```"
        return f"{fence}{block.language or ''}\n{block.code}\n{fence}"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        caption = _plain_lines(_inline(block.caption, base))
        src = safe_url(block.src, base)
        if not src or src.startswith("mailto:"):
            return caption  # a caption whose image was left out (or is unsafe) stands alone
        alt = _escape(block.alt)
        image = f"![{alt}]({_destination(src)})"
        return f"{image}\n{caption}" if caption else image
    raise TypeError(f"not a block: {block!r}")


def render_markdown(blocks: Sequence[Block], base_url: str | None = None) -> str:
    """Markdown of ``blocks``; links and images are made absolute against ``base_url``."""
    return "\n\n".join(part for part in (_block(b, base_url) for b in blocks) if part)
