"""The explain view: why each part of a page was kept or dropped (docs/explain.md).

    explain(html) -> Explanation (data, to_json) -> render_report (one self-contained HTML file)
"""

from __future__ import annotations

from cleannews.explain.model import ExplainedBlock, Explanation
from cleannews.explain.report import render_report
from cleannews.explain.run import explain

__all__ = ["ExplainedBlock", "Explanation", "explain", "render_report"]
