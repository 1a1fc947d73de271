"""Fixtures for the batch tests: the fault server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from batchpages import Server


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.close()
