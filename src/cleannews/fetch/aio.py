"""AsyncFetcher and afetch(): the same fetch as sync.py, on asyncio or trio (through anyio).

The total deadline is a cancel scope around the whole fetch, so no watchdog thread is needed.
"""

from __future__ import annotations

from dataclasses import replace
from types import TracebackType

import anyio
import httpx
from tenacity import AsyncRetrying

from cleannews.fetch.body import BodyReader, check_declared, check_sniffed, make_page
from cleannews.fetch.deadline import Deadline
from cleannews.fetch.failures import timeout_error, translated
from cleannews.fetch.options import FetchOptions, merge
from cleannews.fetch.ratelimit import HostLimiter
from cleannews.fetch.retry import RetryableStatus, RetryPolicy
from cleannews.fetch.robots import (
    ROBOTS_MAX_BYTES,
    ROBOTS_MAX_REDIRECTS,
    RobotsRules,
    check,
    origin,
    rules_from,
)
from cleannews.fetch.steps import RedirectTrail, checked_url, host_key, judge_status, next_hop
from cleannews.fetch.transport import async_client
from cleannews.models import Page


class AsyncFetcher:
    """Fetches pages concurrently over one connection pool; robots.txt obeyed unless ``robots=False``::

        async with AsyncFetcher(timeout=10) as fetcher:
            pages = await asyncio.gather(*(fetcher.fetch(u) for u in urls))
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **overrides: object,
    ) -> None:
        opts = merge(options, overrides)
        self.options = replace(opts, robots=True) if opts.robots is None else opts
        self._client = async_client(self.options, transport)
        self._robots: dict[str, RobotsRules] = {}
        self._hosts = HostLimiter()

    async def __aenter__(self) -> AsyncFetcher:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(self, url: str) -> Page:
        """The page at ``url``. Raises a FetchError subclass if it cannot be had."""
        checked_url(url)
        deadline = Deadline.start(self.options.timeout)
        retrying = AsyncRetrying(sleep=anyio.sleep, **RetryPolicy(self.options, deadline).kwargs())
        try:
            with anyio.fail_after(self.options.timeout):
                outcome: Page | RetryableStatus = await retrying(self._attempt, url, deadline)
        except TimeoutError as exc:
            raise timeout_error(url, deadline) from exc
        if isinstance(outcome, RetryableStatus):
            raise outcome.error()
        assert isinstance(outcome, Page)
        return outcome

    async def _attempt(self, url: str, deadline: Deadline) -> Page | RetryableStatus:
        with translated(url, deadline):
            trail = RedirectTrail(url, self.options.max_redirects)
            request = self._client.build_request("GET", url)
            while True:
                trail.visit(request)
                await self._wait_turn(request.url, url, deadline)
                response = await self._send(request, url, deadline)
                try:
                    hop = next_hop(response, url)
                    if hop is None:
                        return await self._read(response, url, deadline)
                finally:
                    await response.aclose()
                request = hop

    async def _send(self, request: httpx.Request, url: str, deadline: Deadline) -> httpx.Response:
        if deadline.expired:
            raise timeout_error(url, deadline)
        request.extensions["timeout"] = deadline.httpx_timeout().as_dict()
        return await self._client.send(request, stream=True)

    async def _read(self, response: httpx.Response, url: str, deadline: Deadline) -> Page | RetryableStatus:
        verdict = judge_status(response, url)
        if verdict is not None:
            return verdict
        headers = dict(response.headers)
        check_declared(url, headers, self.options.accept, self.options.max_bytes)
        content = await _read_body(response, url, self.options.max_bytes, deadline)
        check_sniffed(url, headers, self.options.accept, content)
        return make_page(str(response.url), response.status_code, headers, content)

    async def _wait_turn(self, target: httpx.URL, url: str, deadline: Deadline) -> None:
        interval = self.options.host_delay
        if self.options.robots:
            rules = await self._rules(target, url, deadline)
            check(rules, str(target))
            interval = max(interval, min(rules.crawl_delay(), self.options.max_crawl_delay))
        await self._hosts.await_slot(host_key(target), interval, url, deadline)

    async def _rules(self, target: httpx.URL, url: str, deadline: Deadline) -> RobotsRules:
        key = origin(str(target))
        rules = self._robots.get(key)
        if rules is None:
            # Two tasks may both miss and both fetch robots.txt; the second answer just replaces the first.
            rules = self._robots[key] = await self._fetch_robots(key + "/robots.txt", url, deadline)
        return rules

    async def _fetch_robots(self, robots: str, url: str, deadline: Deadline) -> RobotsRules:
        request = self._client.build_request("GET", robots)
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            response = await self._send(request, url, deadline)
            try:
                hop = next_hop(response, robots)
                if hop is None:
                    if not response.is_success:
                        return rules_from(response.status_code, b"")
                    body = await _read_body(response, robots, ROBOTS_MAX_BYTES, deadline, truncate=True)
                    return rules_from(response.status_code, body)
            finally:
                await response.aclose()
            request = hop
        return RobotsRules()


async def _read_body(response: httpx.Response, url: str, limit: int, deadline: Deadline, *,
                     truncate: bool = False) -> bytes:
    """The body, inflated, cut off (or refused) past ``limit`` bytes."""
    if response.is_stream_consumed:
        # Built in memory (e.g. by httpx.MockTransport): httpx has already read and inflated it.
        reader = BodyReader(url, None, limit, truncate)
        reader.feed(response.content)
        return reader.content()
    reader = BodyReader(url, response.headers.get("content-encoding"), limit, truncate)
    async for chunk in response.aiter_raw():
        reader.feed(chunk)
        if reader.full:
            break
    return reader.content()


async def afetch(url: str, options: FetchOptions | None = None, **overrides: object) -> Page:
    """Fetch one page asynchronously; robots.txt is not consulted unless ``robots=True``."""
    opts = merge(options, overrides)
    if opts.robots is None:
        opts = replace(opts, robots=False)
    async with AsyncFetcher(opts) as fetcher:
        return await fetcher.fetch(url)
