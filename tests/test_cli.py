"""The installed ``cleannews`` command, run as a user runs it: in a subprocess.

Exit codes (cli.py, docs/usage.md): 0 ok, 2 usage, 3 unreadable input, 4 fetch failed,
5 not HTML, 6 no content found. Every expected failure is one line on stderr, no traceback.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cleannews

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "article.html"
TITLE = "ISIS Wants Alliance With Al-Qaeda, Says Iraqi Vice President"
FIRST = "If Al-Qaeda from Iraq wants to proclaim the Islamic State of the khalifate immediately"
LAST = "It is unclear how exactly both groups may work together"


def entry_point() -> str:
    """The console script installed next to this interpreter (not whatever is first on PATH)."""
    found = shutil.which("cleannews", path=str(Path(sys.executable).parent))
    assert found, f"the cleannews entry point is not installed next to {sys.executable}"
    return found


def run(*args: str, stdin: bytes | None = None, command: list[str] | None = None,
        env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*(command or [entry_point()]), *args], input=stdin if stdin is not None else b"",
        capture_output=True, timeout=120, env={**os.environ, **(env or {})}, cwd=cwd,
    )


def stdout(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b"", result.stderr.decode()
    return result.stdout.decode("utf-8")


def assert_fails(result: subprocess.CompletedProcess[bytes], code: int, *words: str) -> str:
    """Exit ``code``, nothing on stdout, exactly one line on stderr that names the problem."""
    err = result.stderr.decode("utf-8")
    assert result.returncode == code, f"exit {result.returncode}, stderr: {err}"
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, f"not one line: {err!r}"
    assert err.startswith("cleannews: ")
    for word in words:
        assert word in err
    assert result.stdout == b""
    return err


# -- success ---------------------------------------------------------------------------------------


def test_a_file_prints_the_title_then_the_body() -> None:
    out = stdout(run(str(EXAMPLE)))
    title, blank, *body = out.split("\n")
    assert (title, blank) == (TITLE, "")
    text = "\n".join(body)
    assert text.lstrip().startswith(FIRST) and LAST in text
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert "Most read" not in out and "All rights reserved" not in out


def test_stdin_is_read_with_a_dash() -> None:
    assert stdout(run("-", stdin=EXAMPLE.read_bytes())) == stdout(run(str(EXAMPLE)))


def test_python_dash_m_is_the_same_command() -> None:
    assert stdout(run(str(EXAMPLE), command=[sys.executable, "-m", "cleannews"])) == stdout(run(str(EXAMPLE)))


def test_format_text_is_the_default() -> None:
    assert stdout(run("--format", "text", str(EXAMPLE))) == stdout(run(str(EXAMPLE)))


def test_format_markdown() -> None:
    out = stdout(run("--format", "markdown", str(EXAMPLE)))
    assert out.startswith(f"# {TITLE}\n\n")
    assert FIRST in out


def test_format_json_holds_every_field() -> None:
    data = json.loads(stdout(run("-f", "json", "--url", "https://example.com/a", str(EXAMPLE))))
    assert list(data) == list(cleannews.Article().to_dict())
    assert data["title"] == TITLE and data["text"].startswith(FIRST)
    assert data["url"] == "https://example.com/a"
    assert data["backend"] in ("native", "trafilatura")


def test_format_html_is_the_sanitized_article() -> None:
    out = stdout(run("--format", "html", str(EXAMPLE)))
    assert out.startswith("<article>\n") and out.endswith("</article>\n")
    assert "<script" not in out and FIRST in out


def test_url_makes_links_absolute_in_a_file() -> None:
    page = EXAMPLE.read_text(encoding="utf-8").replace(
        "khalifate immediately", 'khalifate <a href="/glossary/khalifate">immediately</a>')
    out = stdout(run("-f", "html", "--url", "https://example.com/news/a", "-", stdin=page.encode()))
    assert '<a href="https://example.com/glossary/khalifate">immediately</a>' in out
    # Without --url, the page's canonical URL stands in.
    out = stdout(run("-f", "html", "-", stdin=page.encode()))
    assert '<a href="https://tigrisherald.example/glossary/khalifate">immediately</a>' in out


@pytest.mark.parametrize("backend", ["native", "trafilatura", "auto"])
def test_backend_is_chosen(backend: str) -> None:
    data = json.loads(stdout(run("--backend", backend, "-f", "json", str(EXAMPLE))))
    expected = "native" if backend == "auto" else backend  # the example is a full article
    assert data["backend"] == expected
    assert FIRST in data["text"]


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    result = run("-f", "markdown", "-o", str(target), str(EXAMPLE))
    assert stdout(result) == ""
    assert target.read_text(encoding="utf-8") == stdout(run("-f", "markdown", str(EXAMPLE)))


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    page = tmp_path / "cafe.html"
    paragraph = "Le café de la gare a rouvert ses portes — « enfin », disent les habitués du quartier. " * 6
    page.write_text(f"<html><head><meta charset='utf-8'><title>Café</title></head><body><article>"
                    f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>", encoding="utf-8")
    result = run(str(page), env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert "Le café de la gare" in stdout(result)


def test_version() -> None:
    assert stdout(run("--version")) == f"cleannews {cleannews.__version__}\n"


def test_help_lists_formats_backends_and_exit_codes() -> None:
    out = " ".join(stdout(run("--help")).split())
    assert out.startswith("usage: cleannews")
    for word in ("--format", "markdown", "json", "html", "--backend", "trafilatura", "--output",
                 "--url", "Exit codes", "6 no content"):
        assert word in out


# -- failures --------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    [], ["--no-such-option", "x"], ["--format", "pdf", "x"], ["--backend", "readability", "x"],
    ["a.html", "b.html"], [""], ["  "],
])
def test_bad_usage_exits_2(args: list[str]) -> None:
    assert_fails(run(*args), 2, "error", "--help")


def test_a_missing_file_exits_3(tmp_path: Path) -> None:
    assert_fails(run(str(tmp_path / "nope.html")), 3, "nope.html")


def test_a_directory_exits_3(tmp_path: Path) -> None:
    assert_fails(run(str(tmp_path)), 3, str(tmp_path))


def test_an_empty_file_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert_fails(run(str(empty)), 3, "empty")


def test_empty_stdin_exits_3() -> None:
    assert_fails(run("-", stdin=b""), 3, "stdin")


def test_an_unwritable_output_exits_3(tmp_path: Path) -> None:
    assert_fails(run("-o", str(tmp_path / "no" / "such" / "dir.txt"), str(EXAMPLE)), 3, "dir.txt")


@pytest.mark.parametrize("content", [b"%PDF-1.7\n1 0 obj << >> endobj\n", b"\x89PNG\r\n\x1a\n" + bytes(64),
                                     b"just words, nothing that looks like a page"])
def test_a_file_that_is_not_html_exits_5(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "thing.html"
    path.write_bytes(content)
    assert_fails(run(str(path)), 5, "not an HTML page")


@pytest.mark.parametrize("page", [
    "<html><head><title>Nothing here</title></head><body></body></html>",
    "<html><body><p> </p><div><span></span></div></body></html>",
])
def test_a_page_without_content_exits_6(tmp_path: Path, page: str) -> None:
    path = tmp_path / "blank.html"
    path.write_text(page, encoding="utf-8")
    assert_fails(run(str(path)), 6, "no article content")


def test_no_content_on_stdin_exits_6() -> None:
    assert_fails(run("-", stdin=b"<html><body></body></html>"), 6, "no article content")


# -- over HTTP, against a real local server --------------------------------------------------------


def test_a_url_is_fetched_and_cleaned(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/news/article").respond_with_data(
        EXAMPLE.read_bytes(), content_type="text/html; charset=utf-8")
    url = httpserver.url_for("/news/article")
    data = json.loads(stdout(run("-f", "json", url)))
    assert data["title"] == TITLE and data["text"].startswith(FIRST)
    assert data["url"] == url


def test_a_redirected_url_reports_the_final_address(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(EXAMPLE.read_bytes(), content_type="text/html")
    data = json.loads(stdout(run("-f", "json", httpserver.url_for("/old"))))
    assert data["url"] == httpserver.url_for("/new")


def test_a_404_exits_4(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/gone").respond_with_data("Not here", status=404, content_type="text/html")
    assert_fails(run(httpserver.url_for("/gone")), 4, "404", httpserver.url_for("/gone"))


def test_a_pdf_exits_5(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/paper.pdf").respond_with_data(
        b"%PDF-1.7\n1 0 obj << >> endobj\n", content_type="application/pdf")
    assert_fails(run(httpserver.url_for("/paper.pdf")), 5, "application/pdf")


def test_a_refused_connection_exits_4() -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago and has no listener
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert_fails(run(f"http://127.0.0.1:{port}/a"), 4, f"127.0.0.1:{port}")


def test_an_empty_page_over_http_exits_6(httpserver) -> None:  # type: ignore[no-untyped-def]
    httpserver.expect_request("/blank").respond_with_data("<html><body></body></html>",
                                                          content_type="text/html")
    assert_fails(run(httpserver.url_for("/blank")), 6, "no article content")
