"""The JSONL output: whole lines, refusing to clobber, and resuming after a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleannews.batch.output import JsonlWriter, scan
from cleannews.batch.records import Record
from cleannews.errors import InputError, NotHTML
from cleannews.models import Article


def test_records_are_one_line_each_and_read_back(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    ok = Record(id="a", url="https://a.example/", article=Article(text="line one\nline two", title="T",
                                                              url="https://a.example/"))
    bad = Record.failed("b", "https://b.example/", NotHTML("not an HTML page (application/pdf):\n x"))
    with JsonlWriter(str(out)) as writer:
        writer.write(ok)
        writer.write(bad)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert Record.from_dict(json.loads(lines[0])) == ok
    assert json.loads(lines[1]) == {"id": "b", "status": "error", "url": "https://b.example/",
                                    "error": "NotHTML", "message": "not an HTML page (application/pdf): x"}


def test_an_existing_output_is_kept_unless_resumed_or_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "status": "error"}\n')
    with pytest.raises(InputError, match="--resume"):
        JsonlWriter(str(out))
    JsonlWriter(str(out), overwrite=True).close()
    assert out.read_text() == ""


def test_resume_drops_a_half_written_last_line_and_knows_the_ids(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = '{"id": "a", "status": "error", "url": null, "error": "X", "message": "m"}\n'
    other = '{"status": "error", "id": "b"}\n'  # id not first: still found
    out.write_text(whole + other + '{"id": "c", "status": "ok", "text": "cut o')
    found = scan(out)
    assert found.ids == {"a", "b"} and found.partial_tail
    with JsonlWriter(str(out), resume=True) as writer:
        assert writer.done == {"a", "b"}
        writer.write(Record.failed("c", None, "ExtractionTimeout", "took too long"))
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and json.loads(lines[2])["id"] == "c"
