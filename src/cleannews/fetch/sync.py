"""Fetcher (a reusable client: connection pool, robots.txt and rate-limit memory) and fetch()."""

from __future__ import annotations

import threading
from dataclasses import replace
from types import TracebackType

import httpx
from tenacity import Retrying

from cleannews.fetch.body import BodyReader, check_declared, check_sniffed, make_page
from cleannews.fetch.deadline import Deadline, SocketWatchdog
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
from cleannews.fetch.transport import sync_client
from cleannews.models import Page


class Fetcher:
    """Fetches pages one after another (or from several threads) over one connection pool.

    Made for batch work, so robots.txt is obeyed unless ``robots=False``. Use it as a context
    manager, or call ``close()``::

        with Fetcher(timeout=10, host_delay=1) as fetcher:
            pages = [fetcher.fetch(url) for url in urls]
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        **overrides: object,
    ) -> None:
        opts = merge(options, overrides)
        self.options = replace(opts, robots=True) if opts.robots is None else opts
        self._client = sync_client(self.options, transport)
        self._robots: dict[str, RobotsRules] = {}
        self._robots_lock = threading.Lock()
        self._hosts = HostLimiter()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Page:
        """The page at ``url``. Raises a FetchError subclass if it cannot be had."""
        checked_url(url)
        deadline = Deadline.start(self.options.timeout)
        watchdog = SocketWatchdog(deadline)
        try:
            retrying = Retrying(**RetryPolicy(self.options, deadline).kwargs())
            outcome = retrying(self._attempt, url, deadline, watchdog)
        finally:
            watchdog.cancel()
        if isinstance(outcome, RetryableStatus):
            raise outcome.error()
        assert isinstance(outcome, Page)
        return outcome

    def _attempt(self, url: str, deadline: Deadline, watchdog: SocketWatchdog) -> Page | RetryableStatus:
        with translated(url, deadline):
            trail = RedirectTrail(url, self.options.max_redirects)
            request = self._client.build_request("GET", url)
            while True:
                trail.visit(request)
                self._wait_turn(request.url, url, deadline, watchdog)
                response = self._send(request, url, deadline, watchdog)
                try:
                    hop = next_hop(response, url)
                    if hop is None:
                        return self._read(response, url, deadline)
                finally:
                    response.close()
                request = hop

    def _send(
        self, request: httpx.Request, url: str, deadline: Deadline, watchdog: SocketWatchdog
    ) -> httpx.Response:
        if deadline.expired:
            raise timeout_error(url, deadline)
        request.extensions["timeout"] = deadline.httpx_timeout().as_dict()
        request.extensions["trace"] = watchdog.trace
        response = self._client.send(request, stream=True)
        watchdog.watch(response.extensions.get("network_stream"))
        return response

    def _read(self, response: httpx.Response, url: str, deadline: Deadline) -> Page | RetryableStatus:
        verdict = judge_status(response, url)
        if verdict is not None:
            return verdict
        headers = dict(response.headers)
        check_declared(url, headers, self.options.accept, self.options.max_bytes)
        content = _read_body(response, url, self.options.max_bytes, deadline)
        check_sniffed(url, headers, self.options.accept, content)
        return make_page(str(response.url), response.status_code, headers, content)

    def _wait_turn(self, target: httpx.URL, url: str, deadline: Deadline, watchdog: SocketWatchdog) -> None:
        """Check robots.txt for ``target`` and wait for its host's rate limit."""
        interval = self.options.host_delay
        if self.options.robots:
            rules = self._rules(target, url, deadline, watchdog)
            check(rules, str(target))
            interval = max(interval, min(rules.crawl_delay(), self.options.max_crawl_delay))
        self._hosts.wait(host_key(target), interval, url, deadline)

    def _rules(
        self, target: httpx.URL, url: str, deadline: Deadline, watchdog: SocketWatchdog
    ) -> RobotsRules:
        key = origin(str(target))
        with self._robots_lock:
            rules = self._robots.get(key)
        if rules is None:
            rules = self._fetch_robots(key + "/robots.txt", url, deadline, watchdog)
            with self._robots_lock:
                self._robots[key] = rules
        return rules

    def _fetch_robots(
        self, robots: str, url: str, deadline: Deadline, watchdog: SocketWatchdog
    ) -> RobotsRules:
        request = self._client.build_request("GET", robots)
        for _ in range(ROBOTS_MAX_REDIRECTS + 1):
            response = self._send(request, url, deadline, watchdog)
            try:
                hop = next_hop(response, robots)
                if hop is None:
                    if not response.is_success:
                        return rules_from(response.status_code, b"")
                    body = _read_body(response, robots, ROBOTS_MAX_BYTES, deadline, truncate=True)
                    return rules_from(response.status_code, body)
            finally:
                response.close()
            request = hop
        # RFC 9309 §2.3.1.2: robots.txt past the redirect limit counts as unavailable: no rules.
        return RobotsRules()


def _read_body(response: httpx.Response, url: str, limit: int, deadline: Deadline, *,
               truncate: bool = False) -> bytes:
    """The body, inflated, cut off (or refused) past ``limit`` bytes."""
    if response.is_stream_consumed:
        # Built in memory (e.g. by httpx.MockTransport): httpx has already read and inflated it.
        reader = BodyReader(url, None, limit, truncate)
        reader.feed(response.content)
        return reader.content()
    reader = BodyReader(url, response.headers.get("content-encoding"), limit, truncate)
    for chunk in response.iter_raw():
        reader.feed(chunk)
        if reader.full:
            break
        if deadline.expired:
            raise timeout_error(url, deadline, "reading the body")
    return reader.content()


def fetch(url: str, options: FetchOptions | None = None, **overrides: object) -> Page:
    """Fetch one page. robots.txt is not consulted unless ``robots=True`` (a person asked for this URL)."""
    opts = merge(options, overrides)
    if opts.robots is None:
        opts = replace(opts, robots=False)
    with Fetcher(opts) as fetcher:
        return fetcher.fetch(url)
