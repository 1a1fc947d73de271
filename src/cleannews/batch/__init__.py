"""Cleaning many pages: URL lists, folders of HTML files and WARC archives, one Record per input.

::

    from cleannews.batch import BatchOptions, clean_urls, clean_files, clean_warc

    for record in clean_urls(urls, concurrency=32, per_host=2):
        if record.ok:
            save(record.id, record.article)          # a cleannews.Article
        else:
            log(record.id, record.error, record.message)

    clean_files(paths)                  # saved pages (.html, .htm, also .gz)
    clean_warc("crawl.warc.gz")         # every response record of an archive
    clean_items(items)                  # your own Items (id, url, bytes) from anywhere
    async for record in aclean_items(items): ...   # the same inside your own asyncio code

Every function takes a BatchOptions and/or its fields as keywords (concurrency, per_host, workers,
time_limit, fetch=FetchOptions(...), extract=Options(...)). Records come as they complete, not in
input order; each has the input's ``id``. ``cleannews batch`` (cli.py) is these functions plus a
resumable JSONL file and a progress bar. Modules: options, inputs (readers), pool (extraction
processes with a time limit), engine (the async pipeline), records, output (JSONL, resume),
progress, cli. docs/batch.md has the details; integrations/datatrove.py runs the same extraction
as a datatrove pipeline step, for clusters.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

from cleannews.batch.engine import arun, iterate
from cleannews.batch.inputs import Item, file_items, url_items, warc_items
from cleannews.batch.options import BatchOptions
from cleannews.batch.records import Record


def clean_items(items: Iterable[Item] | AsyncIterable[Item], options: BatchOptions | None = None,
                **overrides: Any) -> Iterator[Record]:
    """One Record per Item: fetched if it has no content, then extracted in the worker pool."""
    return iterate(items, BatchOptions.build(options, **overrides))


def aclean_items(items: Iterable[Item] | AsyncIterable[Item], options: BatchOptions | None = None,
                 **overrides: Any) -> AsyncIterator[Record]:
    """The same as an async iterator, for code that already runs an event loop."""
    return arun(items, BatchOptions.build(options, **overrides))


def clean_urls(urls: Iterable[str], options: BatchOptions | None = None,
               **overrides: Any) -> Iterator[Record]:
    """Fetch and clean every URL (blank strings and ``#`` comments are skipped); ids are the URLs."""
    return clean_items(url_items(urls), options, **overrides)


def clean_files(paths: Iterable[str | Path], options: BatchOptions | None = None,
                **overrides: Any) -> Iterator[Record]:
    """Clean saved pages; ids are the paths as given. A ``.gz`` file is decompressed first."""
    return clean_items(file_items(paths), options, **overrides)


def clean_warc(path: str | Path, options: BatchOptions | None = None, **overrides: Any) -> Iterator[Record]:
    """Clean every response record of a WARC (plain, .gz, .zst); ids are the WARC-Record-IDs."""
    return clean_items(warc_items(path), options, **overrides)


__all__ = [
    "BatchOptions",
    "Item",
    "Record",
    "aclean_items",
    "clean_files",
    "clean_items",
    "clean_urls",
    "clean_warc",
]
