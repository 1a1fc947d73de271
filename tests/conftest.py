"""Fixtures shared by every test directory."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def cleannews_command() -> list[str]:
    """The installed console script next to this interpreter, else on PATH, else ``python -m``."""
    script = Path(sys.executable).with_name("cleannews")
    if script.exists():
        return [str(script)]
    found = shutil.which("cleannews")
    return [found] if found else [sys.executable, "-m", "cleannews"]
