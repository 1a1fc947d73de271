"""language: a BCP 47 tag ("en", "pt-BR").

Precedence: <html lang>; the Content-Language meta (``http-equiv`` or ``name``); ``og:locale``;
JSON-LD ``inLanguage``; Dublin Core ``language``. Only when the page declares none is the
language guessed from its text: by script for scripts that name one language (kana, hangul,
Thai...), otherwise by counting frequent function words of common Latin-script languages."""

from __future__ import annotations

import re

from cleannews.metadata.sources import Sources

LANGUAGE_META = ("content-language", "og:locale", "language", "dc.language", "dcterms.language")

_TAG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?", re.IGNORECASE)
_SAMPLE_CHARS = 4000
_MIN_HITS = 3

# Code point ranges whose script points at one language.
_SCRIPTS = (
    ("ja", ((0x3040, 0x30FF),)),  # kana first: Japanese text also uses Han
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF))),
    ("zh", ((0x4E00, 0x9FFF),)),
    ("th", ((0x0E00, 0x0E7F),)),
    ("el", ((0x0370, 0x03FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("ar", ((0x0600, 0x06FF),)),
    ("hi", ((0x0900, 0x097F),)),
    ("ru", ((0x0400, 0x04FF),)),
)
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
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
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
    counts = dict.fromkeys((lang for lang, _ in _SCRIPTS), 0)
    letters = 0
    for ch in text:
        code = ord(ch)
        if code < 0x370:
            letters += ch.isalpha()
            continue
        for lang, ranges in _SCRIPTS:
            if any(low <= code <= high for low, high in ranges):
                counts[lang] += 1
                break
    best = max(counts, key=lambda lang: counts[lang])
    # Kana is rarer than Han even in Japanese text: a little kana is enough to call it Japanese.
    if counts["ja"] >= 20 and counts["ja"] * 10 >= counts["zh"]:
        return "ja"
    if counts[best] > letters:
        return best
    scores = dict.fromkeys(_WORDS, 0)
    for token in _TOKEN.findall(text.lower()):
        for lang, words in _WORDS.items():
            if token in words:
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
