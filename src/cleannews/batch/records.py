"""Record: what a batch gives back for one input, ok or not. One input, one record.

An ok record is the input's id, ``"status": "ok"`` and every Article field; an error record is the
id, ``"status": "error"``, the input's URL, the error's name and its one-line message::

    {"id": "https://example.com/a", "status": "ok", "text": "...", "title": "...", "url": "...", ...}
    {"id": "https://example.com/b", "status": "error", "url": "https://example.com/b",
     "error": "HTTPStatusError", "message": "HTTP 404 Not Found fetching https://example.com/b"}

``error`` is the name of a cleannews error (FetchTimeout, HTTPStatusError, NotHTML, InputError,
ExtractionError, ...) or one of the two the batch adds, which are outcomes rather than exceptions:
``ExtractionTimeout`` (the page took longer than ``time_limit``; its worker was replaced) and
``WorkerDied`` (the extraction process died, e.g. killed for memory).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cleannews.models import Article

OK = "ok"
ERROR = "error"
EXTRACTION_TIMEOUT = "ExtractionTimeout"
WORKER_DIED = "WorkerDied"


def one_line(message: object) -> str:
    """A message on one line, whatever the exception put in it."""
    return " ".join(str(message).split()) or "no message"


@dataclass(frozen=True)
class Record:
    """The outcome for one input. ``article`` is set when ``ok``; ``error`` and ``message`` when not."""

    id: str
    url: str | None = None
    article: Article | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.article is not None

    @property
    def status(self) -> str:
        return OK if self.ok else ERROR

    @classmethod
    def failed(cls, id: str, url: str | None, error: BaseException | str, message: object = None) -> Record:
        """An error record from an exception, or from a name and a message."""
        if isinstance(error, BaseException):
            return cls(id=id, url=url, error=type(error).__name__, message=one_line(error))
        return cls(id=id, url=url, error=error, message=one_line(message))

    def to_dict(self) -> dict[str, Any]:
        if self.article is not None:
            return {"id": self.id, "status": OK, **self.article.to_dict()}
        return {"id": self.id, "status": ERROR, "url": self.url, "error": self.error, "message": self.message}

    def to_json(self) -> str:
        """One line of JSON (no newline inside: json escapes them), UTF-8 characters kept."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Read back what to_dict() wrote (e.g. from an output file)."""
        if data.get("status") == OK:
            fields = {k: v for k, v in data.items() if k not in ("id", "status")}
            return cls(id=data["id"], url=data.get("url"), article=Article(**fields))
        return cls(id=data["id"], url=data.get("url"), error=data.get("error"), message=data.get("message"))
