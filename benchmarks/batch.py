"""Batch throughput and memory: ``cleannews batch`` against trafilatura's own batch mode.

    python -m benchmarks.batch [--copies 2] [--workers N] [--concurrency 64] [--json results.json]

Everything is built at run time in a temporary folder from the WCXB dev pages
(``/work/shared/datasets/wcxb-dev/html/*.html.gz``, or ``--pages DIR``); nothing derived from them
is kept. Three cases, each tool run as its own command line in a fresh process, on the same machine:

    warc    a WARC.gz of every page ``--copies`` times (FastWARC writes it), by ``cleannews batch``.
            trafilatura reads no WARC, so it has no entry here.
    folder  the same pages as plain .html files: ``cleannews batch DIR`` against
            ``trafilatura --input-dir DIR --parallel W`` (its file batch mode, a process pool).
    urls    the pages served by a local threaded HTTP server on 127.0.0.1: ``cleannews batch
            urls.txt`` (async fetching, ``--concurrency`` in flight, no per-host cap beyond that)
            against ``trafilatura -i urls.txt --parallel C`` (its download threads), with its
            per-host sleep set to 0 and its block on loopback addresses turned off so that it can
            fetch at all.

Reported per run: wall time, pages/s (inputs / wall time, start-up included), the peak resident
memory of the whole process tree (the command and its workers, summed, sampled every 200 ms from
/proc), and how many pages gave text. The server runs in this process, so both tools share the
same CPU with it.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEFAULT_PAGES = Path("/work/shared/datasets/wcxb-dev/html")


@dataclass
class Result:
    case: str
    tool: str
    inputs: int
    with_text: int
    seconds: float
    pages_per_s: float
    peak_mib: float


def tree_rss_kib(root: int) -> int:
    """Resident KiB of ``root`` and all its descendants, read from /proc."""
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{pid}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def measure(command: list[str]) -> tuple[float, float]:
    """Run ``command``; (wall seconds, peak MiB of its process tree)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss_kib(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise RuntimeError(f"{command[0]} failed ({process.returncode}): {stderr[-2000:]}")
    return seconds, peak / 1024


def build(pages_dir: Path, work: Path, copies: int) -> tuple[Path, list[str]]:
    """Plain .html files (one copy) in work/pages; a WARC of ``copies`` copies; returns (warc, names)."""
    from fastwarc.warc import WarcRecord, WarcRecordType

    folder = work / "pages"
    folder.mkdir()
    names = []
    for source in sorted(pages_dir.glob("*.html.gz")):
        name = source.name[:-3]
        (folder / name).write_bytes(gzip.decompress(source.read_bytes()))
        names.append(name)
    warc = work / "pages.warc.gz"
    with open(warc, "wb") as out:
        for copy in range(copies):
            for name in names:
                body = (folder / name).read_bytes()
                record = WarcRecord()
                record.init_headers(WarcRecordType.response, f"uuid:{uuid.uuid4()}".encode())
                record.headers["WARC-Target-URI"] = f"https://bench.example/{copy}/{name}"
                record.headers["Content-Type"] = "application/http; msgtype=response"
                head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
                record.set_bytes_content(head.encode() + body)
                buffer = io.BytesIO()
                record.write(buffer, checksum_data=True)
                out.write(gzip.compress(buffer.getvalue(), 6))
    return warc, names


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, int]:
    class Server(ThreadingHTTPServer):
        request_queue_size = 512
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass

    server = Server(("127.0.0.1", 0), partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def count_jsonl(path: Path) -> tuple[int, int]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return len(lines), sum(1 for r in lines if r["status"] == "ok")


def count_dir(path: Path) -> int:
    return sum(1 for p in path.rglob("*") if p.is_file() and p.stat().st_size > 0) if path.exists() else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of *.html.gz pages")
    parser.add_argument("--copies", type=int, default=2, help="copies of every page in the WARC (default 2)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--cases", default="warc,folder,urls")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    cases = set(args.cases.split(","))
    cleannews = shutil.which("cleannews") or "cleannews"
    traf_cmd = shutil.which("trafilatura") or "trafilatura"
    results: list[Result] = []

    def record(case: str, tool: str, inputs: int, with_text: int, seconds: float, peak: float) -> None:
        result = Result(case, tool, inputs, with_text, round(seconds, 1), round(inputs / seconds, 1),
                        round(peak))
        results.append(result)
        print(json.dumps(asdict(result)), flush=True)

    with tempfile.TemporaryDirectory(prefix="cleannews-batch-bench-") as tmp:
        work = Path(tmp)
        warc, names = build(args.pages, work, args.copies)
        ours = ["batch", "-q", "--workers", str(args.workers), "--overwrite"]
        if "warc" in cases:
            out = work / "warc.jsonl"
            seconds, peak = measure([cleannews, *ours, str(warc), "-o", str(out)])
            record("warc", "cleannews batch", *count_jsonl(out), seconds, peak)
        if "folder" in cases:
            out = work / "folder.jsonl"
            seconds, peak = measure([cleannews, *ours, str(work / "pages"), "-o", str(out)])
            record("folder", "cleannews batch", *count_jsonl(out), seconds, peak)
            target = work / "traf-folder"
            seconds, peak = measure([traf_cmd, "--input-dir", str(work / "pages"), "-o", str(target),
                                     "--parallel", str(args.workers)])
            record("folder", "trafilatura --input-dir", len(names), count_dir(target), seconds, peak)
        if "urls" in cases:
            server, port = serve(work / "pages")
            urls = work / "urls.txt"
            urls.write_text("".join(f"http://127.0.0.1:{port}/{name}\n" for name in names))
            try:
                out = work / "urls.jsonl"
                seconds, peak = measure([cleannews, *ours, str(urls), "-o", str(out), "--concurrency",
                                         str(args.concurrency), "--per-host", str(args.concurrency)])
                record("urls", "cleannews batch", *count_jsonl(out), seconds, peak)
                config = work / "trafilatura.cfg"
                import trafilatura.settings

                settings = Path(trafilatura.settings.__file__).with_name("settings.cfg")
                text = settings.read_text().replace("SLEEP_TIME = 5.0", "SLEEP_TIME = 0")
                config.write_text(text.replace("SSRF_PROTECTION = on", "SSRF_PROTECTION = off"))
                target = work / "traf-urls"
                seconds, peak = measure([traf_cmd, "-i", str(urls), "-o", str(target), "--parallel",
                                         str(args.concurrency), "--config-file", str(config)])
                record("urls", "trafilatura -i", len(names), count_dir(target), seconds, peak)
            finally:
                server.shutdown()
    print()
    print("| case | tool | inputs | with text | seconds | pages/s | peak memory (MiB) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r.case} | {r.tool} | {r.inputs} | {r.with_text} | {r.seconds} | {r.pages_per_s} "
              f"| {r.peak_mib} |")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
