from __future__ import annotations

from cleannews.metadata import language
from cleannews.metadata.language import detect, normalise


def test_declared_language_wins(sources) -> None:
    page = '<html lang="pt_br"><body><p>the and of to is</p></body></html>'
    assert language.extract(sources(page)) == "pt-BR"
    assert language.extract(sources('<head><meta http-equiv="Content-Language" content="de"></head>')) == "de"
    assert language.extract(sources('<head><meta property="og:locale" content="fr_FR"></head>')) == "fr-FR"


def test_detected_only_when_page_says_nothing(sources) -> None:
    text = "Le chat est sur la table et il dort dans la maison pour la nuit avec les enfants."
    assert language.extract(sources(f"<body><p>{text}</p></body>")) == "fr"


def test_detect_by_script_and_words() -> None:
    assert detect("これは日本語の文章です。東京に行きました。ひらがなとカタカナ。" * 2) == "ja"
    assert detect("这是一个中文句子，我们今天去北京。") == "zh"
    assert detect("Der Hund ist nicht in dem Haus und die Katze auch nicht.") == "de"
    assert detect("1234") is None


def test_normalise() -> None:
    assert normalise("EN-us") == "en-US"
    assert normalise("x-default") is None
    assert normalise("") is None
