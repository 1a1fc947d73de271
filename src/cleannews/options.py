"""User knobs, in one typed object.

``Options`` says what the user wants from extraction. Calibrated constants of the
native extractor live apart, in ``extractors/native/thresholds.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Literal

Backend = Literal["auto", "native", "trafilatura"]
Focus = Literal["balanced", "precision", "recall"]

BACKENDS: tuple[str, ...] = ("auto", "native", "trafilatura")
FOCUSES: tuple[str, ...] = ("balanced", "precision", "recall")


@dataclass(frozen=True)
class Options:
    """What to extract and how.

    backend: "native" (our lexbor extractor), "trafilatura", or "auto" (native,
        falling back to trafilatura when the native result is empty or poor).
    focus: "balanced", or "precision" (drop doubtful blocks) / "recall" (keep them).
    include_tables / include_images / include_links / include_comments: what the
        body keeps. Links only show in markdown and html output.
    """

    backend: Backend = "auto"
    focus: Focus = "balanced"
    include_tables: bool = True
    include_images: bool = False
    include_links: bool = True
    include_comments: bool = False

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"unknown backend {self.backend!r}; choose one of {', '.join(BACKENDS)}")
        if self.focus not in FOCUSES:
            raise ValueError(f"unknown focus {self.focus!r}; choose one of {', '.join(FOCUSES)}")
        for switch in ("include_tables", "include_images", "include_links", "include_comments"):
            value = getattr(self, switch)
            if not isinstance(value, bool):
                # "no" or 0 would pass as a truth value and be read the wrong way round or not at all.
                raise TypeError(f"{switch} must be True or False, not {value!r}")

    @classmethod
    def build(cls, base: Options | None = None, **overrides: Any) -> Options:
        """Options from an optional base plus keyword overrides; unknown names raise TypeError."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(unknown)}")
        if base is not None and not isinstance(base, cls):
            raise TypeError(f"options must be an Options, not {type(base).__name__} (or give keywords)")
        return replace(base or cls(), **overrides)
