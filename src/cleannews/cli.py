"""The command line: ``cleannews URL|FILE|-`` prints the clean article.

Exit codes (documented in docs/usage.md):
    0  success
    2  bad usage (unknown option, bad value)
    3  input cannot be read (missing or empty file, unreadable or empty stdin, unwritable -o)
    4  fetch failed (connection, timeout, HTTP error, too large, robots)
    5  the input is not an HTML page
    6  no article content found
  130  interrupted
Subcommands (``cleannews fixture ...``) live in their own modules, listed in SUBCOMMANDS.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from cleannews import __version__
from cleannews.decode import looks_like_html
from cleannews.errors import CleannewsError, ExtractionError, FetchError, InputError, NotHTML
from cleannews.models import Article
from cleannews.options import BACKENDS, Options

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_FETCH = 4
EXIT_NOT_HTML = 5
EXIT_NO_CONTENT = 6
EXIT_INTERRUPTED = 130

FORMATS = ("text", "markdown", "json", "html")

# name -> module with ``main(argv: list[str]) -> int``
SUBCOMMANDS: dict[str, str] = {
    "fixture": "cleannews.fixtures.cli",
    "batch": "cleannews.batch.cli",
    "explain": "cleannews.explain.cli",
}


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr like every other failure."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def nonempty_source(value: str) -> str:
    """An argparse type for a page or input argument: an empty one (an unset shell variable)
    is a usage error, not the current directory, which a batch would otherwise walk whole."""
    if not value.strip():
        raise argparse.ArgumentTypeError("empty: give a URL or a file path")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="cleannews",
        description="Print the clean article of a web page: title, metadata and main body.",
        epilog="Exit codes: 0 ok, 2 usage, 3 unreadable input, 4 fetch failed, 5 not HTML, "
        "6 no content found.",
    )
    parser.add_argument("source", type=nonempty_source,
                        help="an http(s) URL, a path to an HTML file, or - for stdin")
    parser.add_argument("-f", "--format", choices=FORMATS, default="text",
                        help="output format (default: text)")
    parser.add_argument("-b", "--backend", choices=BACKENDS, default="auto", help="extractor (default: auto)")
    parser.add_argument("--url", help="the page's URL, for resolving links when reading a file or stdin")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--version", action="version", version=f"cleannews {__version__}")
    return parser


def read_source(source: str) -> tuple[bytes, str | None, str | None]:
    """(content, content_type, final_url) for a URL, a file path or '-'."""
    if source.startswith(("http://", "https://")):
        from cleannews.fetch import fetch

        page = fetch(source)
        return page.content, page.headers.get("content-type"), page.url
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from exc
    name = "stdin" if source == "-" else source
    if not data.strip():
        raise InputError(f"nothing to read: {name} is empty")
    if not looks_like_html(data):
        raise NotHTML(f"not an HTML page: {name}")
    return data, None, None


def render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json(indent=2)
    if fmt == "html":
        return article.html
    body = article.markdown if fmt == "markdown" else article.text
    if article.title:
        heading = f"# {article.title}" if fmt == "markdown" else article.title
        return f"{heading}\n\n{body}"
    return body


def run(args: argparse.Namespace) -> int:
    from cleannews.decode import decode
    from cleannews.pipeline import extract

    data, content_type, final_url = read_source(args.source)
    text, _ = decode(data, content_type)
    article = extract(text, url=args.url or final_url, options=Options(backend=args.backend))
    if not article.text.strip():
        raise ExtractionError(f"no article content found in {args.source}")
    output = render(article, args.format)
    if args.output:
        try:
            Path(args.output).write_text(output + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    else:
        write_stdout(output + "\n")
    return EXIT_OK


def write_stdout(text: str) -> None:
    """Write UTF-8 whatever the locale says, as ``-o`` does: a page's text is rarely all ASCII."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    stream.write(text.encode("utf-8"))
    stream.flush()


def exit_code(error: CleannewsError) -> int:
    if isinstance(error, NotHTML):
        return EXIT_NOT_HTML
    if isinstance(error, FetchError):
        return EXIT_FETCH
    if isinstance(error, ExtractionError):
        return EXIT_NO_CONTENT
    return EXIT_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in SUBCOMMANDS:
        module = importlib.import_module(SUBCOMMANDS[args_list[0]])
        return int(module.main(args_list[1:]))
    try:
        return run(build_parser().parse_args(args_list))
    except CleannewsError as error:
        print(f"cleannews: error: {error}", file=sys.stderr)
        return exit_code(error)
    except KeyboardInterrupt:
        print("cleannews: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining
        # again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
