"""bytes -> str: BOM, then the Content-Type charset, then <meta charset>, then detection."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleannews.decode import (
    charset_from_content_type,
    decode,
    detect_encoding,
    looks_like_html,
    normalize_encoding,
)

PAGE = "<html><body><p>Café — “quoted” ünïcödé</p></body></html>"
FRENCH = ("<html><body><p>The café served crème brûlée — “the best in town”, said the naïve critic. "
          "Its façade was old.</p></body></html>")


@pytest.mark.parametrize("bom, codec, expected", [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
])
def test_a_byte_order_mark_decides_and_is_removed(bom: bytes, codec: str, expected: str) -> None:
    text, encoding = decode(bom + PAGE.encode(codec))
    assert (text, encoding) == (PAGE, expected)


def test_the_bom_beats_the_header_and_meta() -> None:
    data = codecs.BOM_UTF8 + ('<meta charset="iso-8859-5">' + PAGE).encode("utf-8")
    text, encoding = decode(data, "text/html; charset=windows-1252")
    assert encoding == "utf-8" and text.endswith(PAGE)


def test_the_header_charset_is_used() -> None:
    text, encoding = decode(PAGE.encode("cp1252"), "text/html; charset=windows-1252")
    assert (text, encoding) == (PAGE, "cp1252")


def test_the_header_beats_the_meta() -> None:
    data = ('<meta charset="utf-8">' + PAGE).encode("cp1252")
    text, encoding = decode(data, 'text/html; charset="ISO-8859-1"')
    assert encoding == "cp1252" and text.endswith(PAGE)


@pytest.mark.parametrize("meta", [
    '<meta charset="windows-1252">',
    "<meta charset=windows-1252>",
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
])
def test_a_meta_charset_is_used(meta: str) -> None:
    text, encoding = decode(f"<html><head>{meta}</head>{PAGE}".encode("cp1252"))
    assert encoding == "cp1252" and text.endswith(PAGE)


def test_a_meta_charset_in_another_script() -> None:
    russian = "<p>Привет, мир: это проверка кодировки страницы.</p>"
    text, encoding = decode(('<meta charset="koi8-r">' + russian).encode("koi8-r"))
    assert codecs.lookup(encoding).name == "koi8-r" and text.endswith(russian)


def test_a_meta_claiming_utf16_on_ascii_readable_bytes_means_utf8() -> None:
    text, encoding = decode(('<meta charset="utf-16">' + PAGE).encode("utf-8"))
    assert encoding == "utf-8" and text.endswith(PAGE)


def test_undeclared_utf8_is_utf8() -> None:
    assert decode(PAGE.encode("utf-8")) == (PAGE, "utf-8")


def test_undeclared_windows_1252_is_detected() -> None:
    text, encoding = decode(FRENCH.encode("cp1252"))
    assert (text, encoding) == (FRENCH, "cp1252")


def test_an_unknown_declared_charset_falls_through_to_detection() -> None:
    text, encoding = decode(PAGE.encode("utf-8"), "text/html; charset=x-no-such-charset")
    assert (text, encoding) == (PAGE, "utf-8")


def test_invalid_bytes_become_replacement_characters() -> None:
    text, encoding = decode(b"<p>ok \xff\xfe\x80 bad</p>", "text/html; charset=utf-8")
    assert encoding == "utf-8"
    assert text == "<p>ok \ufffd\ufffd\ufffd bad</p>"


def test_nul_bytes_never_reach_the_parser() -> None:
    text, _ = decode(b"<p>a\x00b</p>")
    assert "\x00" not in text and text == "<p>a\ufffdb</p>"
    text, _ = decode(b"\x00" * 100)
    assert "\x00" not in text


@pytest.mark.parametrize("data", [b"", b"\x00" * 100, bytes(range(256)) * 4, b"\xff\xfe\x00", b"\xef\xbb"])
def test_junk_never_raises(data: bytes) -> None:
    text, encoding = decode(data)
    assert isinstance(text, str) and encoding


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2048), content_type=st.one_of(st.none(), st.text(max_size=40)))
def test_decode_never_raises(data: bytes, content_type: str | None) -> None:
    text, encoding = decode(data, content_type)
    assert isinstance(text, str) and "\x00" not in text
    assert codecs.lookup(encoding)


def test_labels_map_to_python_codecs_and_browser_supersets() -> None:
    assert normalize_encoding("ISO-8859-1") == "cp1252"
    assert normalize_encoding(" 'UTF-8' ") == "utf-8"
    assert normalize_encoding("gb2312") == "gb18030"
    assert normalize_encoding("no-such-thing") is None
    assert normalize_encoding(None) is None
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type("text/html; Charset=Shift_JIS") == "shift_jis"
    assert detect_encoding(b"plain ascii") == "utf-8"


@pytest.mark.parametrize("data, html", [
    (b"<!doctype html><html><body>x</body></html>", True),
    (b"  \n<p>a fragment</p>", True),
    (codecs.BOM_UTF16_LE + "<html>x</html>".encode("utf-16-le"), True),
    (b"%PDF-1.7\n<< /Type /Catalog >>", False),
    (b"\x89PNG\r\n\x1a\n<", False),
    (b"\x1f\x8b\x08\x00<html>", False),
    (b"just words, no markup", False),
    (b"", False),
    (b"\x00" * 100, False),
])
def test_looks_like_html(data: bytes, html: bool) -> None:
    assert looks_like_html(data) is html
