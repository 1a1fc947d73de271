"""``cleannews explain URL|FILE [-o report.html]``: why each part of a page was kept or dropped.

Writes the HTML report (or, with ``--format json``, the Explanation as JSON) to a file or to
stdout. A page without article text is still explained: that is when the report helps most.

Exit codes, as for ``cleannews`` (cli.py, docs/usage.md): 0 ok, 2 bad usage, 3 the input
cannot be read or the output written, 4 the fetch failed, 5 not an HTML page, 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cleannews import __version__
from cleannews.cli import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    OneLineParser,
    exit_code,
    nonempty_source,
    read_source,
    write_stdout,
)
from cleannews.errors import CleannewsError, InputError
from cleannews.options import BACKENDS, FOCUSES, Options

PROG = "cleannews explain"
FORMATS = ("html", "json")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="Explain an extraction: every block of the page, kept or dropped, with the rule that "
        "decided and its score, beside the extracted article. Details: docs/explain.md.",
        epilog="Exit codes: 0 ok, 2 usage, 3 unreadable input or unwritable output, 4 fetch failed, "
        "5 not HTML.",
    )
    parser.add_argument("source", type=nonempty_source,
                        help="an http(s) URL, a path to an HTML file, or - for stdin")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("-f", "--format", choices=FORMATS, default="html",
                        help="html: one self-contained report page (default); json: the same data")
    parser.add_argument("-b", "--backend", choices=BACKENDS, default="auto",
                        help="the backend whose article is shown (default: auto); the blocks always show "
                        "the native extractor's decisions")
    parser.add_argument("--focus", choices=FOCUSES, default="balanced",
                        help="extraction focus (default: balanced)")
    parser.add_argument("--url", help="the page's URL, for links and metadata when reading a file or stdin")
    parser.add_argument("--version", action="version", version=f"cleannews {__version__}")
    return parser


def run(args: argparse.Namespace) -> int:
    from cleannews.decode import decode
    from cleannews.explain import explain, render_report

    data, content_type, final_url = read_source(args.source)
    text, _ = decode(data, content_type)
    options = Options(backend=args.backend, focus=args.focus)
    explanation = explain(text, args.url or final_url, options=options)
    output = explanation.to_json(indent=2) + "\n" if args.format == "json" else render_report(explanation)
    if args.output:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    else:
        write_stdout(output)
    return EXIT_OK


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # bad usage exits 2 (one line on stderr), --help and --version 0
        return int(exc.code or 0)
    try:
        return run(args)
    except CleannewsError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return exit_code(error)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
