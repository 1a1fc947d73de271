"""When and how long to wait before trying a fetch again (the policy; tenacity runs it).

Retried: a broken or refused connection, and HTTP 429, 502, 503, 504 — the answers that mean
"not now" rather than "no". A server's Retry-After wins over our own backoff, up to a ceiling, and
no wait is ever started that would end past the fetch's deadline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from tenacity import RetryCallState, wait_exponential_jitter

from cleannews.errors import FetchConnectionError, HTTPStatusError
from cleannews.fetch.deadline import Deadline
from cleannews.fetch.options import FetchOptions

RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryableStatus:
    """An attempt's outcome that asks for another try: a status from RETRY_STATUSES."""

    url: str
    status: int
    reason: str
    retry_after: float | None

    def error(self) -> HTTPStatusError:
        reason = f" {self.reason}" if self.reason else ""
        return HTTPStatusError(f"HTTP {self.status}{reason} fetching {self.url}", self.url, self.status)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def should_retry(state: RetryCallState) -> bool:
    outcome = state.outcome
    if outcome is None:
        return False
    if outcome.failed:
        return isinstance(outcome.exception(), FetchConnectionError)
    return isinstance(outcome.result(), RetryableStatus)


class RetryPolicy:
    """tenacity's ``wait``/``stop``/``retry`` arguments for one fetch under one deadline."""

    def __init__(self, options: FetchOptions, deadline: Deadline) -> None:
        self._options = options
        self._deadline = deadline
        self._backoff = wait_exponential_jitter(
            multiplier=options.backoff, max=options.max_backoff, jitter=options.backoff
        )

    def wait(self, state: RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            result = outcome.result()
            if isinstance(result, RetryableStatus) and result.retry_after is not None:
                return min(result.retry_after, self._options.max_retry_after)
        return float(self._backoff(state))

    def stop(self, state: RetryCallState) -> bool:
        # tenacity computes the coming sleep before asking whether to stop, so a wait that would
        # end past the deadline is never started: the last real answer is reported instead.
        return (
            state.attempt_number > self._options.retries
            or state.upcoming_sleep >= self._deadline.remaining()
        )

    def kwargs(self) -> dict[str, Any]:
        return {
            "wait": self.wait,
            "stop": self.stop,
            "retry": should_retry,
            "reraise": True,
            # Out of tries with a 503 in hand: hand that outcome back for the caller to raise.
            "retry_error_callback": lambda state: state.outcome.result(),
        }
