"""``cleannews batch`` run as a command: folders, WARC files, stdin and stdout, Ctrl-C, resume."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from batchpages import Server, article, warc_record, write_warc


def batch(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = shutil.which("cleannews")
    assert command
    return subprocess.run([command, "batch", *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_a_folder_and_a_warc_in_one_run(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"{n}.html").write_text(article(n))
    (pages / "bad.html").write_bytes(b"\x89PNG\r\n")
    warc = write_warc(tmp_path / "c.warc.gz", [warc_record(f"https://w.example/{n}", article(n).encode())
                                                 for n in range(4)])
    out = tmp_path / "out.jsonl"
    run = batch(str(pages), str(warc), "-o", str(out), "--progress", "none")
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 8
    assert sum(r["status"] == "ok" for r in records) == 7
    assert "7 ok, 1 failed (1 NotHTML)" in run.stderr


def test_urls_from_stdin_to_stdout_with_quiet(server: Server) -> None:
    run = batch("-", "-q", "--timeout", "2", stdin=f"{server.url('/ok/1')}\n{server.url('/404/2')}\n")
    assert run.returncode == 0 and run.stderr == ""
    statuses = sorted(json.loads(line)["status"] for line in run.stdout.splitlines())
    assert statuses == ["error", "ok"]


def test_usage_and_input_errors_are_one_line(tmp_path: Path) -> None:
    missing = batch(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.jsonl"))
    assert missing.returncode == 3 and missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
    for usage in (batch("-", "--resume"), batch("--concurrency", "0", "x"), batch("--no-such-option", "x")):
        assert usage.returncode == 2 and usage.stderr.count("\n") == 1, usage.stderr


def test_an_empty_input_is_a_usage_error_not_the_current_folder(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(article(1))
    run = subprocess.run([shutil.which("cleannews") or "cleannews", "batch", ""], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and run.stdout == "" and "empty" in run.stderr
    assert run.stderr.count("\n") == 1
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "x"}\n')
    page = tmp_path / "a.html"
    page.write_text(article(1))
    refused = batch(str(page), "-o", str(out))
    assert refused.returncode == 3 and "--resume" in refused.stderr


def test_ctrl_c_finishes_the_line_exits_130_and_resume_completes_the_run(server: Server,
                                                                        tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    # Slow pages keep the run going long enough to be interrupted in the middle.
    wanted = [server.url(f"/{'slow' if n % 4 == 0 else 'ok'}/{n}") for n in range(200)]
    urls.write_text("\n".join(wanted) + "\n")
    out = tmp_path / "out.jsonl"
    command = [shutil.which("cleannews") or "cleannews", "batch", str(urls), "-o", str(out), "--timeout", "1",
               "--retries", "0", "--per-host", "2", "--progress", "json", "--status-interval", "0"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size == 0):
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    data = out.read_bytes()
    assert data.endswith(b"\n")
    first = [json.loads(line) for line in data.splitlines()]
    assert 0 < len(first) < 200
    assert json.loads(stderr.strip().splitlines()[-1])["interrupted"] is True

    # A crash mid-write would leave half a line: resume drops it and does that input again.
    out.write_bytes(data + b'{"id": "' + wanted[-1].encode() + b'", "status": "ok", "te')
    resumed = batch(str(urls), "-o", str(out), "--resume", "--timeout", "1", "--retries", "0",
                    "--per-host", "32", "--progress", "json")
    assert resumed.returncode == 0, resumed.stderr
    assert "half-written" in resumed.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == sorted(wanted)
