"""Per-host spacing of requests, kept by pyrate-limiter.

Each host gets its own limiter of one request per interval, because hosts have their own
intervals (a robots.txt Crawl-delay is per host). The buckets are GCRA state buckets: a few numbers
per host and no background leaker thread, so a crawl over many hosts does not start a thread each.
"""

from __future__ import annotations

import threading

from pyrate_limiter import Limiter, Rate, SingleBucketFactory, StateBucket

from cleannews.errors import FetchTimeout
from cleannews.fetch.deadline import Deadline

# pyrate-limiter sleeps this much past the computed wait, to absorb clock granularity.
_BUFFER_MS = 5


class HostLimiter:
    """Hands out one request slot per host every ``interval`` seconds, waiting for it if needed."""

    def __init__(self) -> None:
        self._limiters: dict[str, tuple[int, Limiter]] = {}
        self._lock = threading.Lock()

    def _limiter(self, host: str, interval: float) -> Limiter | None:
        ms = int(interval * 1000)
        if ms <= 0:
            return None
        with self._lock:
            known = self._limiters.get(host)
            if known is None or known[0] != ms:
                bucket = StateBucket([Rate(1, ms)])
                limiter = Limiter(SingleBucketFactory(bucket, schedule_leak=False), buffer_ms=_BUFFER_MS)
                known = self._limiters[host] = (ms, limiter)
            return known[1]

    def wait(self, host: str, interval: float, url: str, deadline: Deadline) -> None:
        limiter = self._limiter(host, interval)
        if limiter is None:
            return
        remaining = deadline.remaining()
        if remaining <= 0 or not limiter.try_acquire(host, timeout=remaining):
            raise _waited_too_long(url, host, interval, deadline)

    async def await_slot(self, host: str, interval: float, url: str, deadline: Deadline) -> None:
        limiter = self._limiter(host, interval)
        if limiter is None:
            return
        remaining = deadline.remaining()
        if remaining <= 0 or not await limiter.try_acquire_async(host, timeout=remaining):
            raise _waited_too_long(url, host, interval, deadline)


def _waited_too_long(url: str, host: str, interval: float, deadline: Deadline) -> FetchTimeout:
    return FetchTimeout(
        f"timed out after {deadline.timeout:g}s waiting for a slot on {host} "
        f"(one request per {interval:g}s) fetching {url}",
        url,
    )
