"""Blocks -> text, markdown, sanitized HTML; Article -> JSON."""

from cleannews.render.html import render_html
from cleannews.render.markdown import render_markdown
from cleannews.render.text import render_text

__all__ = ["render_html", "render_markdown", "render_text"]
