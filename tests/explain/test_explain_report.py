"""The HTML report: self-contained, nothing from the page runs, every page text escaped."""

from __future__ import annotations

import base64
import hashlib
import re

from explainpages import DROPPED, article_page

import cleannews
from cleannews.explain.report import render_report

HOSTILE = ("<p>Look: &lt;script&gt;alert(1)&lt;/script&gt; and <a href='javascript:alert(3)' "
           "onmouseover='alert(4)'>a link</a> &quot;quoted&quot; it</p><img src=x onerror='alert(5)'>")


def report(html: str) -> str:
    return render_report(cleannews.explain(html, url="https://example.com/harbour"))


def test_no_script_or_handler_from_the_page_survives() -> None:
    html = report(article_page().replace("<p>By Jane Doe</p>", HOSTILE))
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.DOTALL)
    assert len(scripts) == 1 and "alert" not in scripts[0] and "page script" not in scripts[0]
    assert not re.search(r"<[^>]*\son\w+\s*=", html), "an event handler attribute"
    assert "javascript:" not in html and "tracker.example" not in html
    assert "<img" not in html
    # The page's text is there, escaped, never as markup.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_content_security_policy_lets_only_our_own_style_and_script_run() -> None:
    html = report(article_page())
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert policy
    rules = dict(part.strip().split(" ", 1) for part in policy.group(1).split(";"))
    assert rules["default-src"] == "'none'" and rules["img-src"] == "'none'"
    script = re.search(r"<script>(.*?)</script>", html, re.DOTALL)
    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL)
    assert script and style

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert rules["script-src"] == digest(script.group(1))
    assert rules["style-src"] == digest(style.group(1))
    assert not re.search(r"\sstyle=", html), "inline style attributes would be blocked by the policy"
    assert not re.search(r"""(?:src|href)=["']?https?://""", html.split("<section class=\"article\"")[0])


def test_counts_legend_and_blocks_agree_with_the_explanation() -> None:
    explanation = cleannews.explain(article_page())
    html = render_report(explanation)
    counts = explanation.counts
    assert f'data-kept="{counts["kept"]}" data-dropped="{counts["dropped"]}"' in html
    assert len(re.findall(r'<div class="blk kept ', html)) == counts["kept"]
    assert len(re.findall(r'<div class="blk dropped ', html)) == counts["dropped"]
    for category, number in explanation.categories.items():
        assert f'data-category="{category}" data-count="{number}"' in html
    assert 'data-rule="trim: chrome line"' in html
    assert DROPPED["sidebar"] in html


def test_the_article_is_the_sanitized_html_beside_the_blocks() -> None:
    explanation = cleannews.explain(article_page())
    html = render_report(explanation)
    assert explanation.article.html in html
    assert "<h1>Harbour repairs will take weeks</h1>" in html


def test_a_page_explained_without_blocks_still_renders() -> None:
    html = report("<html><head><title>404 Not Found</title></head><body><p>x</p></body></html>")
    assert "read no block: error page" in html and "(no article text)" in html


def test_another_backend_is_flagged() -> None:
    html = render_report(cleannews.explain(article_page(), backend="trafilatura"))
    assert "made by the trafilatura backend" in html
