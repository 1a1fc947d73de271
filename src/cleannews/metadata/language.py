"""language: a BCP 47 tag ("en", "pt-BR").

Precedence: <html lang>; the Content-Language meta (``http-equiv`` or ``name``); ``og:locale``;
JSON-LD ``inLanguage``; Dublin Core ``language``. Only when the page declares none is the
language guessed from its text: by script for scripts that name one language (kana, hangul,
Thai...), otherwise by counting frequent function words of common Latin-script languages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from cleannews.metadata.sources import Sources

LANGUAGE_META = ("content-language", "og:locale", "language", "dc.language", "dcterms.language")

_TAG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?", re.IGNORECASE)
_SAMPLE_CHARS = 4000
_MIN_HITS = 3

# Scripts that point at one language, as character classes (counted with C-level findall).
_SCRIPTS = (
    ("ja", re.compile("[\u3040-\u30ff]")),  # kana: Japanese text also uses Han, so it goes first
    ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
    ("th", re.compile("[\u0e00-\u0e7f]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("ru", re.compile("[\u0400-\u04ff]")),
)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_STOPWORDS = {
    "en": "the and of to is in that it for was with as on are be this by have not you from but",
    "de": "der die und das ist nicht ein eine mit sich des auf für den dem von auch wird sind",
    "fr": "le la les et est des une du que dans pour pas qui sur au avec sont ce il plus",
    "es": "el la los las y que es en del por una con para se no como su al más",
    "it": "il di che la è per una sono non con del della gli le si anche più nel ma",
    "pt": "o a os as que de do da em um uma para com não é no na dos se mais",
    "nl": "de het een en van is dat niet op te zijn voor met die ook er maar aan",
    "sv": "och att det som en är på av för med den till inte har jag om var",
    "da": "og at det en er til på af for med den ikke har som de jeg var",
    "pl": "i w na z się nie do jest to że o jak ale po co są przez",
    "cs": "a se na je že v to s z do jako by jsou ale pro jeho také",
    "tr": "ve bir bu da de için ile çok olarak daha gibi ne değil en olan",
    "id": "dan yang di ini itu dengan untuk tidak dari dalam akan pada juga ke",
}
# word -> languages it is a function word of (read-only, built once from the lists above).
_WORD_LANGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    word: tuple(lang for lang, words in _STOPWORDS.items() if word in words.split())
    for words in _STOPWORDS.values() for word in words.split()
})
_TOKEN = re.compile(r"[^\W\d_]+")


def extract(sources: Sources) -> str | None:
    head = sources.head
    for value in (head.lang, head.first(*LANGUAGE_META), sources.jsonld.language):
        tag = normalise(value)
        if tag:
            return tag
    return detect(_sample(sources))


def normalise(value: str) -> str | None:
    """"en_us" -> "en-US"; None for values that are not language tags ("x-default", "")."""
    match = _TAG.match(value.strip()) if value else None
    if not match or match[1].lower() in ("und", "xx"):
        return None
    primary, region = match[1].lower(), match[2]
    if region is None:
        return primary
    return f"{primary}-{region.upper() if len(region) == 2 else region.title()}"


def detect(text: str) -> str | None:
    """The language of ``text``, or None when it gives too little to go on."""
    if not text:
        return None
    counts = {lang: len(pattern.findall(text)) for lang, pattern in _SCRIPTS}
    letters = len(_LATIN.findall(text))
    best = max(counts, key=lambda lang: counts[lang])
    # Kana is rarer than Han even in Japanese text: a little kana is enough to call it Japanese.
    if counts["ja"] >= 20 and counts["ja"] * 10 >= counts["zh"]:
        return "ja"
    if counts[best] > letters:
        return best
    scores = dict.fromkeys(_STOPWORDS, 0)
    for token in _TOKEN.findall(text.lower()):
        for lang in _WORD_LANGS.get(token, ()):
            scores[lang] += 1
    lang = max(scores, key=lambda key: scores[key])
    return lang if scores[lang] >= _MIN_HITS else None


def _sample(sources: Sources) -> str:
    """Paragraph text, else the body's text, capped: enough words to vote, cheap to read."""
    pieces: list[str] = []
    size = 0
    for node in sources.tree.css("p"):
        text = node.text(separator=" ")
        pieces.append(text)
        size += len(text)
        if size > _SAMPLE_CHARS:
            break
    if size < 200:
        body = sources.tree.body
        return body.text(separator=" ")[:_SAMPLE_CHARS] if body is not None else ""
    return " ".join(pieces)[:_SAMPLE_CHARS]
