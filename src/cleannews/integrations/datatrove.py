"""CleannewsExtractor: cleannews as a datatrove pipeline step, so clusters run it like any other.

datatrove (``pip install 'cleannews[distributed]'``) shards the input over tasks and runs them on
one machine (LocalPipelineExecutor), on Slurm (SlurmPipelineExecutor) or on Ray (RayPipelineExecutor);
this step only turns each Document's HTML into its article::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleannews.integrations.datatrove import CleannewsExtractor

    LocalPipelineExecutor(pipeline=[WarcReader("crawl/"), CleannewsExtractor(), JsonlWriter("clean/")],
                          tasks=8).run()

For each document: ``text`` becomes the article body (plain text, or Markdown with
``output="markdown"``) and the article's metadata goes into ``metadata`` (title, authors, dates,
language, site name, canonical URL, description, tags, image, backend). The page's URL is read from
``metadata["url"]`` (datatrove's readers put it there) to resolve links and help the metadata.
A page with no article text, or one that overruns ``timeout``, is dropped and counted in the step's
stats by reason (``ExtractionError``, ``ExtractionTimeout``, ...), as datatrove's own extractors do.

Each task extracts in one worker process of cleannews's ExtractionPool, so ``timeout`` is enforced
by killing that process and starting another; ``timeout=None`` extracts in the task's own process.
"""

from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from cleannews.batch.pool import ExtractionPool, Job, extract_job
from cleannews.options import Options

METADATA_FIELDS = ("title", "authors", "date_published", "date_modified", "site_name", "language",
                   "canonical_url", "description", "tags", "image", "backend")
OUTPUTS = ("text", "markdown")


class CleannewsExtractor(PipelineStep):
    """Replace each document's HTML by its clean article; drop documents with no article."""

    name = "🧹 cleannews"
    type = "🛢 - EXTRAC"

    def __init__(self, options: Options | None = None, *, timeout: float | None = 10.0, output: str = "text",
                 metadata_fields: tuple[str, ...] = METADATA_FIELDS) -> None:
        super().__init__()
        if output not in OUTPUTS:
            raise ValueError(f"output must be one of {', '.join(OUTPUTS)}, not {output!r}")
        if timeout is not None and timeout <= 0:
            raise ValueError("timeout must be positive (or None for no limit)")
        unknown = set(metadata_fields) - set(METADATA_FIELDS)
        if unknown:
            raise ValueError(f"unknown metadata field(s): {', '.join(sorted(unknown))}")
        self.options = options or Options()
        self.timeout = timeout
        self.output = output
        self.metadata_fields = tuple(metadata_fields)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        pool = ExtractionPool(1, self.timeout) if self.timeout is not None else None
        try:
            for doc in data:
                self.stat_update("total")
                with self.track_time():
                    url = doc.metadata.get("url")
                    job = Job(doc.text, None, url if isinstance(url, str) else None, self.options)
                    outcome: Any = pool.run(job) if pool is not None else extract_job(job)
                if outcome[0] != "ok":
                    self.stat_update("dropped", outcome[1])
                    continue
                fields = outcome[1]
                doc.text = fields[self.output]
                for name in self.metadata_fields:
                    if fields.get(name) not in (None, [], ""):
                        doc.metadata[name] = fields[name]
                self.stat_update("forwarded")
                self.update_doc_stats(doc)
                yield doc
        finally:
            if pool is not None:
                pool.close()
