"""Peak memory of one extractor, measured in a fresh interpreter.

Method: a new Python process imports the extractor, warms it up on a tiny page, reads the
pages it will be given into memory, and notes its peak resident set size (``VmHWM`` in
/proc/self/status; ``ru_maxrss`` where there is no /proc) as the baseline. It then extracts
every page once and reads the peak again. The report gives the growth (peak minus baseline,
i.e. what extraction itself needed at its worst moment) and the absolute peak of the
process. The peak RSS sees C allocations (lxml, lexbor) that tracemalloc would miss.

Run by the benchmark as ``python -m benchmarks.memory``, with a JSON request on stdin:
``{"extractor": NAME, "datasets": DIR, "pages": [[dataset, page_id], ...], "time_limit": S}``.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.datasets import REPO_ROOT, load_page
from benchmarks.extractors import BY_NAME, quiet_libraries, run_one

_WARM_UP = "<html><head><title>t</title></head><body><article><p>Warm up text.</p></article></body></html>"


def _peak_mib() -> float:
    """The process's peak RSS: VmHWM on Linux, as ru_maxrss survives exec and would show the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux, bytes on macOS


def measure_here(
    extractor: str, datasets: str, pages: Sequence[Sequence[str]], time_limit: float | None
) -> dict:
    quiet_libraries()
    fn = BY_NAME[extractor].build()
    run_one(fn, _WARM_UP, None, time_limit)
    loaded = [load_page(Path(datasets), dataset, page_id) for dataset, page_id in pages]
    baseline = _peak_mib()
    for page in loaded:
        run_one(fn, page.html, page.url, time_limit)
    peak = _peak_mib()
    return {"baseline_mib": baseline, "peak_mib": peak, "growth_mib": peak - baseline, "pages": len(loaded)}


def measure(
    extractor: str,
    datasets: Path,
    pages: Sequence[tuple[str, str]],
    time_limit: float | None,
    timeout: float = 1800,
) -> dict:
    """Run ``measure_here`` in a child interpreter; an ``error`` key says why it failed."""
    request = {
        "extractor": extractor,
        "datasets": str(datasets),
        "pages": list(pages),
        "time_limit": time_limit,
    }
    try:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.memory"],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:g} s"}
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    request = json.loads(sys.stdin.read())
    result = measure_here(
        request["extractor"], request["datasets"], request["pages"], request.get("time_limit")
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
