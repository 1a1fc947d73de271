"""explain(): the Article users get, and why each part of the page was kept or dropped.

    extract (the Article, exactly as cleannews.extract gives it)
    decode -> bound -> parse (the pipeline's own stages) -> run_native, recording -> reasons
"""

from __future__ import annotations

import logging

from cleannews.explain.decide import explain_blocks
from cleannews.explain.model import Explanation
from cleannews.extractors.base import Document
from cleannews.extractors.native import NativeRun, run_native
from cleannews.extractors.native.thresholds import DEFAULT
from cleannews.extractors.native.walk import WalkResult
from cleannews.models import Metadata
from cleannews.options import Options
from cleannews.parse import parse
from cleannews.pipeline import extract, prepare

log = logging.getLogger("cleannews")


def explain(html: str | bytes, url: str | None = None, *, options: Options | None = None,
            **overrides: object) -> Explanation:
    """Explain the extraction of one page: every block the native extractor read and every
    element it skipped, each with its decision, category, rule and score, beside the Article
    that ``extract(html, url, options=...)`` returns. Never raises for any str or bytes."""
    opts = Options.build(options, **overrides)
    article = extract(html, url, options=opts)
    # The same text extract() parses: decode and bound exactly as the pipeline does.
    text = prepare(html)
    run = _run_native(text, url, opts)
    choice = run.choice
    return Explanation(
        url=url,
        backend=opts.backend,
        focus=opts.focus,
        article_backend=article.backend,
        stage=choice.stage if choice else None,
        container=run.walked.tags[choice.container] if choice else None,
        refused=run.refused,
        blocks=explain_blocks(run, opts, DEFAULT, article.title),
        junk=run.junk,
        article=article,
    )


def _run_native(text: str, url: str | None, options: Options) -> NativeRun:
    document = Document(html=text, url=url, tree=parse(text), metadata=Metadata())  # native reads no metadata
    try:
        return run_native(document, options, DEFAULT, record=True)
    except Exception as error:  # as in extract(): a bug in the extractor costs the report its blocks only
        log.exception("the native extractor failed on %s", url or "<input>")
        return NativeRun(WalkResult(), {}, None, [], f"the native extractor failed: {error}")
