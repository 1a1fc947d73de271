"""Extraction in worker processes, with a time limit per page.

concurrent.futures cannot stop one running task, so this is a small pool of its own shape: one
process per slot, each with a pipe. ``run(job)`` borrows an idle slot, sends the page, and waits at
most ``time_limit`` seconds for the answer. A worker that overruns is killed and a fresh one takes
its place when the slot is next used; the page's outcome says ExtractionTimeout. A worker that dies
(killed for memory, a crash in a C extension) costs its page a WorkerDied outcome, nothing more.

Each worker is a fresh interpreter (``python -m cleannews.batch.worker``) talking over a socket pair
with multiprocessing's Connection. Not multiprocessing's start methods: "fork" copies a parent that
runs threads (the event loop, httpx), which can deadlock the child, and "spawn"/"forkserver" re-run
the caller's __main__ module in each worker, which breaks a user's unguarded script. A fresh worker
takes about a third of a second to import the extractor; that is paid once per worker and once per
replacement. ``run`` blocks; it is safe to call from as many threads as there are workers (the
engine does exactly that). A worker whose parent dies sees its socket close and exits.
"""

from __future__ import annotations

import queue
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from cleannews.batch.records import EXTRACTION_TIMEOUT, WORKER_DIED, one_line
from cleannews.options import Options

EXTRACT_JOB = "cleannews.batch.pool:extract_job"
# Seconds a new worker may take to start and say it is ready (imports, not extraction).
STARTUP_LIMIT = 60.0


@dataclass(frozen=True)
class Job:
    """A page to extract: its text, or raw bytes decoded in the worker; the Content-Type and URL if known."""

    content: bytes | str
    content_type: str | None
    url: str | None
    options: Options


# What comes back: ("ok", article fields) or ("error", error name, one-line message).
Outcome = tuple[Any, ...]


def extract_job(job: Job) -> Outcome:
    """Decode and extract one page. Never raises: a failure is an outcome like any other."""
    try:
        from cleannews.decode import decode
        from cleannews.pipeline import extract

        text = job.content if isinstance(job.content, str) else decode(job.content, job.content_type)[0]
        article = extract(text, url=job.url, options=job.options)
        if not article.text.strip():
            return ("error", "ExtractionError", f"no article content found in {job.url or 'the page'}")
        return ("ok", article.to_dict())
    except Exception as exc:  # extract() never raises by contract; this guards the worker anyway
        return ("error", type(exc).__name__, one_line(exc))


def serve(conn: Connection, fn: Callable[[Any], Any]) -> None:
    """A worker's life: answer each job on the connection until the parent closes it."""
    # Ctrl-C reaches the whole process group; the parent decides what stops, and kills us if need be.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(fn(job))


class _Slot:
    """One worker process and its socket; started when first needed, replaced after a kill."""

    def __init__(self, fn: str) -> None:
        self._fn = fn
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        ours, theirs = socket.socketpair()
        command = [sys.executable, "-m", "cleannews.batch.worker", str(theirs.fileno()), self._fn]
        try:
            process = subprocess.Popen(command, pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        finally:
            theirs.close()
        conn = Connection(ours.detach())
        self._process, self._conn = process, conn
        if not conn.poll(STARTUP_LIMIT):
            self.stop()
            raise RuntimeError(f"an extraction worker did not start within {STARTUP_LIMIT:.0f}s")
        conn.recv()
        return conn

    def run(self, job: Any, time_limit: float) -> Any:
        try:
            conn = self._conn or self._start()
            conn.send(job)
            if conn.poll(time_limit):
                return conn.recv()
        except (EOFError, OSError, RuntimeError) as exc:
            code = self._exit_code()
            self.stop()
            why = f"exit code {code}" if code is not None else f"{type(exc).__name__}: {one_line(exc)}"
            return ("error", WORKER_DIED, f"the extraction worker died ({why})")
        self.stop()
        return ("error", EXTRACTION_TIMEOUT, f"extraction took longer than {time_limit:g}s")

    def _exit_code(self) -> int | None:
        """The exit code of a worker whose pipe just closed (it may take a moment to be reaped)."""
        process = self._process
        if process is None:
            return None
        try:
            return process.wait(1)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        """Kill the worker at once (it may be stuck in C code, so no polite request first)."""
        # Another thread (close() during a run) may stop the same slot: take the handles first.
        conn, self._conn = self._conn, None
        process, self._process = self._process, None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.wait(5)


class ExtractionPool:
    """``workers`` processes running ``fn`` ("module:function", default extract_job), each job within
    ``time_limit`` seconds::

        with ExtractionPool(workers=2, time_limit=10) as pool:
            outcome = pool.run(Job(html_bytes, None, url, Options()))
    """

    def __init__(self, workers: int, time_limit: float, fn: str = EXTRACT_JOB) -> None:
        if workers < 1 or time_limit <= 0:
            raise ValueError("ExtractionPool needs at least one worker and a positive time limit")
        self.time_limit = time_limit
        self._slots = [_Slot(fn) for _ in range(workers)]
        self._idle: queue.SimpleQueue[_Slot] = queue.SimpleQueue()
        for slot in self._slots:
            self._idle.put(slot)
        self._closed = False

    def run(self, job: Any) -> Any:
        """The outcome of ``job``; blocks until a worker is free and has answered (or overran)."""
        if self._closed:
            raise RuntimeError("the extraction pool is closed")
        slot = self._idle.get()
        try:
            return slot.run(job, self.time_limit)
        finally:
            self._idle.put(slot)

    def close(self) -> None:
        """Stop every worker, busy or not. A ``run`` still waiting returns WorkerDied."""
        self._closed = True
        for slot in self._slots:
            slot.stop()

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
