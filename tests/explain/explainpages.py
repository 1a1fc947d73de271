"""Small hand-written pages for the explain tests: one part of each kind the extractor drops."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed-html5" / "page.html"
WCXB = Path("/work/shared/datasets/wcxb-dev/html")

TITLE = "Harbour repairs will take weeks"
PROSE = [
    "The harbour authority said on Monday that repairs to both damaged piers could take several weeks.",
    "Ferries will dock at the northern quay until then, and passengers should allow extra time to board.",
    "Local traders welcomed the news, saying the closure had already cost them a large part of the season.",
    "Engineers found cracks in the concrete supports during a routine inspection after last month's storm.",
    "The council has set aside emergency funds and expects the work to be finished before the summer.",
]
# Text of every part the extractor must drop, by the category the report must give it.
DROPPED = {
    "navigation": "Home News Sport",
    "chrome-line": "By Jane Doe",
    "related": "Another story about boats in the bay",
    "edge-debris": "Tagged: boats harbour",
    "dangling-heading": "Further reading",
    "sidebar": "Sidebar text about the weather, written as a sentence of its own.",
    "hidden": "Secret hidden words",
    "footer": "Copyright 2024 the Harbour Times",
}


def article_page(title: str = TITLE) -> str:
    """An article with a menu, a byline, a teaser, a tag line, a dangling heading, a sidebar named
    only by its id, a hidden paragraph, scripts and a footer."""
    paragraphs = [f"<p>{PROSE[i]} {PROSE[(i + 1) % 5]}</p>" for i in range(5)]
    teaser = f"<div class='teaser'><h3><a href='/other'>{DROPPED['related']}</a></h3></div>"
    return f"""<!DOCTYPE html><html><head><title>{title}</title>
<script src="https://tracker.example/t.js"></script><style>p {{ color: red }}</style></head>
<body onload="alert('page script')">
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="page"><article>
<h1>{title}</h1>
<p>{DROPPED['chrome-line']}</p>
{"".join(paragraphs[:3])}{teaser}{"".join(paragraphs[3:])}
<p><a href="/t/boats">Tagged: boats</a> <a href="/t/harbour">harbour</a></p>
<h2>{DROPPED['dangling-heading']}</h2>
</article>
<div id="sidebar"><p>{DROPPED['sidebar']}</p></div>
</div>
<p hidden>{DROPPED['hidden']}</p>
<script>document.title = "page script ran";</script>
<footer><p onclick="alert(2)">{DROPPED['footer']}</p></footer>
</body></html>"""


def wcxb_pages(count: int) -> Iterator[tuple[str, bytes]]:
    """The first ``count`` wcxb-dev pages (name, bytes), read in place, never copied."""
    for path in sorted(WCXB.glob("*.html.gz"))[:count]:
        yield path.name, gzip.decompress(path.read_bytes())
