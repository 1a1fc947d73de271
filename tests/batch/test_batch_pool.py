"""The extraction pool: a page that overruns its time limit costs a worker, not the run."""

from __future__ import annotations

import time

from batchpages import article

from cleannews.batch.pool import ExtractionPool, Job, extract_job
from cleannews.options import Options


def test_extract_job_gives_article_fields_or_an_error() -> None:
    status, fields = extract_job(Job(article(3).encode(), "text/html", "https://a.example/3", Options()))
    assert status == "ok" and fields["title"] == "Story 3" and "paragraph 4" in fields["text"]
    assert extract_job(Job("<html></html>", None, None, Options()))[:2] == ("error", "ExtractionError")


def test_a_worker_over_the_time_limit_is_killed_and_replaced() -> None:
    with ExtractionPool(workers=1, time_limit=0.5, fn="time:sleep") as pool:
        started = time.monotonic()
        outcome = pool.run(30)  # time.sleep(30) in the worker
        assert outcome[:2] == ("error", "ExtractionTimeout")
        assert time.monotonic() - started < 5
        assert pool.run(0) is None  # a fresh worker answers the next job


def test_a_worker_that_dies_costs_one_outcome() -> None:
    with ExtractionPool(workers=1, time_limit=10, fn="os:_exit") as pool:
        outcome = pool.run(3)
        assert outcome[:2] == ("error", "WorkerDied") and "exit code 3" in outcome[2]
