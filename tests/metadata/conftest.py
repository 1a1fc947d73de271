from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleannews.metadata.sources import Sources, gather


@pytest.fixture
def sources():
    def make(html: str, url: str | None = "https://news.example/world/story") -> Sources:
        return gather(LexborHTMLParser(html), url)
    return make
