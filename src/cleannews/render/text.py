"""Plain text: headings on their own lines, blocks separated by one blank line."""

from __future__ import annotations

from collections.abc import Sequence

from cleannews.blocks import Block, Figure


def render_text(blocks: Sequence[Block]) -> str:
    parts = [block.text for block in blocks if not isinstance(block, Figure)]
    return "\n\n".join(p for p in parts if p)
