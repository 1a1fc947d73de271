"""Adapter to trafilatura: its HTML output is converted to our blocks by the native walker."""

from __future__ import annotations

import trafilatura

from cleannews.extractors.base import Body, Document
from cleannews.extractors.native import blocks_of
from cleannews.options import Options
from cleannews.parse import parse


def extract_trafilatura(document: Document, options: Options) -> Body:
    output = trafilatura.extract(
        document.html,
        url=document.url,
        output_format="html",
        include_tables=options.include_tables,
        include_images=options.include_images,
        include_links=options.include_links,
        include_comments=options.include_comments,
        favor_precision=options.focus == "precision",
        favor_recall=options.focus == "recall",
        with_metadata=False,
    )
    if not output:
        return Body(blocks=(), backend="trafilatura")
    return Body(blocks=blocks_of(parse(output), options), backend="trafilatura")
