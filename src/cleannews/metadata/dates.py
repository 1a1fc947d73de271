"""date_published and date_modified, as ISO 8601 strings.

Precedence for the publication date (the first source that yields a parseable date wins):

1. JSON-LD article object: ``datePublished``, then ``dateCreated``;
2. meta tags: OpenGraph ``article:published_time`` and its many house variants, Parse.ly,
   Sailthru, Dublin Core, citation_* (``PUBLISHED_META`` below, in order);
3. microdata ``itemprop=datePublished``, or ``dateCreated`` when that is earlier;
4. other meta names that say "publish" (``wp-publish-date``...);
5. the visible page: a ``<time>`` element marked as the publication date, or the first one in
   the article; never one in the site's header, navigation, sidebar or footer, which carry the
   day's date or other stories' dates;
6. a date in the URL path (``/2024/05/17/``).

A page that declares a product for sale and no article (a shop's product page), and a site's
home page (fetched from its root URL), have no publication date at all.

A declared date (steps 1-4) yields to the date in the text right around the headline when that
one is more than a day earlier: sites re-stamp ``datePublished`` when they edit or move a
story, while the dateline the reader sees keeps the day it first appeared. It yields to one a
day earlier when the URL's path gives that day too: the declared UTC stamp crossed midnight.

The modification date follows steps 1-3 with the ``*modified*`` names: an "Updated" line on the
page is too often a template's build time or a comment's to be worth the risk.
A date is kept with the time and time zone the page gives; without a time only the day is
returned. Nothing here uses the time of fetching."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from cleannews.metadata import dom
from cleannews.metadata.sources import Sources, sells_product
from cleannews.metadata.text import YEAR, is_origin

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "published_time", "datepublished", "parsely-pub-date", "sailthru.date", "article.published",
    "article_date_original", "publish-date", "publish_date", "publishdate", "pubdate", "date.published",
    "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "dc.date", "dcterms.date", "citation_publication_date", "citation_date", "citation_online_date",
    "prism.publicationdate", "originalpublicationdate", "created", "date", "published", "publication_date",
    "pub_date", "date_published", "release_date",
)
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified",
    "modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
    "lastmod", "revised",
)

_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?P<sep>[-/.]?)(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)"
    r"(?:(?:T|\s+|,\s*)(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-][01]\d:?[0-5]\d)?)?(?!\d)")
_MONTHS = {
    name: number for number, names in enumerate((
        "january jan janvier janv januar enero ene gennaio genn janeiro",
        "february feb février fevrier févr fevr februar febrero febbraio fevereiro fev",
        "march mar mars märz maerz marzo março marco",
        "april apr avril avr abril aprile",
        "may mai mayo maggio maio",
        "june jun juin juni junio giugno junho",
        "july jul juillet juil juli julio luglio julho",
        "august aug août aout agosto ago",
        "september sep sept septembre septiembre settembre setembro set",
        "october oct octobre oktober octubre ottobre outubro out",
        "november nov novembre noviembre novembro",
        "december dec décembre decembre dezember diciembre dicembre dezembro dez",
    ), start=1) for name in names.split()
}
_MONTH = r"(?P<mon>[^\W\d_]{3,10})\.?"
_TIME = r"(?:(?:\s*,?\s*(?:at|um|à|a las)?\s*)(?P<H>[0-2]?\d)[:h](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?" \
        r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?P<tz>Z|UTC|GMT|[+-][01]\d:?[0-5]\d)?)?"
_TEXTUAL = (
    # March 25, 2015 / Mar. 25 2015 3:46 PM
    re.compile(_MONTH + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b" + _TIME, re.I),
    # 25 March 2015 / 18. Juni 2018 / 21 Oct 2015 07:28:00 GMT / 3 de março de 2020 / 04-Aug-2021
    re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?(?:\s+|-)(?:de\s+)?" + _MONTH + r"(?:,?\s+|-)(?:de\s+)?"
               r"(?P<y>(?:19|20)\d\d)\b" + _TIME, re.I),
)
# Day-first numeric dates (25.03.2015), the common form outside the US.
_DOTTED = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b" + _TIME)
# Slashed or dashed numeric dates: month first as in the US unless the first number can only
# be a day (25/03/2015).
_SLASHED = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b" + _TIME)
# Different days among a page's <time> elements from which it is a list of stories: on wcxb-dev
# no page with a visible date of its own shows more than 4, and listings show 5 to 19.
_MANY_DAYS = 5
# Words that introduce a date of another event than the page's publication, with the date
# after them (up to 60 characters: "Founded February 28, 1998 ; 18 years ago ( 1998-02-28 )").
# Not "©": a copyright gives a year, which is no date, and a dateline may follow it.
# A forum member's "Registered:", "Joined:", "Member since" line beside a post says when the
# member signed up; a thread's "Last post:" when its latest reply came; a "Release Date:" when a
# product or a software version came out.
_OTHER_EVENT_WORD = re.compile(
    r"\b(?:founded|established|born|died|retrieved|accessed|registered|joined|member since|last post"
    r"|release date)\b", re.IGNORECASE)
_OTHER_EVENT = re.compile(_OTHER_EVENT_WORD.pattern + r"\W*(?:on\s+|in\s+)?.{0,60}", re.IGNORECASE)
# Every date pattern above holds a YEAR: a text without one is passed over before they are
# tried (they cost about 0.14 ms on a 500-character text around a headline without a date).
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:[/\-+_.]|$)"
                       r"|/((?:19|20)\d\d)([01]\d)([0-3]\d)/")


def published(sources: Sources) -> str | None:
    # A shop's page and a site's home page have no publication date: the dates they carry are
    # a template's, a review's, a release's or their stories'.
    if sells_product(sources) or is_origin(sources.url):
        return None
    for value in _declared_published(sources):
        iso = to_iso(value)
        if iso:
            shown = next(filter(None, map(_shown_date, dom.windows_for_dates(sources.page))), None)
            if shown and (_days_before(shown, iso) > 1
                          or _days_before(shown, iso) == 1 and url_date(sources.url) == shown[:10]):
                return shown
            return iso
    if not _lists_stories(sources):
        for value in dom.date_candidates(sources.tree, sources.page):
            iso = _shown_date(value)
            if iso:
                return iso
        iso = _sole_marked_date(sources)
        if iso:
            return iso
    return url_date(sources.url)


def _declared_published(sources: Sources) -> Iterator[str]:
    """The publication dates the page declares (steps 1-4), each source read only when those
    before it gave no date."""
    jsonld = sources.jsonld
    if jsonld.is_article:
        yield jsonld.date_published
    yield from sources.head.all(*PUBLISHED_META)
    yield _micro_published(sources)
    yield from _other_publish_meta(sources)


def _sole_marked_date(sources: Sources) -> str | None:
    """The date of the elements marked as the publication date anywhere on the page, when they
    all give the same day: a list of teasers, each marked with its own story's date, gives none."""
    found = [iso for iso in map(_shown_date, dom.page_date_marks(sources.tree)) if iso]
    if found and len({iso[:10] for iso in found}) == 1:
        return found[0]
    return None


def _shown_date(text: str) -> str | None:
    """The first date in a text the page shows, passing over dates that say when something
    else happened: "Founded February 28, 1998", "Retrieved 2016-05-01"."""
    if not YEAR.search(text):
        return None  # no date, and the case-blind search for those words costs more than this
    return to_iso(_OTHER_EVENT.sub(" ", text) if _OTHER_EVENT_WORD.search(text) else text)


def _lists_stories(sources: Sources) -> bool:
    """The page's ``<time>`` elements outside the chrome show many different days: a home page,
    a section or a topic page, each date a teaser's, none of them the page's own."""
    days: set[str] = set()
    for node in sources.page.times:
        if not dom.in_chrome(node):
            iso = to_iso(node.attributes.get("datetime") or node.text(strip=True))
            if iso:
                days.add(iso[:10])
    return len(days) >= _MANY_DAYS


def _days_before(earlier: str, later: str) -> int:
    """How many days the day of ``earlier`` comes before the day of ``later``."""
    return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days


def _micro_published(sources: Sources) -> str:
    """Microdata ``datePublished``, or ``dateCreated`` when that is earlier: on Q&A pages the
    question's ``dateCreated`` starts the thread, and the first ``datePublished`` is an
    answer's or an edit's."""
    published_value = sources.micro.values.get("datepublished", "")
    created_value = sources.micro.values.get("datecreated", "")
    created, published_day = to_iso(created_value), to_iso(published_value)
    if created and (published_day is None or created[:10] < published_day[:10]):  # by day: zones vary
        return created_value
    return published_value


def _other_publish_meta(sources: Sources) -> list[str]:
    """Contents of house meta names that say "publish" (``wp-publish-date``, ``publish_on``...)."""
    return [value for name, values in sources.head.meta.items()
            if ("publish" in name or "pubdate" in name) and name not in PUBLISHED_META for value in values]


def modified(sources: Sources) -> str | None:
    for value in (
        sources.jsonld.date_modified,
        *sources.head.all(*MODIFIED_META),
        sources.micro.values.get("datemodified", ""),
    ):
        iso = to_iso(value)
        if iso:
            return iso
    return None


def to_iso(value: str | None) -> str | None:
    """The first date in ``value`` as ISO 8601 (with time and offset when given), else None."""
    if not value or len(value) > 1000 or not YEAR.search(value):
        return None
    match = _ISO.search(value)
    if match and (match["sep"] or len(value.strip()) == 8 or match["H"]):
        return _format(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"], None,
                       match["tz"])
    for pattern in _TEXTUAL:
        for match in pattern.finditer(value):
            number = _MONTHS.get(match["mon"].lower().rstrip("."))
            if number:
                return _format(match["y"], str(number), match["d"], match["H"], match["M"], match["S"],
                               match["ampm"], match["tz"])
    match = _DOTTED.search(value)
    if match:
        return _format(match["y"], match["m"], match["d"], match["H"], match["M"], match["S"], match["ampm"],
                       match["tz"])
    match = _SLASHED.search(value)
    if match:
        first, second = (match["b"], match["a"]) if int(match["a"]) > 12 else (match["a"], match["b"])
        return _format(match["y"], first, second, match["H"], match["M"], match["S"], match["ampm"],
                       match["tz"])
    return None


def url_date(url: str | None) -> str | None:
    """A date spelled out in the URL path, as many CMSs do (``/2024/05/17/slug``)."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    year, month, day = (match[1], match[2], match[3]) if match[1] else (match[4], match[5], match[6])
    return _format(year, month, day, None, None, None, None, None)


def _format(year: str, month: str, day: str, hour: str | None, minute: str | None, second: str | None,
            ampm: str | None, tz: str | None) -> str | None:
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if day_value.year < 1990 or day_value > date(datetime.now().year + 1, 12, 31):
        return None  # a birth date or a copyright year range, not when the article appeared
    if hour is None or minute is None:
        return day_value.isoformat()
    hours = int(hour)
    if ampm:
        pm = ampm.lower().startswith("p")
        hours = hours % 12 + (12 if pm else 0)
    if hours > 23:
        return day_value.isoformat()
    stamp = f"{day_value.isoformat()}T{hours:02d}:{minute}:{second or '00'}"
    if tz:
        tz = tz.upper()
        if tz in ("Z", "UTC", "GMT"):
            tz = "+00:00"
        elif ":" not in tz:
            tz = f"{tz[:3]}:{tz[3:]}"
        stamp += tz
    return stamp
