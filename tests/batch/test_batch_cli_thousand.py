"""The acceptance run: 1,000 local URLs with injected faults through the installed command.

Half the URLs are good pages; the rest are 404s, responses slower than the fetch timeout, PDFs,
connection resets and empty pages. Every input must come out as exactly one whole JSON line, and a
second run with --resume must add nothing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from batchpages import Server, mixed_urls

FAST = ["--timeout", "1", "--retries", "0", "--per-host", "48", "--concurrency", "64", "--progress", "json",
        "--status-interval", "0"]


def cleannews() -> str:
    command = shutil.which("cleannews")
    assert command, "the cleannews command is not installed"
    return command


def read_records(path: Path) -> list[dict]:
    data = path.read_bytes()
    assert data.endswith(b"\n"), "the output ends in a partial line"
    return [json.loads(line) for line in data.splitlines()]


def test_a_thousand_urls_give_a_thousand_records_and_resume_adds_none(server: Server, tmp_path: Path) -> None:
    urls = mixed_urls(server, 1000)
    url_file = tmp_path / "urls.txt"
    url_file.write_text("# a comment, not an input\n" + "\n".join(urls) + "\n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"

    first = subprocess.run([cleannews(), "batch", str(url_file), "-o", str(out), *FAST],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    records = read_records(out)
    assert len(records) == 1000
    assert sorted(r["id"] for r in records) == sorted(urls)

    by_kind = Counter((r["id"].split("/")[3], r["status"], r.get("error")) for r in records)
    assert by_kind[("ok", "ok", None)] == 500
    assert by_kind[("404", "error", "HTTPStatusError")] == 100
    assert by_kind[("slow", "error", "FetchTimeout")] == 100
    assert by_kind[("pdf", "error", "NotHTML")] == 100
    assert by_kind[("reset", "error", "FetchConnectionError")] == 100
    assert by_kind[("empty", "error", "ExtractionError")] == 100

    good = next(r for r in records if r["status"] == "ok")
    assert good["title"].startswith("Story ") and "paragraph 0" in good["text"] and good["url"] == good["id"]
    bad = next(r for r in records if r["status"] == "error")
    assert set(bad) == {"id", "status", "url", "error", "message"} and "\n" not in bad["message"]

    summary = json.loads(first.stderr.strip().splitlines()[-1])
    assert summary["event"] == "summary"
    assert (summary["done"], summary["ok"], summary["failed"]) == (1000, 500, 500)

    again = subprocess.run([cleannews(), "batch", str(url_file), "-o", str(out), "--resume", *FAST],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert len(read_records(out)) == 1000
    summary = json.loads(again.stderr.strip().splitlines()[-1])
    assert (summary["done"], summary["skipped"]) == (0, 1000)
