"""Tables (markdown) and the F1-against-speed chart, from a run's summary dictionary."""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from benchmarks.datasets import READABILITY, WCXB
from benchmarks.extractors import AUTO, FALLBACK_BACKEND
from benchmarks.scoring import META_FIELDS

PAGE_TYPES: tuple[str, ...] = (
    "article",
    "forum",
    "product",
    "collection",
    "listing",
    "documentation",
    "service",
)
START, END = "<!-- results:start -->", "<!-- results:end -->"
CHART_NAME = "benchmarks-f1-speed.png"

_FIELD_LABELS = {
    "title": "title",
    "author": "author",
    "date": "date",
    "language": "language",
    "site_name": "site name",
}


def _num(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _table(header: list[str], rows: list[list[str]], text_columns: int = 1) -> str:
    """A markdown table; the first ``text_columns`` columns align left, the rest (numbers) right."""
    rule = ["---"] * text_columns + ["---:"] * (len(header) - text_columns)
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(rule) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _ranked(summary: Mapping[str, Any], dataset: str) -> list[str]:
    """Extractors, best F1 on ``dataset`` first."""
    extractors = summary["extractors"]

    def key(name: str) -> float:
        f1 = extractors[name]["datasets"].get(dataset, {}).get("overall", {}).get("f1")
        return -(f1 if f1 is not None else -1.0)

    return sorted(extractors, key=key)


def body_table(summary: Mapping[str, Any], dataset: str, snippets: bool) -> str:
    header = ["extractor", "precision", "recall", "F1"]
    if snippets:
        header += ["`with` found", "`without` leaked"]
    header += ["crashes", "timeouts"]
    rows = []
    for name in _ranked(summary, dataset):
        data = summary["extractors"][name]["datasets"].get(dataset)
        if not data:
            continue
        overall = data["overall"]
        row = [name, _num(overall["precision"]), _num(overall["recall"]), f"**{_num(overall['f1'])}**"]
        if snippets:
            row += [_pct(overall["with_found"]), _pct(overall["without_leaked"])]
        row += [str(data["crashes"]), str(data["timeouts"])]
        rows.append(row)
    return _table(header, rows)


def type_table(summary: Mapping[str, Any]) -> str:
    counts = summary.get("page_types", {})
    header = ["extractor"] + [f"{t} ({counts.get(t, 0)})" for t in PAGE_TYPES]
    rows = []
    for name in _ranked(summary, WCXB):
        data = summary["extractors"][name]["datasets"].get(WCXB)
        if not data:
            continue
        by_type = data["by_type"]
        rows.append([name] + [_num(by_type.get(t, {}).get("f1")) for t in PAGE_TYPES])
    return _table(header, rows)


def _of(part: Mapping[str, Any] | None, unit: str = "") -> str:
    """A fallback count as "N of M (x%)", ``unit`` after M; "—" where the set has no such pages."""
    return "—" if not part else f"{part['pages']} of {part['total']}{unit} ({_pct(part['share'])})"


def _fallbacks(summary: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Auto's fallback counts per dataset; empty when auto was not in the run."""
    datasets = summary["extractors"].get(AUTO, {}).get("datasets", {})
    return {name: data["fallback"] for name, data in datasets.items() if "fallback" in data}


def fallback_section(summary: Mapping[str, Any]) -> str | None:
    """How often auto's body came from its fallback: one line over the sets, then a table by page type."""
    fallbacks = _fallbacks(summary)
    if not fallbacks:
        return None
    line = " and ".join(
        f"on {_of(counts['overall'], ' pages')} of {dataset}" for dataset, counts in fallbacks.items()
    )
    header = ["dataset", "all pages"] + list(PAGE_TYPES)
    rows = [
        [dataset, _of(counts["overall"])] + [_of(counts["by_type"].get(t)) for t in PAGE_TYPES]
        for dataset, counts in fallbacks.items()
    ]
    return f"{AUTO} falls back to {FALLBACK_BACKEND} {line}.\n\n" + _table(header, rows)


def meta_table(summary: Mapping[str, Any], dataset: str) -> str:
    extractors = summary["extractors"]
    fields = [
        f
        for f in META_FIELDS
        if any(
            f in data["datasets"].get(dataset, {}).get("overall", {}).get("meta", {})
            for data in extractors.values()
        )
    ]
    header = (
        ["extractor"]
        + [f"{_FIELD_LABELS[f]} acc." for f in fields]
        + [f"{_FIELD_LABELS[f]} inv." for f in fields]
    )
    rows = []
    for name in _ranked(summary, dataset):
        data = extractors[name]
        overall = data["datasets"].get(dataset, {}).get("overall")
        if not overall:
            continue
        offered = set(data["fields"])
        meta = overall["meta"]
        acc = [_num(meta[f]["accuracy"]) if f in offered and f in meta else "—" for f in fields]
        inv = [_pct(meta[f]["invented"]) if f in offered and f in meta else "—" for f in fields]
        rows.append([name] + acc + inv)
    some = next(iter(extractors.values()))["datasets"].get(dataset, {}).get("overall", {}).get("meta", {})
    sizes = ", ".join(
        f"{_FIELD_LABELS[f]} {some[f]['with_gold']}/{some[f]['without_gold']}" for f in fields if f in some
    )
    return _table(header, rows) + f"\n\nPages with / without a gold value: {sizes}."


def speed_table(summary: Mapping[str, Any]) -> str:
    header = [
        "extractor",
        "ms/page mean",
        "ms/page median",
        "pages/s",
        "× trafilatura-extract (mean)",
        "peak memory growth (MiB)",
        "process peak (MiB)",
    ]
    extractors = summary["extractors"]
    rows = []
    for name in sorted(extractors, key=lambda n: extractors[n]["speed"]["mean_ms"]):
        speed, memory = extractors[name]["speed"], extractors[name].get("memory") or {}
        growth = _num(memory.get("growth_mib"), 1) if "growth_mib" in memory else memory.get("error", "—")
        rows.append(
            [
                name,
                _num(speed["mean_ms"], 1),
                _num(speed["median_ms"], 1),
                _num(speed["pages_per_s"], 1),
                _num(speed.get("ratio_to_reference"), 2),
                growth,
                _num(memory.get("peak_mib"), 1),
            ]
        )
    return _table(header, rows)


def versions_table(summary: Mapping[str, Any]) -> str:
    rows = [
        [name, f"`{data['package']}` {data['version']}", data["note"]]
        for name, data in summary["extractors"].items()
    ]
    rows += [[name, "unavailable", f"`{error}`"] for name, error in summary.get("unavailable", {}).items()]
    return _table(["extractor", "package version", "call"], rows, text_columns=3)


def crash_notes(summary: Mapping[str, Any]) -> str:
    lines = []
    for name, data in summary["extractors"].items():
        failed = sum(d["crashes"] + d["timeouts"] for d in data["datasets"].values())
        if failed:
            examples = "; ".join(f"`{e}`" for e in data["errors"][:2])
            lines.append(f"- **{name}**: {failed} page(s) failed and scored empty. E.g. {examples}")
    return "\n".join(lines) or "- No extractor crashed or timed out."


def markdown(summary: Mapping[str, Any], chart: str | None) -> str:
    machine, run = summary["machine"], summary["run"]
    pages = ", ".join(f"{name} {count} pages" for name, count in summary["pages"].items())
    parts = [
        f"Run of {run['date']} with `{run['command']}`: {pages}, in {run.get('jobs', 1)} worker process(es); "
        f"per-page time limit {run['time_limit']:g} s; "
        + (
            f"peak memory over the {run['memory_pages']} largest pages."
            if run["memory_pages"]
            else "no memory pass."
        ),
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']:.0f} GiB; "
        f"Python {machine['python']} on {machine['platform']}.",
    ]
    if run.get("partial"):
        parts.append(
            "**Partial run** (a page limit or an extractor subset was given): not the published numbers."
        )
    if chart:
        parts.append(f"![F1 on {WCXB} against mean ms/page]({chart})")
    parts += [
        f"### Body accuracy, {WCXB}",
        body_table(summary, WCXB, snippets=True),
        f"### F1 per page type, {WCXB} (pages per type)",
        type_table(summary),
        *_titled(f"### {AUTO}: bodies from the {FALLBACK_BACKEND} fallback", fallback_section(summary)),
        f"### Body accuracy, {READABILITY} (against Readability.js's output: a second opinion)",
        body_table(summary, READABILITY, snippets=False),
        f"### Metadata, {WCXB}",
        meta_table(summary, WCXB),
        f"### Metadata, {READABILITY}",
        meta_table(summary, READABILITY),
        "### Speed and memory (both sets, interleaved, same run)",
        speed_table(summary),
        "### Crashes and timeouts",
        crash_notes(summary),
        "### Versions",
        versions_table(summary),
    ]
    return "\n\n".join(parts) + "\n"


def _titled(title: str, section: str | None) -> list[str]:
    """A heading and its section, or nothing when the run has no data for it."""
    return [title, section] if section else []


def write_docs(doc: Path, block: str) -> None:
    """Replace the text between the results markers of ``doc`` (appending them when absent)."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    new = f"{START}\n{block}{END}"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + new + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + new + "\n"
    doc.write_text(text, encoding="utf-8")


def chart(summary: Mapping[str, Any], path: Path) -> bool:
    """F1 on wcxb-dev against mean ms/page, one labelled point per extractor; False without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    fig, ax = plt.subplots(figsize=(8, 5.5), dpi=110)
    placed: list[tuple[float, float]] = []
    for name, data in summary["extractors"].items():
        f1 = data["datasets"].get(WCXB, {}).get("overall", {}).get("f1")
        ms = data["speed"]["mean_ms"]
        if f1 is None or not ms:
            continue
        ours = name.startswith("cleannews")
        ax.scatter([ms], [f1], s=60 if ours else 40, color="tab:red" if ours else "tab:blue", zorder=3)
        # a point close to one already labelled gets its label below, so the two do not overprint
        crowded = sum(abs(math.log10(ms / x)) < 0.25 and abs(f1 - y) < 0.008 for x, y in placed)
        ax.annotate(name, (ms, f1), textcoords="offset points", xytext=(5, 4 - 11 * crowded), fontsize=8)
        placed.append((ms, f1))
    ax.set_xscale("log")
    ax.set_xlabel("mean ms per page (log scale; left is faster)")
    ax.set_ylabel(f"macro F1 on {WCXB}")
    ax.set_title(f"Accuracy against speed — {summary['run']['date']}")
    ax.grid(True, which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True
