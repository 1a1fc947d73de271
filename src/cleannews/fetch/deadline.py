"""The total deadline of one fetch, and the watchdog that enforces it on blocking sockets."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx

# httpx rejects a zero timeout as "no timeout"-adjacent nonsense; an expired deadline still needs a
# tiny positive value so the next socket operation fails fast instead of blocking.
_MIN_TIMEOUT = 0.001


@dataclass(frozen=True)
class Deadline:
    """A point on the monotonic clock by which the whole fetch must be done."""

    at: float
    timeout: float

    @classmethod
    def start(cls, timeout: float) -> Deadline:
        return cls(at=time.monotonic() + timeout, timeout=timeout)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0

    def httpx_timeout(self) -> httpx.Timeout:
        """Per-operation httpx timeouts no longer than what is left of the whole."""
        return httpx.Timeout(max(self.remaining(), _MIN_TIMEOUT))


class SocketWatchdog:
    """Shuts a connection's socket down when the deadline passes.

    httpx timeouts apply to each socket read, so a server that sends one byte a second never trips
    them, and a blocking read cannot be interrupted from the thread doing it. Shutting the socket
    down from a timer thread makes that read return at once; the caller then sees the deadline has
    passed and reports a timeout. Async fetches don't need this: cancellation does the same job.
    """

    def __init__(self, deadline: Deadline) -> None:
        self._deadline = deadline
        self._timers: list[threading.Timer] = []
        self._watched: set[int] = set()
        self._lock = threading.Lock()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """An httpcore trace hook: watch every connection as soon as it is opened, before any header."""
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.watch(info.get("return_value"))

    def watch(self, stream: Any) -> None:
        """Watch the socket under an httpcore network stream (a reused connection is found this way)."""
        get_extra_info = getattr(stream, "get_extra_info", None)
        sock = get_extra_info("socket") if get_extra_info else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if id(sock) in self._watched:
                return
            self._watched.add(id(sock))
            timer = threading.Timer(max(self._deadline.remaining(), 0.0), _shutdown, args=(sock,))
            timer.daemon = True
            self._timers.append(timer)
        timer.start()

    def cancel(self) -> None:
        with self._lock:
            timers, self._timers = self._timers, []
        for timer in timers:
            timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: nothing left to interrupt
