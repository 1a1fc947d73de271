"""tags: the article's keywords and categories, deduplicated case-insensitively, in order.

Keywords come from the first source that has some: JSON-LD ``keywords``; ``article:tag``;
``news_keywords``; ``parsely-tags``; meta ``keywords``. Categories then follow them: JSON-LD
``articleSection``, ``article:section``."""

from __future__ import annotations

from cleannews.metadata.sources import Sources
from cleannews.metadata.text import clean

KEYWORD_META = ("article:tag", "og:article:tag", "news_keywords", "parsely-tags", "keywords")
SECTION_META = ("article:section", "og:article:section")
_MAX_TAGS = 30
_MAX_LENGTH = 60


def extract(sources: Sources) -> tuple[str, ...]:
    head = sources.head
    keywords: tuple[str, ...] = sources.jsonld.keywords
    if not keywords:
        for name in KEYWORD_META:
            values = head.all(name)
            if values:
                keywords = tuple(part for value in values for part in value.split(","))
                break
    sections = sources.jsonld.sections or tuple(
        part for value in head.all(*SECTION_META) for part in value.split(","))
    out: list[str] = []
    seen: set[str] = set()
    for value in (*keywords, *sections):
        tag = clean(value)
        key = tag.lower()
        if tag and len(tag) <= _MAX_LENGTH and key not in seen:
            seen.add(key)
            out.append(tag)
    return tuple(out[:_MAX_TAGS])
