"""str -> lexbor DOM. The one place the parser is created."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser


def parse(html: str) -> LexborHTMLParser:
    """Parse a decoded document. lexbor never rejects input; it repairs what it can."""
    return LexborHTMLParser(html)
