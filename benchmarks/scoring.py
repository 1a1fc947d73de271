"""Every metric of the benchmark, in one place: the benchmark run and the CI gate both score with this.

Body (the WCXB metric): tokens are ``re.findall(r"\\w+", text.lower())``; per page,
precision = overlap / predicted tokens, recall = overlap / gold tokens, with the overlap
counted as a multiset intersection; F1 per page, then the mean over pages (macro).
Conventions for empty sides (the WCXB README leaves them open):

- gold empty and prediction empty: P = R = F1 = 1 (the page has no main content and none was invented);
- gold empty, prediction not: P = 0, R = 1, F1 = 0;
- prediction empty, gold not: P = R = F1 = 0;
- gold unknown (``None``): the page is left out of the body means.

Snippets: a ``with`` snippet is found, a ``without`` snippet leaked, when it is a substring of
the extracted text after both are case-folded and their whitespace runs collapsed to one space.

Metadata: each field has a normaliser (see ``NORMALISERS``); a value counts as correct when the
normalised prediction equals the normalised gold. Where the normalised gold is empty, a
non-empty prediction is *invented*.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import fmean

_WORDS = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")

META_FIELDS: tuple[str, ...] = ("title", "author", "date", "language", "site_name")


# --------------------------------------------------------------------------- body


def tokens(text: str | None) -> list[str]:
    """The benchmark's tokens: runs of word characters, lower-cased."""
    return _WORDS.findall(text.lower()) if text else []


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf(predicted: str | None, gold: str) -> PRF:
    """Word-level precision, recall and F1 of one page, overlap counted as a multiset."""
    pred_tokens, gold_tokens = tokens(predicted), tokens(gold)
    if not gold_tokens:
        return PRF(1.0, 1.0, 1.0) if not pred_tokens else PRF(0.0, 1.0, 0.0)
    if not pred_tokens:
        return PRF(0.0, 0.0, 0.0)
    overlap = sum((Counter(pred_tokens) & Counter(gold_tokens)).values())
    precision, recall = overlap / len(pred_tokens), overlap / len(gold_tokens)
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return PRF(precision, recall, f1)


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def count_snippets(text: str | None, snippets: Iterable[str]) -> tuple[int, int]:
    """(how many snippets occur in ``text``, how many snippets there are), case- and space-insensitive."""
    haystack = _squash(text or "")
    wanted = [_squash(s) for s in snippets if s and s.strip()]
    return sum(1 for s in wanted if s in haystack), len(wanted)


# ----------------------------------------------------------------------- HTML -> text

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td "
    "th ul".split()
)
_DROP_TAGS = frozenset({"script", "style", "noscript", "template"})


def html_to_text(html: str | None) -> str:
    """Visible text of an HTML fragment, with a line break around every block element.

    Used for Readability.js's expected.html and for peers that answer in HTML; only the
    tokens matter to the metric, so the point is not to glue words of adjacent blocks.
    """
    if not html or not html.strip():
        return ""
    import lxml.html  # lxml comes with trafilatura, a core dependency

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # an unparsable fragment has no text
        return ""
    parts: list[str] = []

    def walk(node: object) -> None:
        tag = getattr(node, "tag", None)
        if not isinstance(tag, str) or tag.lower() in _DROP_TAGS:
            return
        block = tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:  # type: ignore[attr-defined]
            parts.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(root)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- metadata

_AUTHOR_NOISE = frozenset({"by", "von", "par", "por", "written", "posted", "and", "und", "et"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_EDGE_PUNCT = " \t\n\"'“”‘’«»|-–—:·•"
# Typographic quotes read as the plain ones: "Beginner’s Guide" on the page is "Beginner's Guide" in a gold
# typed on a keyboard (NFKC leaves them apart).
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _fold(value: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", value)).strip().casefold()


def norm_title(value: str | None) -> str:
    """NFKC, case-folded, whitespace collapsed, typographic quotes made plain, quotes/dashes/bars
    trimmed from both ends."""
    return _fold(value).translate(_QUOTES).strip(_EDGE_PUNCT) if value else ""


def norm_site_name(value: str | None) -> str:
    """Same as titles."""
    return norm_title(value)


def norm_author(value: str | None) -> str:
    """The set of words of all names, sorted: order, joiners ("and", commas) and "By" do not count."""
    if not value:
        return ""
    words = {w for w in tokens(_fold(value)) if w not in _AUTHOR_NOISE}
    return " ".join(sorted(words))


def norm_date(value: str | None) -> str:
    """The first ISO calendar date in the value, as YYYY-MM-DD (no time-zone conversion)."""
    if not value:
        return ""
    match = _ISO_DATE.search(str(value))
    if not match:
        return ""
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def norm_language(value: str | None) -> str:
    """The primary language subtag, lower-cased: "en-US", "en_GB" and "EN" are all "en"."""
    if not value:
        return ""
    return re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]


NORMALISERS: Mapping[str, Callable[[str | None], str]] = {
    "title": norm_title,
    "author": norm_author,
    "date": norm_date,
    "language": norm_language,
    "site_name": norm_site_name,
}

# Outcomes of one metadata field on one page.
CORRECT, WRONG, MISSED, INVENTED, ABSENT = "correct", "wrong", "missed", "invented", "absent"


def meta_outcome(name: str, predicted: str | None, gold: str | None) -> str:
    """correct / wrong / missed (gold set); invented / absent (gold empty)."""
    normalise = NORMALISERS[name]
    pred, want = normalise(predicted), normalise(gold)
    if not want:
        return INVENTED if pred else ABSENT
    if not pred:
        return MISSED
    return CORRECT if pred == want else WRONG


# ------------------------------------------------------------------------ one page


@dataclass(frozen=True)
class Gold:
    """What a page should give: ``text`` None means unknown; ``meta`` has the fields the set annotates."""

    text: str | None
    with_snippets: tuple[str, ...] = ()
    without_snippets: tuple[str, ...] = ()
    meta: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Prediction:
    """An extractor's answer for one page; every field may be empty.

    ``backend`` is the cleannews backend that made the body (``Article.backend``: "native" or
    "trafilatura"), so the run can tell when the auto backend fell back; None for the peers.
    """

    text: str = ""
    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None
    site_name: str | None = None
    backend: str | None = None


@dataclass(frozen=True)
class PageScore:
    body: PRF | None
    with_found: int
    with_total: int
    without_leaked: int
    without_total: int
    meta: Mapping[str, str]  # field -> outcome, only for fields the gold annotates


def score_page(prediction: Prediction, gold: Gold) -> PageScore:
    body = prf(prediction.text, gold.text) if gold.text is not None else None
    with_found, with_total = count_snippets(prediction.text, gold.with_snippets)
    leaked, without_total = count_snippets(prediction.text, gold.without_snippets)
    meta = {name: meta_outcome(name, getattr(prediction, name), value) for name, value in gold.meta.items()}
    return PageScore(body, with_found, with_total, leaked, without_total, meta)


# ----------------------------------------------------------------------- aggregates


@dataclass(frozen=True)
class MetaSummary:
    accuracy: float | None  # correct / pages whose gold has the field
    with_gold: int
    invented: float | None  # invented / pages whose gold is empty
    without_gold: int


@dataclass(frozen=True)
class Summary:
    pages: int
    body_pages: int
    precision: float | None
    recall: float | None
    f1: float | None
    with_found: float | None  # share of all `with` snippets found
    without_leaked: float | None  # share of all `without` snippets leaked
    meta: Mapping[str, MetaSummary]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summarise(scores: Sequence[PageScore]) -> Summary:
    """Macro means of P/R/F1, pooled snippet shares, metadata accuracy and invention rates."""
    bodies = [s.body for s in scores if s.body is not None]
    meta: dict[str, MetaSummary] = {}
    for name in META_FIELDS:
        outcomes = Counter(s.meta[name] for s in scores if name in s.meta)
        if not outcomes:
            continue
        with_gold = outcomes[CORRECT] + outcomes[WRONG] + outcomes[MISSED]
        without_gold = outcomes[INVENTED] + outcomes[ABSENT]
        meta[name] = MetaSummary(
            _share(outcomes[CORRECT], with_gold),
            with_gold,
            _share(outcomes[INVENTED], without_gold),
            without_gold,
        )
    return Summary(
        pages=len(scores),
        body_pages=len(bodies),
        precision=fmean(b.precision for b in bodies) if bodies else None,
        recall=fmean(b.recall for b in bodies) if bodies else None,
        f1=fmean(b.f1 for b in bodies) if bodies else None,
        with_found=_share(sum(s.with_found for s in scores), sum(s.with_total for s in scores)),
        without_leaked=_share(sum(s.without_leaked for s in scores), sum(s.without_total for s in scores)),
        meta=meta,
    )


def summarise_by(scores: Sequence[PageScore], keys: Sequence[str | None]) -> dict[str, Summary]:
    """``summarise`` per group; pages whose key is None are left out."""
    groups: dict[str, list[PageScore]] = {}
    for score, key in zip(scores, keys, strict=True):
        if key is not None:
            groups.setdefault(key, []).append(score)
    return {key: summarise(group) for key, group in sorted(groups.items())}


def gate_metrics(overall: Summary, by_type: Mapping[str, Summary]) -> dict[str, float]:
    """The numbers the CI gate pins: F1 overall and per page type, metadata accuracy per field."""
    metrics: dict[str, float] = {}
    if overall.f1 is not None:
        metrics["f1"] = overall.f1
    for page_type, summary in by_type.items():
        if summary.f1 is not None:
            metrics[f"f1:{page_type}"] = summary.f1
    for name, meta in overall.meta.items():
        if meta.accuracy is not None:
            metrics[f"meta:{name}"] = meta.accuracy
    return metrics
