"""canonical_url and image, both made absolute against <base href> or the page URL.

canonical_url precedence: <link rel=canonical>; ``og:url``; JSON-LD ``url`` / ``mainEntityOfPage``.
image precedence: ``og:image`` (and its secure_url); ``twitter:image``; JSON-LD ``image`` (a URL,
an ImageObject or a list of either); <link rel=image_src>; microdata-free ``thumbnail`` meta."""

from __future__ import annotations

from cleannews.metadata.sources import Sources
from cleannews.metadata.text import absolute

IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
              "thumbnail", "thumbnailurl")


def canonical_url(sources: Sources) -> str | None:
    head = sources.head
    for value in (head.canonical, head.first("og:url"), sources.jsonld.url):
        url = absolute(value, sources.base)
        if url:
            return url
    return None


def image(sources: Sources) -> str | None:
    head = sources.head
    for value in (head.first(*IMAGE_META), sources.jsonld.image, *head.links.get("image_src", ())):
        url = absolute(value, sources.base)
        if url:
            return url
    return None
