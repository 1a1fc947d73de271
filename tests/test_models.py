"""Page, Metadata and Article: frozen records at the seams between stages."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from functools import partial

import pytest

from cleannews import Article, Metadata, Page

ARTICLE_FIELDS = ["text", "markdown", "html", "title", "authors", "date_published", "date_modified",
                  "site_name", "language", "canonical_url", "url", "description", "tags", "image",
                  "backend"]


def full_article() -> Article:
    return Article(
        text="Body.", markdown="Body.", html="<article>\n<p>Body.</p>\n</article>",
        title="Ünïcode “title”", authors=["Jane Doe", "John Roe"], date_published="2024-05-01",
        date_modified="2024-05-02T10:00:00+00:00", site_name="The Bugle", language="en",
        canonical_url="https://example.com/a", url="https://example.com/a?x", description="A story.",
        tags=["storm", "harbour"], image="https://example.com/a.jpg", backend="native",
    )


@pytest.mark.parametrize("record", [Article(), Metadata(), Page("u", 200, {}, b"", "utf-8", "")])
def test_records_are_frozen(record: object) -> None:
    name = dataclasses.fields(record)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, name, None)


def test_article_fields_are_the_documented_ones() -> None:
    assert [f.name for f in dataclasses.fields(Article)] == ARTICLE_FIELDS


def test_to_dict_has_every_field() -> None:
    data = full_article().to_dict()
    assert list(data) == ARTICLE_FIELDS
    assert data["authors"] == ["Jane Doe", "John Roe"] and data["tags"] == ["storm", "harbour"]


def test_an_empty_article_still_has_every_field() -> None:
    data = Article().to_dict()
    assert list(data) == ARTICLE_FIELDS
    assert data["text"] == "" and data["title"] is None and data["authors"] == []


@pytest.mark.parametrize("indent", [None, 2])
def test_json_round_trips(indent: int | None) -> None:
    article = full_article()
    text = article.to_json(indent=indent)
    assert Article(**json.loads(text)) == article
    assert "Ünïcode “title”" in text  # not \\u-escaped


def test_to_dict_is_a_copy() -> None:
    article = full_article()
    article.to_dict()["authors"].append("Mallory")
    assert article.authors == ["Jane Doe", "John Roe"]


def test_metadata_defaults_are_empty() -> None:
    metadata = Metadata()
    assert metadata.title is None and metadata.authors == () and metadata.tags == ()


def deferred_article() -> Article:
    """full_article() with its three forms made by renderers, as extraction builds it."""
    values = full_article().to_dict()
    forms = {name: partial(str, values.pop(name)) for name in ("text", "markdown", "html")}
    return Article.deferred(forms, **values)


def test_a_deferred_form_is_made_on_first_read_and_kept() -> None:
    made: list[str] = []
    article = Article.deferred({"markdown": lambda: made.append("md") or "**Body.**"}, text="Body.")
    assert made == [] and article.text == "Body."
    assert article.markdown == "**Body.**" and article.markdown == "**Body.**" and made == ["md"]
    assert article.html == ""  # not deferred: the default


@pytest.mark.parametrize("rebuild", [
    lambda a: a,
    copy.copy,
    copy.deepcopy,
    lambda a: pickle.loads(pickle.dumps(a)),
    lambda a: dataclasses.replace(a),
    lambda a: Article(**json.loads(a.to_json())),
])
def test_a_deferred_article_is_the_article_made_at_once(rebuild) -> None:  # type: ignore[no-untyped-def]
    article = rebuild(deferred_article())
    assert article == full_article() and repr(article) == repr(full_article())
    assert article.to_dict() == full_article().to_dict()


def test_a_deferred_article_pickles_without_its_renderers() -> None:
    article = Article.deferred({"text": lambda: "Body."})  # a lambda cannot be pickled
    assert pickle.loads(pickle.dumps(article)).text == "Body."


def test_a_deferred_article_still_lacks_what_no_field_names() -> None:
    with pytest.raises(AttributeError, match="no attribute 'body'"):
        deferred_article().body  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(dataclasses.FrozenInstanceError):
        deferred_article().text = "x"  # type: ignore[misc]
