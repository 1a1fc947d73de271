"""The extractor protocol and the registry of backends.

An extractor turns a parsed document into body blocks. Metadata is read from the
same parse before any extractor runs, because the native extractor prunes the tree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser

from cleannews.blocks import Block
from cleannews.models import Metadata
from cleannews.options import Options


@dataclass(frozen=True)
class Document:
    """One input as the extractors see it: the source text, its DOM and what metadata found."""

    html: str
    url: str | None
    tree: LexborHTMLParser
    metadata: Metadata


@dataclass(frozen=True)
class Body:
    """An extractor's result: blocks in reading order, and which backend made them."""

    blocks: tuple[Block, ...]
    backend: str


ExtractFn = Callable[[Document, Options], Body]


def get_extractor(name: str) -> ExtractFn:
    """The extract function of a backend, imported on first use (trafilatura is slow to import)."""
    if name == "native":
        from cleannews.extractors.native import extract_native

        return extract_native
    if name == "trafilatura":
        from cleannews.extractors.trafilatura import extract_trafilatura

        return extract_trafilatura
    if name == "auto":
        from cleannews.extractors.auto import extract_auto

        return extract_auto
    raise ValueError(f"unknown backend {name!r}")
