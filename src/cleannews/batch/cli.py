"""``cleannews batch INPUT... -o out.jsonl``: clean many pages, one JSON line per input.

Inputs: files of URLs (one a line; ``-`` for stdin), folders of HTML files, single HTML files,
WARC archives (.warc, .warc.gz), and http(s) URLs. Output: one record per input, ok or error,
written whole; ``--resume`` skips inputs whose id is already in the output.

Exit codes: 0 the run finished (whatever each page's outcome: that is in its record), 2 bad usage,
3 an input cannot be read or the output cannot be written, 130 interrupted (Ctrl-C or SIGTERM:
the line being written is finished, the rest of the output is whole, ``--resume`` goes on).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import replace

from cleannews.batch.engine import arun
from cleannews.batch.inputs import Item, Source, open_source
from cleannews.batch.options import BATCH_FETCH, CONCURRENCY, PER_HOST, TIME_LIMIT, BatchOptions
from cleannews.batch.output import JsonlWriter
from cleannews.batch.progress import MODES, Reporter, Tally, reporter
from cleannews.cli import OneLineParser, nonempty_source
from cleannews.errors import CleannewsError
from cleannews.options import BACKENDS, Options

PROG = "cleannews batch"
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="Clean many pages into one JSON line per input: URL lists, folders of HTML files, "
        "WARC archives. Progress and a summary go to stderr.",
        epilog="Exit codes: 0 finished (failed pages are records too), 2 usage, 3 unreadable input or "
        "unwritable output, 130 interrupted. Details: docs/batch.md.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", type=nonempty_source,
                        help="a file of URLs (one a line; - for stdin), a folder of HTML files, an HTML "
                        "file, a WARC (.warc, .warc.gz) or an http(s) URL")
    parser.add_argument("-o", "--output", metavar="FILE", help="the JSONL file to write (default: stdout)")
    parser.add_argument("--resume", action="store_true",
                        help="continue FILE: skip inputs whose id it holds, redo a half-written last line")
    parser.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    parser.add_argument("-c", "--concurrency", type=int, default=CONCURRENCY,
                        help=f"fetches in flight at once (default {CONCURRENCY})")
    parser.add_argument("--per-host", type=int, default=PER_HOST,
                        help=f"fetches in flight to one host (default {PER_HOST})")
    parser.add_argument("-w", "--workers", type=int, help="extraction processes (default: one per CPU)")
    parser.add_argument("--time-limit", type=float, default=TIME_LIMIT,
                        help=f"seconds one page may take to extract; 0 for no limit (default {TIME_LIMIT:g})")
    parser.add_argument("--timeout", type=float, default=BATCH_FETCH.timeout,
                        help=f"seconds for one whole fetch (default {BATCH_FETCH.timeout:g})")
    parser.add_argument("--retries", type=int, default=BATCH_FETCH.retries,
                        help=f"retries after a connection error or 429/5xx (default {BATCH_FETCH.retries})")
    parser.add_argument("--host-delay", type=float, default=0.0,
                        help="least seconds between two requests to one host (default 0)")
    parser.add_argument("--no-robots", action="store_true", help="do not obey robots.txt")
    parser.add_argument("-b", "--backend", choices=BACKENDS, default="auto", help="extractor (default: auto)")
    parser.add_argument("--progress", choices=MODES, default="auto",
                        help="bar, json status lines, or none (default auto: bar on a terminal, else json)")
    parser.add_argument("--status-interval", type=float, default=10.0,
                        help="seconds between JSON status lines (default 10)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    return parser


def batch_options(args: argparse.Namespace) -> BatchOptions:
    fetch = replace(BATCH_FETCH, timeout=args.timeout, retries=args.retries, host_delay=args.host_delay,
                    robots=not args.no_robots)
    extra = {"workers": args.workers} if args.workers is not None else {}
    return BatchOptions(concurrency=args.concurrency, per_host=args.per_host,
                        time_limit=args.time_limit or None, fetch=fetch,
                        extract=Options(backend=args.backend), **extra)


def pending(sources: list[Source], done: frozenset[str], tally: Tally) -> Iterator[Item]:
    """Every input of every source, less those already in the output (counted as skipped)."""
    for source in sources:
        for item in source.items():
            if item.id in done:
                tally.skipped += 1
                continue
            yield item


async def run(items: Iterator[Item], options: BatchOptions, writer: JsonlWriter, shown: Reporter) -> bool:
    """Write a record per item; True if stopped by a signal. A signal only ever lands between two
    records (asyncio runs its handler between callbacks, and a write has no await in it)."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    tally = shown.tally

    def stop() -> None:
        if tally.interrupted:  # a second Ctrl-C: the user will not wait for the workers to be killed
            os._exit(EXIT_INTERRUPTED)
        tally.interrupted = True
        task.cancel()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop)
    try:
        async with contextlib.aclosing(arun(items, options)) as records:
            async for record in records:
                writer.write(record)
                tally.add(record)
                shown.update()
    except asyncio.CancelledError:
        if not tally.interrupted:
            raise
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
    return tally.interrupted


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    if args.resume and args.output in (None, "-"):
        print(f"{PROG}: error: --resume needs an output file (-o FILE)", file=sys.stderr)
        return EXIT_USAGE
    try:
        options = batch_options(args)
    except ValueError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        sources = [open_source(spec) for spec in args.inputs]
        writer = JsonlWriter(args.output, resume=args.resume, overwrite=args.overwrite)
    except CleannewsError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_INPUT
    with writer:
        if writer.scan and writer.scan.partial_tail:
            print(f"{PROG}: {args.output} ended in a half-written line; it was dropped and its input "
                  "will be done again", file=sys.stderr)
        sizes = [s.size for s in sources]
        total = None if None in sizes else max(0, sum(s or 0 for s in sizes) - len(writer.done))
        tally = Tally(total)
        shown = reporter("none" if args.quiet else args.progress, tally, interval=args.status_interval)
        shown.start()
        try:
            interrupted = asyncio.run(run(pending(sources, writer.done, tally), options, writer, shown))
        finally:
            shown.finish()
        if not args.quiet:
            shown.summary(PROG)
    return EXIT_INTERRUPTED if interrupted else EXIT_OK
