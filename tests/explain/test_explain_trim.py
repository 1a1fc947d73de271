"""Replaying the trimming steps names the rule that removed each block."""

from __future__ import annotations

from explainpages import article_page

from cleannews.explain.trim import trace_trim
from cleannews.extractors.base import Document
from cleannews.extractors.native import NativeRun, run_native
from cleannews.extractors.native.thresholds import DEFAULT
from cleannews.models import Metadata
from cleannews.options import Focus, Options
from cleannews.parse import parse


def native_run(html: str, focus: Focus = "balanced") -> NativeRun:
    return run_native(Document(html, None, parse(html), Metadata()), Options(focus=focus), DEFAULT)


def test_the_replay_ends_where_the_extractor_ended() -> None:
    run = native_run(article_page())
    assert run.choice is not None
    trace = trace_trim(run.choice.kept, "balanced", DEFAULT)
    assert [item.text for item in trace.final] == [item.text for item in run.blocks]
    rules = {item.text: trace.removed.get(id(item)) for item in run.choice.kept}
    assert rules["By Jane Doe"] == "chrome line"
    assert rules["Tagged: boats harbour"] == "edge debris"
    assert rules["Further reading"] == "dangling heading"


def test_lines_of_a_cut_paragraph_go_back_to_it() -> None:
    run = native_run(article_page().replace("<p>By Jane Doe</p>\n<p>", "<p>19 April 2017<br>"))
    assert run.choice is not None
    trace = trace_trim(run.choice.kept, "balanced", DEFAULT)
    cut = next(item for item in run.choice.kept if item.text.startswith("19 April 2017\n"))
    assert id(cut) not in trace.removed and trace.survives(cut)
    assert trace.lines_removed[id(cut)] == [("19 April 2017", "edge debris")]
    assert all(trace.owner[id(line)] in run.choice.kept for line in trace.final)


def test_recall_removes_nothing() -> None:
    run = native_run(article_page(), "recall")
    assert run.choice is not None
    trace = trace_trim(run.choice.kept, "recall", DEFAULT)
    assert trace.removed == {} and trace.final == run.choice.kept
