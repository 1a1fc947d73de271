"""The benchmark counts how often cleannews-auto falls back to trafilatura, from the page
through the per-worker tally and the summary to the report (benchmarks/run.py, report.py)."""

from __future__ import annotations

import dataclasses
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package lives at the repo root

from benchmarks import report  # noqa: E402
from benchmarks.datasets import READABILITY, WCXB, Page  # noqa: E402
from benchmarks.extractors import AUTO, BY_NAME, Outcome, fell_back  # noqa: E402
from benchmarks.run import Tally, interleaved_pass, summarise_run  # noqa: E402
from benchmarks.scoring import Gold, Prediction, score_page  # noqa: E402
from cleannews.blocks import Paragraph, Span  # noqa: E402
from cleannews.extractors import auto  # noqa: E402
from cleannews.extractors.base import Body  # noqa: E402

NATIVE = "cleannews-native"

# (dataset, page type, backend that made auto's body)
PAGES = [
    (WCXB, "article", "trafilatura"),
    (WCXB, "article", "native"),
    (WCXB, "forum", "trafilatura"),
    (READABILITY, None, "native"),
]


def page(index: int, dataset: str, page_type: str | None, html: str = "<p>body</p>") -> Page:
    return Page(dataset, f"p{index}", None, page_type, html, Gold("body"))


def tally_of(name: str, pages: list[tuple[str, str | None, str]]) -> Tally:
    tally = Tally(name)
    for index, (dataset, page_type, backend) in enumerate(pages):
        outcome = Outcome(Prediction("body", backend=backend), 0.001, "ok")
        tally.add(page(index, dataset, page_type), outcome, score_page(outcome.prediction, Gold("body")))
    return tally


def summary_of(tallies: dict[str, Tally]) -> dict[str, Any]:
    pages = [page(i, dataset, page_type) for i, (dataset, page_type, _) in enumerate(PAGES)]
    run = {"date": "2024-01-01", "command": "python -m benchmarks", "time_limit": 20.0, "memory_pages": 0}
    return summarise_run(tallies, pages, {}, {}, run)


def test_only_autos_trafilatura_bodies_are_fallbacks() -> None:
    assert fell_back(AUTO, Prediction(backend="trafilatura"))
    assert not fell_back(AUTO, Prediction(backend="native"))
    assert not fell_back(AUTO, Prediction())  # a crash scores as an empty prediction
    # cleannews-trafilatura asked for that backend: not a fallback
    assert not fell_back("cleannews-trafilatura", Prediction(backend="trafilatura"))


def test_the_tally_counts_fallbacks_per_dataset_and_page_type() -> None:
    tally = tally_of(AUTO, PAGES)
    assert tally.fallbacks == {WCXB: ["article", "forum"]}
    assert tally_of(NATIVE, PAGES).fallbacks == {}


def test_fallbacks_cross_processes_and_merge_like_the_rest() -> None:
    first, second = tally_of(AUTO, PAGES[:2]), tally_of(AUTO, PAGES[2:])
    json.dumps(dataclasses.asdict(first))  # plain data, as everything a worker sends back
    received = pickle.loads(pickle.dumps(second))
    first.merge(received)
    assert first.fallbacks == tally_of(AUTO, PAGES).fallbacks


def test_the_pass_records_the_backend_of_each_page() -> None:
    # each stub page's HTML is the name of the backend the stub extractor says made its body
    pages = [page(i, dataset, page_type, backend) for i, (dataset, page_type, backend) in enumerate(PAGES)]
    fns = {AUTO: lambda html, url: Prediction("body", backend=html)}
    tallies, records = interleaved_pass(pages, fns, time_limit=5.0)
    assert tallies[AUTO].fallbacks == {WCXB: ["article", "forum"]}  # the warm-up call is no page
    assert [r["backend"] for r in records] == [backend for _, _, backend in PAGES]


def test_the_summary_gives_auto_n_of_m_overall_and_per_type() -> None:
    summary = summary_of({AUTO: tally_of(AUTO, PAGES), NATIVE: tally_of(NATIVE, PAGES)})
    datasets = summary["extractors"][AUTO]["datasets"]
    assert datasets[WCXB]["fallback"] == {
        "overall": {"pages": 2, "total": 3, "share": pytest.approx(2 / 3)},
        "by_type": {
            "article": {"pages": 1, "total": 2, "share": 0.5},
            "forum": {"pages": 1, "total": 1, "share": 1.0},
        },
    }
    assert datasets[READABILITY]["fallback"] == {
        "overall": {"pages": 0, "total": 1, "share": 0.0},
        "by_type": {},
    }
    assert "fallback" not in summary["extractors"][NATIVE]["datasets"][WCXB]
    json.dumps(summary)  # it goes to summary.json


def test_the_report_shows_how_often_auto_falls_back() -> None:
    text = report.markdown(summary_of({AUTO: tally_of(AUTO, PAGES)}), None)
    assert f"### {AUTO}: bodies from the trafilatura fallback" in text
    assert (
        f"{AUTO} falls back to trafilatura on 2 of 3 pages (66.7%) of {WCXB} "
        f"and on 0 of 1 pages (0.0%) of {READABILITY}."
    ) in text
    assert "| dataset | all pages | article | forum | product |" in text
    assert f"| {WCXB} | 2 of 3 (66.7%) | 1 of 2 (50.0%) | 1 of 1 (100.0%) | — |" in text
    assert f"| {READABILITY} | 0 of 1 (0.0%) | — |" in text


def test_the_report_has_no_fallback_section_without_auto() -> None:
    text = report.markdown(summary_of({NATIVE: tally_of(NATIVE, PAGES)}), None)
    assert "falls back" not in text and "fallback" not in text


def test_the_cleannews_adapter_passes_on_the_backend_auto_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    def body(words: int, backend: str) -> Body:
        return Body(blocks=(Paragraph((Span("A sentence of words. " * words),)),), backend=backend)

    monkeypatch.setattr(auto, "extract_native", lambda doc, opts: body(2, "native"))
    monkeypatch.setattr(auto, "extract_trafilatura", lambda doc, opts: body(40, "trafilatura"))
    prediction = BY_NAME[AUTO].build()("<html><body><p>Short.</p></body></html>", None)
    assert prediction.backend == "trafilatura" and fell_back(AUTO, prediction)
    assert BY_NAME[NATIVE].build()("<html><body><p>Short.</p></body></html>", None).backend == "native"
