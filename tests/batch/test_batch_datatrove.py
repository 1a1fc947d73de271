"""CleannewsExtractor inside a real datatrove pipeline, run by datatrove's LocalPipelineExecutor."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from batchpages import article

pytest.importorskip("datatrove")

from datatrove.data import Document, DocumentsPipeline  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402

from cleannews.integrations.datatrove import CleannewsExtractor  # noqa: E402


# Plain functions as the reader and the writer (datatrove takes callables as steps), so the test
# needs nothing beyond datatrove itself (its JSONL reader and writer want orjson).
def read_shard(source: Path, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
               ) -> Iterator[Document]:
    for line in (source / f"part{rank}.jsonl").open():
        row = json.loads(line)
        yield Document(text=row["text"], id=row["id"], metadata=row["metadata"])


def write_shard(target: Path, data: DocumentsPipeline, rank: int = 0, world_size: int = 1
                ) -> Iterator[Document]:
    target.mkdir(exist_ok=True)
    with (target / f"{rank}.jsonl").open("w") as out:
        for doc in data or ():
            out.write(json.dumps({"id": doc.id, "text": doc.text, "metadata": doc.metadata}) + "\n")
    yield from ()


def test_the_step_cleans_html_documents_and_drops_pages_without_an_article(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for shard in range(2):
        rows = [{"id": f"{shard}-{n}", "text": article(n), "metadata": {"url": f"https://d.example/{n}"}}
                for n in range(shard * 5, shard * 5 + 5)]
        rows.append({"id": f"{shard}-empty", "text": "<html><body></body></html>", "metadata": {}})
        (source / f"part{shard}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))

    LocalPipelineExecutor(
        pipeline=[partial(read_shard, source), CleannewsExtractor(timeout=10),
                  partial(write_shard, tmp_path / "out")],
        tasks=2, workers=1, logging_dir=str(tmp_path / "logs"),
    ).run()

    docs = [json.loads(line) for f in sorted((tmp_path / "out").glob("*.jsonl")) for line in f.open()]
    assert sorted(d["id"] for d in docs) == sorted(f"{n // 5}-{n}" for n in range(10))
    first = next(d for d in docs if d["id"] == "0-3")
    assert first["text"].startswith("Story 3 paragraph 0") and "<p>" not in first["text"]
    assert first["metadata"]["title"] == "Story 3" and first["metadata"]["url"] == "https://d.example/3"
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "cleannews" in s["name"])
    assert step["stats"]["total"] == 12 and step["stats"]["forwarded"] == 10
    assert step["stats"]["ExtractionError"] == 2


def test_the_step_works_on_a_plain_document_stream_in_markdown() -> None:
    step = CleannewsExtractor(timeout=None, output="markdown", metadata_fields=("title",))
    docs = list(step.run(iter([Document(text=article(1), id="a", metadata={"url": "https://d.example/1"})])))
    assert len(docs) == 1 and docs[0].text.startswith("Story 1 paragraph 0")
    assert docs[0].metadata == {"url": "https://d.example/1", "title": "Story 1"}
    with pytest.raises(ValueError):
        CleannewsExtractor(output="html")
