"""Helpers for testing the fixture system: a small article page and the installed CLI."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PARAGRAPHS = [
    "The harbour authority voted on Tuesday to extend the eastern breakwater by ninety metres, "
    "ending a dispute with the fishing cooperative that had lasted most of the winter.",
    "Boats moored inside the old basin have been damaged three times since November, when swells "
    "driven by southerly gales broke over the existing wall and into the moorings.",
    "Engineers expect the work to start in late spring and to close the outer channel for about "
    "six weeks, during which larger vessels will use the commercial quay instead.",
    "The cooperative's chairwoman said members had accepted the closure in exchange for a written "
    "promise that mooring fees would not rise for the next two seasons.",
]
TITLE = "Harbour board approves longer breakwater after winter storms"


def article_page(paragraphs: list[str] = PARAGRAPHS, title: str = TITLE,
                 charset: str | None = "utf-8") -> str:
    """A plain news article page with navigation, a sidebar and a footer around the body."""
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>{meta}<title>{html.escape(title)} | Coast Gazette</title>
<meta property="og:title" content="{html.escape(title)}"></head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li>
    <li><a href="/sport/">Sport</a></li></ul></nav>
  <main>
    <article>
      <h1>{html.escape(title)}</h1>
{body}
    </article>
    <aside><h2>Most popular</h2><ul><li><a href="/a">Ferry timetable changes for summer</a></li>
      <li><a href="/b">Lifeboat crew honoured at county awards</a></li></ul></aside>
  </main>
  <footer><a href="/about">About us</a> <a href="/privacy">Privacy</a> &copy; Coast Gazette</footer>
</body></html>
"""


def no_article_page() -> str:
    return """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Sign in | Coast Gazette</title></head>
<body><nav><a href="/">Home</a> <a href="/local/">Local</a></nav>
<form action="/login" method="post"><label>Email <input name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<footer><a href="/about">About us</a> &copy; Coast Gazette</footer></body></html>
"""


def _run(command: list[str], cwd: Path | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd,
                          timeout=300)


@pytest.fixture
def cli(cleannews_command: list[str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed ``cleannews`` command: cli("fixture", "check", dir)."""

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return _run([*cleannews_command, *map(str, args)], cwd)

    return run


@pytest.fixture
def run_pytest() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run pytest in a subprocess, as a user would, with the installed plugins."""

    def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return _run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *map(str, args)], cwd)

    return run


class Pages:
    """The sample pages, for tests (a fixture, so no test imports conftest by module name)."""

    PARAGRAPHS = PARAGRAPHS
    TITLE = TITLE
    article = staticmethod(article_page)
    no_article = staticmethod(no_article_page)


@pytest.fixture
def pages() -> type[Pages]:
    return Pages
