"""The extractors under test, each behind one signature: ``(html, url) -> Prediction``.

Every adapter imports its library when it is built, so a missing peer only removes that
peer from the run (the run says so). Each adapter makes the one call a user of that library
would make, with network access off; nothing is cached between pages.
"""

from __future__ import annotations

import logging
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from benchmarks.scoring import META_FIELDS, Prediction, html_to_text

ExtractFn = Callable[[str, "str | None"], Prediction]


@dataclass(frozen=True)
class Spec:
    name: str
    package: str  # the distribution whose version is recorded
    build: Callable[[], ExtractFn]
    note: str  # how it is called, for the report
    fields: tuple[str, ...] = ()  # the metadata fields it offers; the others show as "—"


class PageTimeout(BaseException):
    """A page ran past the time limit.

    A BaseException, so that `except Exception` inside a library cannot swallow it.
    """


class ExtractorCrashed(Exception):
    """The extractor failed on a page but did not raise (cleannews logs backend failures instead)."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PageTimeout in the main thread after ``seconds`` (SIGALRM; a no-op where unavailable).

    A signal is only handled between Python bytecodes, so a long stretch inside C code
    overruns the limit until it returns; the page is still marked as timed out.
    """
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise PageTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def package_version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _join(values: object) -> str | None:
    if not values:
        return None
    if isinstance(values, str):
        return values
    return ", ".join(str(v) for v in values)  # type: ignore[attr-defined]


def _iso(value: object) -> str | None:
    if not value:
        return None
    iso = getattr(value, "isoformat", None)
    return iso() if callable(iso) else str(value)


# ----------------------------------------------------------------------- cleannews


class _ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.last: logging.LogRecord | None = None
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.last = record


def _cleannews(backend: str) -> Callable[[], ExtractFn]:
    def build() -> ExtractFn:
        import cleannews

        errors = _ErrorCounter()
        logger = logging.getLogger("cleannews")
        if not any(isinstance(h, _ErrorCounter) for h in logger.handlers):
            logger.addHandler(errors)
        else:
            errors = next(h for h in logger.handlers if isinstance(h, _ErrorCounter))

        def run(html: str, url: str | None) -> Prediction:
            before = errors.count
            article = cleannews.extract(html, url=url, backend=backend)
            if errors.count != before:  # the pipeline caught a backend failure and logged it
                record = errors.last
                raise ExtractorCrashed(record.getMessage() if record else "logged an error")
            return Prediction(
                text=article.text or "",
                title=article.title,
                author=_join(article.authors),
                date=article.date_published,
                language=article.language,
                site_name=article.site_name,
                backend=article.backend,
            )

        return run

    return build


AUTO = "cleannews-auto"
FALLBACK_BACKEND = "trafilatura"  # what auto hands a page to when the native body is too short


def fell_back(name: str, prediction: Prediction) -> bool:
    """Whether this is cleannews-auto's answer with a body made by its fallback rather than native."""
    return name == AUTO and prediction.backend == FALLBACK_BACKEND


# ----------------------------------------------------------------------------- peers


def _trafilatura_extract() -> ExtractFn:
    """trafilatura.extract() exactly as a user calls it: default settings, plain text, no
    metadata. The speed reference (the extractor issue's "default extract")."""
    import trafilatura

    def run(html: str, url: str | None) -> Prediction:
        return Prediction(text=trafilatura.extract(html, url=url) or "")

    return run


def _trafilatura(fast: bool = False, favor_precision: bool = False) -> Callable[[], ExtractFn]:
    def build() -> ExtractFn:
        import trafilatura

        def run(html: str, url: str | None) -> Prediction:
            # bare_extraction is what extract() runs; its text plus comments is extract()'s txt output.
            doc: Any = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, fast=fast, favor_precision=favor_precision
            )
            if doc is None:
                return Prediction()
            text = "\n".join(part for part in (doc.text, doc.comments) if part)
            return Prediction(text, doc.title, doc.author, doc.date, doc.language, doc.sitename)

        return run

    return build


def _readability() -> ExtractFn:
    from readability import Document

    def run(html: str, url: str | None) -> Prediction:
        doc = Document(html, url=url)
        return Prediction(text=html_to_text(doc.summary(html_partial=True)), title=doc.short_title())

    return run


def _resiliparse() -> ExtractFn:
    from resiliparse.extract.html2text import extract_plain_text

    def run(html: str, url: str | None) -> Prediction:
        return Prediction(text=extract_plain_text(html, main_content=True))

    return run


def _newspaper() -> ExtractFn:
    import newspaper

    def run(html: str, url: str | None) -> Prediction:
        article = newspaper.Article(url or "http://localhost/", fetch_images=False)
        article.download(input_html=html)  # sets the HTML, no network
        article.parse()
        return Prediction(
            text=article.text or "",
            title=article.title,
            author=_join(article.authors),
            date=_iso(article.publish_date),
            language=article.meta_lang,
            site_name=article.meta_site_name,
        )

    return run


def _goose() -> ExtractFn:
    from goose3 import Configuration, Goose

    config = Configuration()
    config.enable_image_fetching = False
    goose = Goose(config)

    def run(html: str, url: str | None) -> Prediction:
        article = goose.extract(raw_html=html)
        opengraph = article.opengraph or {}
        return Prediction(
            text=article.cleaned_text or "",
            title=article.title,
            author=_join(article.authors),
            date=_iso(article.publish_date),
            language=article.meta_lang,
            site_name=opengraph.get("site_name"),
        )

    return run


def _justext() -> ExtractFn:
    import justext

    stoplist = justext.get_stoplist("English")

    def run(html: str, url: str | None) -> Prediction:
        paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        return Prediction(text="\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return run


def _boilerpy() -> ExtractFn:
    from boilerpy3 import extractors

    extractor = extractors.ArticleExtractor(raise_on_failure=True)

    def run(html: str, url: str | None) -> Prediction:
        doc = extractor.get_doc(html)
        return Prediction(text=doc.content or "", title=doc.title)

    return run


_INVISIBLE = ["script", "style", "noscript", "template", "svg", "head"]


def _fulltext() -> ExtractFn:
    from selectolax.lexbor import LexborHTMLParser

    def run(html: str, url: str | None) -> Prediction:
        tree = LexborHTMLParser(html)
        title_node = tree.css_first("title")
        title = title_node.text(strip=True) if title_node else None
        root = tree.root
        language = root.attributes.get("lang") if root is not None else None
        tree.strip_tags(_INVISIBLE)
        body = tree.body
        return Prediction(text=body.text(separator="\n") if body else "", title=title, language=language)

    return run


SPECS: tuple[Spec, ...] = (
    Spec(
        "cleannews-native",
        "cleannews",
        _cleannews("native"),
        'cleannews.extract(html, url, backend="native")',
        META_FIELDS,
    ),
    Spec(
        AUTO,
        "cleannews",
        _cleannews("auto"),
        'cleannews.extract(html, url, backend="auto")',
        META_FIELDS,
    ),
    Spec(
        "cleannews-trafilatura",
        "cleannews",
        _cleannews("trafilatura"),
        'cleannews.extract(html, url, backend="trafilatura")',
        META_FIELDS,
    ),
    Spec(
        "trafilatura",
        "trafilatura",
        _trafilatura(),
        "bare_extraction(html, url, with_metadata=True)",
        META_FIELDS,
    ),
    Spec(
        "trafilatura-extract",
        "trafilatura",
        _trafilatura_extract,
        "extract(html, url) (defaults: text, no metadata)",
    ),
    Spec(
        "trafilatura-fast",
        "trafilatura",
        _trafilatura(fast=True),
        "... fast=True (no fallback extractors)",
        META_FIELDS,
    ),
    Spec(
        "trafilatura-precision",
        "trafilatura",
        _trafilatura(favor_precision=True),
        "... favor_precision=True",
        META_FIELDS,
    ),
    Spec(
        "readability-lxml",
        "readability-lxml",
        _readability,
        "Document(html).summary() -> text; short_title()",
        ("title",),
    ),
    Spec("resiliparse", "resiliparse", _resiliparse, "extract_plain_text(html, main_content=True)"),
    Spec(
        "newspaper4k",
        "newspaper4k",
        _newspaper,
        "Article(url, fetch_images=False).download(input_html).parse()",
        META_FIELDS,
    ),
    Spec(
        "goose3", "goose3", _goose, "Goose(enable_image_fetching=False).extract(raw_html=html)", META_FIELDS
    ),
    Spec("justext", "justext", _justext, "justext(html, English stoplist), non-boilerplate paragraphs"),
    Spec("boilerpy3", "boilerpy3", _boilerpy, "ArticleExtractor().get_doc(html)", ("title",)),
    Spec(
        "fulltext",
        "selectolax",
        _fulltext,
        "all visible text of <body> (baseline); <title>, <html lang>",
        ("title", "language"),
    ),
)
BY_NAME = {spec.name: spec for spec in SPECS}
CLEANNEWS: tuple[str, ...] = ("cleannews-native", AUTO)
REFERENCE = "trafilatura-extract"  # speed ratios are to this one: trafilatura's default extract()


def select(names: str | None) -> list[Spec]:
    """Specs by comma-separated names (all when None); unknown names raise ValueError."""
    if not names:
        return list(SPECS)
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in BY_NAME]
    if unknown:
        raise ValueError(f"unknown extractor(s) {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    return [BY_NAME[n] for n in wanted]


@dataclass(frozen=True)
class Outcome:
    prediction: Prediction
    seconds: float
    status: str  # "ok", "crash" or "timeout"
    error: str = ""


def run_one(fn: ExtractFn, html: str, url: str | None, limit: float | None) -> Outcome:
    """One guarded, timed call: a crash or timeout scores as an empty prediction and is reported."""
    start = time.perf_counter()
    try:
        with time_limit(limit):
            prediction = fn(html, url)
        return Outcome(prediction, time.perf_counter() - start, "ok")
    except PageTimeout as exc:
        return Outcome(Prediction(), time.perf_counter() - start, "timeout", str(exc))
    except Exception as exc:  # any library failure is a crash of that page, not of the run
        return Outcome(
            Prediction(), time.perf_counter() - start, "crash", f"{type(exc).__name__}: {exc}"[:300]
        )


def quiet_libraries() -> None:
    """Peers log and warn per page; keep the run's output to the harness's own lines."""
    import warnings

    warnings.filterwarnings("ignore")
    logging.getLogger().addHandler(logging.NullHandler())
    logging.getLogger().setLevel(logging.CRITICAL)
    logging.getLogger("cleannews").setLevel(logging.ERROR)  # the crash counter listens there
