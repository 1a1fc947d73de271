"""One command for the whole benchmark: ``python -m benchmarks`` (see docs/benchmarks.md).

Accuracy, metadata and speed of cleannews and its peers come from one pass over the pages:
for each page every extractor runs once, in an order rotated from page to page so that
machine noise falls on all of them alike. Peak memory is then measured per extractor in a
fresh process. Results go to benchmarks/results/ (git-ignored) and, for a full run, to
docs/benchmarks.md and its chart.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks import gate, memory, report
from benchmarks.datasets import (
    DATASETS,
    REPO_ROOT,
    WCXB,
    Page,
    datasets_dir,
    iter_pages,
    load_page,
    missing_reason,
)
from benchmarks.extractors import (
    AUTO,
    BY_NAME,
    REFERENCE,
    ExtractFn,
    Outcome,
    Spec,
    fell_back,
    package_version,
    quiet_libraries,
    run_one,
    select,
)
from benchmarks.scoring import PageScore, score_page, summarise, summarise_by

RESULTS = REPO_ROOT / "benchmarks" / "results"
DOC = REPO_ROOT / "docs" / "benchmarks.md"
QUICK_LIMIT = 100


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--datasets", help="datasets folder (default: $CLEANNEWS_DATASETS or ../shared/datasets)"
    )
    parser.add_argument(
        "--extractors",
        help="comma-separated subset, e.g. cleannews-native,trafilatura (default: all; --list shows them)",
    )
    parser.add_argument("--sets", default=",".join(DATASETS), help="comma-separated datasets (default: both)")
    parser.add_argument("--limit", type=int, help="at most N pages of each set, spread evenly (default: all)")
    parser.add_argument(
        "--quick", action="store_true", help=f"same as --limit {QUICK_LIMIT} --memory-pages 0"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes, each interleaving all extractors over its share of the pages "
        "(default: one per core; 1 gives the cleanest absolute timings)",
    )
    parser.add_argument("--time-limit", type=float, default=20.0, help="seconds per page and extractor (20)")
    parser.add_argument(
        "--memory-pages",
        type=int,
        default=40,
        help="peak memory over the N largest pages, per extractor in a fresh process (40; 0 skips)",
    )
    parser.add_argument("--results", default=str(RESULTS), help="where the per-page dump goes")
    parser.add_argument(
        "--docs",
        choices=("auto", "always", "never"),
        default="auto",
        help="update docs/benchmarks.md and the chart: auto = only for a full run",
    )
    parser.add_argument("--list", action="store_true", help="list the extractors and exit")
    gate_group = parser.add_argument_group("regression gate (cleannews only)")
    gate_group.add_argument(
        "--check", action="store_true", help="check cleannews against benchmarks/baseline.json"
    )
    gate_group.add_argument(
        "--update-baseline",
        action="store_true",
        help="raise the floors in benchmarks/baseline.json to the measured scores minus a margin",
    )
    gate_group.add_argument(
        "--allow-lower", action="store_true", help="with --update-baseline: floors may go down"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.limit = args.limit or QUICK_LIMIT
        args.memory_pages = 0
    if args.allow_lower and not args.update_baseline:
        parser.error("--allow-lower only goes with --update-baseline")
    return args


# ------------------------------------------------------------------------- machine


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        memory_gib = 0.0
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory_gib,
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


# ---------------------------------------------------------------------------- pass


@dataclasses.dataclass
class Tally:
    """What one extractor did over the pages of one worker (results only, so it crosses processes)."""

    name: str
    scores: dict[str, list[tuple[str | None, PageScore]]] = dataclasses.field(default_factory=dict)
    seconds: list[float] = dataclasses.field(default_factory=list)
    failed: dict[str, dict[str, int]] = dataclasses.field(default_factory=dict)  # dataset -> status -> n
    errors: list[str] = dataclasses.field(default_factory=list)
    # dataset -> page type of each page whose body came from cleannews-auto's fallback
    fallbacks: dict[str, list[str | None]] = dataclasses.field(default_factory=dict)

    def add(self, page: Page, outcome: Outcome, score: PageScore) -> None:
        self.scores.setdefault(page.dataset, []).append((page.page_type, score))
        self.seconds.append(outcome.seconds)
        if fell_back(self.name, outcome.prediction):
            self.fallbacks.setdefault(page.dataset, []).append(page.page_type)
        if outcome.status != "ok":
            counts = self.failed.setdefault(page.dataset, {})
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            if len(self.errors) < 5:
                first_line = (outcome.error.splitlines() or [""])[0]
                self.errors.append(f"{page.dataset}/{page.page_id}: {outcome.status}: {first_line}")

    def merge(self, other: Tally) -> None:
        for dataset, scores in other.scores.items():
            self.scores.setdefault(dataset, []).extend(scores)
        self.seconds.extend(other.seconds)
        for dataset, types in other.fallbacks.items():
            self.fallbacks.setdefault(dataset, []).extend(types)
        for dataset, counts in other.failed.items():
            mine = self.failed.setdefault(dataset, {})
            for status, count in counts.items():
                mine[status] = mine.get(status, 0) + count
        self.errors.extend(other.errors[: max(0, 5 - len(self.errors))])


def build(specs: Sequence[Spec]) -> tuple[dict[str, ExtractFn], dict[str, str]]:
    """The extract functions that could be built, and why the others could not."""
    built, unavailable = {}, {}
    for spec in specs:
        try:
            built[spec.name] = spec.build()
        except Exception as exc:  # a peer that is not installed or does not start
            unavailable[spec.name] = f"{type(exc).__name__}: {exc}"
    return built, unavailable


def _record(page: Page, name: str, outcome: Outcome, score: PageScore) -> dict[str, Any]:
    body = score.body
    return {
        "dataset": page.dataset,
        "page_id": page.page_id,
        "page_type": page.page_type,
        "url": page.url,
        "extractor": name,
        "status": outcome.status,
        "error": outcome.error,
        "backend": outcome.prediction.backend,
        "ms": round(outcome.seconds * 1000, 3),
        "precision": body and round(body.precision, 4),
        "recall": body and round(body.recall, 4),
        "f1": body and round(body.f1, 4),
        "with_found": score.with_found,
        "with_total": score.with_total,
        "without_leaked": score.without_leaked,
        "without_total": score.without_total,
        **{f"meta_{k}": v for k, v in score.meta.items()},
    }


def interleaved_pass(
    pages: Sequence[Page], fns: dict[str, ExtractFn], time_limit: float, label: str = ""
) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    """Each page through every extractor, the order rotated by one from page to page."""
    names = list(fns)
    tallies = {name: Tally(name) for name in names}
    records = []
    if pages:  # first-call costs (lazy imports, compiled patterns) are not per-page costs
        for fn in fns.values():
            run_one(fn, pages[0].html, pages[0].url, time_limit)
    started = time.perf_counter()
    for index, page in enumerate(pages):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            outcome = run_one(fns[name], page.html, page.url, time_limit)
            score = score_page(outcome.prediction, page.gold)
            tallies[name].add(page, outcome, score)
            records.append(_record(page, name, outcome, score))
        if (index + 1) % 100 == 0 or index + 1 == len(pages):
            elapsed = time.perf_counter() - started
            print(f"  {label}{index + 1}/{len(pages)} pages, {elapsed:.0f} s", file=sys.stderr, flush=True)
    return tallies, records


@dataclasses.dataclass(frozen=True)
class _Share:
    root: str
    names: tuple[str, ...]
    pages: tuple[tuple[str, str], ...]
    time_limit: float
    label: str


def _pass_worker(share: _Share) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    quiet_libraries()
    fns, _ = build(select(",".join(share.names)))
    pages = [load_page(Path(share.root), dataset, page_id) for dataset, page_id in share.pages]
    return interleaved_pass(pages, fns, share.time_limit, share.label)


def parallel_pass(
    pages: Sequence[Page], fns: dict[str, ExtractFn], root: Path, time_limit: float, jobs: int
) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    """``interleaved_pass`` in ``jobs`` processes, page i going to worker i mod jobs."""
    if jobs <= 1:
        return interleaved_pass(pages, fns, time_limit)
    shares = [
        _Share(
            str(root),
            tuple(fns),
            tuple((p.dataset, p.page_id) for p in pages[w::jobs]),
            time_limit,
            f"worker {w + 1}/{jobs}: ",
        )
        for w in range(jobs)
    ]
    tallies = {name: Tally(name) for name in fns}
    records: list[dict[str, Any]] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for worker_tallies, worker_records in pool.map(_pass_worker, shares):
            for name, tally in worker_tallies.items():
                tallies[name].merge(tally)
            records.extend(worker_records)
    return tallies, records


def measure_memory(
    names: Sequence[str], pages: Sequence[Page], root: Path, count: int, time_limit: float
) -> dict[str, dict[str, Any]]:
    largest = sorted(pages, key=lambda p: len(p.html), reverse=True)[:count]
    chosen = [(p.dataset, p.page_id) for p in largest]
    results = {}
    for name in names:
        print(f"  memory: {name}", file=sys.stderr, flush=True)
        results[name] = memory.measure(name, root, chosen, time_limit)
    return results


# ------------------------------------------------------------------------- summary


def _part(pages: int, total: int) -> dict[str, Any]:
    return {"pages": pages, "total": total, "share": pages / total if total else None}


def fallback_counts(
    typed: Sequence[tuple[str | None, PageScore]], fell: Sequence[str | None]
) -> dict[str, Any]:
    """Pages of one set whose body came from auto's fallback, of all its pages (crashed ones
    included, as they are in the scores): overall and per page type."""
    totals = Counter(page_type for page_type, _ in typed if page_type is not None)
    fell_by_type = Counter(fell)
    return {
        "overall": _part(len(fell), len(typed)),
        "by_type": {t: _part(fell_by_type[t], n) for t, n in sorted(totals.items())},
    }


def _dataset_summary(tally: Tally, dataset: str) -> dict[str, Any]:
    typed = tally.scores[dataset]
    scores = [score for _, score in typed]
    failed = tally.failed.get(dataset, {})
    summary = {
        "overall": dataclasses.asdict(summarise(scores)),
        "by_type": {
            k: dataclasses.asdict(v)
            for k, v in summarise_by(scores, [page_type for page_type, _ in typed]).items()
        },
        "crashes": failed.get("crash", 0),
        "timeouts": failed.get("timeout", 0),
    }
    if tally.name == AUTO:  # only auto has a fallback; zero of M is a result too
        summary["fallback"] = fallback_counts(typed, tally.fallbacks.get(dataset, []))
    return summary


def summarise_run(
    tallies: dict[str, Tally],
    pages: Sequence[Page],
    memory_results: dict[str, dict[str, Any]],
    unavailable: dict[str, str],
    run: dict[str, Any],
) -> dict[str, Any]:
    reference = tallies.get(REFERENCE)
    reference_mean = statistics.fmean(reference.seconds) if reference and reference.seconds else None
    extractors = {}
    for name, tally in tallies.items():
        spec = BY_NAME[name]
        datasets = {dataset: _dataset_summary(tally, dataset) for dataset in tally.scores}
        mean = statistics.fmean(tally.seconds) if tally.seconds else 0.0
        extractors[name] = {
            "package": spec.package,
            "version": package_version(spec.package),
            "note": spec.note,
            "fields": list(spec.fields),
            "datasets": datasets,
            "errors": tally.errors,
            "speed": {
                "mean_ms": 1000 * mean,
                "median_ms": 1000 * statistics.median(tally.seconds) if tally.seconds else 0.0,
                "pages_per_s": 1 / mean if mean else None,
                "ratio_to_reference": mean / reference_mean if reference_mean else None,
            },
            "memory": memory_results.get(name),
        }
    counts = Counter(page.dataset for page in pages)
    type_counts = Counter(page.page_type for page in pages if page.dataset == WCXB and page.page_type)
    return {
        "run": run,
        "machine": machine_info(),
        "pages": dict(counts),
        "page_types": dict(type_counts),
        "extractors": extractors,
        "unavailable": unavailable,
    }


def write_results(folder: Path, summary: dict[str, Any], records: list[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    (folder / "pages.json").write_text(json.dumps(records), encoding="utf-8")
    names = list(summary["extractors"])
    wide: dict[tuple[str, str], dict[str, Any]] = {}
    for rec in records:
        row = wide.setdefault(
            (rec["dataset"], rec["page_id"]),
            {
                "dataset": rec["dataset"],
                "page_id": rec["page_id"],
                "page_type": rec["page_type"],
                "url": rec["url"],
            },
        )
        row[rec["extractor"]] = "" if rec["f1"] is None else rec["f1"]
        if rec["status"] != "ok":
            row[rec["extractor"]] = f"{rec['status']}"
    with open(folder / "f1_by_page.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["dataset", "page_id", "page_type", "url"] + names)
        writer.writeheader()
        writer.writerows(wide.values())


# ---------------------------------------------------------------------------- main


def run_gate(args: argparse.Namespace, root: Path) -> int:
    started = time.perf_counter()
    measured, failures = gate.measure(root)
    print(f"cleannews measured in {time.perf_counter() - started:.0f} s; failed pages: {failures}")
    for extractor, sets in measured.items():
        for dataset, metrics in sets.items():
            print(f"  {extractor} {dataset}: " + ", ".join(f"{k}={v:.4f}" for k, v in metrics.items()))
    baseline = gate.load_baseline()
    if args.update_baseline:
        margin = float(baseline.get("margin", gate.MARGIN))
        floors, changes = gate.updated_floors(baseline.get("floors", {}), measured, margin, args.allow_lower)
        gate.write_baseline(floors, margin)
        print("\n".join(changes) or "no floor changed")
        return 0
    problems = gate.check(measured, baseline.get("floors", {}))
    print("\n".join(problems) or "all floors met")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for spec in select(None):
            print(f"{spec.name:24} {spec.note}")
        return 0
    quiet_libraries()
    root = datasets_dir(args.datasets)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    reason = missing_reason(root, sets)
    if reason:
        print(f"benchmark skipped: {reason}", file=sys.stderr)
        return 0
    if args.check or args.update_baseline:
        return run_gate(args, root)

    fns, unavailable = build(select(args.extractors))
    for name, error in unavailable.items():
        print(f"unavailable: {name}: {error}", file=sys.stderr)
    if not fns:
        print("no extractor could be built", file=sys.stderr)
        return 1
    print(f"loading pages from {root}", file=sys.stderr)
    pages = list(iter_pages(root, sets, args.limit))
    jobs = max(1, min(args.jobs, len(pages)))
    print(f"{len(pages)} pages x {len(fns)} extractors in {jobs} process(es)", file=sys.stderr)
    tallies, records = parallel_pass(pages, fns, root, args.time_limit, jobs)
    memory_results = (
        measure_memory(list(fns), pages, root, args.memory_pages, args.time_limit)
        if args.memory_pages > 0
        else {}
    )

    partial = bool(args.limit) or bool(args.extractors) or set(sets) != set(DATASETS)
    command = "python -m benchmarks" + (" " + " ".join(sys.argv[1:] if argv is None else argv)).rstrip()
    run = {
        "date": dt.date.today().isoformat(),
        "command": command.strip(),
        "time_limit": args.time_limit,
        "memory_pages": args.memory_pages,
        "partial": partial,
        "jobs": jobs,
    }
    summary = summarise_run(tallies, pages, memory_results, unavailable, run)
    results = Path(args.results)
    write_results(results, summary, records)
    write_doc = args.docs == "always" or (args.docs == "auto" and not partial)
    chart_path = REPO_ROOT / "docs" / report.CHART_NAME if write_doc else results / report.CHART_NAME
    made_chart = report.chart(summary, chart_path)
    text = report.markdown(summary, report.CHART_NAME if made_chart else None)
    (results / "report.md").write_text(text, encoding="utf-8")
    if write_doc:
        report.write_docs(DOC, text)
        print(f"updated {DOC.relative_to(REPO_ROOT)}", file=sys.stderr)
    print(text)
    print(f"per-page results: {results}/f1_by_page.csv, {results}/pages.json", file=sys.stderr)
    return 0
