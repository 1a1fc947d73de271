"""What a batch reads: URL lists, folders of HTML files, single files and WARC archives -> Items.

Every input becomes exactly one Item, and every Item exactly one Record, so a run's output has as
many lines as it had inputs. An Item carries its id (how ``--resume`` recognises it), the page's URL
if there is one, and either the page's bytes or nothing (then the URL is fetched). An input that
cannot be read carries its error instead, and becomes an error record without further work.

    ids:  a URL list      the URL as written on its line
          a file          its path as given (for a folder: the folder joined with the file's name)
          a WARC record   its WARC-Record-ID (e.g. "<urn:uuid:...>"), unique across archives
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cleannews.decode import looks_like_html
from cleannews.errors import CleannewsError, HTTPStatusError, InputError, NotHTML
from cleannews.fetch.body import check_declared, check_sniffed
from cleannews.fetch.options import HTML_TYPES

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".warc.lz4")
# A WARC record's body has no size limit of its own; this keeps one bad record from taking the memory.
MAX_RECORD_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Item:
    """One input: its id, its URL if any, and its bytes (None: fetch ``url``) or why it failed."""

    id: str
    url: str | None = None
    content: bytes | None = None
    content_type: str | None = None
    error: CleannewsError | None = None

    @property
    def needs_fetch(self) -> bool:
        return self.content is None and self.error is None


@dataclass(frozen=True)
class Source:
    """One command-line input: its kind, how many items it holds if that is cheap to know, its items."""

    name: str
    kind: str  # "urls" | "folder" | "file" | "warc"
    size: int | None
    items: Callable[[], Iterator[Item]]


# -- URL lists ---------------------------------------------------------------------------------------

def url_items(urls: Iterable[str]) -> Iterator[Item]:
    """Items to fetch, one per URL. Blank lines and ``#`` comments are not inputs."""
    for line in urls:
        url = line.strip()
        if url and not url.startswith("#"):
            yield Item(id=url, url=url)


def read_url_list(name: str) -> list[str]:
    """The URLs in a file (or stdin for ``-``), one per line."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    return [u for u in (line.strip() for line in data.decode("utf-8", "replace").splitlines())
            if u and not u.startswith("#")]


# -- HTML files --------------------------------------------------------------------------------------

def is_html_name(path: Path) -> bool:
    name = path.name.lower()
    name = name[:-3] if name.endswith(".gz") else name
    return name.endswith(HTML_SUFFIXES)


def folder_files(folder: Path) -> list[Path]:
    """The HTML files under ``folder`` (recursively; ``.gz`` too), in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and is_html_name(p))


def file_item(path: Path, url: str | None = None) -> Item:
    """An Item for one saved page; an unreadable or non-HTML file is an Item with its error."""
    name = str(path)
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        message = getattr(exc, "strerror", None) or exc
        return Item(id=name, url=url, error=InputError(f"cannot read {name}: {message}"))
    if not looks_like_html(data):
        return Item(id=name, url=url, error=NotHTML(f"not an HTML page: {name}"))
    return Item(id=name, url=url, content=data)


def file_items(paths: Iterable[str | Path]) -> Iterator[Item]:
    for path in paths:
        yield file_item(Path(path))


# -- WARC archives -----------------------------------------------------------------------------------

def is_warc_name(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def warc_items(path: str | Path) -> Iterator[Item]:
    """One Item per response (or resource) record of a WARC file, read with FastWARC.

    Only what a crawler stored as a page counts as an input: ``response`` and ``resource`` records.
    Requests, metadata and revisits are not pages. A response that is not a 2xx HTML page is still
    an input, and becomes an error record (HTTPStatusError, NotHTML). An archive that breaks off
    part-way gives one last error item, so the loss is in the output, not silent.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    name = str(path)
    count = 0
    try:
        records = ArchiveIterator(name, record_types=WarcRecordType.response | WarcRecordType.resource,
                                  parse_http=True, auto_decode="all", fsspec_args=False)
        for record in records:
            count += 1
            yield _warc_item(record, name, count)
    except (OSError, ValueError) as exc:
        message = f"cannot read {name} after record {count}: {exc}"
        yield Item(id=f"{name}#after-{count}", error=InputError(message))


def _warc_item(record: object, archive: str, number: int) -> Item:
    rec = record  # a fastwarc WarcRecord (typed loosely: fastwarc's stubs need Python 3.11)
    headers = rec.headers  # type: ignore[attr-defined]
    url = headers.get("WARC-Target-URI") or None
    item_id = rec.record_id or f"{archive}#{number}"  # type: ignore[attr-defined]
    where = url or item_id
    try:
        if rec.is_http:  # type: ignore[attr-defined]
            http = rec.http_headers  # type: ignore[attr-defined]
            status = http.status_code or 0
            content_type = http.get("Content-Type")
            if not status:
                raise InputError(f"a broken record (no HTTP status line) in {archive}: {where}")
            if not 200 <= status < 300:
                reason = f"HTTP {status} {http.reason_phrase or ''}".strip()
                raise HTTPStatusError(f"{reason} in {archive}: {where}", url)
        else:
            content_type = headers.get("Content-Type")
        if rec.content_length > MAX_RECORD_BYTES:  # type: ignore[attr-defined]
            raise InputError(f"record larger than {MAX_RECORD_BYTES >> 20} MiB in {archive}: {where}")
        content = rec.reader.read()  # type: ignore[attr-defined]
        declared = {"content-type": content_type} if content_type else {}
        check_declared(where, declared, HTML_TYPES, MAX_RECORD_BYTES)
        check_sniffed(where, declared, HTML_TYPES, content)
    except CleannewsError as exc:
        return Item(id=item_id, url=url, error=exc)
    except (OSError, ValueError) as exc:
        return Item(id=item_id, url=url, error=InputError(f"cannot read a record of {archive}: {exc}"))
    return Item(id=item_id, url=url, content=content, content_type=content_type)


# -- the command line's inputs -----------------------------------------------------------------------

def open_source(spec: str) -> Source:
    """What a command-line input names: ``-`` or a file of URLs, a folder, an HTML file, a WARC, a URL."""
    if spec.startswith(("http://", "https://")):
        return Source(spec, "urls", 1, lambda: url_items([spec]))
    if spec == "-":
        urls = read_url_list("-")
        return Source("stdin", "urls", len(urls), lambda: url_items(urls))
    path = Path(spec)
    if path.is_dir():
        files = folder_files(path)
        return Source(spec, "folder", len(files), lambda: file_items(files))
    if not path.is_file():
        raise InputError(f"cannot read {spec}: no such file or folder")
    if is_warc_name(path):
        return Source(spec, "warc", None, lambda: warc_items(path))
    if is_html_name(path):
        return Source(spec, "file", 1, lambda: iter([file_item(path)]))
    urls = read_url_list(spec)
    return Source(spec, "urls", len(urls), lambda: url_items(urls))
