"""Naming the kind of each box: labels only, from the extractor's own tags, roles and words."""

from __future__ import annotations

import pytest

from cleannews.explain.categories import BY_NAME, CATEGORIES, TRIM_CATEGORIES, box_category, word_category
from cleannews.extractors.native import rules
from cleannews.extractors.native.select import trim_steps
from cleannews.extractors.native.thresholds import DEFAULT


def test_category_names_are_unique_and_each_is_kept_or_dropped() -> None:
    assert len(BY_NAME) == len(CATEGORIES)
    assert {c.decision for c in CATEGORIES} == {"kept", "dropped"}


def test_every_trimming_rule_the_extractor_runs_has_its_category() -> None:
    for focus in ("balanced", "precision"):
        for name, _ in trim_steps(focus, DEFAULT):
            assert name in TRIM_CATEGORIES and TRIM_CATEGORIES[name] in BY_NAME


@pytest.mark.parametrize(("tag", "names", "role", "category"), [
    ("nav", "main-nav", "", "navigation"),
    ("nav", "", "", "navigation"),
    ("div", "breadcrumbs", "", "breadcrumb"),
    ("header", "site-header", "", "header"),
    ("header", "article-header", "", "header"),
    ("footer", "story__footer", "", "footer"),
    ("aside", "", "", "sidebar"),
    ("aside", "related-inline", "", "related"),
    ("section", "most-read", "", "related"),
    ("div", "comments-area", "", "comments"),
    ("div", "ad-slot", "", "ad"),
    ("div", "share-bar", "", "share"),
    ("nav", "social-links", "", "share"),
    ("div", "consent-banner", "dialog", "notice"),
    ("div", "byline", "", "meta"),
    ("div", "", "navigation", "navigation"),
    ("div", "", "contentinfo", "footer"),
    ("div", "sidebar", "", "sidebar"),
])
def test_boxes_are_named_by_name_then_tag_then_role(tag: str, names: str, role: str, category: str) -> None:
    assert box_category(tag, names, role)[0] == category


def test_a_word_the_vocabulary_lacks_is_plain_boilerplate() -> None:
    assert rules.classify_token("gallery-player") & rules.NAME_BOILERPLATE
    assert word_category("gallery-player") is None
    assert box_category("div", "gallery-player") == ("boilerplate", "named 'gallery-player'")


def test_a_box_named_only_as_reviews_is_the_product_pages_comments() -> None:
    assert box_category("section", "product-reviews js-reviews") == (
        "comments", "customer reviews 'product-reviews' on a product page")


def test_a_content_name_is_not_read_as_boilerplate() -> None:
    # "elementor-widget" is a page builder's content wrapper: the extractor does not flag it.
    assert box_category("div", "elementor-widget", "navigation") == ("navigation", "role=navigation")
