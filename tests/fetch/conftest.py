"""Fixtures for the fetch tests: a fault-injecting raw-socket server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faultserver import FaultServer


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    server = FaultServer()
    yield server
    server.close()
