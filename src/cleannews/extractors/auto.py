"""The auto backend: native first, trafilatura only when the native result is poor.

The rule: the native body is kept unless it has fewer than MIN_WORDS words. Then
trafilatura runs too, and its body wins if it has more words. A short native body
on a page that really is short (a brief notice) is returned as is when trafilatura
finds no more.
"""

from __future__ import annotations

import re

from cleannews.extractors.base import Body, Document
from cleannews.extractors.native import extract_native
from cleannews.extractors.trafilatura import extract_trafilatura
from cleannews.options import Options

# Below this many words a native body is judged poor (an article body rarely is this short).
MIN_WORDS = 50

_WORD = re.compile(r"\w+")


def word_count(body: Body) -> int:
    return sum(len(_WORD.findall(block.text)) for block in body.blocks)


def extract_auto(document: Document, options: Options) -> Body:
    native = extract_native(document, options)
    native_words = word_count(native)
    if native_words >= MIN_WORDS:
        return native
    fallback = extract_trafilatura(document, options)
    return fallback if word_count(fallback) > native_words else native
