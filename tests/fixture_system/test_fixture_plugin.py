"""The pytest plugin: fixture directories become tests in a plain pytest run."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from cleannews.fixtures import record


def make_fixtures(root: Path, pages: Any) -> Path:
    """Two recorded fixtures under root/fixtures: 'good' passes, 'bad' has an unwanted snippet."""
    source = root / "source.html"
    source.write_text(pages.article(), encoding="utf-8")
    for name in ("good", "bad"):
        record(str(source), name, root / "fixtures", url=f"https://coast.example/{name}")
    spec_path = root / "fixtures" / "bad" / "fixture.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["without"] = ["written promise"]
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    source.unlink()
    return root / "fixtures"


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("cleannews") == "cleannews.fixtures.pytest_plugin"


def test_each_fixture_is_a_test_and_a_failure_shows_the_failed_check(run_pytest: Any, pages: Any,
                                                                       tmp_path: Path) -> None:
    make_fixtures(tmp_path, pages)
    (tmp_path / "unrelated").mkdir()
    (tmp_path / "unrelated" / "fixture.json").write_text('{"users": []}', encoding="utf-8")
    result = run_pytest("-rA", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert "1 failed, 1 passed" in result.stdout
    assert "PASSED fixtures/good/fixture.json::good" in result.stdout
    assert "FAILED fixtures/bad/fixture.json::bad" in result.stdout
    assert "unwanted: 'written promise'" in result.stdout


def test_a_changed_snapshot_warns_and_fails_only_when_strict(run_pytest: Any, pages: Any,
                                                             tmp_path: Path) -> None:
    fixtures = make_fixtures(tmp_path, pages)
    edited = [p.replace("six weeks", "eight weeks") for p in pages.PARAGRAPHS]
    (fixtures / "good" / "page.html").write_text(pages.article(edited), encoding="utf-8")

    lenient = run_pytest("fixtures/good", cwd=tmp_path)
    assert lenient.returncode == 0, lenient.stdout
    assert "FixtureChangedWarning: fixture good differs from its approved output" in lenient.stdout

    strict = run_pytest("fixtures/good", "--cleannews-strict", cwd=tmp_path)
    assert strict.returncode == 1
    assert "good: changed" in strict.stdout
    assert "-Engineers expect the work to start in late spring and to close the outer channel for " \
           "about six weeks" in strict.stdout
    assert "+Engineers expect the work to start in late spring and to close the outer channel for " \
           "about eight weeks" in strict.stdout

    (tmp_path / "pytest.ini").write_text("[pytest]\ncleannews_strict = true\n", encoding="utf-8")
    assert run_pytest("fixtures/good", cwd=tmp_path).returncode == 1

    assert run_pytest("fixtures/good", "--cleannews-update", cwd=tmp_path).returncode == 0
    assert run_pytest("fixtures/good", "--cleannews-strict", cwd=tmp_path).returncode == 0


def test_a_malformed_fixture_is_a_collection_error(run_pytest: Any, pages: Any, tmp_path: Path) -> None:
    fixtures = make_fixtures(tmp_path, pages)
    spec_path = fixtures / "good" / "fixture.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["witout"] = spec.pop("without")
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    result = run_pytest("fixtures/good", cwd=tmp_path)
    assert result.returncode != 0
    assert "unknown key(s) 'witout'" in result.stdout


def test_the_plugin_can_be_disabled(run_pytest: Any, pages: Any, tmp_path: Path) -> None:
    make_fixtures(tmp_path, pages)
    result = run_pytest("-p", "no:cleannews", cwd=tmp_path)
    assert result.returncode == 5, result.stdout  # no tests collected
