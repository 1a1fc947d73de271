"""The Python API: clean_urls, clean_files, clean_warc, clean_items, aclean_items, BatchOptions."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from batchpages import Server, article, warc_record, write_warc

from cleannews import FetchOptions
from cleannews.batch import BatchOptions, Item, aclean_items, clean_files, clean_items, clean_urls, clean_warc

QUICK = {"workers": 2, "fetch": FetchOptions(timeout=1, retries=0)}


def test_clean_urls_gives_one_record_per_url_ok_or_not(server: Server) -> None:
    urls = [server.url(p) for p in ("/ok/1", "/404/2", "/pdf/3", "/ok/4", "/reset/5")] + ["ftp://x.example/"]
    records = {r.id: r for r in clean_urls(urls, **QUICK)}
    assert set(records) == set(urls)
    assert records[urls[0]].ok and records[urls[0]].article.title == "Story 1"  # type: ignore[union-attr]
    assert {records[u].error for u in urls[1:3] + urls[4:]} == {"HTTPStatusError", "NotHTML",
                                                                 "FetchConnectionError", "FetchError"}


def test_clean_files_and_clean_warc(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(article(7))
    [record] = list(clean_files([page], **QUICK))
    assert record.id == str(page) and record.ok and "Story 7 paragraph 0" in record.article.text  # type: ignore

    warc = write_warc(tmp_path / "a.warc.gz", [warc_record(f"https://w.example/{n}", article(n).encode())
                                                 for n in range(20)])
    records = list(clean_warc(warc, **QUICK))
    assert len(records) == 20 and all(r.ok for r in records)
    assert {r.url for r in records} == {f"https://w.example/{n}" for n in range(20)}


def test_the_time_limit_turns_a_slow_page_into_a_timeout_record() -> None:
    huge = "<html><body>" + "<div><p>word " * 20000 + "</p></div>" * 20000 + "</body></html>"
    [record] = list(clean_items([Item(id="huge", content=huge.encode())], workers=1, time_limit=0.01))
    assert record.error == "ExtractionTimeout" and "0.01s" in (record.message or "")


def test_without_a_time_limit_extraction_runs_in_this_process() -> None:
    items = [Item(id=str(n), content=article(n).encode()) for n in range(5)]
    assert sorted(r.id for r in clean_items(items, time_limit=None) if r.ok) == ["0", "1", "2", "3", "4"]


def test_breaking_out_early_stops_the_run() -> None:
    items = (Item(id=str(n), content=article(n).encode()) for n in range(10_000))
    for count, _ in enumerate(clean_items(items, workers=1), 1):
        if count == 3:
            break  # the generator's close() stops the loop thread and the workers; the test ends


def test_aclean_items_works_inside_a_running_loop() -> None:
    async def collect() -> list[str]:
        items = [Item(id=str(n), content=article(n).encode()) for n in range(3)]
        return sorted([r.id async for r in aclean_items(items, workers=1)])

    assert asyncio.run(collect()) == ["0", "1", "2"]


def test_bad_options_fail_at_once() -> None:
    with pytest.raises(ValueError):
        BatchOptions(concurrency=0)
    with pytest.raises(ValueError):
        BatchOptions(time_limit=-1)
    with pytest.raises(TypeError, match="unknown batch option"):
        list(clean_urls([], speed=3))


@pytest.mark.parametrize("name, value", [("concurrency", "8"), ("workers", 2.5), ("per_host", True),
                                         ("time_limit", "10"), ("fetch", {"timeout": 5}),
                                         ("extract", {"backend": "native"})])
def test_options_of_the_wrong_type_fail_at_once_naming_the_field(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"BatchOptions.{name} must be"):
        BatchOptions(**{name: value})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=name):
        list(clean_urls([], **{name: value}))
