"""``cleannews fixture record|check|update`` on files, through the installed command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def record_harbour(cli: Any, pages: Any, tmp_path: Path) -> Path:
    page = tmp_path / "harbour.html"
    page.write_text(pages.article(), encoding="utf-8")
    result = cli("fixture", "record", page, "--name", "harbour", "--dir", tmp_path / "fx",
                 "--url", "https://coast.example/local/harbour")
    assert result.returncode == 0, result.stderr
    assert "recorded harbour" in result.stdout
    return tmp_path / "fx" / "harbour"


def test_record_saves_the_page_the_extraction_and_editable_snippets(cli: Any, pages: Any,
                                                                    tmp_path: Path) -> None:
    directory = record_harbour(cli, pages, tmp_path)
    assert sorted(p.name for p in directory.iterdir()) == ["expected.json", "expected.txt", "fixture.json",
                                                           "page.html"]
    assert (directory / "page.html").read_bytes() == (tmp_path / "harbour.html").read_bytes()
    spec = json.loads((directory / "fixture.json").read_text(encoding="utf-8"))
    assert spec["format"] == "cleannews-fixture"
    assert spec["format_version"] == 1
    assert spec["url"] == "https://coast.example/local/harbour"
    assert spec["title"] == pages.TITLE
    assert spec["with"] and spec["without"] == []
    expected = (directory / "expected.txt").read_text(encoding="utf-8")
    assert all(snippet in expected for snippet in spec["with"])
    assert json.loads((directory / "expected.json").read_text(encoding="utf-8"))["title"] == pages.TITLE


def test_check_passes_then_shows_a_diff_then_update_approves(cli: Any, pages: Any, tmp_path: Path) -> None:
    directory = record_harbour(cli, pages, tmp_path)
    fixtures = tmp_path / "fx"
    result = cli("fixture", "check", fixtures)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "harbour: ok" in result.stdout

    edited = [p.replace("ninety metres", "one hundred metres") for p in pages.PARAGRAPHS]
    (directory / "page.html").write_text(pages.article(edited), encoding="utf-8")
    result = cli("fixture", "check", fixtures)
    assert result.returncode == 1
    assert "harbour: changed" in result.stdout
    assert "--- harbour/expected.txt (approved)" in result.stdout
    assert "+++ harbour/expected.txt (extracted now)" in result.stdout
    assert "-The harbour authority voted on Tuesday to extend the eastern breakwater by ninety" in (
        result.stdout)
    assert "+The harbour authority voted on Tuesday to extend the eastern breakwater by one hundred" in (
        result.stdout)
    assert cli("fixture", "check", fixtures, "--allow-changes").returncode == 0

    result = cli("fixture", "update", "harbour", "--dir", fixtures)
    assert result.returncode == 0, result.stderr
    assert "harbour: approved" in result.stdout
    assert cli("fixture", "check", fixtures).returncode == 0
    assert "harbour: unchanged" in cli("fixture", "update", "--dir", fixtures).stdout


def test_snippets_are_the_gate(cli: Any, pages: Any, tmp_path: Path) -> None:
    directory = record_harbour(cli, pages, tmp_path)
    spec_path = directory / "fixture.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["with"] = ["extend the eastern breakwater", "mooring fees would not rise"]
    spec["without"] = ["Most popular", "Ferry timetable", "About us"]
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    assert cli("fixture", "check", directory).returncode == 0

    spec["without"].append("written promise")
    spec["with"].append("a sentence the article never had")
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    result = cli("fixture", "check", directory, "--allow-changes")
    assert result.returncode == 1
    assert "harbour: FAIL" in result.stdout
    assert "missing: 'a sentence the article never had'" in result.stdout
    assert "unwanted: 'written promise'" in result.stdout
    assert "1 fixture(s): 1 FAIL" in result.stdout
    # approving the snapshot does not make a failing snippet pass
    assert cli("fixture", "update", "--dir", tmp_path / "fx").returncode == 0
    assert cli("fixture", "check", directory).returncode == 1


def test_a_page_without_an_article_records_as_empty(cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "login.html"
    page.write_text('<!DOCTYPE html><html><head><title>Loading…</title></head><body><div id="app"></div>'
                    '<script src="/app.js"></script></body></html>', encoding="utf-8")
    result = cli("fixture", "record", page, "--name", "login", "--dir", tmp_path / "fx")
    assert result.returncode == 0, result.stderr
    spec = json.loads((tmp_path / "fx" / "login" / "fixture.json").read_text(encoding="utf-8"))
    assert spec["empty"] is True and spec["with"] == []
    assert cli("fixture", "check", tmp_path / "fx").returncode == 0


def test_errors_are_one_line_with_distinct_exit_codes(cli: Any, pages: Any, tmp_path: Path) -> None:
    record_harbour(cli, pages, tmp_path)
    page = tmp_path / "harbour.html"
    again = cli("fixture", "record", page, "--name", "harbour", "--dir", tmp_path / "fx")
    assert again.returncode == 3
    assert again.stderr.strip() == ("cleannews fixture: error: fixture 'harbour' already exists in "
                                    f"{tmp_path / 'fx'} (use --force to replace it)")
    forced = cli("fixture", "record", page, "--name", "harbour", "--dir", tmp_path / "fx", "--force")
    assert forced.returncode == 0

    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert cli("fixture", "record", binary, "--name", "photo", "--dir", tmp_path / "fx").returncode == 5
    assert cli("fixture", "record", tmp_path / "missing.html", "--name", "m").returncode == 3
    assert cli("fixture", "record", page, "--name", "../escape").returncode == 3
    assert cli("fixture", "check", tmp_path / "nowhere").returncode == 3
    unknown = cli("fixture", "update", "nosuch", "--dir", tmp_path / "fx")
    assert unknown.returncode == 3 and "no fixture named nosuch" in unknown.stderr
    usage = [cli("fixture", "frobnicate"), cli("fixture", "record", "", "--name", "empty")]
    assert [result.returncode for result in usage] == [2, 2]
    assert "empty" in usage[1].stderr
    for result in (again, unknown, *usage):
        assert len(result.stderr.strip().splitlines()) == 1


def test_markdown_fixtures_keep_expected_md(cli: Any, pages: Any, tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(pages.article(), encoding="utf-8")
    result = cli("fixture", "record", page, "--name", "md", "--dir", tmp_path / "fx", "--output", "markdown")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fx" / "md" / "expected.md").is_file()
    assert not (tmp_path / "fx" / "md" / "expected.txt").exists()
    assert cli("fixture", "check", tmp_path / "fx").returncode == 0
    listing = cli("fixture", "list", tmp_path / "fx")
    assert listing.returncode == 0 and listing.stdout.startswith("md\t")
