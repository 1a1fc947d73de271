"""Recording a page served over HTTP: bytes, headers, final URL and charset are kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

RUSSIAN = [
    "Городской совет утвердил план ремонта набережной, который обсуждали почти два года.",
    "Работы начнутся в апреле и продлятся до конца лета; движение по нижней дороге будет закрыто.",
    "Жители прибрежных улиц просили сохранить старые фонари, и проектировщики согласились.",
]


def test_record_a_served_page_then_check_and_update(cli: Any, pages: Any, tmp_path: Path,
                                                    httpserver: HTTPServer) -> None:
    # windows-1251 bytes with the charset only in the Content-Type header: the fixture must keep it
    title = "Набережную отремонтируют к осени"
    body = pages.article(RUSSIAN, title=title, charset=None).encode("windows-1251")
    httpserver.expect_request("/old-address").respond_with_data(
        "", status=301, headers={"Location": httpserver.url_for("/news/embankment")})
    httpserver.expect_request("/news/embankment").respond_with_data(
        body, headers={"Content-Type": "text/html; charset=windows-1251", "Content-Language": "ru",
                       "Set-Cookie": "session=secret"})
    result = cli("fixture", "record", httpserver.url_for("/old-address"), "--name", "embankment",
                 "--dir", tmp_path / "fx")
    assert result.returncode == 0, result.stderr
    directory = tmp_path / "fx" / "embankment"
    assert (directory / "page.html").read_bytes() == body
    spec = json.loads((directory / "fixture.json").read_text(encoding="utf-8"))
    assert spec["url"] == httpserver.url_for("/news/embankment")
    assert spec["headers"] == {"content-type": "text/html; charset=windows-1251", "content-language": "ru"}
    assert spec["recorded"]["source"] == httpserver.url_for("/old-address")
    assert spec["recorded"]["status"] == 200
    assert spec["title"] == title
    expected = (directory / "expected.txt").read_text(encoding="utf-8")
    assert RUSSIAN[0] in expected and RUSSIAN[-1] in expected

    assert cli("fixture", "check", tmp_path / "fx").returncode == 0
    # past the first eight words, so the recorded snippet suggestions still hold
    edited = body.replace("конца лета".encode("windows-1251"), "конца осени".encode("windows-1251"))
    (directory / "page.html").write_bytes(edited)
    changed = cli("fixture", "check", tmp_path / "fx")
    assert changed.returncode == 1
    assert "+Работы начнутся в апреле и продлятся до конца осени" in changed.stdout
    assert cli("fixture", "update", "embankment", "--dir", tmp_path / "fx").returncode == 0
    assert cli("fixture", "check", tmp_path / "fx").returncode == 0


def test_fetch_failures_are_reported_in_one_line(cli: Any, tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    httpserver.expect_request("/feed").respond_with_data("{}", content_type="application/json")
    gone = cli("fixture", "record", httpserver.url_for("/gone"), "--name", "gone", "--dir", tmp_path)
    assert gone.returncode == 4
    assert gone.stderr.startswith("cleannews fixture: error: HTTP 404")
    assert httpserver.url_for("/gone") in gone.stderr and len(gone.stderr.strip().splitlines()) == 1
    feed = cli("fixture", "record", httpserver.url_for("/feed"), "--name", "feed", "--dir", tmp_path)
    assert feed.returncode == 5
    assert len(feed.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "gone").exists() and not (tmp_path / "feed").exists()
