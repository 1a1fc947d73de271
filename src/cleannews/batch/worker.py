"""An extraction worker: ``python -m cleannews.batch.worker FD MODULE:FUNCTION``.

Started by pool.ExtractionPool; FD is its end of a socket pair. It imports the function once,
says "ready", then answers jobs until the socket closes.
"""

from __future__ import annotations

import importlib
import logging
import sys
from multiprocessing.connection import Connection

from cleannews.batch.pool import serve


def main(argv: list[str]) -> int:
    fd, target = int(argv[0]), argv[1]
    module, _, name = target.partition(":")
    fn = getattr(importlib.import_module(module), name)
    if module == "cleannews.batch.pool":
        import cleannews.pipeline  # noqa: F401  (warm: the first page should not pay for imports)
    # A stage that fails on one page is logged by extract() with a traceback; across a batch that
    # would bury the progress display. The page still gets its record; `cleannews FILE` shows the log.
    log = logging.getLogger("cleannews")
    log.addHandler(logging.NullHandler())
    log.propagate = False
    serve(Connection(fd), fn)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
