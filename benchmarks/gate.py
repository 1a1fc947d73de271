"""The regression gate: cleannews's scores against the floors pinned in benchmarks/baseline.json.

Only cleannews runs here (native and auto), on every page of both sets, in as many processes
as there are cores (speed is not measured, so parallel is fine). The floors file holds, per
extractor and dataset, a floor for each metric named by ``scoring.gate_metrics``:
``f1``, ``f1:<page type>`` and ``meta:<field>``.

Floors move by one command: ``python -m benchmarks --update-baseline`` sets each floor to the
measured value minus a margin, but only ever raises one; lowering needs ``--allow-lower``.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.datasets import DATASETS, REPO_ROOT, load_page, page_ids
from benchmarks.extractors import BY_NAME, CLEANNEWS, quiet_libraries, run_one
from benchmarks.scoring import PageScore, gate_metrics, score_page, summarise, summarise_by

BASELINE = REPO_ROOT / "benchmarks" / "baseline.json"
MARGIN = 0.005
TIME_LIMIT = 30.0

Measured = dict[str, dict[str, dict[str, float]]]  # extractor -> dataset -> metric -> value


@dataclass(frozen=True)
class _Job:
    root: str
    dataset: str
    ids: tuple[str, ...]
    extractors: tuple[str, ...]


def _score_chunk(job: _Job) -> list[tuple[str | None, dict[str, PageScore], dict[str, str]]]:
    quiet_libraries()
    fns = {name: BY_NAME[name].build() for name in job.extractors}
    rows = []
    for page_id in job.ids:
        page = load_page(Path(job.root), job.dataset, page_id)
        scores, statuses = {}, {}
        for name, fn in fns.items():
            outcome = run_one(fn, page.html, page.url, TIME_LIMIT)
            scores[name] = score_page(outcome.prediction, page.gold)
            statuses[name] = outcome.status
        rows.append((page.page_type, scores, statuses))
    return rows


def measure(
    root: Path,
    extractors: Sequence[str] = CLEANNEWS,
    datasets: Sequence[str] = DATASETS,
    workers: int | None = None,
) -> tuple[Measured, dict[str, int]]:
    """Gate metrics per extractor and dataset, and how many pages crashed or timed out per extractor."""
    workers = workers or os.cpu_count() or 1
    measured: Measured = {name: {} for name in extractors}
    failures = dict.fromkeys(extractors, 0)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for dataset in datasets:
            ids = page_ids(root, dataset)
            size = max(1, len(ids) // (workers * 8))
            jobs = [
                _Job(str(root), dataset, tuple(ids[i : i + size]), tuple(extractors))
                for i in range(0, len(ids), size)
            ]
            rows = [row for chunk in pool.map(_score_chunk, jobs) for row in chunk]
            types = [page_type for page_type, _, _ in rows]
            for name in extractors:
                scores = [page_scores[name] for _, page_scores, _ in rows]
                failures[name] += sum(statuses[name] != "ok" for _, _, statuses in rows)
                measured[name][dataset] = gate_metrics(summarise(scores), summarise_by(scores, types))
    return measured, failures


def load_baseline(path: Path = BASELINE) -> dict:
    if not path.exists():
        return {"margin": MARGIN, "floors": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def check(measured: Measured, floors: Mapping[str, Mapping[str, Mapping[str, float]]]) -> list[str]:
    """One line per metric below its floor (a pinned metric that was not measured also fails)."""
    failures = []
    for extractor, sets in floors.items():
        for dataset, metrics in sets.items():
            for metric, floor in metrics.items():
                value = measured.get(extractor, {}).get(dataset, {}).get(metric)
                if value is None:
                    failures.append(f"{extractor} {dataset} {metric}: not measured (floor {floor:.4f})")
                elif value + 1e-9 < floor:
                    failures.append(f"{extractor} {dataset} {metric}: {value:.4f} < floor {floor:.4f}")
    return failures


def updated_floors(
    old: Mapping[str, Mapping[str, Mapping[str, float]]], measured: Measured, margin: float, allow_lower: bool
) -> tuple[dict, list[str]]:
    """New floors (measured minus margin, rounded down to 4 places) and a line per change.

    A floor only rises, unless ``allow_lower``; floors of metrics not measured now are kept.
    """
    floors: dict = json.loads(json.dumps(old))  # deep copy
    changes = []
    for extractor, sets in measured.items():
        for dataset, metrics in sets.items():
            for metric, value in metrics.items():
                proposed = max(0.0, math.floor(round((value - margin) * 10_000, 6)) / 10_000)
                current = floors.get(extractor, {}).get(dataset, {}).get(metric)
                if current is not None and (proposed == current or (proposed < current and not allow_lower)):
                    if proposed < current:
                        changes.append(
                            f"kept   {extractor} {dataset} {metric}: {current:.4f} "
                            f"(measured {value:.4f}; --allow-lower to lower)"
                        )
                    continue
                floors.setdefault(extractor, {}).setdefault(dataset, {})[metric] = proposed
                was = "new" if current is None else f"{current:.4f}"
                changes.append(
                    f"{'raised' if current is None or proposed > current else 'LOWERED'} "
                    f"{extractor} {dataset} {metric}: {was} -> {proposed:.4f}"
                )
    return floors, changes


def write_baseline(floors: dict, margin: float, path: Path = BASELINE) -> None:
    document = {
        "about": "CI floors for cleannews (tests/test_benchmark_gate.py). Change with "
        "`python -m benchmarks --update-baseline` (raises only; `--allow-lower` to lower).",
        "margin": margin,
        "floors": floors,
    }
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
