"""Readers: URL lists, folders, files and WARC archives -> Items (one per input)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from batchpages import article, warc_record, write_warc

from cleannews.batch.inputs import file_item, folder_files, open_source, url_items, warc_items
from cleannews.errors import InputError


def test_url_items_skip_blank_lines_and_comments() -> None:
    items = list(url_items(["https://a.example/1\n", "  ", "# note", " https://a.example/2 "]))
    assert [(i.id, i.url, i.needs_fetch) for i in items] == [
        ("https://a.example/1", "https://a.example/1", True),
        ("https://a.example/2", "https://a.example/2", True)]


def test_a_folder_gives_its_html_files_recursively_gz_included(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.html").write_text(article(1))
    (tmp_path / "sub" / "b.htm.gz").write_bytes(gzip.compress(article(2).encode()))
    (tmp_path / "notes.txt").write_text("not a page")
    files = folder_files(tmp_path)
    assert [p.name for p in files] == ["a.html", "b.htm.gz"]
    item = file_item(files[1])
    assert item.error is None and b"Story 2" in (item.content or b"")


def test_an_unreadable_or_non_html_file_is_an_item_with_its_error(tmp_path: Path) -> None:
    pdf = tmp_path / "x.html"
    pdf.write_bytes(b"%PDF-1.4")
    broken = tmp_path / "y.html.gz"
    broken.write_bytes(b"not gzip")
    assert type(file_item(pdf).error).__name__ == "NotHTML"
    assert type(file_item(broken).error).__name__ == "InputError"
    assert type(file_item(tmp_path / "missing.html").error).__name__ == "InputError"


def test_warc_response_records_become_items_and_failures_keep_their_reason(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "t.warc.gz", [
        warc_record("https://a.example/1", article(1).encode()),
        warc_record("https://a.example/2", b"%PDF-1.4", content_type="application/pdf"),
        warc_record("https://a.example/3", b"gone", status="404 Not Found"),
        warc_record("https://a.example/4", gzip.compress(article(4).encode()), encoding="gzip"),
    ])
    items = list(warc_items(path))
    assert [i.url for i in items] == [f"https://a.example/{n}" for n in (1, 2, 3, 4)]
    assert all(i.id.startswith("<urn:uuid:") for i in items) and len({i.id for i in items}) == 4
    assert b"Story 1" in (items[0].content or b"") and items[0].content_type == "text/html; charset=utf-8"
    assert type(items[1].error).__name__ == "NotHTML"
    assert type(items[2].error).__name__ == "HTTPStatusError" and "404" in str(items[2].error)
    assert b"Story 4" in (items[3].content or b"")  # the Content-Encoding is undone


def test_a_warc_cut_off_mid_record_ends_in_an_error_item(tmp_path: Path) -> None:
    whole = warc_record("https://a.example/1", article(1).encode())
    cut = gzip.decompress(warc_record("https://a.example/2", article(2).encode()))[:300]
    path = tmp_path / "cut.warc"
    path.write_bytes(gzip.decompress(whole) + cut)
    items = list(warc_items(path))
    assert items[0].error is None
    assert len(items) == 2 and type(items[1].error).__name__ == "InputError"


def test_open_source_tells_the_kinds_apart(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_text(article(1))
    urls = tmp_path / "urls.txt"
    urls.write_text("https://a.example/1\nhttps://a.example/2\n")
    warc = write_warc(tmp_path / "c.warc.gz", [warc_record("https://a.example/1", b"<p>x</p>")])
    page = tmp_path / "pages" / "a.html"
    kinds = {name: (s.kind, s.size) for name, s in
             ((n, open_source(str(p))) for n, p in [("urls", urls), ("dir", tmp_path / "pages"),
                                                      ("warc", warc), ("page", page)])}
    assert kinds == {"urls": ("urls", 2), "dir": ("folder", 1), "warc": ("warc", None), "page": ("file", 1)}
    assert open_source("https://a.example/x").kind == "urls"
    with pytest.raises(InputError, match="no such file"):
        open_source(str(tmp_path / "missing.txt"))
