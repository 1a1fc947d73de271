"""Time and memory of extract() across input sizes, for realistic and pathological pages.

    python -m benchmarks.hostile [--backend native|auto] [--quick]

Each case runs in a fresh child process (so peak memory is its own) and prints one row of a
Markdown table: the input size, seconds, milliseconds per MB and peak memory. Realistic
pages are paragraphs and divs repeated to 0.1-30 MB; each pathological shape is measured at
two sizes, a quarter and the whole, so the ratio of their times shows whether growth is
linear (about 4x) or worse. The results are quoted in docs/limits.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PARA = ("<p>The harbour authority closed the port on Monday after the storm damaged two piers, "
        "and officials said repairs could take weeks. </p>")
BLOCK = f"<div class='section'><h2>Section</h2>{PARA * 4}<a href='/more'>More</a></div>"

# name -> expression building the input from n (a count).
SHAPES = {
    "realistic": "'<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav><article>'"
                 f" + {BLOCK!r} * n + '</article></body></html>'",
    "deep nesting": "'<div>' * n + 'deep' + '</div>' * n",
    "unclosed <div><p>": "'<body>' + '<div><p>text ' * n",
    "empty elements": "'<body>' + '<span></span>' * n",
    "one text node": "'<p>' + 'word ' * n",
    "one attribute": "'<p title=\"' + 'a' * n + '\">hi</p>'",
    "attributes on one tag": "'<p ' + ' '.join(f'a{i}=v' for i in range(n)) + '>hi</p>'",
    "<br> lines": "'<body><p>' + 'line<br>' * n",
    "scripts": "'<body>' + '<script>var a = 1;</script>' * n + '<p>hello</p>'",
    "links": "'<body><p>' + '<a href=\"/x\">link</a> ' * n",
    "random bytes": "random.Random(1).randbytes(n)",
}
REALISTIC_MB = (0.1, 1, 5, 10, 30)
# (quarter, whole) counts per pathological shape.
PATHOLOGICAL = {
    "deep nesting": (25_000, 100_000),
    "unclosed <div><p>": (75_000, 300_000),
    "empty elements": (250_000, 1_000_000),
    "one text node": (1_000_000, 4_000_000),
    "one attribute": (2_500_000, 10_000_000),
    "attributes on one tag": (25_000, 100_000),
    "<br> lines": (50_000, 200_000),
    "scripts": (75_000, 300_000),
    "links": (50_000, 200_000),
    "random bytes": (1_000_000, 4_000_000),
}

CHILD = """
import json, random, resource, sys, time
import cleannews
n = int(sys.argv[2])
data = eval(sys.argv[1])
size = len(data)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
article = cleannews.extract(data, url="https://example.com/story", backend=sys.argv[3])
seconds = time.perf_counter() - start
peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024
print(json.dumps({"mb": size / 1e6, "seconds": seconds, "peak_mb": peak, "words": len(article.text.split())}))
"""


def measure(shape: str, n: int, backend: str, timeout: float = 600) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, SHAPES[shape], str(n), backend],
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode:
        raise RuntimeError(f"{shape} n={n}: {done.stderr[-500:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _row(shape: str, result: dict[str, float], ratio: str = "") -> str:
    ms_per_mb = result["seconds"] * 1000 / max(result["mb"], 1e-9)
    return (f"| {shape} | {result['mb']:.1f} | {result['seconds']:.2f} | {ms_per_mb:.0f} | "
            f"{result['peak_mb']:.0f} | {ratio} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="native", choices=["native", "auto", "trafilatura"])
    parser.add_argument("--quick", action="store_true", help="realistic sizes up to 5 MB only")
    args = parser.parse_args(argv)
    print(f"backend: {args.backend}\n")
    print("| input | MB | seconds | ms/MB | peak MB | time ratio (size x4) |")
    print("|---|---:|---:|---:|---:|---:|")
    block_bytes = len(BLOCK)
    for mb in REALISTIC_MB:
        if args.quick and mb > 5:
            continue
        result = measure("realistic", int(mb * 1e6 / block_bytes), args.backend)
        print(_row("realistic page", result), flush=True)
    for shape, (quarter, whole) in PATHOLOGICAL.items():
        small = measure(shape, quarter, args.backend)
        big = measure(shape, whole, args.backend)
        ratio = f"{big['seconds'] / max(small['seconds'], 1e-9):.1f}"
        print(_row(shape, small), flush=True)
        print(_row(shape, big, ratio), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
