"""Options: one frozen object of user knobs; mistakes fail at once, by name."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from cleannews import Options, extract
from cleannews.options import BACKENDS, FOCUSES


def test_defaults() -> None:
    options = Options()
    assert (options.backend, options.focus) == ("auto", "balanced")
    assert options.include_tables and options.include_links
    assert not options.include_images and not options.include_comments


def test_backends_and_focuses_are_the_documented_ones() -> None:
    assert BACKENDS == ("auto", "native", "trafilatura")
    assert FOCUSES == ("balanced", "precision", "recall")


def test_options_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Options().backend = "native"  # type: ignore[misc]


def test_build_applies_overrides_to_a_base_without_changing_it() -> None:
    base = Options(backend="native")
    built = Options.build(base, focus="precision")
    assert (built.backend, built.focus) == ("native", "precision")
    assert base.focus == "balanced"
    assert Options.build() == Options()


def test_an_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unknown option.*favour_precision"):
        Options.build(favour_precision=True)
    with pytest.raises(TypeError):
        Options(colour="red")  # type: ignore[call-arg]


def test_extract_rejects_an_unknown_option() -> None:
    with pytest.raises(TypeError, match="no_such_knob"):
        extract("<p>x</p>", no_such_knob=1)


@pytest.mark.parametrize("field, value", [("backend", "readability"), ("backend", ""),
                                          ("focus", "speed"), ("focus", "Precision")])
def test_a_bad_backend_or_focus_is_a_value_error(field: str, value: Any) -> None:
    with pytest.raises(ValueError, match=field):
        Options(**{field: value})  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Options.build(**{field: value})
    with pytest.raises(ValueError):
        extract("<p>x</p>", **{field: value})


@pytest.mark.parametrize("field, value", [("include_tables", "no"), ("include_images", 1),
                                          ("include_links", None), ("include_comments", "False")])
def test_a_switch_that_is_not_a_bool_is_a_type_error(field: str, value: Any) -> None:
    # "no" or "False" would read as true: taken quietly, the switch would do the opposite.
    with pytest.raises(TypeError, match=f"{field} must be True or False"):
        Options(**{field: value})
    with pytest.raises(TypeError, match=field):
        extract("<p>x</p>", **{field: value})


def test_options_that_are_not_an_options_object_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="options must be an Options, not dict"):
        extract("<p>x</p>", options={"backend": "native"})  # type: ignore[arg-type]
