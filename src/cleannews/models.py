"""Data at the seams between stages: Page (fetched), Metadata, Article (the result)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


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
    """A clean article: rendered body in three forms plus metadata."""

    text: str = ""
    markdown: str = ""
    html: str = ""
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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
