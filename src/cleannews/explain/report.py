"""The explain report: one self-contained HTML file built from an Explanation.

Nothing from the page is copied as markup: every piece of page text goes through
``html.escape``, the article beside the blocks is ``Article.html`` (built from blocks by
render/html.py, sanitized by construction), and a Content-Security-Policy lets only this
file's own style sheet and script run (by hash), loading nothing from anywhere.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from cleannews.explain.categories import BY_NAME, CATEGORIES
from cleannews.explain.model import ExplainedBlock, Explanation

# Elements skipped unread can be whole page regions; the report shows their start (JSON has all).
_ELEMENT_TEXT = 600

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#212121;
background:#f5f5f5}
header.top{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
header.top h1{font-size:18px;margin:0 0 4px}
.source{margin:0;color:#555;word-break:break-all}
.counts{margin:6px 0;font-size:15px}
.counts b{font-size:17px}
.warn{margin:6px 0;padding:6px 10px;background:#fff8e1;border-left:4px solid #f9a825}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;margin:6px 0 0;padding:0}
.legend li{cursor:pointer;user-select:none}
.legend li.off{opacity:.35;text-decoration:line-through}
.sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px;
background:var(--c)}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr) 300px;gap:16px;padding:16px 20px;
align-items:start}
main h2{font-size:15px;margin:0 0 8px;color:#444}
.blk{position:relative;margin:0 0 6px;padding:5px 8px 5px 10px;background:#fff;border:1px solid var(--c);
border-left:6px solid var(--c);border-radius:3px;white-space:pre-wrap;overflow-wrap:anywhere;cursor:pointer}
.blk.dropped{background:#fafafa;color:#616161}
.blk.kept{background:#f1f8e9}
.blk.element{border-style:dashed;border-left-style:solid}
.blk:focus,.blk.sel{outline:3px solid #000;outline-offset:1px}
.blk .tag{float:right;margin-left:8px;font:11px/1.6 ui-monospace,monospace;color:#fff;background:var(--c);
padding:0 5px;border-radius:2px}
.blk.h{font-weight:600}
.article,.panel{background:#fff;border:1px solid #ddd;border-radius:3px;padding:12px 16px}
.article .meta{color:#555;margin:0 0 8px}
.article article{overflow-wrap:anywhere}
.panel{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
.panel dt{font-weight:600;margin-top:6px}
.panel dd{margin:0;overflow-wrap:anywhere}
.hint{color:#757575}
"""


def _category_css() -> str:
    rules = [f".cat-{c.name}{{--c:{c.color}}}" for c in CATEGORIES]
    rules += [f"body.hide-{c.name} .blk.cat-{c.name}{{display:none}}" for c in CATEGORIES]
    return "\n".join(rules)


# Counts the blocks the page really shows (so a browser can check them), fills the side panel
# from the clicked block's data attributes (as text, never as markup), and lets the legend
# hide a category.
_SCRIPT = """
(function () {
  "use strict";
  var blocks = document.querySelectorAll(".blk");
  var kept = 0, dropped = 0;
  for (var i = 0; i < blocks.length; i++) {
    if (blocks[i].getAttribute("data-decision") === "kept") { kept++; } else { dropped++; }
  }
  var counts = document.getElementById("counts");
  counts.setAttribute("data-counted-kept", String(kept));
  counts.setAttribute("data-counted-dropped", String(dropped));
  var fields = ["decision", "category", "rule", "score", "chars", "chain", "note"];
  var selected = null;
  function show(block) {
    if (selected) { selected.classList.remove("sel"); }
    selected = block;
    block.classList.add("sel");
    document.getElementById("panel-hint").hidden = true;
    document.getElementById("panel-fields").hidden = false;
    for (var j = 0; j < fields.length; j++) {
      document.getElementById("f-" + fields[j]).textContent = block.getAttribute("data-" + fields[j]) || "-";
    }
    document.getElementById("f-text").textContent = block.querySelector(".txt").textContent;
  }
  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var block = target && target.closest(".blk");
    if (block) { show(block); return; }
    var entry = target && target.closest(".legend li");
    if (entry) {
      entry.classList.toggle("off");
      document.body.classList.toggle("hide-" + entry.getAttribute("data-category"));
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (event.key === "Enter" && target && target.classList.contains("blk")) { show(target); }
  });
}());
"""


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _block(index: int, block: ExplainedBlock) -> str:
    category = BY_NAME.get(block.category)
    label = category.label if category else block.category
    score = "" if block.score is None else f"{block.score:g}"
    text = block.text
    if block.kind == "element" and len(text) > _ELEMENT_TEXT:
        text = text[:_ELEMENT_TEXT] + f"… ({len(block.text)} characters)"
    hover = f"{label} · {block.rule}" + (f" · score {score}" if score else "")
    classes = ["blk", block.decision, f"cat-{block.category}"]
    if block.kind == "element":
        classes.append("element")
    if block.kind == "heading":
        classes.append("h")
    badge = block.tag if block.category in ("body", block.tag) else f"{block.tag} · {block.category}"
    if block.kind == "element":
        badge += " · unread"
    return (
        f'<div class="{" ".join(classes)}" id="b{index}" tabindex="0"'
        f' data-decision="{_attr(block.decision)}" data-category="{_attr(block.category)}"'
        f' data-rule="{_attr(block.rule)}" data-score="{_attr(score)}"'
        f' data-chars="{block.chars} ({block.link_chars} in links)"'
        f' data-chain="{_attr(" › ".join(block.chain))}"'
        f' data-note="{_attr(block.note)}" title="{_attr(hover)}">'
        f'<span class="tag">{escape(badge)}</span><span class="txt">{escape(text)}</span></div>'
    )


def _legend(explanation: Explanation) -> str:
    found = explanation.categories
    items = [f'<li class="cat-{c.name}" data-category="{c.name}" data-count="{found[c.name]}" '
             f'title="click to hide or show"><span class="sw"></span>{escape(c.label)} '
             f'<b>{found[c.name]}</b></li>'
             for c in CATEGORIES if found.get(c.name)]
    return f'<ul class="legend">{"".join(items)}</ul>'


def _summary(explanation: Explanation) -> str:
    counts = explanation.counts
    parts = [f'<p id="counts" class="counts" data-kept="{counts["kept"]}" data-dropped="{counts["dropped"]}">'
             f'<b>{counts["kept"]}</b> kept · <b>{counts["dropped"]}</b> dropped']
    junk = explanation.junk
    if junk:
        listed = ", ".join(f"{escape(tag)} ×{n}" for tag, n in sorted(junk.items(), key=lambda kv: -kv[1]))
        parts.append(f" · {sum(junk.values())} junk elements deleted before reading ({listed})")
    parts.append("</p>")
    return "".join(parts)


def _notes(explanation: Explanation) -> str:
    notes = []
    if explanation.refused:
        notes.append(f"The native extractor read no block: {explanation.refused}.")
    if not explanation.native_article:
        notes.append(f"The article beside was made by the {explanation.article_backend} backend "
                     f"(backend {explanation.backend}); the blocks show what the native extractor "
                     "decided, which is not what that article holds.")
    return "".join(f'<p class="warn">{escape(note)}</p>' for note in notes)


def _source(explanation: Explanation) -> str:
    parts = [explanation.url or "(no URL given)", f"backend {explanation.backend}",
             f"article by {explanation.article_backend}", f"focus {explanation.focus}"]
    if explanation.stage:
        parts.append(f"container <{explanation.container}> chosen in the {explanation.stage} stage")
    return f'<p class="source">{escape(" · ".join(parts))}</p>'


def _article(explanation: Explanation) -> str:
    article = explanation.article
    meta = [", ".join(article.authors), article.date_published or "", article.site_name or "",
            f"backend: {article.backend}"]
    title = f"<h1>{escape(article.title)}</h1>" if article.title else ""
    body = article.html or '<p class="hint">(no article text)</p>'
    return (f'<section class="article" aria-label="The extracted article"><h2>The extracted article</h2>'
            f'{title}<p class="meta">{escape(" · ".join(part for part in meta if part))}</p>{body}</section>')


_PANEL = """<aside class="panel" id="panel" aria-label="The block's decision">
<h2>Decision</h2>
<p class="hint" id="panel-hint">Click a block (or hover it) to see its decision, rule and score.</p>
<dl id="panel-fields" hidden>
<dt>decision</dt><dd id="f-decision"></dd><dt>category</dt><dd id="f-category"></dd>
<dt>rule</dt><dd id="f-rule"></dd><dt>score</dt><dd id="f-score"></dd>
<dt>characters</dt><dd id="f-chars"></dd><dt>containers</dt><dd id="f-chain"></dd>
<dt>note</dt><dd id="f-note"></dd><dt>text</dt><dd id="f-text"></dd>
</dl>
<p class="hint">Score: what the block was worth to the container choice (prose counts for,
boilerplate against). Legend entries hide or show a category.</p>
</aside>"""


def render_report(explanation: Explanation) -> str:
    """The whole report as one HTML document (UTF-8 text)."""
    css = _CSS + _category_css()
    policy = (f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(_SCRIPT)}'; "
              "img-src 'none'; base-uri 'none'; form-action 'none'")
    counts = explanation.counts
    title = explanation.article.title or explanation.url or "page"
    blocks = "\n".join(_block(index, block) for index, block in enumerate(explanation.blocks))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>cleannews explain: {escape(title)}</title>\n<style>{css}</style>\n</head>\n"
        f'<body data-kept="{counts["kept"]}" data-dropped="{counts["dropped"]}">\n'
        f'<header class="top"><h1>Why each part of the page was kept or dropped</h1>{_source(explanation)}'
        f"{_summary(explanation)}{_notes(explanation)}{_legend(explanation)}</header>\n<main>\n"
        '<section class="page" aria-label="The page, block by block"'
        f' data-blocks="{len(explanation.blocks)}">'
        f'<h2>The page, block by block</h2>\n{blocks}\n</section>\n'
        f"{_article(explanation)}\n{_PANEL}\n</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
