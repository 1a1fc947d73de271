"""The gate (snippets, title, empty) and the reviewable diff, at library level."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from cleannews.fixtures import Fixture, approve, check_fixture, check_snippets, record

BODY = "First paragraph about the harbour.\n\nSecond one, about  the\nboats.\n\nThird: the fees."


def fixture(**fields: object) -> Fixture:
    return replace(Fixture(path=Path("."), name="f"), **fields)  # type: ignore[arg-type]


def test_with_snippets_must_all_appear_in_order() -> None:
    assert check_snippets(BODY, fixture(with_=("First paragraph", "about the boats", "the fees"))) == []
    assert check_snippets(BODY, fixture(with_=("the fees", "First paragraph"))) == [
        "out of order: 'First paragraph' comes before 'the fees'"]
    assert check_snippets(BODY, fixture(with_=("the fees", "First paragraph"), ordered=False)) == []
    assert check_snippets(BODY, fixture(with_=("the lighthouse",))) == ["missing: 'the lighthouse'"]


def test_without_snippets_must_not_appear() -> None:
    assert check_snippets(BODY, fixture(without=("Most popular",))) == []
    assert check_snippets(BODY, fixture(without=("Third:  the\nfees",))) == ["unwanted: 'Third:  the\\nfees'"]


def test_title_and_empty_checks() -> None:
    assert check_snippets(BODY, fixture(title="A title"), title="A title") == []
    assert check_snippets(BODY, fixture(title="A title"), title="Site | A title") == [
        "title is 'Site | A title', expected 'A title'"]
    assert check_snippets("", fixture(empty=True)) == []
    assert check_snippets(BODY, fixture(empty=True))[0].startswith("expected no article, got")


def test_snippets_compare_modulo_unicode_normalization() -> None:
    assert check_snippets("Caf\u00e9 au lait", fixture(with_=("Cafe\u0301 au",))) == []


def test_recorded_fixture_is_approved_and_a_change_shows_as_a_diff(tmp_path: Path, pages: Any) -> None:
    PARAGRAPHS, TITLE, article_page = pages.PARAGRAPHS, pages.TITLE, pages.article
    page = tmp_path / "in.html"
    page.write_text(article_page(), encoding="utf-8")
    outcome = record(str(page), "harbour", tmp_path / "fx", url="https://coast.example/harbour")
    saved = check_fixture(outcome.fixture)
    assert saved.status == "ok", saved.report()
    assert saved.article.title == TITLE

    changed = PARAGRAPHS[:1] + [PARAGRAPHS[1].replace("three times", "four times")] + PARAGRAPHS[2:]
    outcome.fixture.page_path.write_text(article_page(changed), encoding="utf-8")
    after = check_fixture(outcome.fixture)
    assert after.status == "changed"
    assert after.passed
    assert "-Boats moored inside the old basin have been damaged three times" in after.diff
    assert "+Boats moored inside the old basin have been damaged four times" in after.diff
    assert "harbour/expected.txt (approved)" in after.report()

    assert approve(after) is True
    assert check_fixture(outcome.fixture).status == "ok"
    assert approve(check_fixture(outcome.fixture)) is False
