"""CI regression gate: cleannews's accuracy must stay above the floors in benchmarks/baseline.json.

Runs cleannews native and auto (no peers) over the development datasets, read in place from
../shared/datasets (or $CLEANNEWS_DATASETS); skips when they are absent. Raise floors with
``python -m benchmarks --update-baseline``; lowering one needs ``--allow-lower`` as well.
Speed is reported by the benchmark, not gated here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmarks package lives at the repo root

from benchmarks import gate  # noqa: E402
from benchmarks.datasets import datasets_dir, missing_reason  # noqa: E402

ROOT = datasets_dir()
_MISSING = missing_reason(ROOT)
_FLOORS = gate.load_baseline().get("floors", {})
_PINNED = [
    pytest.param(extractor, dataset, metric, floor, id=f"{extractor}/{dataset}/{metric}")
    for extractor, sets in sorted(_FLOORS.items())
    for dataset, metrics in sorted(sets.items())
    for metric, floor in sorted(metrics.items())
]

pytestmark = pytest.mark.skipif(_MISSING is not None, reason=f"benchmark gate skipped: {_MISSING}")


@pytest.fixture(scope="module")
def measured() -> tuple[gate.Measured, dict[str, int]]:
    return gate.measure(ROOT)


def test_floors_are_pinned() -> None:
    assert _PINNED, "benchmarks/baseline.json pins no floor; run `python -m benchmarks --update-baseline`"


@pytest.mark.parametrize(("extractor", "dataset", "metric", "floor"), _PINNED)
def test_score_not_below_floor(
    measured: tuple[gate.Measured, dict[str, int]], extractor: str, dataset: str, metric: str, floor: float
) -> None:
    value = measured[0].get(extractor, {}).get(dataset, {}).get(metric)
    assert value is not None, f"{extractor} {dataset} {metric} was not measured"
    assert value + 1e-9 >= floor, (
        f"{extractor} on {dataset}: {metric} = {value:.4f}, below its floor {floor:.4f}. "
        "If the drop is intended, lower the floor explicitly: "
        "python -m benchmarks --update-baseline --allow-lower"
    )


def test_cleannews_never_crashes(measured: tuple[gate.Measured, dict[str, int]]) -> None:
    failures = {name: count for name, count in measured[1].items() if count}
    assert not failures, f"pages that crashed or timed out, per backend: {failures}"
