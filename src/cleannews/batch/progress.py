"""Progress while a batch runs, and the summary after it, on stderr (stdout may carry the records).

    bar    a rich progress bar: done/total, ok and failed, pages/s, elapsed and ETA (on a terminal)
    json   a JSON status line every ``interval`` seconds, for logs and pipes
    none   nothing while running

The summary is one line at the end: readable after ``bar``, JSON after ``json``, nothing after
``none`` when asked to be quiet.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from typing import Any, TextIO

from cleannews.batch.records import Record

MODES = ("auto", "bar", "json", "none")


class Tally:
    """Counts for one run: ok, failed (by error), skipped by --resume, and the time taken."""

    def __init__(self, total: int | None = None, skipped: int = 0) -> None:
        self.total = total
        self.skipped = skipped
        self.ok = 0
        self.failed = 0
        self.errors: Counter[str] = Counter()
        self.started = time.monotonic()
        self.interrupted = False

    def add(self, record: Record) -> None:
        if record.ok:
            self.ok += 1
        else:
            self.failed += 1
            self.errors[record.error or "error"] += 1

    @property
    def done(self) -> int:
        return self.ok + self.failed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self, event: str) -> dict[str, Any]:
        return {"event": event, "done": self.done, "total": self.total, "ok": self.ok, "failed": self.failed,
                "skipped": self.skipped, "errors": dict(self.errors.most_common()),
                "elapsed_s": round(self.elapsed, 2), "pages_per_s": round(self.rate, 2),
                "interrupted": self.interrupted}

    def summary(self) -> str:
        errors = ", ".join(f"{n} {name}" for name, n in self.errors.most_common())
        failed = f"{self.failed} failed" + (f" ({errors})" if errors else "")
        skipped = f"; {self.skipped} skipped (already in the output)" if self.skipped else ""
        stopped = "interrupted after " if self.interrupted else ""
        return (f"{stopped}{self.done} done: {self.ok} ok, {failed} in {self.elapsed:.1f}s, "
                f"{self.rate:.1f} pages/s{skipped}")


class Reporter:
    """No progress display; the base of the others."""

    def __init__(self, tally: Tally, stream: TextIO | None = None) -> None:
        self.tally = tally
        self.stream = stream or sys.stderr

    def start(self) -> None:
        pass

    def update(self) -> None:
        pass

    def finish(self) -> None:
        pass

    def summary(self, prog: str) -> None:
        print(f"{prog}: {self.tally.summary()}", file=self.stream, flush=True)


class JsonReporter(Reporter):
    """A status line of JSON every ``interval`` seconds (when something has completed)."""

    def __init__(self, tally: Tally, interval: float, stream: TextIO | None = None) -> None:
        super().__init__(tally, stream)
        self.interval = interval
        self._last = time.monotonic()

    def update(self) -> None:
        now = time.monotonic()
        if self.interval > 0 and now - self._last >= self.interval:
            self._last = now
            self._emit("status")

    def summary(self, prog: str) -> None:
        self._emit("summary")

    def _emit(self, event: str) -> None:
        print(json.dumps(self.tally.to_dict(event)), file=self.stream, flush=True)


class BarReporter(Reporter):
    """A rich progress bar on stderr; ETA only when the number of inputs is known."""

    def __init__(self, tally: Tally, stream: TextIO | None = None) -> None:
        super().__init__(tally, stream)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("[bold]cleaning"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[green]{task.fields[ok]} ok[/] [red]{task.fields[failed]} failed[/]"),
            TextColumn("{task.fields[rate]} pages/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=self.stream),
            refresh_per_second=4,
        )
        self._task = self._progress.add_task("cleaning", total=tally.total, ok=0, failed=0, rate="0.0")

    def start(self) -> None:
        self._progress.start()

    def update(self) -> None:
        t = self.tally
        self._progress.update(self._task, completed=t.done, ok=t.ok, failed=t.failed, rate=f"{t.rate:.1f}")

    def finish(self) -> None:
        self.update()
        self._progress.stop()


def reporter(mode: str, tally: Tally, *, interval: float = 10.0, stream: TextIO | None = None) -> Reporter:
    """The reporter for ``mode``; ``auto`` is a bar on a terminal and JSON lines otherwise."""
    out = stream or sys.stderr
    if mode == "auto":
        mode = "bar" if out.isatty() else "json"
    if mode == "bar":
        return BarReporter(tally, out)
    if mode == "json":
        return JsonReporter(tally, interval, out)
    return Reporter(tally, out)
