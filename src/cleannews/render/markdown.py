"""Markdown (CommonMark): headings with #, lists, quotes, fenced code, pipe tables, links."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleannews.blocks import Block, Code, Figure, Heading, Inline, ListBlock, Paragraph, Quote, Table

_ESCAPE = re.compile(r"([\\`*_\[\]])")
_MARKS = {"b": "**", "i": "*"}


def _inline(spans: Inline) -> str:
    out = []
    for span in spans:
        if span.style == "code":
            out.append(f"`{span.text}`" if span.text.strip() else span.text)
            continue
        text = _ESCAPE.sub(r"\\\1", span.text)
        mark = _MARKS.get(span.style or "")
        if mark and text.strip():
            lead, core, trail = _split_ws(text)
            text = f"{lead}{mark}{core}{mark}{trail}"
        if span.href and text.strip():
            lead, core, trail = _split_ws(text)
            text = f"{lead}[{core}]({span.href}){trail}"
        out.append(text)
    return "".join(out)


def _split_ws(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core)
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


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return "#" * block.level + " " + _inline(block.spans)
    if isinstance(block, Paragraph):
        return _inline(block.spans)
    if isinstance(block, ListBlock):
        return "\n".join(
            (f"{n}. " if block.ordered else "- ") + _inline(item)
            for n, item in enumerate(block.items, 1)
        )
    if isinstance(block, Quote):
        return "\n".join("> " + line for line in _inline(block.spans).split("\n"))
    if isinstance(block, Code):
        fence = "````" if "```" in block.code else "```"
        return f"{fence}{block.language or ''}\n{block.code}\n{fence}"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        alt = _ESCAPE.sub(r"\\\1", block.alt)
        image = f"![{alt}]({block.src})"
        caption = _inline(block.caption)
        return f"{image}\n{caption}" if caption else image
    raise TypeError(f"not a block: {block!r}")


def render_markdown(blocks: Sequence[Block]) -> str:
    return "\n\n".join(part for part in (_block(b) for b in blocks) if part)
