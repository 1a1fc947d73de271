"""Explanation and ExplainedBlock: the JSON schema and its round trip."""

from __future__ import annotations

import json

import pytest
from explainpages import article_page

import cleannews
from cleannews.explain.categories import BY_NAME
from cleannews.explain.model import FORMAT, FORMAT_VERSION, Explanation

TOP_KEYS = {"format", "format_version", "url", "backend", "focus", "article_backend", "stage", "container",
            "refused", "blocks", "junk", "article", "counts", "categories"}
BLOCK_KEYS = {"kind", "tag", "text", "decision", "category", "rule", "score", "chain", "chars", "link_chars",
              "in_container", "dropped_lines", "note"}


def test_the_json_has_the_documented_keys_and_types() -> None:
    data = json.loads(cleannews.explain(article_page(), url="https://example.com/harbour").to_json())
    assert set(data) == TOP_KEYS
    assert (data["format"], data["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert data["url"] == "https://example.com/harbour"
    assert data["article"] == cleannews.extract(article_page(), url="https://example.com/harbour").to_dict()
    for block in data["blocks"]:
        assert set(block) == BLOCK_KEYS
        assert block["decision"] in ("kept", "dropped")
        assert BY_NAME[block["category"]].decision == block["decision"]
        assert isinstance(block["chain"], list) and isinstance(block["rule"], str) and block["rule"]
        assert block["score"] is None or isinstance(block["score"], (int, float))
    assert data["counts"]["kept"] + data["counts"]["dropped"] == len(data["blocks"])
    assert sum(data["categories"].values()) == len(data["blocks"]) + sum(data["junk"].values())


def test_json_round_trips() -> None:
    explanation = cleannews.explain(article_page().replace("<p>By Jane Doe</p>\n<p>", "<p>19 April 2017<br>"))
    assert any(block.dropped_lines for block in explanation.blocks)
    again = Explanation.from_dict(json.loads(explanation.to_json(indent=2)))
    assert again == explanation
    assert again.counts == explanation.counts


def test_from_dict_refuses_other_records() -> None:
    with pytest.raises(ValueError, match="cleannews-explain"):
        Explanation.from_dict({"format": "cleannews-fixture"})


def test_to_html_is_the_report() -> None:
    explanation = cleannews.explain(article_page())
    html = explanation.to_html()
    assert html.startswith("<!DOCTYPE html>") and 'id="counts"' in html
