"""The public surface: cleannews.__all__ is exactly what docs/usage.md documents."""

from __future__ import annotations

import re
import types
from pathlib import Path

import cleannews

USAGE = Path(__file__).resolve().parent.parent / "docs" / "usage.md"

PUBLIC_API = {
    # functions
    "extract", "clean", "fetch", "afetch", "explain",
    # classes
    "Article", "Metadata", "Page", "Options", "FetchOptions", "Fetcher", "AsyncFetcher", "Explanation",
    # errors
    "CleannewsError", "InputError", "ExtractionError", "FetchError", "FetchTimeout",
    "FetchConnectionError", "HTTPStatusError", "TooManyRedirects", "ResponseTooLarge", "NotHTML",
    "RobotsDisallowed",
    # the version
    "__version__",
}


def documented_names() -> set[str]:
    """The names listed (as ``- `name` ``) under the "Public API" heading of docs/usage.md."""
    text = USAGE.read_text(encoding="utf-8")
    section = re.search(r"^## Public API\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert section, "docs/usage.md has no '## Public API' section"
    return set(re.findall(r"^[-*] `([A-Za-z_]+)`", section.group(1), re.MULTILINE))


def test_all_is_exactly_the_public_api() -> None:
    assert len(cleannews.__all__) == len(set(cleannews.__all__)), "duplicates in __all__"
    assert set(cleannews.__all__) == PUBLIC_API


def test_the_docs_list_exactly_the_public_api() -> None:
    assert documented_names() == PUBLIC_API


def test_every_public_name_exists() -> None:
    for name in cleannews.__all__:
        assert hasattr(cleannews, name), name


def test_nothing_else_public_leaks_from_the_package() -> None:
    leaked = {name for name, value in vars(cleannews).items()
              if not name.startswith("_") and not isinstance(value, types.ModuleType)
              and name not in cleannews.__all__ and name != "annotations"}
    assert not leaked


def test_every_error_is_a_cleannews_error() -> None:
    errors = [getattr(cleannews, name) for name in cleannews.__all__ if name.endswith(("Error", "HTML",
              "Timeout", "Redirects", "Large", "Disallowed"))]
    assert len(errors) == 11
    assert all(issubclass(error, cleannews.CleannewsError) for error in errors)
    fetch_errors = {"FetchTimeout", "FetchConnectionError", "HTTPStatusError", "TooManyRedirects",
                    "ResponseTooLarge", "NotHTML", "RobotsDisallowed"}
    assert all(issubclass(getattr(cleannews, name), cleannews.FetchError) for name in fetch_errors)


def test_the_version_is_a_string() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", cleannews.__version__)
