"""BatchOptions: how hard a batch run may push, in one frozen object."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from cleannews.fetch.options import FetchOptions
from cleannews.options import Options

# Defaults, chosen for one machine and a polite crawl (docs/batch.md measures them):
CONCURRENCY = 64    # fetches in flight at once; httpx's pool holds 100 connections by default.
PER_HOST = 4        # fetches in flight to one host (host:port), on top of the fetcher's host_delay.
TIME_LIMIT = 10.0   # seconds one page may take to extract (p99.9 on the dev set is well under 1 s).
# Batch fetches fail faster than a person's one-off fetch: a slow site costs one record, not the run.
BATCH_FETCH = FetchOptions(timeout=20.0, retries=1)


def _default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs. Every default is listed in docs/batch.md.

    concurrency  fetches in flight at once (all hosts together).
    per_host     fetches in flight to one host; the fetcher's host_delay and robots.txt
                 Crawl-delay still space the requests themselves.
    workers      extraction processes (default: the CPUs this process may use).
    time_limit   seconds one page may spend in extraction; a worker that takes longer is killed
                 and replaced, and the page's record says ExtractionTimeout. None: no limit, and
                 extraction runs in this process (no pool).
    fetch        FetchOptions for the AsyncFetcher (robots.txt is obeyed unless robots=False).
    extract      Options for extraction (backend, focus, include_*).
    """

    concurrency: int = CONCURRENCY
    per_host: int = PER_HOST
    workers: int = field(default_factory=_default_workers)
    time_limit: float | None = TIME_LIMIT
    fetch: FetchOptions = BATCH_FETCH
    extract: Options = field(default_factory=Options)

    def __post_init__(self) -> None:
        self._check_types()
        for name in ("concurrency", "per_host", "workers"):
            if getattr(self, name) < 1:
                raise ValueError(f"BatchOptions.{name} must be at least 1")
        if self.time_limit is not None and self.time_limit <= 0:
            raise ValueError("BatchOptions.time_limit must be positive (or None for no limit)")

    def _check_types(self) -> None:
        """A count given as text or a dict for an options object fails here with its name, not
        in the middle of a run."""
        for name in ("concurrency", "per_host", "workers"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"BatchOptions.{name} must be a whole number, not {value!r}")
        limit = self.time_limit
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, (int, float))):
            raise TypeError(f"BatchOptions.time_limit must be a number or None, not {limit!r}")
        for name, kind in (("fetch", FetchOptions), ("extract", Options)):
            value = getattr(self, name)
            if not isinstance(value, kind):
                raise TypeError(f"BatchOptions.{name} must be a {kind.__name__}, not {type(value).__name__}")

    @property
    def in_flight(self) -> int:
        """Inputs held in memory at once: every fetch slot, plus two pages queued per worker."""
        return self.concurrency + 2 * self.workers

    @classmethod
    def build(cls, base: BatchOptions | None = None, **overrides: Any) -> BatchOptions:
        """``base`` (or the defaults) with keyword overrides; an unknown name is a TypeError."""
        unknown = sorted(set(overrides) - {f.name for f in fields(cls)})
        if unknown:
            raise TypeError(f"unknown batch option(s): {', '.join(unknown)}")
        if base is not None and not isinstance(base, cls):
            raise TypeError(f"batch options must be a BatchOptions, not {type(base).__name__}")
        return replace(base or cls(), **overrides)
