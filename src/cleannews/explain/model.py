"""The explain view as data: one ExplainedBlock per part of the page, and the Explanation.

Plain frozen records with ``to_dict``/``to_json`` and ``from_dict`` (JSON schema in
docs/explain.md); the HTML report and the CLI read nothing else.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, fields
from typing import Any

from cleannews.models import Article

FORMAT = "cleannews-explain"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class ExplainedBlock:
    """One block the extractor read, or one element it skipped unread, and what became of it.

    kind: heading, paragraph, list, quote, code, table, figure, or element (skipped unread);
    tag: the block's HTML form (h2, p, ul, ...) or the skipped element's tag; decision: kept or
    dropped; category: a name from categories.CATEGORIES; rule: the rule that decided, in words;
    score: what the block was worth to the container choice in the stage that chose (None for
    elements skipped unread); chain: tags of the containers above the block, outermost first;
    in_container: whether the chosen container is in that chain; dropped_lines: the lines of a
    kept paragraph that are not in the body (trimming cuts a leading paragraph at its line
    breaks, removes some lines, and one may be the title); note: the same in words, with why."""

    kind: str
    tag: str
    text: str
    decision: str
    category: str
    rule: str
    score: float | None = None
    chain: tuple[str, ...] = ()
    chars: int = 0
    link_chars: int = 0
    in_container: bool = False
    dropped_lines: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Explanation:
    """Why each part of one page was kept or dropped, beside the Article users get.

    backend: the backend asked for; article_backend: the one that made ``article``'s body (the
    blocks always show the native extractor's decisions); stage: the cascade stage that chose
    the container ("strict", "relaxed"; None if nothing was chosen); container: the chosen
    container's tag; refused: why native read no block at all ("no body", "error page"), else
    ""; junk: elements deleted with their content before the walk, by tag."""

    url: str | None
    backend: str
    focus: str
    article_backend: str
    stage: str | None
    container: str | None
    refused: str
    blocks: tuple[ExplainedBlock, ...]
    junk: dict[str, int]
    article: Article

    @property
    def counts(self) -> dict[str, int]:
        """Blocks kept and dropped (elements skipped unread count as dropped)."""
        found = Counter(block.decision for block in self.blocks)
        return {"kept": found["kept"], "dropped": found["dropped"]}

    @property
    def categories(self) -> dict[str, int]:
        """Blocks per category, plus junk elements deleted before the walk."""
        found = Counter(block.category for block in self.blocks)
        junk = sum(self.junk.values())
        if junk:
            found["junk"] += junk
        return dict(found)

    @property
    def native_article(self) -> bool:
        """Whether the article's body is the native extractor's, so the kept blocks are it."""
        return self.article_backend == "native"

    def to_dict(self) -> dict[str, Any]:
        data = {"format": FORMAT, "format_version": FORMAT_VERSION}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "blocks":
                data["blocks"] = [asdict(block) for block in value]
            elif item.name == "article":
                data["article"] = value.to_dict()
            else:
                data[item.name] = value
        data["counts"] = self.counts
        data["categories"] = self.categories
        return data

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        """The report: one self-contained HTML page (see report.py)."""
        from cleannews.explain.report import render_report  # the report reads this module

        return render_report(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Explanation:
        """Read back what ``to_dict`` wrote (the derived counts are recomputed, not read)."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} record")
        blocks = tuple(ExplainedBlock(**{**block, "chain": tuple(block["chain"]),
                                         "dropped_lines": tuple(block["dropped_lines"])})
                       for block in data["blocks"])
        names = {item.name for item in fields(cls)} - {"blocks", "article"}
        return cls(blocks=blocks, article=Article(**data["article"]), **{name: data[name] for name in names})
