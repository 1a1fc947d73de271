"""``cleannews explain``, run as a user runs it: the installed command, in a subprocess.

Exit codes as for ``cleannews``: 0 ok, 2 usage, 3 unreadable input or output, 4 fetch failed,
5 not HTML. Every expected failure is one line on stderr, nothing on stdout, no traceback.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from explainpages import SEED, TITLE, article_page

import cleannews


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(article_page(), encoding="utf-8")
    return path


def run(command: list[str], *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*command, "explain", *args], input=stdin, capture_output=True, timeout=120)


def ok(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode("utf-8")


def assert_fails(result: subprocess.CompletedProcess[bytes], code: int, *words: str) -> None:
    err = result.stderr.decode("utf-8")
    assert result.returncode == code, f"exit {result.returncode}: {err}"
    assert err.startswith("cleannews explain: ") and err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err and result.stdout == b""
    for word in words:
        assert word in err


def test_a_file_gives_the_html_report_on_stdout(cleannews_command: list[str], page: Path) -> None:
    html = ok(run(cleannews_command, str(page)))
    explanation = cleannews.explain(page.read_bytes())
    assert html == explanation.to_html()
    assert html.startswith("<!DOCTYPE html>") and f"<h1>{TITLE}</h1>" in html


def test_dash_o_writes_the_report(cleannews_command: list[str], page: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert ok(run(cleannews_command, str(page), "-o", str(out))) == ""
    assert 'id="counts"' in out.read_text(encoding="utf-8")


def test_json_is_the_explanation(cleannews_command: list[str], page: Path) -> None:
    data = json.loads(ok(run(cleannews_command, str(page), "--format", "json", "--url", "https://example.com/h")))
    assert data["format"] == "cleannews-explain" and data["url"] == "https://example.com/h"
    assert data["counts"] == cleannews.explain(page.read_bytes(), "https://example.com/h").counts


def test_backend_and_focus_are_passed_on(cleannews_command: list[str], page: Path) -> None:
    args = [str(page), "-f", "json", "-b", "native", "--focus", "recall"]
    data = json.loads(ok(run(cleannews_command, *args)))
    assert (data["backend"], data["focus"], data["article_backend"]) == ("native", "recall", "native")
    assert not any(block["rule"].startswith("trim:") for block in data["blocks"])


def test_stdin_with_a_dash(cleannews_command: list[str]) -> None:
    data = json.loads(ok(run(cleannews_command, "-", "-f", "json", stdin=SEED.read_bytes())))
    assert data["counts"]["kept"] == 13


def test_a_url_is_fetched(cleannews_command: list[str], httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/news/harbour").respond_with_data(
        article_page(), content_type="text/html; charset=utf-8")
    url = httpserver.url_for("/news/harbour")
    data = json.loads(ok(run(cleannews_command, url, "-f", "json")))
    assert data["url"] == url and data["article"]["title"] == TITLE


def test_a_404_exits_4(cleannews_command: list[str], httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/gone").respond_with_data("Not here", status=404, content_type="text/html")
    assert_fails(run(cleannews_command, httpserver.url_for("/gone")), 4, "404")


def test_a_missing_file_exits_3(cleannews_command: list[str], tmp_path: Path) -> None:
    assert_fails(run(cleannews_command, str(tmp_path / "nope.html")), 3, "nope.html")


def test_an_unwritable_output_exits_3(cleannews_command: list[str], page: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "dir.html"
    assert_fails(run(cleannews_command, str(page), "-o", str(out)), 3, "cannot write")


def test_a_file_that_is_not_html_exits_5(cleannews_command: list[str], tmp_path: Path) -> None:
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01\x02 binary")
    assert_fails(run(cleannews_command, str(pdf)), 5, "not an HTML page")


@pytest.mark.parametrize("args", [[], ["page.html", "--format", "xml"], ["page.html", "--bogus"], [""]])
def test_bad_usage_exits_2(cleannews_command: list[str], args: list[str]) -> None:
    assert_fails(run(cleannews_command, *args), 2, "--help")


def test_help_exits_0(cleannews_command: list[str]) -> None:
    assert "report" in ok(run(cleannews_command, "--help"))
