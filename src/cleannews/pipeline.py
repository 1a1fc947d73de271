"""The path from a page to an Article: decode -> parse -> metadata -> body -> render."""

from __future__ import annotations

import logging
import re
from functools import partial
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleannews.blocks import Block, Heading, Paragraph
from cleannews.decode import clip_bytes, decode
from cleannews.extractors.base import Body, Document, get_extractor
from cleannews.metadata import extract_metadata
from cleannews.models import Article, Metadata
from cleannews.options import Options
from cleannews.parse import MAX_INPUT_CHARS, bound, parse
from cleannews.render import render_html, render_markdown, render_text

log = logging.getLogger("cleannews")

_WORDS = re.compile(r"\w+")
# How every <base> element starts in the text (tag names are matched without regard to case).
_BASE_TAG = re.compile("<base", re.IGNORECASE)


def extract(html: str | bytes, url: str | None = None, *, options: Options | None = None,
            **overrides: object) -> Article:
    """Extract the article from one page. Never raises for any str or bytes input (anything
    else is a TypeError); input past the limits in docs/limits.md (size, nesting depth) is cut
    or flattened first."""
    opts = Options.build(options, **overrides)
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    text = prepare(html)
    tree = parse(text)
    metadata = _extract_metadata(tree, url)
    base = base_url(tree, text, url, metadata.canonical_url)  # before the native extractor prunes <head>
    document = Document(html=text, url=url, tree=tree, metadata=metadata)
    body = _extract_body(document, opts)
    return assemble(body, metadata, url, base)


def prepare(html: str | bytes) -> str:
    """The text the parser reads: bytes decoded (cut to the size limit first), then bounded."""
    if isinstance(html, str):
        return bound(html)
    if not isinstance(html, (bytes, bytearray, memoryview)):
        # bytes() would take an int for a length and read it as that many zero bytes.
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    return bound(decode(clip_bytes(bytes(html), MAX_INPUT_CHARS))[0])


def base_url(tree: LexborHTMLParser, html: str, url: str | None, canonical: str | None) -> str | None:
    """What relative links resolve against, as in a browser: the page's first <base href> (itself
    resolved against the page URL), else the page URL. The canonical URL stands in only when
    the page URL is unknown (a file read without --url): it may name another site.
    ``html`` is the text ``tree`` was parsed from."""
    page = url or canonical
    node = _first_base(tree, html)
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    if href:
        try:
            joined = urljoin(page, href) if page else href
            if urlsplit(joined).scheme.lower() in ("http", "https"):
                return joined
        except ValueError:  # a malformed <base> ("http://[") is ignored, as browsers do
            pass
    return page


def _first_base(tree: LexborHTMLParser, html: str) -> LexborNode | None:
    """The first <base href> in the tree. <head> comes first in tree order and is small, so it is
    read first; a stray <base> in <body> (where lexbor leaves it, and where browsers still honour
    it) is looked for only if the text holds "<base" at all: most pages are spared a full-tree
    search (0.23 -> 0.13 ms/page)."""
    head = tree.head
    node = head.css_first("base[href]") if head is not None else None
    if node is None and _BASE_TAG.search(html):
        node = tree.css_first("base[href]")
    return node


def _extract_metadata(tree: LexborHTMLParser, url: str | None) -> Metadata:
    try:
        return extract_metadata(tree, url)
    except Exception:  # a metadata bug must not cost the caller the body (extract never raises)
        log.exception("metadata extraction failed on %s", url or "<input>")
        return Metadata()


def _extract_body(document: Document, options: Options) -> Body:
    try:
        return get_extractor(options.backend)(document, options)
    except Exception:  # an extractor bug must not cost the caller the page's metadata
        log.exception("extractor %s failed on %s", options.backend, document.url or "<input>")
        return Body(blocks=(), backend=options.backend)


def _names_title(heading: str, title: str) -> bool:
    """The heading is the title, or the title is the heading plus a site name before or after."""
    heading_words = _WORDS.findall(heading.lower())
    title_words = _WORDS.findall(title.lower())
    if heading_words == title_words:
        return True
    size = len(heading_words)
    return size >= 3 and heading_words in (title_words[:size], title_words[-size:])


def drop_title_heading(blocks: tuple[Block, ...], title: str | None) -> tuple[Block, ...]:
    """The article's own headline is metadata, not body: drop it from the first blocks
    (a heading, or on old layouts a bold line standing alone). A body that is the headline
    alone (a shared link's post, a photo page) keeps it: an empty body would say less."""
    if not title or len(blocks) < 2:
        return blocks
    for index, block in enumerate(blocks[:3]):
        if isinstance(block, (Heading, Paragraph)) and _names_title(block.text, title):
            return blocks[:index] + blocks[index + 1:]
    return blocks


def assemble(body: Body, metadata: Metadata, url: str | None, base: str | None = None) -> Article:
    """The Article: body blocks rendered three ways (links resolved against ``base``), each
    when first read, plus metadata."""
    blocks = drop_title_heading(body.blocks, metadata.title)
    base = base or url or metadata.canonical_url
    renderers = {"text": partial(render_text, blocks), "markdown": partial(render_markdown, blocks, base),
                 "html": partial(render_html, blocks, base)}
    return Article.deferred(
        renderers,
        title=metadata.title,
        authors=list(metadata.authors),
        date_published=metadata.date_published,
        date_modified=metadata.date_modified,
        site_name=metadata.site_name,
        language=metadata.language,
        canonical_url=metadata.canonical_url,
        url=url,
        description=metadata.description,
        tags=list(metadata.tags),
        image=metadata.image,
        backend=body.backend,
    )
