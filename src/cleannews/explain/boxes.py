"""The class, id and role of every box the native walk judged, for naming it to a reader.

The walk keeps only a box's tag and class (``WalkResult.box_kinds``): enough to decide, not
always enough to tell a reader why (a ``<div id="sidebar">`` or a ``<div role="navigation">``).
So the report walks a second parse of the same text with the same walker, which numbers the
same elements in the same order, and notes each box's names when the walker opens it. If the
two walks ever disagree (the walker changed how it numbers or opens boxes), the names are not
used: the report falls back to the tag and class the extractor kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from cleannews.extractors.native import remove_junk, rules
from cleannews.extractors.native.thresholds import Thresholds
from cleannews.extractors.native.walk import Walker, WalkResult
from cleannews.options import Options
from cleannews.parse import parse


@dataclass(frozen=True)
class BoxNames:
    names: str  # class tokens and id, lowercase (rules.names_of)
    role: str


class _NamingWalker(Walker):
    """The native walker, noting the names of each box it opens, by the id it gives it."""

    def __init__(self, options: Options, thresholds: Thresholds, page_chars: int) -> None:
        super().__init__(options, thresholds, page_chars)
        self.box_names: dict[int, BoxNames] = {}

    def open(self, node: LexborNode) -> None:
        super().open(node)
        attrs = node.attributes
        role = (attrs.get("role") or "").strip().lower()
        self.box_names[self.stack[-1]] = BoxNames(rules.names_of(attrs), role)


def box_names(text: str, options: Options, thresholds: Thresholds,
              walked: WalkResult) -> dict[int, BoxNames] | None:
    """Names of the boxes of ``walked`` (run_native's walk of ``text``) by element id; None if
    this walk numbered the elements differently or did not see every box open."""
    tree = parse(text)
    body = tree.body
    if body is None:
        return None
    page_chars = len(body.text(deep=True))  # measured before the junk goes, as run_native does
    remove_junk(tree)
    walker = _NamingWalker(options, thresholds, page_chars)
    walker.container(body, 0)
    walker.flush()
    found = walker.box_names
    if walker.result.tags != walked.tags or not all(box in found for box in walked.box_kinds):
        return None
    return found
