"""The benchmark's scoring code on tiny inputs (benchmarks/scoring.py, shared with the CI gate)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package lives at the repo root

from benchmarks import gate  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    ABSENT,
    CORRECT,
    INVENTED,
    MISSED,
    WRONG,
    Gold,
    Prediction,
    count_snippets,
    gate_metrics,
    html_to_text,
    meta_outcome,
    norm_author,
    norm_date,
    norm_language,
    norm_title,
    prf,
    score_page,
    summarise,
    summarise_by,
    tokens,
)


def test_tokens_are_lowercased_word_runs() -> None:
    assert tokens("Hello, World! it's 2024") == ["hello", "world", "it", "s", "2024"]
    assert tokens("") == [] and tokens(None) == []


def test_prf_counts_overlap_as_a_multiset() -> None:
    # predicted a a b (3 tokens), gold a b c d (4): overlap a, b = 2
    score = prf("a a b", "a b c d")
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 4)
    assert score.f1 == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))


def test_prf_is_case_and_punctuation_blind() -> None:
    assert prf("The CAT, sat.", "the cat sat").f1 == 1.0


def test_prf_empty_sides() -> None:
    assert prf("", "") == prf(None, "...")  # both empty: perfect
    assert prf("", "").f1 == 1.0
    assert prf("words", "").f1 == 0.0 and prf("words", "").precision == 0.0
    assert prf("", "gold words").f1 == 0.0
    assert prf("x y", "a b").f1 == 0.0


def test_snippets_are_case_and_whitespace_insensitive() -> None:
    text = "First   paragraph\n\nSecond Paragraph here."
    assert count_snippets(text, ["first paragraph", "SECOND paragraph", "missing"]) == (2, 3)
    assert count_snippets(None, ["a"]) == (0, 1)
    assert count_snippets("x", ["", "  "]) == (0, 0)  # blank snippets are not counted


def test_html_to_text_keeps_blocks_apart_and_drops_scripts() -> None:
    html = "<div><p>one<b>two</b></p><p>three</p><script>var x</script><ul><li>four</li></ul></div>"
    assert html_to_text(html) == "onetwo\nthree\nfour"
    assert html_to_text("") == ""


def test_title_normalisation() -> None:
    assert norm_title("  “The  Title”  ") == "the title"
    assert norm_title("ＴＩＴＬＥ") == "title"  # NFKC
    assert norm_title("A Beginner’s “Guide”") == norm_title("A Beginner's \"Guide\"")
    assert norm_title(None) == ""


def test_author_normalisation_ignores_order_joiners_and_by() -> None:
    assert norm_author("By Jane Doe and John Smith") == norm_author("John Smith, Jane Doe")
    assert norm_author("Jane Doe") != norm_author("Jane Roe")
    assert norm_author("by") == ""


def test_date_and_language_normalisation() -> None:
    assert norm_date("2019-1-5T10:00:00Z") == "2019-01-05"
    assert norm_date("2024-03-09") == "2024-03-09"
    assert norm_date("March 9, 2024") == ""  # only ISO dates are read
    assert norm_language("en-US") == norm_language("EN_gb") == norm_language("en") == "en"


def test_meta_outcomes() -> None:
    assert meta_outcome("title", "A Title", "a title") == CORRECT
    assert meta_outcome("title", "Other", "a title") == WRONG
    assert meta_outcome("title", None, "a title") == MISSED
    assert meta_outcome("author", "Someone", None) == INVENTED
    assert meta_outcome("author", "", "") == ABSENT


def test_score_and_summarise_pages() -> None:
    gold_a = Gold("alpha beta", ("alpha",), ("menu",), {"title": "T", "author": None})
    gold_b = Gold("gamma delta", ("delta",), (), {"title": "U", "author": "Ann"})
    gold_c = Gold(None, (), (), {"title": "V"})  # body unknown: left out of the body means
    scores = [
        score_page(Prediction("alpha beta menu", title="t", author="Bob"), gold_a),
        score_page(Prediction("", title=None, author="ann"), gold_b),
        score_page(Prediction("whatever", title="V"), gold_c),
    ]
    summary = summarise(scores)
    assert summary.pages == 3 and summary.body_pages == 2
    assert summary.f1 == pytest.approx((0.8 + 0.0) / 2)
    assert summary.precision == pytest.approx((2 / 3 + 0) / 2)
    assert summary.with_found == pytest.approx(1 / 2)
    assert summary.without_leaked == pytest.approx(1.0)
    assert summary.meta["title"].accuracy == pytest.approx(2 / 3)
    assert summary.meta["author"].accuracy == 1.0 and summary.meta["author"].invented == 1.0
    assert "date" not in summary.meta

    by_type = summarise_by(scores, ["article", "forum", None])
    assert set(by_type) == {"article", "forum"}
    metrics = gate_metrics(summary, by_type)
    assert metrics["f1"] == pytest.approx(0.4)
    assert metrics["f1:article"] == pytest.approx(0.8) and metrics["f1:forum"] == 0.0
    assert metrics["meta:title"] == pytest.approx(2 / 3)


def test_summarise_nothing() -> None:
    summary = summarise([])
    assert summary.f1 is None and summary.with_found is None and summary.meta == {}


def test_gate_check_and_floor_updates() -> None:
    measured = {"cleannews-native": {"wcxb-dev": {"f1": 0.70, "meta:title": 0.90}}}
    floors = {"cleannews-native": {"wcxb-dev": {"f1": 0.72, "meta:title": 0.85, "f1:forum": 0.5}}}
    problems = gate.check(measured, floors)
    assert any("f1: 0.7000 < floor 0.7200" in p for p in problems)
    assert any("f1:forum: not measured" in p for p in problems)
    assert not any("meta:title" in p for p in problems)

    raised, changes = gate.updated_floors(floors, measured, margin=0.005, allow_lower=False)
    assert raised["cleannews-native"]["wcxb-dev"]["f1"] == 0.72  # not lowered without the flag
    assert raised["cleannews-native"]["wcxb-dev"]["meta:title"] == pytest.approx(0.895)
    assert raised["cleannews-native"]["wcxb-dev"]["f1:forum"] == 0.5  # unmeasured floors are kept
    assert any(c.startswith("kept") for c in changes)
    assert floors["cleannews-native"]["wcxb-dev"]["f1"] == 0.72  # the input is not mutated

    lowered, _ = gate.updated_floors(floors, measured, margin=0.005, allow_lower=True)
    assert lowered["cleannews-native"]["wcxb-dev"]["f1"] == pytest.approx(0.695)

    fresh, _ = gate.updated_floors({}, measured, margin=0.005, allow_lower=False)
    assert fresh["cleannews-native"]["wcxb-dev"]["f1"] == pytest.approx(0.695)
