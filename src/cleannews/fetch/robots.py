"""robots.txt rules per origin (RFC 9309), parsed by protego.

What a robots.txt answer means follows RFC 9309 §2.3.1: 2xx is parsed; 4xx means there are no rules;
5xx means the site is unreachable, and so everything is disallowed. A body past 512 KiB is cut there
(the RFC asks parsers to read at least 500 KiB).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from cleannews.errors import RobotsDisallowed
from cleannews.fetch.options import ROBOTS_AGENT

ROBOTS_MAX_BYTES = 512 * 1024
# RFC 9309 §2.3.1.2: follow at least five consecutive redirects for robots.txt.
ROBOTS_MAX_REDIRECTS = 5


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt allows. ``parser`` None with ``allow_all`` False: disallow all."""

    parser: Protego | None = None
    allow_all: bool = True
    reason: str = ""

    def allows(self, url: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return bool(self.parser.can_fetch(url, ROBOTS_AGENT))

    def crawl_delay(self) -> float:
        if self.parser is None:
            return 0.0
        delay = self.parser.crawl_delay(ROBOTS_AGENT)
        rate = self.parser.request_rate(ROBOTS_AGENT)
        from_rate = rate.seconds / rate.requests if rate and rate.requests else 0.0
        return max(float(delay or 0.0), float(from_rate))


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def robots_url(url: str) -> str:
    return origin(url) + "/robots.txt"


def rules_from(status: int, body: bytes) -> RobotsRules:
    if 200 <= status < 300:
        return RobotsRules(parser=Protego.parse(body.decode("utf-8", errors="replace")))
    if 400 <= status < 500:
        return RobotsRules()
    return RobotsRules(allow_all=False, reason=f"robots.txt answered HTTP {status}")


def check(rules: RobotsRules, url: str) -> None:
    if not rules.allows(url):
        why = f" ({rules.reason})" if rules.reason else ""
        raise RobotsDisallowed(f"robots.txt disallows {url}{why}", url)
