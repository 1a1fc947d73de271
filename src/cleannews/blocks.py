"""The backend-neutral article body: a flat list of blocks.

Every extractor produces these; every renderer consumes them. Inline content is
kept as spans so that text, markdown and HTML can be rendered from one source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple


class Span(NamedTuple):
    """A run of inline text; ``href`` for a link, ``style`` "b"/"i"/"code" for emphasis.

    A named tuple rather than a dataclass: the walk makes one per text node, and tuples
    are the cheapest immutable record Python builds."""

    text: str
    href: str | None = None
    style: str | None = None


Inline = tuple[Span, ...]


_TEXT = itemgetter(0)  # of a Span


def inline_text(spans: Inline) -> str:
    return "".join(map(_TEXT, spans))


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    spans: Inline

    @property
    def text(self) -> str:
        return inline_text(self.spans)


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: Inline

    @property
    def text(self) -> str:
        return inline_text(self.spans)


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[Inline, ...]
    ordered: bool = False

    @property
    def text(self) -> str:
        return "\n".join(inline_text(i) for i in self.items)


@dataclass(frozen=True, slots=True)
class Quote:
    spans: Inline

    @property
    def text(self) -> str:
        return inline_text(self.spans)


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    language: str | None = None

    @property
    def text(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = False

    @property
    def text(self) -> str:
        return "\n".join(" | ".join(cell for cell in row) for row in self.rows)


@dataclass(frozen=True, slots=True)
class Figure:
    src: str
    alt: str = ""
    caption: Inline = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return inline_text(self.caption)


Block = Heading | Paragraph | ListBlock | Quote | Code | Table | Figure
