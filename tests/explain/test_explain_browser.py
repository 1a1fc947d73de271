"""The report in a real headless browser (Debian's chromium): it renders, our own script runs
under the report's Content-Security-Policy, and the counts the page shows are the extraction's.

Skipped when no chromium binary is installed (``apt-get install chromium``; .ci/run tries).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from explainpages import SEED, article_page, wcxb_pages

import cleannews
from cleannews.explain.model import Explanation

BROWSER = next((found for name in ("chromium", "chromium-browser", "google-chrome")
                if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(BROWSER is None,
                                reason="no chromium binary on PATH (apt-get install chromium)")

WIDTH, HEIGHT = 1280, 1400
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def browse(tmp_path: Path, report: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    assert BROWSER is not None
    command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--no-first-run", "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", *args,
               report.as_uri()]
    result = subprocess.run(command, capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return result


def counts_shown(dom: str) -> dict[str, int]:
    """The data attributes of the counts line, as the browser's DOM holds them after our script ran."""
    tag = re.search(r"<p [^>]*id=\"counts\"[^>]*>", dom)
    assert tag, "no counts line in the rendered page"
    return {name: int(value) for name, value in re.findall(r'data-([\w-]+)="(\d+)"', tag.group())}


def check_in_browser(tmp_path: Path, explanation: Explanation) -> str:
    report = tmp_path / "report.html"
    report.write_text(explanation.to_html(), encoding="utf-8")
    dom = browse(tmp_path, report, "--dump-dom").stdout.decode("utf-8")
    shown = counts_shown(dom)
    expected = explanation.counts
    # counted-*: set by the report's script, counting the blocks in the rendered DOM.
    assert shown == {"kept": expected["kept"], "dropped": expected["dropped"],
                     "counted-kept": expected["kept"], "counted-dropped": expected["dropped"]}
    assert len(re.findall(r'class="blk kept', dom)) == expected["kept"]
    return dom


def test_the_report_renders_and_shows_the_extractions_counts(tmp_path: Path) -> None:
    explanation = cleannews.explain(article_page())
    dom = check_in_browser(tmp_path, explanation)
    assert "page script ran" not in dom  # the page's own script never reached the report
    body = [b for b in explanation.blocks if b.category == "body"]
    assert len(body) == len(explanation.article.text.split("\n\n"))


def test_a_screenshot_of_the_seed_report(tmp_path: Path) -> None:
    explanation = cleannews.explain(SEED.read_bytes())
    check_in_browser(tmp_path, explanation)
    shot = tmp_path / "seed-report.png"
    browse(tmp_path, tmp_path / "report.html", f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}")
    data = shot.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000
    assert struct.unpack(">II", data[16:24]) == (WIDTH, HEIGHT)  # the IHDR chunk: width, height


@pytest.mark.skipif(not next(wcxb_pages(1), None), reason="the wcxb-dev pages are not on this machine")
def test_a_wcxb_dev_page_in_the_browser(tmp_path: Path) -> None:
    for _name, data in wcxb_pages(2):
        check_in_browser(tmp_path, cleannews.explain(data))
