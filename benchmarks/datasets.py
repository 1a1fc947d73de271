"""Finding and reading the development datasets (read in place, never copied into the repository).

Where they are: ``--datasets DIR``, else ``$CLEANNEWS_DATASETS``, else ``../shared/datasets``
relative to the repository root. Formats are described in that folder's README.md.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.scoring import Gold

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO_ROOT.parent / "shared" / "datasets"
ENV_VAR = "CLEANNEWS_DATASETS"

WCXB = "wcxb-dev"
READABILITY = "readability-pages"
DATASETS: tuple[str, ...] = (WCXB, READABILITY)

# Readability.js's own tests load every page as this address; relative links resolve against it.
READABILITY_URL = "http://fakehost/test/page.html"


@dataclass(frozen=True)
class Page:
    dataset: str
    page_id: str
    url: str | None
    page_type: str | None  # WCXB's primary page type; None for readability-pages
    html: str
    gold: Gold


class DatasetsMissing(RuntimeError):
    """The datasets folder (or one set in it) is not there."""


def datasets_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The datasets folder: the argument, else $CLEANNEWS_DATASETS, else ../shared/datasets."""
    return Path(override or os.environ.get(ENV_VAR) or DEFAULT_DIR)


def missing_reason(root: Path, names: Sequence[str] = DATASETS) -> str | None:
    """Why the datasets cannot be used, or None when they can."""
    if not root.is_dir():
        return f"datasets folder {root} not found (pass --datasets DIR or set ${ENV_VAR})"
    absent = [name for name in names if not (root / name).is_dir()]
    if absent:
        return f"dataset(s) {', '.join(absent)} not found under {root}"
    return None


def page_ids(root: Path, dataset: str) -> list[str]:
    """The ids of a set's pages, sorted."""
    if dataset == WCXB:
        return sorted(p.name.split(".")[0] for p in (root / WCXB / "ground-truth").glob("*.json"))
    if dataset == READABILITY:
        return sorted(p.parent.name for p in (root / READABILITY).glob("*/source.html"))
    raise ValueError(f"unknown dataset {dataset!r}")


def load_page(root: Path, dataset: str, page_id: str) -> Page:
    if dataset == WCXB:
        return _load_wcxb(root / WCXB, page_id)
    if dataset == READABILITY:
        return _load_readability(root / READABILITY / page_id)
    raise ValueError(f"unknown dataset {dataset!r}")


def iter_pages(root: Path, names: Sequence[str] = DATASETS, limit: int | None = None) -> Iterator[Page]:
    """Pages of the named sets; ``limit`` takes that many of each set, spread evenly over it."""
    for dataset in names:
        for page_id in _spread(page_ids(root, dataset), limit):
            yield load_page(root, dataset, page_id)


def _spread(ids: list[str], limit: int | None) -> list[str]:
    if limit is None or limit >= len(ids):
        return ids
    if limit <= 0:
        return []
    step = len(ids) / limit
    return [ids[int(i * step)] for i in range(limit)]


def _load_wcxb(root: Path, page_id: str) -> Page:
    record = json.loads((root / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
    truth = record.get("ground_truth") or {}
    with gzip.open(root / "html" / f"{page_id}.html.gz", "rb") as fh:
        html = fh.read().decode("utf-8", errors="replace")
    gold = Gold(
        text=truth.get("main_content"),
        with_snippets=tuple(truth.get("with") or ()),
        without_snippets=tuple(truth.get("without") or ()),
        meta={"title": truth.get("title"), "author": truth.get("author"), "date": truth.get("publish_date")},
    )
    page_type = ((record.get("_internal") or {}).get("page_type") or {}).get("primary")
    return Page(WCXB, page_id, record.get("url"), page_type, html, gold)


def _load_readability(folder: Path) -> Page:
    from benchmarks.scoring import html_to_text

    html = (folder / "source.html").read_bytes().decode("utf-8", errors="replace")
    expected = folder / "expected.html"
    text = html_to_text(expected.read_text(encoding="utf-8", errors="replace")) if expected.exists() else None
    meta_file = folder / "expected-metadata.json"
    raw = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    # A key Readability's fixture does not carry is unknown, not empty: it is left unscored.
    keys = {
        "title": "title",
        "author": "byline",
        "date": "publishedTime",
        "language": "lang",
        "site_name": "siteName",
    }
    meta = {name: raw[key] for name, key in keys.items() if key in raw}
    return Page(READABILITY, folder.name, READABILITY_URL, None, html, Gold(text=text, meta=meta))
