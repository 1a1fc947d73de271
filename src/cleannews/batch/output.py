"""The JSONL output: whole lines only, and what ``--resume`` finds in a file a run left behind.

Each record is encoded first, then written with one ``os.write`` of the complete line (looping only
if the kernel takes part of it), on a file opened with O_APPEND. There is no buffer in between, so
Ctrl-C, a crash or a kill between two records leaves only whole lines. The one thing that can leave
a partial line is the machine stopping during a write; ``scan`` finds such a tail and ``resume``
cuts it off, so that input is simply done again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cleannews.batch.records import Record
from cleannews.errors import InputError

_ID_PREFIX = b'{"id": '
_decoder = json.JSONDecoder()


@dataclass(frozen=True)
class Scan:
    """What an existing output holds: the ids done, where the last whole line ends, what was odd."""

    ids: frozenset[str]
    good_bytes: int
    partial_tail: bool
    bad_lines: int


def _line_id(line: bytes) -> str | None:
    """The id of one whole line, or None if it is not a record. Reads only the id when it comes
    first (as this writer puts it), so scanning a large output does not parse every article."""
    try:
        if line.startswith(_ID_PREFIX) and line.rstrip().endswith(b"}"):
            text = line.decode("utf-8")
            value, _ = _decoder.raw_decode(text, len(_ID_PREFIX))
        else:
            value = json.loads(line).get("id")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def scan(path: str | Path) -> Scan:
    """Read an output file: every whole line's id; a last line with no newline is a partial tail."""
    ids: set[str] = set()
    good = 0
    bad = 0
    partial = False
    with open(path, "rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                partial = True
                break
            record_id = _line_id(line)
            if record_id is None:
                bad += 1
            else:
                ids.add(record_id)
            good += len(line)
    return Scan(frozenset(ids), good, partial, bad)


class JsonlWriter:
    """Appends records to a file (or writes them to stdout), one whole line per record."""

    def __init__(self, path: str | None, *, resume: bool = False, overwrite: bool = False) -> None:
        self.path = path
        self.scan: Scan | None = None
        if path is None or path == "-":
            self._fd = os.dup(1)
            return
        target = Path(path)
        try:
            exists = target.exists() and target.stat().st_size > 0
            if exists and not (resume or overwrite):
                raise InputError(f"{path} already exists: pass --resume to continue it, "
                                 "or --overwrite to start again")
            if exists and resume:
                self.scan = scan(target)
                if self.scan.partial_tail:
                    os.truncate(target, self.scan.good_bytes)  # the half-written record is done again
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if overwrite and not resume else 0)
            self._fd = os.open(target, flags, 0o644)
        except OSError as exc:
            raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc

    @property
    def done(self) -> frozenset[str]:
        return self.scan.ids if self.scan else frozenset()

    def write(self, record: Record) -> None:
        data = (record.to_json() + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
