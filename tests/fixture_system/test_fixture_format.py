"""fixture.json: reading, validation, writing and discovery."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleannews.fixtures import (
    FORMAT_VERSION,
    Fixture,
    FixtureError,
    find_fixtures,
    is_fixture_dir,
    load_fixture,
)


def write(directory: Path, **fields: object) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    data = {"format": "cleannews-fixture", "format_version": 1, "name": directory.name, **fields}
    (directory / "fixture.json").write_text(json.dumps(data), encoding="utf-8")
    (directory / "page.html").write_text("<p>hello</p>", encoding="utf-8")
    return directory


def test_a_minimal_fixture_gets_the_documented_defaults(tmp_path: Path) -> None:
    fixture = load_fixture(write(tmp_path / "minimal"))
    assert (fixture.name, fixture.backend, fixture.output, fixture.ordered, fixture.empty) == (
        "minimal", "auto", "text", True, False)
    assert fixture.page_path == tmp_path / "minimal" / "page.html"
    assert fixture.expected_body_path.name == "expected.txt"


def test_writing_and_reading_round_trips(tmp_path: Path) -> None:
    directory = write(tmp_path / "round")
    fixture = Fixture(path=directory, name="round", url="https://a.example/x",
                      headers={"Content-Type": "text/html"}, output="markdown", title="T",
                      with_=("a", "b"), without=("c",), ordered=False, description="d",
                      recorded={"status": 200})
    (directory / "fixture.json").write_text(fixture.to_json(), encoding="utf-8")
    again = load_fixture(directory)
    assert again == fixture
    assert again.content_type == "text/html"
    assert again.expected_body_path.name == "expected.md"
    assert json.loads(fixture.to_json())["format_version"] == FORMAT_VERSION


@pytest.mark.parametrize(("fields", "message"), [
    ({"witout": ["x"]}, "unknown key(s) 'witout'"),
    ({"format_version": FORMAT_VERSION + 1}, "newer than this cleannews reads"),
    ({"format_version": "1"}, "positive integer"),
    ({"with": "just one string"}, "'with' must be a list of non-empty strings"),
    ({"without": [""]}, "'without' must be a list of non-empty strings"),
    ({"backend": "magic"}, "unknown backend 'magic'"),
    ({"output": "html"}, "unknown output 'html'"),
    ({"empty": True, "with": ["x"]}, "cannot also list"),
    ({"page": "../elsewhere.html"}, "file name inside the fixture directory"),
    ({"ordered": "yes"}, "'ordered' must be true or false"),
])
def test_malformed_fixtures_are_refused_with_a_one_line_reason(tmp_path: Path, fields: dict[str, object],
                                                               message: str) -> None:
    with pytest.raises(FixtureError) as caught:
        load_fixture(write(tmp_path / "bad", **fields))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_missing_page_is_reported(tmp_path: Path) -> None:
    directory = write(tmp_path / "nopage")
    (directory / "page.html").unlink()
    with pytest.raises(FixtureError, match="page file 'page.html' is missing"):
        load_fixture(directory)


def test_other_fixture_json_files_are_not_fixtures(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "fixture.json").write_text('{"users": []}', encoding="utf-8")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "fixture.json").write_text("{not json", encoding="utf-8")
    assert not is_fixture_dir(other)
    assert not is_fixture_dir(broken)
    assert find_fixtures(tmp_path) == []


def test_find_fixtures_walks_folders_and_accepts_a_single_fixture(tmp_path: Path) -> None:
    write(tmp_path / "b")
    write(tmp_path / "group" / "a")
    write(tmp_path / ".hidden" / "c")
    assert [f.name for f in find_fixtures(tmp_path)] == ["b", "a"]
    assert [f.name for f in find_fixtures(tmp_path / "b")] == ["b"]
    with pytest.raises(FixtureError, match="no such directory"):
        find_fixtures(tmp_path / "missing")
