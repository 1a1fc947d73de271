"""Data at the seams between stages: Page (fetched), Metadata, Article (the result)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any


@dataclass(frozen=True)
class Page:
    """A fetched document: the final URL after redirects, the raw bytes and their decoding."""

    url: str
    status: int
    headers: dict[str, str]
    content: bytes
    encoding: str
    text: str


@dataclass(frozen=True)
class Metadata:
    """Everything about the article except its body. Absent values are None or empty."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    date_published: str | None = None
    date_modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None


@dataclass(frozen=True)
class Article:
    """A clean article: rendered body in three forms plus metadata.

    An Article that extraction returns renders its body's forms when each is first read
    (deferred()): a caller that wants the text alone does not pay for Markdown and HTML.
    Reading, comparing, copying and pickling it behave as if all three were made at once."""

    # No class-level default (default_factory): an unread deferred form is then missing from
    # the instance, which is what sends its first read to __getattr__.
    text: str = field(default_factory=str)
    markdown: str = field(default_factory=str)
    html: str = field(default_factory=str)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date_published: str | None = None
    date_modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    url: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    backend: str = "native"

    @classmethod
    def deferred(cls, renderers: Mapping[str, Callable[[], str]], **values: Any) -> Article:
        """An Article whose fields named in ``renderers`` (text, markdown, html) are each made
        by calling its renderer when first read."""
        article = cls(**values)
        for name in renderers:
            object.__delattr__(article, name)
        object.__setattr__(article, "_renderers", dict(renderers))
        return article

    if not TYPE_CHECKING:  # for the type checker, every field is a plain attribute
        def __getattr__(self, name: str) -> str:
            """A deferred form read for the first time: rendered and kept. (Called only for
            names the instance lacks.)"""
            renderer = self.__dict__.get("_renderers", {}).get(name)
            if renderer is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = renderer()
            object.__setattr__(self, name, value)
            return value

    def __getstate__(self) -> dict[str, Any]:
        """Pickled and copied with every field rendered: the renderers stay behind."""
        return {item.name: getattr(self, item.name) for item in fields(self)}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
