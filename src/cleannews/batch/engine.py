"""The batch engine: Items in, one Record per Item out, as they complete.

::

    items ──▶ (fetch: AsyncFetcher, ≤ concurrency in all, ≤ per_host per host) ──▶ extraction pool ──▶ records
              (skipped for files and WARC records, which carry their bytes)       (processes, time limit)

One asyncio loop does the fetching and the bookkeeping; extraction runs in worker processes
(pool.py), each call waited on by one of ``workers`` threads so the loop never blocks. At most
``in_flight`` inputs are held at once; a consumer that reads slowly holds the producer back
(the results queue is bounded), so memory does not grow with the size of the input.

``arun`` is the async generator; ``iterate`` runs it on a loop in a background thread for plain
iterators (clean_urls, clean_files, clean_warc). Records come in completion order, not input order.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from cleannews.batch.inputs import Item
from cleannews.batch.options import BatchOptions
from cleannews.batch.pool import ExtractionPool, Job, Outcome, extract_job
from cleannews.batch.records import WORKER_DIED, Record
from cleannews.errors import FetchError
from cleannews.fetch import AsyncFetcher
from cleannews.models import Article

_END = object()


class _HostSlots:
    """At most ``limit`` fetches in flight per host; a host's semaphore is dropped once it is idle."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._hosts: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, url: str | None) -> AsyncIterator[None]:
        host = (urlsplit(url or "").netloc or "").lower()
        semaphore, users = self._hosts.setdefault(host, (asyncio.Semaphore(self._limit), [0]))
        users[0] += 1
        try:
            async with semaphore:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:
                del self._hosts[host]


class _Extractor:
    """Runs extraction jobs off the loop: in the pool (time-limited) or, with no limit, in threads."""

    def __init__(self, options: BatchOptions, stack: contextlib.ExitStack) -> None:
        self._threads = ThreadPoolExecutor(max_workers=options.workers, thread_name_prefix="cleannews-batch")
        stack.callback(self._threads.shutdown, wait=False, cancel_futures=True)
        self._run: Callable[[Job], Outcome] = extract_job
        if options.time_limit is not None:
            pool = ExtractionPool(options.workers, options.time_limit)
            stack.callback(pool.close)  # runs before the threads' shutdown: it unblocks them
            self._run = pool.run

    async def __call__(self, job: Job) -> Outcome:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._threads, self._run, job)
        except RuntimeError as exc:  # the pool was closed, or a worker would not start
            return ("error", WORKER_DIED, str(exc))


def _next(iterator: Iterator[Item]) -> Any:
    return next(iterator, _END)


async def _aiter(items: Iterable[Item] | AsyncIterable[Item]) -> AsyncIterator[Item]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
        return
    iterator = iter(items)
    while True:
        # Reading (a file, a WARC record) happens in a thread, so the loop keeps serving fetches.
        item = await asyncio.to_thread(_next, iterator)
        if item is _END:
            return
        yield item


async def arun(items: Iterable[Item] | AsyncIterable[Item], options: BatchOptions | None = None,
               *, fetcher: AsyncFetcher | None = None) -> AsyncGenerator[Record, None]:
    """One Record per Item, in completion order. Pass ``fetcher`` to share one (or to test)."""
    opts = options or BatchOptions()
    with contextlib.ExitStack() as stack:
        extractor = _Extractor(opts, stack)
        async with contextlib.AsyncExitStack() as astack:
            if fetcher is None:
                fetcher = await astack.enter_async_context(AsyncFetcher(opts.fetch))
            run = _Run(opts, fetcher, extractor)
            async for record in run.records(items):
                yield record


class _Run:
    def __init__(self, options: BatchOptions, fetcher: AsyncFetcher, extractor: _Extractor) -> None:
        self.options = options
        self.fetcher = fetcher
        self.extractor = extractor
        self.hosts = _HostSlots(options.per_host)
        self.fetch_slots = asyncio.Semaphore(options.concurrency)
        self.in_flight = asyncio.Semaphore(options.in_flight)
        self.results: asyncio.Queue[Any] = asyncio.Queue(maxsize=options.in_flight)
        self.tasks: set[asyncio.Task[None]] = set()

    async def records(self, items: Iterable[Item] | AsyncIterable[Item]) -> AsyncIterator[Record]:
        producer = asyncio.create_task(self._produce(items))
        try:
            while True:
                record = await self.results.get()
                if record is _END:
                    break
                yield record
            await producer  # re-raises what stopped the reading, if anything did
        finally:
            for task in (producer, *self.tasks):
                task.cancel()
            await asyncio.gather(producer, *self.tasks, return_exceptions=True)

    async def _produce(self, items: Iterable[Item] | AsyncIterable[Item]) -> None:
        try:
            async for item in _aiter(items):
                await self.in_flight.acquire()
                task = asyncio.create_task(self._finish(item))
                self.tasks.add(task)
                task.add_done_callback(self.tasks.discard)
            while self.tasks:
                await asyncio.gather(*self.tasks)
        finally:
            await self.results.put(_END)

    async def _finish(self, item: Item) -> None:
        try:
            record = await self._one(item)
            await self.results.put(record)
        finally:
            self.in_flight.release()

    async def _one(self, item: Item) -> Record:
        if item.error is not None:
            return Record.failed(item.id, item.url, item.error)
        content: bytes | str | None = item.content
        content_type, url = item.content_type, item.url
        if content is None:
            assert url is not None
            try:
                async with self.hosts.hold(url), self.fetch_slots:
                    page = await self.fetcher.fetch(url)
            except FetchError as exc:
                return Record.failed(item.id, url, exc)
            except Exception as exc:  # not a FetchError: a bug, but it must cost one record, not the run
                return Record.failed(item.id, url, exc)
            # The fetcher has decoded the page already; the worker need not do it again.
            content, content_type, url = page.text, page.headers.get("content-type"), page.url
        outcome = await self.extractor(Job(content, content_type, url, self.options.extract))
        if outcome[0] == "ok":
            return Record(id=item.id, url=url, article=Article(**outcome[1]))
        return Record.failed(item.id, url, outcome[1], outcome[2])


def iterate(items: Iterable[Item] | AsyncIterable[Item],
            options: BatchOptions | None = None) -> Iterator[Record]:
    """``arun`` as a plain iterator: the loop runs in a background thread, records come through a
    bounded queue. Closing the iterator early (``break``) stops the run and its workers."""
    opts = options or BatchOptions()
    handoff: queue.Queue[Any] = queue.Queue(maxsize=opts.in_flight)
    stop = threading.Event()
    ready = threading.Event()
    state: dict[str, Any] = {}

    def put(value: Any) -> bool:
        while not stop.is_set():
            try:
                handoff.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    async def pump() -> None:
        state["loop"], state["task"] = asyncio.get_running_loop(), asyncio.current_task()
        ready.set()
        async with contextlib.aclosing(arun(items, opts)) as records:
            async for record in records:
                if not await asyncio.to_thread(put, record):
                    return

    def main() -> None:
        try:
            asyncio.run(pump())
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # handed to the consumer, raised in its thread
            put(_Failure(exc))
        finally:
            ready.set()
            put(_END)

    thread = threading.Thread(target=main, name="cleannews-batch-loop", daemon=True)
    thread.start()
    ready.wait()
    try:
        while True:
            value = handoff.get()
            if value is _END:
                return
            if isinstance(value, _Failure):
                raise value.error
            yield value
    finally:
        stop.set()
        loop, task = state.get("loop"), state.get("task")
        if loop is not None and task is not None and thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop may have closed meanwhile
                loop.call_soon_threadsafe(task.cancel)
        thread.join()


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error
