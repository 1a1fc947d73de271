"""schema.org JSON-LD: the article object a page describes itself with.

Pages nest it in many ways: a bare object, an array of objects, an ``@graph``, a WebPage whose
``mainEntity`` is the article, authors given inline, as lists, or as ``{"@id": ...}`` references
to a Person elsewhere in the graph. All of that is flattened here into one ``JsonLd`` record.
Broken JSON (trailing commas, raw newlines, comments, several objects pasted together) is
repaired when cheap and otherwise mined for its plain string properties, so a syntax slip costs
the nested values only."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborNode

from cleannews.metadata.text import clean

# Types whose object is the article itself; checked against the last path segment of @type.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "satiricalarticle", "scholarlyarticle", "medicalscholarlyarticle", "techarticle", "report",
    "socialmediaposting", "liveblogposting", "discussionforumposting", "posting", "review",
    "criticreview", "howto", "recipe", "newsletter", "pressrelease", "advertisercontentarticle",
})
# Types that describe the page around the article: used when no article object exists.
PAGE_TYPES = frozenset({
    "webpage", "itempage", "aboutpage", "faqpage", "qapage", "collectionpage", "profilepage",
    "medicalwebpage", "searchresultspage", "contactpage", "realestatelisting",
})
ORGANIZATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "localbusiness"})
# Types of a thing for sale: a page that describes one is a shop's product page.
PRODUCT_TYPES = frozenset({"product", "productgroup", "productmodel", "individualproduct"})

# Last-resort reading of broken JSON: "key": "string value" pairs.
_LOOSE_PAIR = re.compile(r'"(headline|datePublished|dateModified|dateCreated|inLanguage|description)"'
                         r'\s*:\s*"((?:[^"\\]|\\.)*)"')
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass(frozen=True)
class JsonLd:
    """Values read from the page's JSON-LD. ``is_article`` tells whether they come from an
    article-typed object rather than the WebPage that holds it."""

    headline: str = ""
    authors: tuple[str, ...] = ()
    date_published: str = ""
    date_modified: str = ""
    description: str = ""
    language: str = ""
    url: str = ""
    image: str = ""
    publisher: str = ""
    website: str = ""
    keywords: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    is_article: bool = False
    # Some object is a Product (see PRODUCT_TYPES).
    has_product: bool = False


def read_jsonld(scripts: Iterable[LexborNode]) -> JsonLd:
    """``scripts``: the page's <script type="application/ld+json"> elements."""
    objects: list[dict[str, Any]] = []
    loose: dict[str, str] = {}
    for script in scripts:
        raw = script.text(deep=True)
        data = _loads(raw)
        if data is None:
            for key, value in _LOOSE_PAIR.findall(raw):
                loose.setdefault(key, _unescape_json(value))
            continue
        objects.extend(_flatten(data))
    if not objects:
        return _from_loose(loose)
    return _summarise(objects)


def _loads(raw: str) -> Any:
    text = raw.strip()
    if text.startswith("<!--") or text.startswith("//<![CDATA["):
        text = re.sub(r"^(<!--|//<!\[CDATA\[)|(-->|//\]\]>)$", "", text).strip()
    if not text:
        return None
    try:
        return json.loads(text, strict=False)  # strict=False: raw newlines inside strings are common
    except ValueError:
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", text)
    try:
        return json.loads(repaired, strict=False)
    except ValueError:
        pass
    # Several objects pasted one after another in a single script.
    decoder = json.JSONDecoder(strict=False)
    found: list[Any] = []
    index = 0
    while index < len(repaired):
        start = repaired.find("{", index)
        if start < 0:
            break
        try:
            obj, index = decoder.raw_decode(repaired, start)
        except ValueError:
            break
        found.append(obj)
    return found or None


def _unescape_json(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"', strict=False))
    except ValueError:
        return value


def _flatten(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every typed object, top-level first, then @graph members and mainEntity children."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data or "@id" in data:
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            child = data.get(key)
            if isinstance(child, (dict, list)):
                yield from _flatten(child, depth + 1)


def types_of(obj: dict[str, Any]) -> set[str]:
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for name in names if isinstance(name, str)}


def _summarise(objects: list[dict[str, Any]]) -> JsonLd:
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str)}
    article = next((obj for obj in objects if types_of(obj) & ARTICLE_TYPES), None)
    if article is None and not any("faqpage" in types_of(obj) for obj in objects):
        # A QAPage's Question is the thread itself; an FAQPage's Questions are just its entries.
        article = next((obj for obj in objects if "question" in types_of(obj)), None)
    page = next((obj for obj in objects if types_of(obj) & PAGE_TYPES), None)
    main = article or page or {}
    website = next((obj for obj in objects if "website" in types_of(obj)), {})
    publisher = _resolve(main.get("publisher"), by_id) or _resolve((page or {}).get("publisher"), by_id)
    if not publisher:
        publisher = next((obj for obj in objects if types_of(obj) & ORGANIZATION_TYPES), {})
    return JsonLd(
        headline=_text(main.get("headline")) or _text(main.get("name")),
        authors=tuple(_names(main.get("author") or main.get("creator"), by_id)),
        date_published=_text(main.get("datePublished")) or _text(main.get("dateCreated"))
        or _text(main.get("uploadDate")),
        date_modified=_text(main.get("dateModified")),
        description=_text(main.get("description")),
        language=_text(main.get("inLanguage")) or _text((page or {}).get("inLanguage"))
        or _text(website.get("inLanguage")),
        url=_url(main.get("url")) or _url(main.get("mainEntityOfPage")) or _url(main.get("@id")),
        image=_url(main.get("image"), by_id) or _url(main.get("thumbnailUrl")),
        publisher=_text(_name(publisher)),
        website=_text(website.get("name")),
        keywords=_list(main.get("keywords")),
        sections=_list(main.get("articleSection")),
        is_article=article is not None,
        has_product=any(types_of(obj) & PRODUCT_TYPES for obj in objects),
    )


def _from_loose(pairs: dict[str, str]) -> JsonLd:
    return JsonLd(
        headline=clean(pairs.get("headline")),
        date_published=clean(pairs.get("datePublished") or pairs.get("dateCreated")),
        date_modified=clean(pairs.get("dateModified")),
        description=clean(pairs.get("description")),
        language=clean(pairs.get("inLanguage")),
    )


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """Follow an {"@id": ...} reference to the object it names, when the graph holds it."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _name(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("name") or value.get("legalName")
    return value


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str) and item.strip()), "")
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name") or ""
    return clean(value) if isinstance(value, str) else ""


def _url(value: Any, by_id: dict[str, dict[str, Any]] | None = None) -> str:
    if by_id is not None:
        value = _resolve(value, by_id)
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id") or ""
        if isinstance(value, list):
            value = value[0] if value else ""
    return clean(value) if isinstance(value, str) else ""


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> Iterator[str]:
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        item = _resolve(item, by_id)
        if isinstance(item, dict):
            if types_of(item) & ORGANIZATION_TYPES and len(items) > 1:
                continue  # an organisation listed beside people is the publisher, not a writer
            item = item.get("name") or ""
            if isinstance(item, list):
                item = " ".join(part for part in item if isinstance(part, str))
            if isinstance(item, dict):
                item = item.get("@value") or ""
        text = clean(item) if isinstance(item, str) else ""
        if text:
            yield text


def _list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(part for part in (clean(piece) for piece in value.split(",")) if part)
    if isinstance(value, list):
        return tuple(text for text in (_text(item) for item in value) if text)
    return ()
